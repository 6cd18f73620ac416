"""Schema version 8 (issue 13): the settings that define the regulatory regime live in the logbook, so a copied
database and the command line see the same regime as the bridge PC: vessel and catcher names, operation profile,
ship's time zone, flag State (ISO 3166-1 alpha-2) and the para 26(b) closure date notified to the master.

Catches record the weapon used (para 6), the flag State they were checked for and their para 9 stock; each flag
records whether its paragraph binds the flag State (the Schedule's footnotes) and why.

The new columns change the full state of every existing catch and flag row, which the audit hash chain (schema 5)
vouches for: each row whose state, without the new columns, is exactly what its last chain link says is re-stated
by a "genesis" link (not a change: it stays out of the record's history). A row that already disagreed with its
chain is left alone, so an earlier change outside WhaleLog is never laundered by the upgrade.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


VERSION = 8

STATEMENTS = [
    """CREATE TABLE vessel_settings (
    key TEXT PRIMARY KEY NOT NULL, value_json TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL)""",
    "ALTER TABLE catches ADD COLUMN weapon TEXT",
    "ALTER TABLE catches ADD COLUMN flag_state TEXT",
    "ALTER TABLE catches ADD COLUMN stock_json TEXT",
    "ALTER TABLE catch_flags ADD COLUMN binding INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE catch_flags ADD COLUMN binding_note TEXT NOT NULL DEFAULT ''",
]


ADDED = {"catches": ("weapon", "flag_state", "stock_json"), "catch_flags": ("binding", "binding_note")}
GENESIS_WHO = "WhaleLog upgrade (schema 8)"
GENESIS_REASON = "columns added (weapon, flag State, stock; flag binding): state re-stated, nothing changed"


def _restate(db: sqlite_utils.Database) -> None:
    from whalelog_gui.store import chain

    columns = {r[1] for r in db.conn.execute("PRAGMA table_info(audit)")}
    if "chain_hash" not in columns:
        return
    at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    for table, added in ADDED.items():
        cursor = db.conn.execute(f"SELECT * FROM [{table}] ORDER BY id")
        names = [d[0] for d in cursor.description]
        for values in cursor.fetchall():
            row = dict(zip(names, values))
            last = db.conn.execute(
                "SELECT state_json FROM audit WHERE table_name = ? AND record_id = ? ORDER BY seq DESC LIMIT 1",
                (table, row["id"]),
            ).fetchone()
            before = {k: v for k, v in row.items() if k not in added}
            if last is None or last[0] is None or json.loads(last[0]) != before:
                continue  # not vouched for, or already disagreeing: the integrity check reports it as it was
            chain.append(
                db,
                family=table,
                record_id=row["id"],
                op="genesis",
                who=GENESIS_WHO,
                at=at,
                reason=GENESIS_REASON,
                state=chain.state_json(row),
            )


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.conn.execute(statement)
    _restate(db)
