"""The journal of sent bundles: one JSON line per bundle (sequence, SHA-256, signer), appended beside the signing
key, outside the database, so restoring an older copy of the database cannot make the ship forget what it sent.

An export compares the database with the journal first (export/journal_custody.py): a database behind the journal (a
restored backup) would give a second, different bundle an already used sequence number, a fork the authority
sees. Lines are only ever appended (O_APPEND, one write, fsynced); a torn last line (a crash inside that write)
is ignored and cut at the next append: that bundle's pending row is settled by the next export, and the journal
then learns it from the database.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

JOURNAL_PREFIX = "whalelog-sent-bundles-"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
MAX_LINE = 4096


class JournalError(ValueError):
    """The journal cannot be read, or it contradicts itself."""


@dataclass(frozen=True)
class JournalEntry:
    sequence: int
    sha256: str
    fingerprint: str
    vessel: str
    created_at: str
    file_name: str
    size: int


def journal_name(logbook_id: str) -> str:
    """One journal per logbook database (named by its first logbook's id, which a restored copy keeps): two
    logbooks kept in one folder share the installation key but never each other's journal."""
    safe = re.sub(r"[^A-Za-z0-9-]+", "-", logbook_id).strip("-") or "no-logbook"
    return f"{JOURNAL_PREFIX}{safe}.jsonl"


def journal_path_for(key_path: str | Path, logbook_id: str) -> Path:
    return Path(key_path).with_name(journal_name(logbook_id))


def mirror_path_for(out_dir: str | Path, logbook_id: str) -> Path:
    """The copy of the journal kept in the folder the bundles are written to (the USB stick, the outbox):
    restoring the data folder from a backup restores an old journal too, but not this copy."""
    return Path(out_dir) / journal_name(logbook_id)


def _entry(line: bytes, n: int, path: Path) -> JournalEntry:
    try:
        doc = json.loads(line.decode("utf-8"))
        entry = JournalEntry(**doc)
    except (UnicodeDecodeError, ValueError, TypeError, RecursionError) as exc:
        raise JournalError(f"{path}: line {n} is not a journal entry ({exc})") from exc
    if (
        type(entry.sequence) is not int
        or entry.sequence < 1
        or not isinstance(entry.sha256, str)
        or not _HEX64.match(entry.sha256)
    ):
        raise JournalError(f"{path}: line {n} is not a journal entry")
    return entry


class SentJournal:
    """contiguous: the journal beside the key holds every bundle from its first on; a copy in an outbox may
    miss bundles written elsewhere, so it is read sorted, without that check."""

    def __init__(self, path: str | Path, *, contiguous: bool = True):
        self.path = Path(path)
        self.contiguous = contiguous

    def entries(self) -> list[JournalEntry]:
        """Every bundle sent, in sequence order; JournalError when the file is damaged or out of order."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise JournalError(f"{self.path}: {exc.strerror or exc}") from exc
        lines = data.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        elif lines:
            lines.pop()  # torn last line: a crash inside the write; the database's pending row settles that bundle
        entries = [_entry(line, n, self.path) for n, line in enumerate(lines, start=1) if len(line) <= MAX_LINE]
        if len(entries) != len(lines):
            raise JournalError(f"{self.path}: a line is longer than a journal entry can be")
        if not self.contiguous:
            by_seq: dict[int, JournalEntry] = {}
            for entry in entries:
                if by_seq.setdefault(entry.sequence, entry).sha256 != entry.sha256:
                    raise JournalError(f"{self.path}: sequence {entry.sequence} appears as two different bundles")
            return [by_seq[n] for n in sorted(by_seq)]
        for before, after in zip(entries, entries[1:]):
            if after.sequence != before.sequence + 1:
                raise JournalError(f"{self.path}: sequence {after.sequence} follows {before.sequence}")
        return entries

    def head(self) -> JournalEntry | None:
        found = self.entries()
        return found[-1] if found else None

    def append(self, entry: JournalEntry) -> None:
        """Append one line and fsync it; an entry already there (same sequence and hash) is not written twice."""
        existing = {e.sequence: e for e in self.entries()}
        if entry.sequence in existing:
            if existing[entry.sequence].sha256 != entry.sha256:
                raise JournalError(f"{self.path}: sequence {entry.sequence} was sent as a different bundle")
            return
        line = (json.dumps(asdict(entry), sort_keys=True, ensure_ascii=True) + "\n").encode()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            data = self.path.read_bytes()
            if data and not data.endswith(b"\n"):  # a torn line from a crash inside a write: the one cut allowed
                os.truncate(self.path, data.rfind(b"\n") + 1)
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)


class JournalSet:
    """Where an export records a bundle: the journal beside the key (an error there fails loudly) and the copies
    in outboxes (best effort: a full USB stick must not undo a bundle that exists; problems lists what failed)."""

    def __init__(self, primary: SentJournal, mirrors: list[SentJournal]):
        self.primary, self.mirrors = primary, mirrors
        self.problems: list[str] = []

    def append(self, entry: JournalEntry) -> None:
        self.primary.append(entry)
        for mirror in self.mirrors:
            try:
                mirror.append(entry)
            except (OSError, JournalError) as exc:
                self.problems.append(f"journal copy {mirror.path} not written: {exc}")
