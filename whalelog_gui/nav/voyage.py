"""Scripted voyages for the simulator: waypoints sailed along geodesics at a given speed, and the NMEA they produce.

Voyages are data (resources/demo/*.json), e.g.
{"name": "...", "speed_kn": 12, "loop": true, "start_time": null,
 "waypoints": [{"lat": -39.9975, "lon": 160.0}, {"lat": -40.0183, "lon": 160.0, "speed_kn": 8}]}
A waypoint's speed_kn applies to the leg that starts there (default: the voyage speed).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from geographiclib.geodesic import Geodesic

from whalelog_gui.nav.nmea import with_checksum

KNOT_M_S = 1852.0 / 3600.0


class VoyageError(ValueError):
    """A voyage file that cannot be sailed; the message names the file and the problem."""


@dataclass(frozen=True)
class Waypoint:
    lat: float
    lon: float
    speed_kn: float | None = None


@dataclass(frozen=True)
class Position:
    lat: float
    lon: float
    sog_kn: float
    cog_deg: float


@dataclass(frozen=True)
class Voyage:
    name: str
    waypoints: tuple[Waypoint, ...]
    speed_kn: float = 10.0
    loop: bool = True
    start_time: datetime | None = None  # None: the simulator starts at the current UTC time
    description: str = ""

    def __post_init__(self) -> None:
        if len(self.waypoints) < 2:
            raise VoyageError(f"voyage {self.name!r} needs at least two waypoints")
        for i, wp in enumerate(self.waypoints):
            if not (-90 <= wp.lat <= 90 and -180 <= wp.lon <= 180):
                raise VoyageError(f"voyage {self.name!r}: waypoint {i + 1} is not a position: {wp.lat}, {wp.lon}")
            if wp.speed_kn is not None and not wp.speed_kn > 0:
                raise VoyageError(f"voyage {self.name!r}: waypoint {i + 1} speed must be > 0 kn")
        if not self.speed_kn > 0:
            raise VoyageError(f"voyage {self.name!r}: speed_kn must be > 0")
        object.__setattr__(self, "_legs", self._plan())

    @classmethod
    def load(cls, path: str | Path) -> "Voyage":
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
            start = raw.get("start_time")
            return cls(
                name=str(raw.get("name", Path(path).stem)),
                waypoints=tuple(
                    Waypoint(
                        float(w["lat"]), float(w["lon"]), None if w.get("speed_kn") is None else float(w["speed_kn"])
                    )
                    for w in raw["waypoints"]
                ),
                speed_kn=float(raw.get("speed_kn", 10.0)),
                loop=bool(raw.get("loop", True)),
                start_time=datetime.fromisoformat(start).astimezone(timezone.utc) if start else None,
                description=str(raw.get("description", "")),
            )
        except VoyageError as exc:
            raise VoyageError(f"{path}: {exc}") from None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise VoyageError(f"{path}: not a voyage file ({exc})") from None

    def _plan(self) -> list[tuple[object, float, float]]:
        points = list(self.waypoints) + ([self.waypoints[0]] if self.loop else [])
        legs = []
        for a, b in zip(points, points[1:]):
            line = Geodesic.WGS84.InverseLine(a.lat, a.lon, b.lat, b.lon)
            speed = (a.speed_kn or self.speed_kn) * KNOT_M_S
            legs.append((line, line.s13, line.s13 / speed))
        return legs

    @property
    def duration_s(self) -> float:
        """Time to sail the whole route once (one loop)."""
        return sum(leg[2] for leg in self._legs)  # type: ignore[attr-defined]

    def position_at(self, elapsed_s: float) -> Position:
        """Where the ship is `elapsed_s` seconds after leaving the first waypoint."""
        legs = self._legs  # type: ignore[attr-defined]
        total = self.duration_s
        if self.loop and total > 0:
            elapsed_s %= total
        for line, length, duration in legs:
            if elapsed_s <= duration:
                frac = elapsed_s / duration if duration else 1.0
                p = line.Position(length * frac)
                return Position(
                    p["lat2"], _wrap(p["lon2"]), length / duration / KNOT_M_S if duration else 0.0, p["azi2"] % 360.0
                )
            elapsed_s -= duration
        last = self.waypoints[-1]
        p = legs[-1][0].Position(legs[-1][1])
        return Position(last.lat, last.lon, 0.0, p["azi2"] % 360.0)  # arrived: stopped at the last waypoint


def _wrap(lon: float) -> float:
    return (lon + 180.0) % 360.0 - 180.0 if not -180.0 <= lon <= 180.0 else lon


def _dm(value: float, deg_digits: int, pos: str, neg: str) -> tuple[str, str]:
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60.0, 4)
    if minutes >= 60.0:
        deg, minutes = deg + 1, 0.0
    return f"{deg:0{deg_digits}d}{minutes:07.4f}", (pos if value >= 0 else neg)


def epoch_sentences(
    when: datetime,
    position: Position | None,
    sentences: tuple[str, ...] = ("RMC", "GGA", "VTG", "GSA"),
    talker: str = "GP",
    satellites: int = 9,
    hdop: float = 0.9,
) -> list[str]:
    """The NMEA 0183 sentences a receiver sends for one epoch; position None = no fix (RMC V, GGA 0)."""
    hms = f"{when:%H%M%S}.{when.microsecond // 10_000:02d}"
    if position is None:
        lat = lat_h = lon = lon_h = sog = cog = ""
    else:
        (lat, lat_h), (lon, lon_h) = _dm(position.lat, 2, "N", "S"), _dm(position.lon, 3, "E", "W")
        sog, cog = f"{position.sog_kn:.1f}", f"{position.cog_deg:.1f}"
    fix = position is not None
    out = []
    for kind in sentences:
        if kind == "RMC":
            body = f"RMC,{hms},{'A' if fix else 'V'},{lat},{lat_h},{lon},{lon_h},{sog},{cog},{when:%d%m%y},,,{'A' if fix else 'N'}"
        elif kind == "GGA":
            sats = f"{satellites:02d}" if fix else "00"
            body = (
                f"GGA,{hms},{lat},{lat_h},{lon},{lon_h},{1 if fix else 0},{sats},{hdop if fix else ''},12.0,M,-30.0,M,,"
            )
        elif kind == "VTG":
            kmh = f"{position.sog_kn * 1.852:.1f}" if position else ""
            body = f"VTG,{cog},T,,M,{sog},N,{kmh},K,{'A' if fix else 'N'}"
        elif kind == "GSA":
            svs = ",".join(f"{n:02d}" for n in range(1, satellites + 1)) if fix else ""
            svs = ",".join((svs.split(",") if svs else []) + [""] * (12 - (satellites if fix else 0)))
            body = f"GSA,A,{3 if fix else 1},{svs},{1.6 if fix else ''},{hdop if fix else ''},{1.3 if fix else ''}"
        elif kind == "ZDA":
            body = f"ZDA,{hms},{when:%d},{when:%m},{when:%Y},00,00"
        elif kind == "GLL":
            body = f"GLL,{lat},{lat_h},{lon},{lon_h},{hms},{'A' if fix else 'V'},{'A' if fix else 'N'}"
        else:
            raise ValueError(f"the simulator cannot send {kind}")
        out.append(with_checksum(talker + body))
    return out


def offset_metres(position: Position, north_m: float, east_m: float) -> Position:
    """The position moved by a small offset (for simulated receiver noise)."""
    lat = position.lat + north_m / 111_320.0
    lon = position.lon + east_m / (111_320.0 * max(0.01, math.cos(math.radians(position.lat))))
    return Position(max(-90.0, min(90.0, lat)), _wrap(lon), position.sog_kn, position.cog_deg)
