"""The thinned track log: valid fixes kept every 60 s, on 0.1 nm movement or a 5° course change since the
last kept fix, and always on an alert, so a 200-day season stays small while turns and alerts stay exact."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from whalelog_gui.nav.fix import Fix
from whalelog_gui.nav.track_point import TrackPoint
from whalelog_gui.store import chain
from whalelog_gui.store.audit import utc_now_iso
from whalelog_gui.store.db import transaction
from whalelog_gui.store.position_sources import check_source
from whalelog_gui.zones.geodesy import distance_nm

if TYPE_CHECKING:
    import sqlite_utils

KEEP_EVERY_S = 60
KEEP_DISTANCE_NM = 0.1
KEEP_COURSE_CHANGE_DEG = 5.0
MIN_SOG_FOR_COURSE_KN = 1.0  # below this COG is receiver noise, not a turn


def course_change_deg(a: float, b: float) -> float:
    return abs((b - a + 180.0) % 360.0 - 180.0)


class TrackThinner:
    """The keep-or-drop policy alone (no database), fed in time order; remembers the last kept fix."""

    def __init__(self, last: tuple | None = None):
        self.last: tuple | None = last  # (t, lat, lon, sog, cog) of the last kept fix

    def keep(self, fix: Fix, alert: bool = False) -> bool:
        """Whether to keep the fix; when True it becomes the new reference."""
        if not (fix.valid and fix.has_position and fix.time is not None):
            return False
        t = int(fix.time.timestamp())
        if self.last is not None and not self._worth_keeping(t, fix, alert):
            return False
        self.last = (t, fix.lat, fix.lon, fix.sog_kn, fix.cog_deg)
        return True

    def _worth_keeping(self, t: int, fix: Fix, alert: bool) -> bool:
        assert self.last is not None and fix.lat is not None and fix.lon is not None  # checked by keep()
        last_t, last_lat, last_lon, _, last_cog = self.last
        if t <= last_t:
            return False  # one point per second; a clock step backwards is not a new position
        if alert or t - last_t >= KEEP_EVERY_S:
            return True
        if distance_nm(last_lat, last_lon, fix.lat, fix.lon) >= KEEP_DISTANCE_NM:
            return True
        return (
            fix.cog_deg is not None
            and last_cog is not None
            and (fix.sog_kn or 0.0) >= MIN_SOG_FOR_COURSE_KN
            and course_change_deg(last_cog, fix.cog_deg) >= KEEP_COURSE_CHANGE_DEG
        )


class TrackRecorder:
    """Offer every fix; the ones worth keeping are written (one durable transaction each) with their source.

    A simulated or replayed source is refused here, at construction, unless the logbook is a demo or replay logbook
    (store/position_sources.py); the file's triggers refuse it again if a writer skips this check.
    """

    def __init__(self, db: sqlite_utils.Database, source: str):
        check_source(db, source)
        self.db = db
        self.source = source
        # resume thinning from the stored last fix after a restart
        self.thinner = TrackThinner(
            db.conn.execute("SELECT t, lat, lon, sog_kn, cog_deg FROM track ORDER BY t DESC LIMIT 1").fetchone()
        )
        sealed = chain.last_sealed_t(db)
        self.unsealed = db.conn.execute(
            "SELECT COUNT(*) FROM track WHERE t > ?", (-(1 << 62) if sealed is None else sealed,)
        ).fetchone()[0]

    def thin(self, fix: Fix, alert: bool = False) -> tuple | None:
        """The row to store for this fix, or None when thinning drops it; a kept fix becomes the reference
        whether or not its write succeeds (a point held in memory during a storage fault is still the last one)."""
        if not self.thinner.keep(fix, alert):
            return None
        return (*(self.thinner.last or ()), int(alert), self.source)

    def seal_due(self, alert: bool) -> bool:
        """Whether the point being written closes a chain block (issue 11: chained in blocks of
        TRACK_BLOCK_POINTS; a point kept for an alert seals at once). Counted here, so a point held in memory
        during a storage fault seals in the same place when it is finally written."""
        due = alert or self.unsealed + 1 >= chain.TRACK_BLOCK_POINTS
        self.unsealed = 0 if due else self.unsealed + 1
        return due

    def offer(self, fix: Fix, alert: bool = False) -> bool:
        """Store the fix if the thinning policy keeps it; returns whether it was stored."""
        previous, unsealed = self.thinner.last, self.unsealed
        row = self.thin(fix, alert)
        if row is None:
            return False
        try:
            write_point(self.db, row, seal=self.seal_due(alert))
        except BaseException:
            self.thinner.last, self.unsealed = previous, unsealed  # not stored, so not the reference either
            raise
        return True


def write_point(db: sqlite_utils.Database, row: tuple, seal: bool = False) -> None:
    """One kept point (t, lat, lon, sog, cog, alert, source) in its own durable transaction; seal closes the
    audit chain's track block with it (store/chain.py)."""
    with transaction(db):
        db.conn.execute(
            "INSERT INTO track (t, lat, lon, sog_kn, cog_deg, alert, source) VALUES (?, ?, ?, ?, ?, ?, ?)", row
        )
        if seal:
            chain.seal_track(db, utc_now_iso())


def track_between(db: sqlite_utils.Database, start: datetime, end: datetime) -> list[TrackPoint]:
    rows = db.conn.execute(
        "SELECT t, lat, lon, sog_kn, cog_deg, alert, source FROM track WHERE t >= ? AND t <= ? ORDER BY t",
        (int(start.timestamp()), int(end.timestamp())),
    )
    return [TrackPoint(t, lat, lon, sog, cog, bool(alert), source) for t, lat, lon, sog, cog, alert, source in rows]


def track_count(db: sqlite_utils.Database) -> int:
    return db.conn.execute("SELECT COUNT(*) FROM track").fetchone()[0]
