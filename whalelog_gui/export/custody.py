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

Whether this database is behind the journal of sent bundles (and adopting it) is in export/journal_custody.py;
every key decision here asks it first.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

import sqlite_utils

from whalelog_gui.export import keys
from whalelog_gui.export.journal_custody import CustodyError, JournalCustody, quoted_path
from whalelog_gui.store import audit, custody, transmission
from whalelog_gui.store.db import transaction

NEXT_KEY_FILE_NAME = "whalelog-signing-key.next.pem"


def _short(fp: str) -> str:
    return fp.replace(" ", "")[:16]


class KeyCustody:
    def __init__(self, db: sqlite_utils.Database, db_path: str | Path, *, copies: list[str | Path] = ()):
        """copies: other copies of this vessel's journal to consult (an outbox's, or one given to adopt-journal)."""
        self.db, self.db_path = db, Path(db_path)
        self.key_path = keys.key_path_for(db_path)
        self.next_key_path = self.key_path.with_name(NEXT_KEY_FILE_NAME)
        self.journal_custody = JournalCustody(db, db_path, self.key_path, copies=copies)

    # --- what the logbook expects ---------------------------------------------------------------------------
    def expected_fingerprint(self) -> str | None:
        """The fingerprint the next bundle must be signed with, or None when no bundle was ever signed."""
        pending = custody.pending_declarations(self.db)
        replaced = [d for d in pending if d.kind == "key_replacement"]
        if replaced:
            return replaced[-1].new_fingerprint
        last = transmission.last_transmission(self.db)
        if last is None:
            head = self.journal_custody.entries()
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

    def key_problem(self) -> str | None:
        """Why the next export would be refused, without creating or moving any key (for the Transmission page)."""
        try:
            missing = self.journal_custody.behind()
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
        self.journal_custody.check()
        expected = self.expected_fingerprint()
        db = quoted_path(self.db_path)
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
        self.journal_custody.check()
        expected = self.expected_fingerprint()
        current = self.current_fingerprint()
        if expected is None:
            raise CustodyError("no bundle has been signed yet: the first export's key needs no rotation")
        if current != expected:
            raise CustodyError(
                f"the current signing key {self.key_path} is missing or not this logbook's key "
                f"({_short(expected)}): a rotation must be signed by it; if it is lost use: whalelog key replace "
                f'--db {quoted_path(self.db_path)} --reason "..."'
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
        self.journal_custody.check()
        expected = self.expected_fingerprint()
        if expected is None:
            raise CustodyError(
                "no bundle has been signed yet: there is no key to replace (the first export creates one)"
            )
        current = self.current_fingerprint()
        if current == expected:
            raise CustodyError(
                f"the signing key {self.key_path} is present and is this logbook's key: to change it "
                f"use: whalelog key rotate --db {quoted_path(self.db_path)}"
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
