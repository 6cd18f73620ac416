"""Key custody: which key may sign this logbook's next bundle, and the explicit ways to change it.

The logbook's signer is the key of its last bundle (after a rotation announced in that bundle: the announced key;
after a pending replacement: the replacement key). An export never creates a key once the logbook or the journal of
sent bundles (export/journal.py) holds history: a missing or foreign key file is a refusal with the way to recover:
- `whalelog key rotate`: a new key is made beside the current one (".next.pem"); the next bundle, signed by the
  current key, announces it; the export after that signs with it (the old key is kept as ".retired-<fp>.pem").
- `whalelog key replace --reason`: the current key is lost; a new key is made and a declaration (audited, chained)
  travels in the next bundle, signed by the new key; `bundle verify` reports "key replaced: <reason>".
- `whalelog bundle adopt-journal --reason`: the database is behind the journal (a restored backup); the journal's
  bundles are adopted so the next bundle continues the chain after its head, and a declaration says so.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

import sqlite_utils

from whalelog_gui.export import keys
from whalelog_gui.export.journal import (
    JournalEntry,
    JournalError,
    JournalSet,
    SentJournal,
    journal_path_for,
    mirror_path_for,
)
from whalelog_gui.store import audit, custody, transmission
from whalelog_gui.store.db import transaction

NEXT_KEY_FILE_NAME = "whalelog-signing-key.next.pem"


class CustodyError(Exception):
    """An export or a custody command that must not go ahead; the message (one line) says how to recover."""


def _short(fp: str) -> str:
    return fp.replace(" ", "")[:16]


def _quote(path) -> str:
    text = str(path)
    return f'"{text}"' if " " in text else text


class KeyCustody:
    def __init__(self, db: sqlite_utils.Database, db_path: str | Path, *, copies: list[str | Path] = ()):
        """copies: other copies of this vessel's journal to consult (an outbox's, or one given to adopt-journal)."""
        self.db, self.db_path = db, Path(db_path)
        self.key_path = keys.key_path_for(db_path)
        self.next_key_path = self.key_path.with_name(NEXT_KEY_FILE_NAME)
        self.journal = SentJournal(journal_path_for(self.key_path, self.logbook_id()))
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

    # --- what the logbook expects ---------------------------------------------------------------------------
    def expected_fingerprint(self) -> str | None:
        """The fingerprint the next bundle must be signed with, or None when no bundle was ever signed."""
        pending = custody.pending_declarations(self.db)
        replaced = [d for d in pending if d.kind == "key_replacement"]
        if replaced:
            return replaced[-1].new_fingerprint
        last = transmission.last_transmission(self.db)
        if last is None:
            head = self._journal_entries()
            return head[-1].fingerprint if head else None
        rotated = [d for d in custody.declarations(self.db) if d.kind == "key_rotation" and d.announced_in == last.seq]
        return rotated[-1].new_fingerprint if rotated else last.fingerprint

    def pending_rotation(self) -> custody.Declaration | None:
        rotations = [d for d in custody.pending_declarations(self.db) if d.kind == "key_rotation"]
        return rotations[-1] if rotations else None

    def current_fingerprint(self) -> str | None:
        """The fingerprint of the key file present, without creating one (for display)."""
        try:
            return keys.fingerprint(keys.load_signing_key(self.key_path).public_key())
        except keys.KeyFileError:
            return None

    # --- the journal of sent bundles ------------------------------------------------------------------------
    def _journal_entries(self) -> list[JournalEntry]:
        try:
            return self.journal.entries()
        except JournalError as exc:
            raise CustodyError(f"journal of sent bundles unreadable: {exc}") from exc

    def _all_sent(self) -> list[JournalEntry]:
        """Every bundle any journal of this logbook (beside the key, or a copy) says was sent, by sequence."""
        known: dict[int, tuple[JournalEntry, Path]] = {
            e.sequence: (e, self.journal.path) for e in self._journal_entries()
        }
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

    def journal_behind(self) -> list[JournalEntry]:
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

    def check_journal(self) -> None:
        """Refuse a database behind the journal; bring a journal that lags the database up to date."""
        missing = self.journal_behind()
        if missing:
            first, head = missing[0].sequence, missing[-1].sequence
            raise CustodyError(
                f"{self.db_path} is behind the journal of sent bundles: bundle(s) {first}..{head} "
                "were sent but are not in this database (restored from a backup?); exporting now would give a "
                f"different bundle number {first}. To continue the chain after bundle {head}, run: whalelog bundle "
                f'adopt-journal --db {_quote(self.db_path)} --reason "..."'
            )
        head = self.journal.head()
        for sent in transmission.transmissions(self.db):
            if head is None or sent.seq > head.sequence:  # the journal only grows at its end
                self.journal.append(journal_entry(sent))

    def key_problem(self) -> str | None:
        """Why the next export would be refused, without creating or moving any key (for the Transmission page)."""
        try:
            missing = self.journal_behind()
        except CustodyError as exc:
            return str(exc)
        if missing:
            return (
                f"this logbook is behind the journal of sent bundles (bundles {missing[0].sequence}.."
                f"{missing[-1].sequence} are not in it): restored from a backup? Continue with whalelog "
                "bundle adopt-journal"
            )
        expected = self.expected_fingerprint()
        if expected is None:
            return None
        if not self.key_path.exists():
            return (
                f"signing key missing ({self.key_path.name}); this logbook's bundles are signed by key "
                f"{_short(expected)}: restore the key file, or declare it lost with whalelog key replace"
            )
        found = self.current_fingerprint()
        if found == expected:
            return None
        try:
            if keys.fingerprint(keys.load_signing_key(self.next_key_path).public_key()) == expected:
                return None  # an announced rotation: the next export takes the new key
        except keys.KeyFileError:
            pass
        return (
            f"signing key {self.key_path.name} ({_short(found or 'unreadable')}) is not this logbook's key "
            f"({_short(expected)}): put the right key back, or declare it lost with whalelog key replace"
        )

    # --- the key for the next export ------------------------------------------------------------------------
    def signing_key_for_export(self):
        """The key to sign the next bundle with; a new key only for a logbook that never sent anything."""
        self.check_journal()
        expected = self.expected_fingerprint()
        db = _quote(self.db_path)
        if not self.key_path.exists():
            if expected is None:
                return keys.create_signing_key(self.key_path)
            raise CustodyError(
                f"signing key {self.key_path} is missing, and this logbook's bundles are signed by key "
                f"{_short(expected)}: restore the key file from your backup, or declare it lost with: "
                f'whalelog key replace --db {db} --reason "..."'
            )
        key = keys.load_signing_key(self.key_path)
        found = keys.fingerprint(key.public_key())
        if expected is None or found == expected:
            keys.write_public_key_beside(self.key_path, key)
            return key
        if self.next_key_path.exists():  # a rotation announced in the last bundle: its key takes over now
            nxt = keys.load_signing_key(self.next_key_path)
            if keys.fingerprint(nxt.public_key()) == expected:
                self._promote_next(found)
                return nxt
        raise CustodyError(
            f"signing key {self.key_path} ({_short(found)}) is not the key this logbook's bundles are signed by "
            f"({_short(expected)}): put the right key back, or declare it lost with: "
            f'whalelog key replace --db {db} --reason "..."'
        )

    def _set_aside(self, fp: str, label: str) -> Path:
        """Keep a key file under a name of its own: key material is never deleted."""
        kept = self.key_path.with_name(f"whalelog-signing-key.{label}-{_short(fp)}.pem")
        if not kept.exists():
            os.link(self.key_path, kept)
        return kept

    def _promote_next(self, old_fp: str) -> None:
        self._set_aside(old_fp, "retired")
        os.replace(self.next_key_path, self.key_path)
        keys.write_public_key_beside(self.key_path, keys.load_signing_key(self.key_path))

    # --- explicit custody changes ---------------------------------------------------------------------------
    def rotate(self, who: str, reason: str) -> custody.Declaration:
        """Make the next key; the next bundle, signed by the current key, announces it."""
        self.check_journal()
        expected = self.expected_fingerprint()
        current = self.current_fingerprint()
        if expected is None:
            raise CustodyError("no bundle has been signed yet: the first export's key needs no rotation")
        if current != expected:
            raise CustodyError(
                f"the current signing key {self.key_path} is missing or not this logbook's key "
                f"({_short(expected)}): a rotation must be signed by it; if it is lost use: whalelog key replace "
                f'--db {_quote(self.db_path)} --reason "..."'
            )
        waiting = self.pending_rotation()
        if waiting is not None:
            raise CustodyError(
                f"a rotation to key {_short(waiting.new_fingerprint)} is already waiting for the next "
                "export; export a bundle to complete it"
            )
        self.next_key_path.unlink(missing_ok=True)  # a next key never announced (a crash before the declaration)
        new = keys.create_signing_key(self.next_key_path)
        return self._declare("key_rotation", who, reason, expected, new)

    def replace(self, who: str, reason: str) -> custody.Declaration:
        """The current key is lost: make a new one now; the declaration travels in the next bundle."""
        self.check_journal()
        expected = self.expected_fingerprint()
        if expected is None:
            raise CustodyError(
                "no bundle has been signed yet: there is no key to replace (the first export creates one)"
            )
        current = self.current_fingerprint()
        if current == expected:
            raise CustodyError(
                f"the signing key {self.key_path} is present and is this logbook's key: to change it "
                f"use: whalelog key rotate --db {_quote(self.db_path)}"
            )
        if self.key_path.exists():  # a foreign or unreadable key file: kept aside, never deleted
            kept = self.key_path.with_name(
                f"whalelog-signing-key.set-aside-{os.getpid()}-{_short(current or 'unreadable')}.pem"
            )
            os.replace(self.key_path, kept)
        new = keys.create_signing_key(self.key_path)
        with transaction(self.db):
            waiting = self.pending_rotation()
            if waiting is not None:  # announced by the lost key it can never be: the replacement supersedes it
                audit.delete_record(
                    self.db,
                    custody.DECLARATIONS,
                    waiting.id,
                    who,
                    "superseded by a key replacement (the current key is lost)",
                )
            declaration = self._declare("key_replacement", who, reason, expected, new)
        self.next_key_path.unlink(missing_ok=True)
        return declaration

    def adopt_journal(self, who: str, reason: str) -> custody.Declaration:
        """Continue the chain after the journal's head: its bundles missing here are recorded as sent (their
        records go again in the next bundle, so nothing is lost) and a chained declaration says why."""
        if transmission.pending_transmission(self.db) is not None:
            raise CustodyError("an export is pending: run whalelog bundle export once to settle it first")
        missing = self.journal_behind()
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
        self.check_journal()  # the journal beside the key learns the adopted bundles a copy knew
        return declared

    def _declare(self, kind: str, who: str, reason: str, old_fp: str, new_key) -> custody.Declaration:
        raw = keys.raw_public_bytes(new_key.public_key())
        return custody.declare(
            self.db,
            kind,
            who,
            reason,
            old_fingerprint=old_fp,
            new_public_key=base64.b64encode(raw).decode(),
            new_fingerprint=keys.fingerprint(raw),
        )


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


def manifest_custody(declarations: list[custody.Declaration]) -> list[dict]:
    """The manifest's "custody" entries (BUNDLE_FORMAT.md) for the declarations the bundle carries."""
    out = []
    for d in declarations:
        out.append(
            {
                "id": d.id,
                "kind": d.kind,
                "reason": d.reason,
                "declared_at": d.declared_at,
                "declared_by": d.declared_by,
                "old_fingerprint": d.old_fingerprint,
                "new_public_key": None
                if d.new_public_key is None
                else {"algorithm": "Ed25519", "raw_base64": d.new_public_key, "fingerprint": d.new_fingerprint},
                "continues_after": None
                if d.continues_after_seq is None
                else {"sequence": d.continues_after_seq, "sha256": d.continues_after_sha256},
            }
        )
    return out
