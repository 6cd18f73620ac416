"""Schema version 3: transmission bookkeeping for bundles sent to authorities (issue 6).

Kept in tables of its own, so the record tables of other families are never altered: a record is sent when a
row (family, record id, bundle seq) exists; acknowledged when that bundle's receipt has been imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


VERSION = 3

STATEMENTS = [
    # One row per bundle written and renamed into place; created in the same transaction as its record rows.
    """CREATE TABLE transmissions (
    seq INTEGER PRIMARY KEY, file_name TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,
    created_at TEXT NOT NULL, mode TEXT NOT NULL, vessel TEXT NOT NULL, period_from TEXT, period_to TEXT,
    records INTEGER NOT NULL, track_points INTEGER NOT NULL, alerts INTEGER NOT NULL,
    track_until_t INTEGER, alerts_until_seq INTEGER, fingerprint TEXT NOT NULL,
    acknowledged_at TEXT, receipt_json TEXT, receipt_imported_at TEXT)""",
    # Which version of which record went in which bundle: content_sha256 detects a change after sending.
    """CREATE TABLE record_transmissions (
    family TEXT NOT NULL, record_id TEXT NOT NULL, seq INTEGER NOT NULL REFERENCES transmissions(seq),
    kind TEXT NOT NULL, corrects TEXT, content_sha256 TEXT,
    PRIMARY KEY (family, record_id, seq))""",
    "CREATE INDEX record_transmissions_seq ON record_transmissions (seq)",
]


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.conn.execute(statement)
