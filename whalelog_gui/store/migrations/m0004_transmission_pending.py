"""Schema version 4: the pending transmission, so a crash between renaming a bundle into place and marking its
records sent can never lead to a second, different bundle with the same sequence number (issue 6).

The row is written, in one transaction, after the bundle's temp file is fsynced and before it is renamed; it holds
everything needed to finish the bookkeeping without the bundle (its hash, the transmissions row, the record rows).
Marking the records sent deletes it in the same transaction. At most one row exists (the export lock ensures it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


VERSION = 4

STATEMENTS = [
    """CREATE TABLE transmission_pending (
    seq INTEGER PRIMARY KEY, final_path TEXT NOT NULL, partial_path TEXT NOT NULL, sha256 TEXT NOT NULL,
    transmission_json TEXT NOT NULL, rows_json TEXT NOT NULL, started_at TEXT NOT NULL)""",
]


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.conn.execute(statement)
