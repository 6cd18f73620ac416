"""ZoneMonitor: per fix, which regulated areas contain the ship, how far the others are, which the track enters.

Cost per fix is kept low by: one vectorised prepared-geometry containment test for all areas; nearest-boundary
search only for areas the ship is outside; a per-area distance cache reused only while a proven bracket keeps the
figure within 0.2 % (inside the 0.5 % budget, see _cached_distance); look-ahead only for areas closer than
SOG x look-ahead, as the track's first boundary crossing in closed form (zones/crossing.py, any stretch length,
the track stopping at a pole), so the cost of the look-ahead is paid only for areas within reach.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

import numpy as np
import shapely

from whalelog_gui.zones.areas import OPERATIONS, Area
from whalelog_gui.zones.boundaries import AreaBoundary
from whalelog_gui.zones.geodesy import distance_nm, normalize_lon

# Hysteresis is distance-based: once inside, an area counts as left only when the ship is more than this far out,
# so GPS jitter of a few metres across a boundary does not flap the alarm. Entry counts at once (warn, not miss).
EXIT_MARGIN_NM = 0.05
REUSE_FRACTION = 0.002  # a cached distance is reused only while provably within 0.2 % (see _cached_distance)
_MOVE_RADIUS_NM = 6400000.0 / 1852.0  # > any WGS84 radius of curvature: turns a chord into an upper bound
MAX_LOOKAHEAD_MIN = 24 * 60.0  # a day: beyond it a constant course and speed says nothing about the bridge picture


# Approach and AreaStatus are NamedTuples, not frozen dataclasses: seven are built per fix, and a frozen
# dataclass cost ~4 us to construct against ~0.3 us for a tuple (timeit on the 2-core build machine).
class Approach(NamedTuple):
    area_id: str
    distance_nm: float  # along the rhumb-line track to the first point inside
    eta_min: float


class AreaStatus(NamedTuple):
    area_id: str
    name: str
    paragraph: str
    applies: bool  # the prohibition binds this operation profile; otherwise shown as information
    inside: bool  # contains the position (boundary counts as inside), with exit hysteresis in ZoneMonitor.update
    distance_nm: float | None  # None while inside
    approach: Approach | None
    note: str  # interpretation note shown with alerts


@dataclass(frozen=True)
class ZonePicture:
    time: datetime | None
    lat: float | None  # None when the fix had no position: the picture is then empty and not trustworthy
    lon: float | None
    operation: str
    lookahead_min: float
    areas: tuple[AreaStatus, ...] = ()

    @property
    def has_position(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def inside(self) -> list[str]:
        return [a.area_id for a in self.areas if a.inside]

    @property
    def distances(self) -> dict[str, float]:
        return {a.area_id: a.distance_nm for a in self.areas if a.distance_nm is not None}

    @property
    def approaching(self) -> list[Approach]:
        """Areas the track enters within the look-ahead, nearest first."""
        return sorted((a.approach for a in self.areas if a.approach), key=lambda p: (p.distance_nm, p.area_id))

    def status(self, area_id: str) -> AreaStatus:
        return next(a for a in self.areas if a.area_id == area_id)


class ZoneMonitor:
    def __init__(self, areas: list[Area], operation: str, lookahead_min: float = 30.0) -> None:
        self.areas = list(areas)
        self.operation = operation
        self.lookahead_min = lookahead_min
        self._geoms = np.array([a.geometry for a in self.areas], dtype=object)
        self._boundaries = [AreaBoundary(a.geometry) for a in self.areas]
        self._held_inside = [False] * len(self.areas)
        # per area: (distance d0 at the last search, movement since, nearest boundary point lat, lon)
        self._cache: list[tuple[float, float, float, float] | None] = [None] * len(self.areas)
        self._last: tuple[float, float, float] | None = None

    @property
    def operation(self) -> str:
        """Operation profile (settings): decides which areas apply; may change between fixes."""
        return self._operation

    @operation.setter
    def operation(self, value: str) -> None:
        if value not in OPERATIONS:
            raise ValueError(f"unknown operation {value!r}; expected one of {', '.join(OPERATIONS)}")
        self._operation = value

    @property
    def lookahead_min(self) -> float:
        return self._lookahead_min

    @lookahead_min.setter
    def lookahead_min(self, value: float) -> None:
        if not (0.0 <= value <= MAX_LOOKAHEAD_MIN):
            raise ValueError(f"look-ahead must be 0 to {MAX_LOOKAHEAD_MIN:g} minutes (24 h), got {value!r}")
        self._lookahead_min = float(value)

    def update(self, fix) -> ZonePicture:
        """Evaluate one Fix (nav.fix.Fix); stateful: exit hysteresis and the distance cache live here."""
        if not fix.has_position:
            return ZonePicture(fix.time, None, None, self.operation, self.lookahead_min)
        statuses = self._evaluate(fix.lat, fix.lon, fix.cog_deg, fix.sog_kn, stateful=True)
        return ZonePicture(fix.time, fix.lat, normalize_lon(fix.lon), self.operation, self.lookahead_min, statuses)

    def check(self, lat: float, lon: float, cog: float | None = None, sog: float | None = None) -> dict:
        """Stateless query (no hysteresis, no cache) in the `whalelog zones check` output shape."""
        statuses = self._evaluate(lat, lon, cog, sog, stateful=False)
        return {
            "lat": lat,
            "lon": lon,
            "inside": [s.area_id for s in statuses if s.inside],
            "distance_nm": {s.area_id: round(s.distance_nm, 3) for s in statuses if s.distance_nm is not None},
            "approaching": [
                {"zone": p.area_id, "distance_nm": round(p.distance_nm, 3), "eta_min": round(p.eta_min, 2)}
                for p in sorted((s.approach for s in statuses if s.approach), key=lambda p: (p.distance_nm, p.area_id))
            ],
        }

    def _evaluate(self, lat, lon, cog, sog, stateful: bool) -> tuple[AreaStatus, ...]:
        if not (-90.0 <= lat <= 90.0) or not math.isfinite(lon):
            raise ValueError(f"position out of range: {lat}, {lon}")
        lon = normalize_lon(lon)
        raw = shapely.intersects_xy(self._geoms, lon, lat).tolist()
        if lon == -180.0:  # 180 E and 180 W are one meridian; pieces may sit on either side of the seam
            raw = [a or b for a, b in zip(raw, shapely.intersects_xy(self._geoms, 180.0, lat).tolist())]
        if stateful:
            step = self._step(lat, lon)
        reach = (sog or 0.0) * self.lookahead_min / 60.0 if cog is not None else 0.0
        operation = self.operation
        out = []
        for i, area in enumerate(self.areas):
            inside, distance, approach = raw[i], None, None
            if not inside:
                if stateful:
                    distance = self._cached_distance(i, lat, lon, step)
                else:
                    distance = self._boundaries[i].nearest(lat, lon).distance_nm
                if stateful and self._held_inside[i] and distance <= EXIT_MARGIN_NM:
                    inside, distance = True, None
                elif reach > 0.0 and distance <= reach:
                    approach = self._approach(i, lat, lon, cog, sog)
            if stateful:
                self._held_inside[i] = inside
            out.append(
                AreaStatus(
                    area.id,
                    area.name,
                    area.paragraph,
                    operation in area.applies_to,
                    inside,
                    distance,
                    approach,
                    area.note,
                )
            )
        return tuple(out)

    def _approach(self, i, lat, lon, cog, sog) -> Approach | None:
        s = self._boundaries[i].crossings.first_crossing(lat, lon, cog, sog * self.lookahead_min / 60.0)
        return None if s is None else Approach(self.areas[i].id, s, s / sog * 60.0)

    def _step(self, lat: float, lon: float) -> float:
        """Upper bound of the distance sailed since the previous fix (a chord on a sphere larger than the Earth)."""
        here = _unit(lat, lon)
        last, self._last = self._last, here
        if last is None:
            return math.inf
        chord = math.sqrt((here[0] - last[0]) ** 2 + (here[1] - last[1]) ** 2 + (here[2] - last[2]) ** 2)
        return _MOVE_RADIUS_NM * 2.0 * math.asin(min(1.0, chord / 2.0))

    def _cached_distance(self, i: int, lat: float, lon: float, step: float) -> float:
        """Reuse the last nearest-boundary search while it provably stays within REUSE_FRACTION.

        The true distance d lies in [d0 - moved, distance to the old nearest point F0] (distance to a set changes by
        at most the displacement, and F0 is a point of the boundary); `moved` sums the steps, so it bounds the
        displacement. While d0 - moved is close enough to d0 itself, d0 is reported; otherwise the distance to F0,
        while the bracket is narrow enough (sailing straight at the boundary keeps it narrow); else search again.
        """
        cached = self._cache[i]
        if cached is not None:
            d0, moved, foot_lat, foot_lon = cached
            moved += step
            self._cache[i] = (d0, moved, foot_lat, foot_lon)
            if moved <= REUSE_FRACTION * d0:
                return d0
            upper = distance_nm(lat, lon, foot_lat, foot_lon)
            if upper - (d0 - moved) <= REUSE_FRACTION * upper:
                return upper
        nearest = self._boundaries[i].nearest(lat, lon)
        self._cache[i] = (nearest.distance_nm, 0.0, nearest.lat, nearest.lon)
        return nearest.distance_nm


def _unit(lat: float, lon: float) -> tuple[float, float, float]:
    la, lo = math.radians(lat), math.radians(lon)
    return (math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la))
