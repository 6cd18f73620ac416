"""Schema version 9 (issue 11): the vessel's regime settings join the audit hash chain.

Schema 8 kept vessel_settings (flag State, closure date, names, operation, time zone) without audit links, so a
direct edit of flag_state changed which Schedule rules bind with no trace. From now on store/vessel.py chains
every write (family "vessel_settings", record id = the key, state = the whole row) and the integrity check
compares each row with its last link. Rows already there get a "genesis" link with their state as found, as
schema 5 did for the record tables: the chain vouches that nothing changes after the upgrade; what was written
between schema 8 and 9 is only as trustworthy as it was then. A row that already has a link is left alone.
No table changes: only links are added.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


VERSION = 9
GENESIS_WHO = "WhaleLog upgrade (schema 9)"
GENESIS_REASON = "regime settings chained: state as found when the chain began for them"
FAMILY = "vessel_settings"  # store/vessel.py's FAMILY; not imported: a migration is a fixed step of history


def apply(db: sqlite_utils.Database) -> None:
    from whalelog_gui.store import chain

    at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    cursor = db.conn.execute("SELECT * FROM vessel_settings ORDER BY key")
    names = [d[0] for d in cursor.description]
    for values in cursor.fetchall():
        row = dict(zip(names, values))
        linked = db.conn.execute(
            "SELECT 1 FROM audit WHERE table_name = ? AND record_id = ? LIMIT 1", (FAMILY, row["key"])
        ).fetchone()
        if linked is None:
            chain.append(
                db,
                family=FAMILY,
                record_id=row["key"],
                op="genesis",
                who=GENESIS_WHO,
                at=at,
                reason=GENESIS_REASON,
                state=chain.state_json(row),
            )
