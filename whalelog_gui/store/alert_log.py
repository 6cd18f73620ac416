"""Alert history: every change of every alert (raised, silenced, acknowledged, rectified) with UTC time,
position, area, Schedule paragraph, category, state and who acknowledged. Append-only."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from whalelog_gui.alerts.model import Alert, AlertCategory, AlertState
from whalelog_gui.store.db import transaction
from whalelog_gui.store import chain
from whalelog_gui.store.position_sources import check_source
from whalelog_gui.store.rows import fetch_all, fetch_existing

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class AlertLogEntry:
    id: str  # UUID, stable for bundle export
    at: datetime
    alert_id: str
    alert_key: str
    change: str  # e.g. "raised", "silenced", "acknowledged", "rectified", "escalated"
    category: AlertCategory
    state: AlertState
    title: str
    paragraph: str | None
    area_id: str | None
    lat: float | None
    lon: float | None
    acknowledged_by: str | None
    who: str | None
    source: str = ""  # receiver, replay, simulator, or "unknown (before source tracking)"


def record_alert_change(
    db: sqlite_utils.Database, alert: Alert, change: str, who: str | None = None, *, source: str
) -> str:
    """Append one alert change (time = alert.changed_at, UTC) raised on positions from `source` (receiver, replay,
    simulator; a playback source only into a demo or replay logbook). Returns the history entry's id."""
    check_source(db, source)
    if not change.strip():
        raise ValueError("change: say what happened to the alert (e.g. raised, acknowledged)")
    at = alert.changed_at if alert.changed_at.tzinfo else alert.changed_at.replace(tzinfo=timezone.utc)
    entry_id = str(uuid.uuid4())
    with transaction(db):
        db.conn.execute(
            "INSERT INTO alert_log (id, at, alert_id, alert_key, change, category, state, title, paragraph, "
            "area_id, lat, lon, acknowledged_by, who, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry_id,
                at.astimezone(timezone.utc).isoformat(),
                alert.id,
                alert.key,
                change.strip(),
                alert.category.name,
                alert.state.value,
                alert.title,
                alert.paragraph,
                alert.area_id,
                alert.lat,
                alert.lon,
                alert.acknowledged_by,
                who,
                source,
            ),
        )
        # each alert change is its own link: rare enough that a block would only delay its protection
        stored = fetch_existing(db, "SELECT * FROM alert_log WHERE id = ?", (entry_id,))
        chain.append(
            db,
            family="alert_log",
            record_id=entry_id,
            op="insert",
            who=who or chain.WHALELOG,
            at=stored["at"],
            state=chain.state_json(stored),
        )
    return entry_id


def alert_history(
    db: sqlite_utils.Database, limit: int | None = 200, alert_id: str | None = None
) -> list[AlertLogEntry]:
    """Newest first; limit None for all; alert_id to follow one alert's life."""
    params: list[object] = [alert_id] if alert_id else []
    where = "WHERE alert_id = ?" if alert_id else ""
    sql = f"SELECT * FROM alert_log {where} ORDER BY seq DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [
        AlertLogEntry(
            r["id"],
            datetime.fromisoformat(r["at"]),
            r["alert_id"],
            r["alert_key"],
            r["change"],
            AlertCategory[r["category"]],
            AlertState(r["state"]),
            r["title"],
            r["paragraph"],
            r["area_id"],
            r["lat"],
            r["lon"],
            r["acknowledged_by"],
            r["who"],
            r["source"],
        )
        for r in fetch_all(db, sql, params)
    ]
