"""Key custody (issue 11): custody declarations and trusted authority keys.

custody_declarations: a key rotation, a key replacement (old key lost) or a chain continuation (the logbook was
restored from a backup that is behind the journal of sent bundles). Each is written through the audited save API
(store/audit.py), so it is a link of the audit chain, and travels in the next bundle's manifest ("custody").
trusted_authorities: the Ed25519 public keys whose receipts this logbook accepts (export/receipt.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


VERSION = 6

_RECORD = """id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_by TEXT"""

STATEMENTS = [
    f"""CREATE TABLE custody_declarations ({_RECORD},
    kind TEXT NOT NULL CHECK (kind IN ('key_rotation', 'key_replacement', 'chain_continuation')),
    reason TEXT NOT NULL, old_fingerprint TEXT, new_public_key TEXT, new_fingerprint TEXT,
    continues_after_seq INTEGER, continues_after_sha256 TEXT)""",
    f"""CREATE TABLE trusted_authorities ({_RECORD},
    name TEXT NOT NULL, public_key TEXT NOT NULL, fingerprint TEXT NOT NULL UNIQUE)""",
]


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.conn.execute(statement)
