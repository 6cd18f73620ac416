"""TrackPoint: one kept fix of the track log, as stored, exported and drawn.

A tuple, not a dataclass: a season holds ~100 000 of them and building dataclasses was the season read's cost.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import NamedTuple


class TrackPoint(NamedTuple):
    t: int  # UTC unix seconds: whole seconds, one point per second at most
    lat: float
    lon: float
    sog_kn: float | None = None
    cog_deg: float | None = None
    alert: bool = False  # kept because an alarm was active
    source: str = ""  # receiver, replay, simulator, or "unknown (before source tracking)" (issue 11)

    @property
    def at(self) -> datetime:
        return datetime.fromtimestamp(self.t, timezone.utc)
