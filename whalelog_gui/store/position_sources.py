"""Where a position came from, and which logbooks may hold it: only real positions in a real logbook (issue 11).

Every track point and alert change names its source: a GPS receiver, a replayed capture, or the simulator. A
logbook is real unless it is marked "demo" or "replay" (settings.logbook_kind); a real logbook takes receiver
positions only, and the file itself refuses the rest (triggers of migration m0007), so a demo voyage's sanctuary
approach can never reach the record an authority receives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlite3

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.store.settings import get_setting, set_setting

if TYPE_CHECKING:
    import sqlite_utils

RECEIVER, REPLAY, SIMULATOR = "receiver", "replay", "simulator"
SOURCES = (RECEIVER, REPLAY, SIMULATOR)
UNKNOWN = "unknown (before source tracking)"  # rows written before source tracking began
REAL, DEMO, REPLAY_LOGBOOK = "real", "demo", "replay"
LOGBOOK_KINDS = (REAL, DEMO, REPLAY_LOGBOOK)
KIND_KEY = "logbook_kind"
NOT_RECORDED = {
    True: QT_TRANSLATE_NOOP(
        "PositionSources",
        "Simulated positions are not recorded: this is the ship's real logbook. Start the demo or replay "
        "without --db (it uses its own logbook), or name a demo/replay logbook with --db",
    ),
    False: QT_TRANSLATE_NOOP(
        "PositionSources",
        "Replayed positions are not recorded: this is the ship's real logbook. Start the demo or replay "
        "without --db (it uses its own logbook), or name a demo/replay logbook with --db",
    ),
}


class PlaybackRefused(RuntimeError):
    """A simulated or replayed position offered to a real logbook: refused, with the reason for the bridge."""


def logbook_kind(db: sqlite_utils.Database) -> str:
    kind = get_setting(db, KIND_KEY, REAL) if db["settings"].exists() else REAL
    return kind if kind in LOGBOOK_KINDS else REAL


def mark_logbook(db: sqlite_utils.Database, kind: str) -> None:
    """Mark a logbook demo or replay; only a logbook with no record yet may be marked (never a real one)."""
    if kind not in (DEMO, REPLAY_LOGBOOK):
        raise ValueError(f"logbook kind: {kind!r} (demo or replay)")
    current = logbook_kind(db)
    if current == kind:
        return
    if current != REAL or holds_records(db):
        raise PlaybackRefused(
            f"this logbook already holds records as a {current} logbook; it cannot become a {kind} logbook"
        )
    set_setting(db, KIND_KEY, kind)


def holds_records(db: sqlite_utils.Database) -> bool:
    """Whether any logbook record, track point or alert change is stored (settings and drafts do not count)."""
    keep_out = {"settings", "drafts", "sqlite_sequence", "export_lease", "crew"}
    return any(
        db.conn.execute(f"SELECT 1 FROM [{t}] LIMIT 1").fetchone() for t in db.table_names() if t not in keep_out
    )


def refusal(kind: str, source: str) -> str | None:
    """Why a position from `source` may not enter a logbook of `kind`, or None when it may."""
    if source not in SOURCES:
        return f"unknown position source {source!r} (receiver, replay or simulator)"
    if source != RECEIVER and kind == REAL:
        return Message(NOT_RECORDED[source == SIMULATOR])  # English in the CLI and logs, translated on the bridge
    return None


def check_source(db: sqlite_utils.Database, source: str) -> None:
    reason = refusal(logbook_kind(db), source)
    if reason:
        raise PlaybackRefused(reason)


def is_refusal(exc: BaseException) -> bool:
    """The file's own trigger refused a playback position (a writer that skipped check_source)."""
    return isinstance(exc, sqlite3.IntegrityError) and "real logbook" in str(exc)


def source_counts(db: sqlite_utils.Database, table: str, where: str = "", params: tuple = ()) -> dict[str, int]:
    rows = db.conn.execute(f"SELECT source, COUNT(*) FROM [{table}] {where} GROUP BY source", params)
    return {source: n for source, n in rows}
