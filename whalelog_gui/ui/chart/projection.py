"""Chart projection: Mercator in degrees, repeating every 360° so nothing tears at ±180°. Pure Python, no Qt.

World coordinates: x = longitude in degrees, y = Mercator ordinate in degrees (equal to latitude near the
equator). The world repeats every 360 in x: a view centred at longitude c shows x in c ± half its width, and
draws each shape at the shifts k*360 that fall in sight, so geometry cut at ±180° (as GeoJSON must be) joins
up again around the view's centre: the Southern Ocean Sanctuary (130°E → 180° → 130°W) is one band whatever
the centre. Sequences of fixes (track, look-ahead) are unwrapped point to point instead.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

MAX_LAT = 85.0  # Mercator runs to infinity at the poles; clamp here (the chart must serve 70°S to 80°N)
NM_PER_DEG_LAT = 60.0
_SEAM_EPS = 1e-6
_POLE_LAT = 89.99


def clamp_lat(lat: float) -> float:
    return max(-MAX_LAT, min(MAX_LAT, lat))


def mercator_y(lat: float) -> float:
    phi = math.radians(-MAX_LAT if lat < -MAX_LAT else MAX_LAT if lat > MAX_LAT else lat)
    return math.degrees(math.log(math.tan(math.pi / 4 + phi / 2)))


def latitude_of(y: float) -> float:
    return clamp_lat(math.degrees(2 * math.atan(math.exp(math.radians(y))) - math.pi / 2))


MAX_Y = mercator_y(MAX_LAT)


def wrap_lon(lon: float) -> float:
    """Longitude into [-180, 180)."""
    return (lon + 180.0) % 360.0 - 180.0


def _seams(pts: Sequence[tuple[float, float]]) -> list[bool]:
    """For each edge i -> i+1 (cyclic): does it only exist because the data was cut at ±180° or closed over
    a pole? Such edges are filled but never stroked."""
    on_meridian = [abs(abs(p[0]) - 180.0) < _SEAM_EPS for p in pts]
    on_pole = [abs(p[1]) > _POLE_LAT for p in pts]
    n = len(pts)
    return [(on_meridian[i] and on_meridian[(i + 1) % n]) or (on_pole[i] and on_pole[(i + 1) % n]) for i in range(n)]


@dataclass(frozen=True)
class WorldRing:
    """One polygon ring in world coordinates, with the polylines of its real edges for stroking."""

    points: tuple[tuple[float, float], ...]  # closed: last point joins the first
    edges: tuple[tuple[tuple[float, float], ...], ...]  # real boundary pieces (no ±180 cuts, no pole closure)

    @property
    def x_extent(self) -> tuple[float, float]:
        xs = [p[0] for p in self.points]
        return min(xs), max(xs)


def world_ring(coords: Sequence[Sequence[float]]) -> WorldRing:
    """A GeoJSON ring ([lon, lat], ...) as a WorldRing.

    Longitudes are taken as written, as shapely and the zone monitor take them (RFC 7946: a shape crossing
    the antimeridian is cut there, or written with longitudes past 180). The view then draws the ring at
    every shift of 360 in sight, so pieces cut at ±180 meet again as one band.
    """
    pts = [(float(c[0]), float(c[1])) for c in coords]
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts = pts[:-1]
    n = len(pts)
    world = [(lon, mercator_y(lat)) for lon, lat in pts]
    seams = _seams(pts)
    if not any(seams):
        return WorldRing(tuple(world), (tuple(world) + (world[0],),))
    start = (seams.index(True) + 1) % n  # begin the stroke after a cut so no piece wraps round the start
    edges: list[list[tuple[float, float]]] = [[world[start]]]
    for step in range(n):
        i, j = (start + step) % n, (start + step + 1) % n
        if seams[i]:
            edges.append([world[j]])
        else:
            edges[-1].append(world[j])
    return WorldRing(tuple(world), tuple(tuple(e) for e in edges if len(e) > 1))


def world_polygon(rings: Sequence[Sequence[Sequence[float]]]) -> list[WorldRing]:
    """A GeoJSON polygon: outer ring then holes."""
    return [world_ring(r) for r in rings]


def copy_shifts(x_min: float, x_max: float, view_x0: float, view_x1: float) -> list[float]:
    """The shifts k*360 at which a shape spanning [x_min, x_max] is (partly) inside [view_x0, view_x1]."""
    k_lo = math.ceil((view_x0 - x_max) / 360.0)
    k_hi = math.floor((view_x1 - x_min) / 360.0)
    return [360.0 * k for k in range(k_lo, k_hi + 1)]


@dataclass(frozen=True)
class Viewport:
    """What the chart shows: centre in world coordinates, scale in pixels per degree, size in pixels."""

    centre_x: float
    centre_y: float
    px_per_deg: float
    width: int
    height: int

    @classmethod
    def at(cls, lat: float, lon: float, px_per_deg: float, width: int, height: int) -> Viewport:
        return cls(wrap_lon(lon), mercator_y(lat), px_per_deg, width, height)

    @property
    def centre_lat(self) -> float:
        return latitude_of(self.centre_y)

    @property
    def centre_lon(self) -> float:
        return wrap_lon(self.centre_x)

    def x_range(self) -> tuple[float, float]:
        half = self.width / 2 / self.px_per_deg
        return self.centre_x - half, self.centre_x + half

    def y_range(self) -> tuple[float, float]:
        half = self.height / 2 / self.px_per_deg
        return self.centre_y - half, self.centre_y + half

    def world_to_screen(self, x: float, y: float) -> tuple[float, float]:
        return (
            (x - self.centre_x) * self.px_per_deg + self.width / 2,
            self.height / 2 - (y - self.centre_y) * self.px_per_deg,
        )

    def geo_to_screen(self, lat: float, lon: float) -> tuple[float, float]:
        """The copy of (lat, lon) nearest the view centre."""
        return self.world_to_screen(self.centre_x + wrap_lon(lon - self.centre_x), mercator_y(lat))

    def screen_to_geo(self, sx: float, sy: float) -> tuple[float, float]:
        x = self.centre_x + (sx - self.width / 2) / self.px_per_deg
        y = self.centre_y + (self.height / 2 - sy) / self.px_per_deg
        return latitude_of(y), wrap_lon(x)

    def nm_per_px(self) -> float:
        """Nautical miles per pixel at the centre latitude (Mercator is conformal: same in x and y)."""
        return NM_PER_DEG_LAT * math.cos(math.radians(self.centre_lat)) / self.px_per_deg


def rhumb_destination(lat: float, lon: float, bearing_deg: float, distance_nm: float) -> tuple[float, float]:
    """Where a constant true course leads after distance_nm (sphere; a straight line on this chart)."""
    theta = math.radians(bearing_deg)
    dphi_deg = distance_nm * math.cos(theta) / NM_PER_DEG_LAT
    lat2 = clamp_lat(lat + dphi_deg)
    dpsi = math.radians(mercator_y(lat2) - mercator_y(lat))
    dphi = math.radians(lat2 - lat)
    q = dphi / dpsi if abs(dpsi) > 1e-12 else math.cos(math.radians(lat))
    dlon = math.degrees(math.radians(distance_nm / NM_PER_DEG_LAT) * math.sin(theta) / q)
    return lat2, wrap_lon(lon + dlon)


_NICE_NM = (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)


def scale_bar(nm_per_px: float, max_px: float) -> tuple[float, float]:
    """The longest round distance in nautical miles whose bar fits in max_px: (nm, px)."""
    fitting = [nm for nm in _NICE_NM if nm / nm_per_px <= max_px] or [_NICE_NM[0]]
    return fitting[-1], fitting[-1] / nm_per_px


_STEPS_MIN = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1200, 1800)  # graticule steps in minutes of arc


def graticule_step(px_per_deg: float, min_spacing_px: float) -> float:
    """Smallest round step in degrees whose lines are at least min_spacing_px apart."""
    for minutes in _STEPS_MIN:
        if minutes / 60.0 * px_per_deg >= min_spacing_px:
            return minutes / 60.0
    return _STEPS_MIN[-1] / 60.0


def graticule_values(lo: float, hi: float, step: float) -> list[float]:
    first = math.ceil(lo / step - 1e-9)
    last = math.floor(hi / step + 1e-9)
    return [round(k * step, 9) for k in range(first, last + 1)]
