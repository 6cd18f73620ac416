"""Schema version 7 (reserved as 6 for i11-faults; renumbered after key custody took 6): only real positions in a real
logbook, the WhaleLog file identity, and the export lease (issue 11).

- track.source and alert_log.source: receiver, replay or simulator. Rows written before this version cannot be
  told apart, so they say so: "unknown (before source tracking)". New rows must name one of the three (trigger).
- A logbook is real unless settings.logbook_kind is "demo" or "replay"; the file itself refuses a simulated or
  replayed track point or alert change into a real logbook, so no code path can put a demo voyage on the record.
- PRAGMA application_id marks the file as WhaleLog's (store/open_checks.py refuses files of other programs).
- export_lease: the one export in progress, held inside the database so every path to the file (hard link,
  symlink, another mount) sees it (export/export_lock.py).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from whalelog_gui.store import chain
from whalelog_gui.store.open_checks import WHALELOG_APPLICATION_ID

if TYPE_CHECKING:
    import sqlite_utils

VERSION = 7

UNKNOWN_SOURCE = "unknown (before source tracking)"
SOURCES = ("receiver", "replay", "simulator")
_SOURCE_LIST = ", ".join(f"'{s}'" for s in SOURCES)
# the logbook kinds that may hold simulated or replayed positions; stored JSON-encoded in settings
_PLAYBACK_KINDS = "('\"demo\"', '\"replay\"')"
REFUSED_IN_REAL_LOGBOOK = "simulated or replayed position refused: this is a real logbook, not a demo or replay logbook"


def _triggers(table: str, what: str) -> list[str]:
    return [
        f"""CREATE TRIGGER {table}_source_named BEFORE INSERT ON {table} WHEN NEW.source NOT IN ({_SOURCE_LIST})
        BEGIN SELECT RAISE(ABORT, '{what} without its source (receiver, replay or simulator)'); END""",
        f"""CREATE TRIGGER {table}_no_playback_in_real_logbook BEFORE INSERT ON {table}
        WHEN NEW.source IN ('replay', 'simulator') AND NOT EXISTS (
            SELECT 1 FROM settings WHERE key = 'logbook_kind' AND value_json IN {_PLAYBACK_KINDS})
        BEGIN SELECT RAISE(ABORT, '{REFUSED_IN_REAL_LOGBOOK} ({what})'); END""",
        f"""CREATE TRIGGER {table}_source_fixed BEFORE UPDATE OF source ON {table}
        BEGIN SELECT RAISE(ABORT, 'the source of a {what} cannot be changed'); END""",
    ]


STATEMENTS = [
    f"ALTER TABLE track ADD COLUMN source TEXT NOT NULL DEFAULT '{UNKNOWN_SOURCE}'",
    f"ALTER TABLE alert_log ADD COLUMN source TEXT NOT NULL DEFAULT '{UNKNOWN_SOURCE}'",
    *_triggers("track", "track point"),
    *_triggers("alert_log", "alert change"),
    """CREATE TABLE export_lease (
    id INTEGER PRIMARY KEY CHECK (id = 1), token TEXT NOT NULL, host TEXT NOT NULL, pid INTEGER NOT NULL,
    process_started TEXT, taken_at TEXT NOT NULL)""",
]


UPGRADE_WHO = "WhaleLog upgrade (schema 7)"
UPGRADE_REASON = "source column added: the source of changes recorded before is unknown"


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.conn.execute(statement)
    db.conn.execute(f"PRAGMA application_id = {WHALELOG_APPLICATION_ID}")
    # every alert history row is chained with its full state (schema 5); its state now has a source, so the
    # chain says so, row by row, or the integrity check would see rows changed outside WhaleLog
    at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    cursor = db.conn.execute("SELECT * FROM alert_log ORDER BY seq")
    names = [d[0] for d in cursor.description]
    for values in cursor.fetchall():
        row = dict(zip(names, values))
        chain.append(
            db,
            family="alert_log",
            record_id=row["id"],
            op="upgrade",
            who=UPGRADE_WHO,
            at=at,
            reason=UPGRADE_REASON,
            state=chain.state_json(row),
        )
