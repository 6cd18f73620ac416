"""The thinned track log: valid fixes kept every 60 s, on 0.1 nm movement or a 5° course change since the
last kept fix, and always on an alert, so a 200-day season stays small while turns and alerts stay exact."""

from __future__ import annotations

from datetime import datetime

import sqlite_utils

from whalelog_gui.nav.fix import Fix
from whalelog_gui.nav.track_point import TrackPoint
from whalelog_gui.store import chain
from whalelog_gui.store.audit import utc_now_iso
from whalelog_gui.store.db import transaction
from whalelog_gui.zones.geodesy import distance_nm

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
        return (fix.cog_deg is not None and last_cog is not None and (fix.sog_kn or 0.0) >= MIN_SOG_FOR_COURSE_KN
                and course_change_deg(last_cog, fix.cog_deg) >= KEEP_COURSE_CHANGE_DEG)


class TrackRecorder:
    """Offer every fix; the ones worth keeping are written (one durable transaction each)."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        # resume thinning from the stored last fix after a restart
        self.thinner = TrackThinner(db.conn.execute(
            "SELECT t, lat, lon, sog_kn, cog_deg FROM track ORDER BY t DESC LIMIT 1").fetchone())
        sealed = chain.last_sealed_t(db)
        self.unsealed = db.conn.execute("SELECT COUNT(*) FROM track WHERE t > ?",
                                        (-(1 << 62) if sealed is None else sealed,)).fetchone()[0]

    def offer(self, fix: Fix, alert: bool = False) -> bool:
        """Store the fix if the thinning policy keeps it; returns whether it was stored."""
        previous = self.thinner.last
        if not self.thinner.keep(fix, alert):
            return False
        try:
            with transaction(self.db):
                self.db.conn.execute(
                    "INSERT INTO track (t, lat, lon, sog_kn, cog_deg, alert) VALUES (?, ?, ?, ?, ?, ?)",
                    (*(self.thinner.last or ()), int(alert)))
                # chained in blocks (one link per TRACK_BLOCK_POINTS points); a point kept for an alert seals at once
                if alert or self.unsealed + 1 >= chain.TRACK_BLOCK_POINTS:
                    chain.seal_track(self.db, utc_now_iso())
                    sealed = 0
                else:
                    sealed = self.unsealed + 1
        except BaseException:
            self.thinner.last = previous  # not stored, so not the reference either
            raise
        self.unsealed = sealed
        return True


def track_between(db: sqlite_utils.Database, start: datetime, end: datetime) -> list[TrackPoint]:
    rows = db.conn.execute(
        "SELECT t, lat, lon, sog_kn, cog_deg, alert FROM track WHERE t >= ? AND t <= ? ORDER BY t",
        (int(start.timestamp()), int(end.timestamp())),
    )
    return [TrackPoint(t, lat, lon, sog, cog, bool(alert)) for t, lat, lon, sog, cog, alert in rows]


def track_count(db: sqlite_utils.Database) -> int:
    return db.conn.execute("SELECT COUNT(*) FROM track").fetchone()[0]
