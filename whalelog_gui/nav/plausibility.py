"""Position jumps: a valid fix further from the last one than the SOG limit allows in the time between them.

A jump means one of the two positions is wrong (a multipath spike, a receiver reset, a spoofed or replayed
feed). The bridge gets a caution with both positions; the area alarms still run on the new fix (warn rather
than miss): a jump never suppresses an alarm.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from geographiclib.geodesic import Geodesic

from whalelog_gui.nav.fields import SOG_LIMIT_KN

METRES_PER_NM = 1852.0
NOISE_M = 100.0  # receiver scatter allowed on top of the limit, so a 10 Hz feed's jitter is not a jump


@dataclass(frozen=True)
class PositionJump:
    from_lat: float
    from_lon: float
    to_lat: float
    to_lon: float
    distance_nm: float
    seconds: float
    implied_kn: float


def _seconds_between(earlier, later) -> float | None:
    """Seconds from one fix to the next: full UTC times when both have them, else time of day (midnight wraps)."""
    if earlier.time is not None and later.time is not None:
        return (later.time - earlier.time).total_seconds()
    if earlier.time_of_day is None or later.time_of_day is None:
        return None
    day = datetime(2000, 1, 1)
    delta = datetime.combine(day, later.time_of_day.replace(tzinfo=None)) - datetime.combine(
        day, earlier.time_of_day.replace(tzinfo=None)
    )
    if delta < timedelta(hours=-12):
        delta += timedelta(days=1)
    return delta.total_seconds()


class JumpCheck:
    """Feed every fix in order; `check` answers the jump from the last valid position, if there was one."""

    def __init__(self, sog_limit_kn: float = SOG_LIMIT_KN) -> None:
        self.sog_limit_kn = sog_limit_kn
        self._last = None

    def check(self, fix) -> PositionJump | None:
        if not (fix.valid and fix.has_position):
            return None
        last, self._last = self._last, fix
        if last is None:
            return None
        seconds = _seconds_between(last, fix)
        if seconds is None or seconds <= 0:
            return None  # no time to judge by (or the same epoch again): nothing to say
        metres = Geodesic.WGS84.Inverse(last.lat, last.lon, fix.lat, fix.lon)["s12"]
        allowed = self.sog_limit_kn * METRES_PER_NM / 3600.0 * seconds + NOISE_M
        if metres <= allowed:
            return None
        nm = metres / METRES_PER_NM
        return PositionJump(last.lat, last.lon, fix.lat, fix.lon, nm, seconds, nm / (seconds / 3600.0))
