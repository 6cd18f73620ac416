"""Schema version 5 (reserved m0008; renumbered to stay contiguous): the settings that define the regulatory regime live in the logbook (issue 13), so a copied
database and the command line see the same regime as the bridge PC: vessel and catcher names, operation profile,
ship's time zone, flag State (ISO 3166-1 alpha-2) and the para 26(b) closure date notified to the master.

Catches record the weapon used (para 6), the flag State they were checked for and their para 9 stock; each flag
records whether its paragraph binds the flag State (the Schedule's footnotes) and why.
"""

from __future__ import annotations

import sqlite_utils

VERSION = 5

STATEMENTS = [
    """CREATE TABLE vessel_settings (
    key TEXT PRIMARY KEY NOT NULL, value_json TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL)""",
    "ALTER TABLE catches ADD COLUMN weapon TEXT",
    "ALTER TABLE catches ADD COLUMN flag_state TEXT",
    "ALTER TABLE catches ADD COLUMN stock_json TEXT",
    "ALTER TABLE catch_flags ADD COLUMN binding INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE catch_flags ADD COLUMN binding_note TEXT NOT NULL DEFAULT ''",
]


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.conn.execute(statement)
