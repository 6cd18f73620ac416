"""The position fix and source status that flow out of the GPS chain to zones, alerts, store and UI."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, time

TimeOfDay = time  # the field named `time` below would shadow the type inside the class


@dataclass(frozen=True)
class Fix:
    """One receiver epoch, merged from every sentence that shares its time of day.

    time is timezone-aware UTC, or None while no date is known (GGA/GLL before any RMC/ZDA).
    lat/lon are WGS84 decimal degrees, south and west negative; None when the epoch had no position.
    """

    time: datetime | None
    time_of_day: TimeOfDay | None
    lat: float | None
    lon: float | None
    sog_kn: float | None = None
    cog_deg: float | None = None
    valid: bool = False
    quality: int | None = None  # GGA fix quality (0 invalid, 1 GPS, 2 DGPS, 4 RTK, 6 dead reckoning, ...)
    satellites: int | None = None
    hdop: float | None = None
    source: str = ""

    @classmethod
    def build(cls, time, time_of_day, lat, lon, sog_kn, cog_deg, valid, quality, satellites, hdop, source) -> "Fix":
        """Positional constructor for the decoder's hot path (a frozen dataclass __init__ costs ~3 us).

        Same result as Fix(...) with every field given; the instance stays frozen.
        """
        fix = object.__new__(cls)
        fix.__dict__.update(
            time=time, time_of_day=time_of_day, lat=lat, lon=lon, sog_kn=sog_kn, cog_deg=cog_deg, valid=valid,
            quality=quality, satellites=satellites, hdop=hdop, source=source,
        )
        return fix

    @property
    def has_position(self) -> bool:
        return self.lat is not None and self.lon is not None


class SourceState(enum.Enum):
    DISCONNECTED = "disconnected"  # port could not be opened or vanished
    NO_DATA = "no data"  # port open, nothing (framed) arriving
    NO_FIX = "no valid fix"  # sentences arrive but the receiver reports no valid position
    VALID_FIX = "valid fix"


@dataclass
class SourceCounters:
    sentences: int = 0
    accepted: int = 0
    bad_checksum: int = 0
    unparsable: int = 0
    skipped: int = 0
    epochs: int = 0
    valid_fixes: int = 0


@dataclass(frozen=True)
class SourceStatus:
    """Published by a reader whenever state or lost-fix changes, and periodically with fresh counters."""

    source: str
    state: SourceState
    fix_lost: bool  # no valid fix for longer than the lost-fix timeout: the area picture is not trustworthy
    counters: SourceCounters = field(default_factory=SourceCounters)
    message: str = ""
