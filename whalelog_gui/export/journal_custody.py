"""This database against the journal of sent bundles (export/journal.py): the one custody question that is not about
keys. A database restored from an older copy is behind the journal and must not export (it would reuse a bundle
number); `whalelog bundle adopt-journal --reason` adopts the journal's bundles so the next bundle continues the
chain after its head, and a chained declaration says so. Two journals, or a journal and the database, that hold
different bundles under one number are a fork: refused, never merged.

Key custody (which key signs the next bundle) is in export/custody.py; it asks this module first.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from whalelog_gui.export.journal import (
    JournalEntry,
    JournalError,
    JournalSet,
    SentJournal,
    journal_path_for,
    mirror_path_for,
)
from whalelog_gui.store import custody, transmission
from whalelog_gui.store.db import transaction


class CustodyError(Exception):
    """An export or a custody command that must not go ahead; the message (one line) says how to recover."""


def quoted_path(path) -> str:
    """A path as the user types it in a command: in quotes when it holds a space."""
    text = str(path)
    return f'"{text}"' if " " in text else text


class JournalCustody:
    def __init__(
        self, db: sqlite_utils.Database, db_path: str | Path, key_path: Path, *, copies: list[str | Path] = ()
    ):
        """key_path: the signing key's file, beside which the journal lives; copies: other copies of this vessel's
        journal to consult (an outbox's, or one given to adopt-journal)."""
        self.db, self.db_path = db, Path(db_path)
        self.journal = SentJournal(journal_path_for(key_path, self.logbook_id()))
        self.copies = [SentJournal(p, contiguous=False) for p in copies]

    def logbook_id(self) -> str:
        """This database's identity: its first logbook's id (a restored copy has the same one)."""
        row = self.db.conn.execute("SELECT id FROM logbooks ORDER BY created_at, id LIMIT 1").fetchone()
        return row[0] if row else ""

    def use_outbox(self, out_dir: str | Path) -> None:
        """Consult, and keep, the copy of the journal in the folder this export writes to."""
        self.copies.append(SentJournal(mirror_path_for(out_dir, self.logbook_id()), contiguous=False))

    def journals(self) -> JournalSet:
        """Where the export records its bundle: the journal beside the key and the outbox copies."""
        return JournalSet(self.journal, self.copies)

    def entries(self) -> list[JournalEntry]:
        try:
            return self.journal.entries()
        except JournalError as exc:
            raise CustodyError(f"journal of sent bundles unreadable: {exc}") from exc

    def _all_sent(self) -> list[JournalEntry]:
        """Every bundle any journal of this logbook (beside the key, or a copy) says was sent, by sequence."""
        known: dict[int, tuple[JournalEntry, Path]] = {e.sequence: (e, self.journal.path) for e in self.entries()}
        for copy in self.copies:
            try:
                entries = copy.entries()
            except JournalError as exc:
                raise CustodyError(f"journal copy unreadable: {exc}") from exc
            for entry in entries:
                seen = known.setdefault(entry.sequence, (entry, copy.path))
                if seen[0].sha256 != entry.sha256:
                    raise CustodyError(
                        f"bundle {entry.sequence} is recorded as two different bundles, in {seen[1]} "
                        f"and in {copy.path}: two logbooks have sent under this vessel's name"
                    )
        return [known[n][0] for n in sorted(known)]

    def behind(self) -> list[JournalEntry]:
        """Journal entries this database does not hold (it was restored from an older copy); CustodyError on a
        fork (the database holds a different bundle under a sequence number the journal says was sent)."""
        sent = {t.seq: t for t in transmission.transmissions(self.db)}
        pending = transmission.pending_transmission(self.db)
        if pending is not None:  # settled by the export's recovery step (pending_recovery.py)
            sent.setdefault(pending.seq, pending.transmission)
        missing = []
        for entry in self._all_sent():
            mine = sent.get(entry.sequence)
            if mine is None:
                missing.append(entry)
            elif mine.sha256 != entry.sha256:
                raise CustodyError(
                    f"bundle {entry.sequence} in this database ({mine.sha256[:12]}…) is not the bundle the journal "
                    f"of sent bundles says was sent ({entry.sha256[:12]}…): this database is not the one that "
                    "sent it; open the logbook that did"
                )
        return missing

    def check(self) -> None:
        """Refuse a database behind the journal; bring a journal that lags the database up to date."""
        missing = self.behind()
        if missing:
            first, head = missing[0].sequence, missing[-1].sequence
            raise CustodyError(
                f"{self.db_path} is behind the journal of sent bundles: bundle(s) {first}..{head} "
                "were sent but are not in this database (restored from a backup?); exporting now would give a "
                f"different bundle number {first}. To continue the chain after bundle {head}, run: whalelog bundle "
                f'adopt-journal --db {quoted_path(self.db_path)} --reason "..."'
            )
        head = self.journal.head()
        for sent in transmission.transmissions(self.db):
            if head is None or sent.seq > head.sequence:  # the journal only grows at its end
                self.journal.append(journal_entry(sent))

    def adopt(self, who: str, reason: str) -> custody.Declaration:
        """Continue the chain after the journal's head: its bundles missing here are recorded as sent (their
        records go again in the next bundle, so nothing is lost) and a chained declaration says why."""
        if transmission.pending_transmission(self.db) is not None:
            raise CustodyError("an export is pending: run whalelog bundle export once to settle it first")
        missing = self.behind()
        if not missing:
            raise CustodyError(f"this database is not behind the journal {self.journal.path}: nothing to adopt")
        last = transmission.last_transmission(self.db)
        expected = list(range((last.seq if last else 0) + 1, missing[-1].sequence + 1))
        unknown = sorted(set(expected) - {e.sequence for e in missing})
        if unknown:
            raise CustodyError(
                f"the hash of bundle(s) {', '.join(map(str, unknown))} is in no journal given: add "
                "the journal copy that holds them (--journal, e.g. the one on the USB stick)"
            )
        head = missing[-1]
        with transaction(self.db):
            for entry in missing:
                transmission.record_sent(self.db, adopted_transmission(entry), [])
            declared = custody.declare(
                self.db,
                "chain_continuation",
                who,
                reason,
                continues_after_seq=head.sequence,
                continues_after_sha256=head.sha256,
            )
        self.check()  # the journal beside the key learns the adopted bundles a copy knew
        return declared


def journal_entry(sent: transmission.Transmission) -> JournalEntry:
    return JournalEntry(
        sequence=sent.seq,
        sha256=sent.sha256,
        fingerprint=sent.fingerprint,
        vessel=sent.vessel,
        created_at=sent.created_at,
        file_name=sent.file_name,
        size=sent.size,
    )


def adopted_transmission(entry: JournalEntry) -> transmission.Transmission:
    """A bundle the journal says was sent, recorded without its records (their marks were lost with the newer
    database): only its number, hash and signer matter, so the next bundle follows it."""
    return transmission.Transmission(
        seq=entry.sequence,
        file_name=entry.file_name,
        sha256=entry.sha256,
        size=entry.size,
        created_at=entry.created_at,
        mode="adopted",
        vessel=entry.vessel,
        period_from=None,
        period_to=None,
        records=0,
        track_points=0,
        alerts=0,
        track_until_t=None,
        alerts_until_seq=None,
        fingerprint=entry.fingerprint,
    )
