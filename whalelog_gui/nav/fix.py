"""The position fix and source status that flow out of the GPS chain to zones, alerts, store and UI."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, time

TimeOfDay = time  # the field named `time` below would shadow the type inside the class

# Fix quality names (the `quality` of `nmea parse`): GGA's indicator and the RMC/GLL/GNS mode letters say the same
GGA_QUALITY = {
    "0": "invalid",
    "1": "gps",
    "2": "dgps",
    "3": "pps",
    "4": "rtk",
    "5": "float-rtk",
    "6": "dr",
    "7": "manual",
    "8": "simulator",
}
MODE_QUALITY = {
    "A": "gps",
    "D": "dgps",
    "P": "pps",
    "R": "rtk",
    "F": "float-rtk",
    "E": "dr",
    "N": "invalid",
    "M": "manual",
    "S": "simulator",
}
NOT_A_FIX = frozenset(("invalid", "manual", "simulator"))  # a typed-in or simulated position is not where the ship is
DEAD_RECKONING = "dr"  # valid, but estimated from course and speed: the alarms run on it with a caution


def quality_rank(name: str) -> int:
    """Lower is less trustworthy: not a fix, then dead reckoning, then measured fixes."""
    return 0 if name in NOT_A_FIX else 1 if name == DEAD_RECKONING else 2


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
    quality: str | None = None  # a GGA_QUALITY / MODE_QUALITY name: gps, dgps, rtk, float-rtk, dr, ...; None: not said
    satellites: int | None = None
    hdop: float | None = None
    source: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.quality, int):  # the GGA indicator number (1 = GPS) names the same thing
            object.__setattr__(self, "quality", GGA_QUALITY.get(str(self.quality), "invalid"))

    @property
    def has_position(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def dead_reckoned(self) -> bool:
        """Valid but estimated, not measured (GGA 6, mode E): area alarms still run, with a caution."""
        return self.quality == DEAD_RECKONING


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
    rejected_fields: int = 0  # fields of accepted sentences that broke the NMEA 0183 grammar or a limit
    proprietary: int = 0  # $P... sentences (also in skipped)


@dataclass(frozen=True)
class SourceStatus:
    """Published by a reader whenever state or lost-fix changes, and periodically with fresh counters."""

    source: str
    state: SourceState
    fix_lost: bool  # no valid fix for longer than the lost-fix timeout: the area picture is not trustworthy
    counters: SourceCounters = field(default_factory=SourceCounters)
    message: str = ""
