"""True distances and rhumb-line tracks on the WGS84 ellipsoid, fast enough to run per fix in pure Python.

geographiclib is exact but costs ~130 us per inverse in pure Python, so the per-fix path uses Lambert's formula for
long lines on the ellipsoid (error ~10 m over thousands of km, far inside the 0.5 % the issue asks for; checked
against geographiclib in tests/zones/test_geodesy.py) and closed-form rhumb lines via the isometric latitude.

numpy is imported only by the functions that take or return arrays: the store's track (distance_nm) and the
catch forms reach this module before the window shows, and numpy costs ~0.1 s there (issue 14).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

A = 6378137.0  # WGS84 semi-major axis, m
F = 1.0 / 298.257223563  # WGS84 flattening
E2 = F * (2.0 - F)
E = math.sqrt(E2)
N3 = F / (2.0 - F)  # third flattening, for the meridian-arc series
METRES_PER_NM = 1852.0
MEAN_RADIUS_NM = 6371008.8 / METRES_PER_NM

_RECT = A / (1.0 + N3) * (1.0 + N3**2 / 4.0 + N3**4 / 64.0)  # rectifying radius
_ARC = (
    -(3.0 * N3 / 2.0 - 9.0 * N3**3 / 16.0),
    15.0 * N3**2 / 16.0 - 15.0 * N3**4 / 32.0,
    -35.0 * N3**3 / 48.0,
    315.0 * N3**4 / 512.0,
)
_FOOT = (
    3.0 * N3 / 2.0 - 27.0 * N3**3 / 32.0,
    21.0 * N3**2 / 16.0 - 55.0 * N3**4 / 32.0,
    151.0 * N3**3 / 96.0,
    1097.0 * N3**4 / 512.0,
)
_ONE_MINUS_F = 1.0 - F


def normalize_lon(lon: float) -> float:
    """Longitude in [-180, 180); 180 E and 180 W are the same meridian."""
    return (lon + 180.0) % 360.0 - 180.0


def distance_nm(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance on WGS84 in nautical miles (Lambert's formula; exact geographiclib near antipodes)."""
    b1 = math.atan(_ONE_MINUS_F * math.tan(math.radians(lat1))) if abs(lat1) < 90.0 else math.radians(lat1)
    b2 = math.atan(_ONE_MINUS_F * math.tan(math.radians(lat2))) if abs(lat2) < 90.0 else math.radians(lat2)
    dlon = math.radians(lon2 - lon1)
    h = math.sin((b2 - b1) / 2.0) ** 2 + math.cos(b1) * math.cos(b2) * math.sin(dlon / 2.0) ** 2
    if h <= 0.0:
        return 0.0
    sigma = 2.0 * math.asin(min(1.0, math.sqrt(h)))
    cos_half2 = 1.0 - h
    if cos_half2 < 1e-10:  # (nearly) antipodal: Lambert's formula is singular there
        from geographiclib.geodesic import Geodesic

        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2)["s12"] / METRES_PER_NM
    p, q = (b1 + b2) / 2.0, (b2 - b1) / 2.0
    sin_s = math.sin(sigma)
    x = (sigma - sin_s) * math.sin(p) ** 2 * math.cos(q) ** 2 / cos_half2
    y = (sigma + sin_s) * math.cos(p) ** 2 * math.sin(q) ** 2 / h
    return A * (sigma - F / 2.0 * (x + y)) / METRES_PER_NM


def meridian_arc_m(lat_rad):
    """Distance from the equator along the meridian, metres (Helmert series; works on floats and arrays)."""
    if isinstance(lat_rad, (int, float)):
        s2, c2 = math.sin(2.0 * lat_rad), math.cos(2.0 * lat_rad)
    else:
        import numpy as np

        s2, c2 = np.sin(2.0 * lat_rad), np.cos(2.0 * lat_rad)
    # sin 4x, 6x, 8x from sin 2x / cos 2x to save trig calls
    s4, c4 = 2.0 * s2 * c2, 1.0 - 2.0 * s2 * s2
    s6, s8 = s4 * c2 + c4 * s2, 2.0 * s4 * c4
    return _RECT * (lat_rad + _ARC[0] * s2 + _ARC[1] * s4 + _ARC[2] * s6 + _ARC[3] * s8)


def footpoint_lat(arc_m):
    mu = arc_m / _RECT
    if isinstance(mu, (int, float)):
        sin = math.sin
    else:
        import numpy as np

        sin = np.sin
    return (
        mu + _FOOT[0] * sin(2.0 * mu) + _FOOT[1] * sin(4.0 * mu) + _FOOT[2] * sin(6.0 * mu) + _FOOT[3] * sin(8.0 * mu)
    )


def isometric_lat(lat_rad):
    if isinstance(lat_rad, (int, float)):
        s = max(-1.0 + 1e-15, min(1.0 - 1e-15, math.sin(lat_rad)))
        return math.atanh(s) - E * math.atanh(E * s)
    import numpy as np

    s = np.clip(np.sin(lat_rad), -1.0 + 1e-15, 1.0 - 1e-15)
    return np.arctanh(s) - E * np.arctanh(E * s)


QUARTER_MERIDIAN_M = meridian_arc_m(math.pi / 2.0)


def rhumb_track(lat: float, lon: float, course_deg: float, distances_nm: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions along the rhumb line (constant course) at increasing distances; longitudes in [-180, 180).

    A rhumb line that is not east-west reaches a pole after a finite distance: positions beyond stay at the pole.
    Short tracks (<= 60 nm, |lat| <= 70) -- the per-fix look-ahead -- use Taylor steps in the meridian arc and the
    isometric latitude (error < 5 m, tested against the closed form); everything else the closed form.
    """
    import numpy as np

    d = np.asarray(distances_nm, dtype=float) * METRES_PER_NM
    alpha = math.radians(course_deg)
    phi1 = math.radians(lat)
    cos_a, sin_a = math.cos(alpha), math.sin(alpha)
    longest = abs(float(d[-1])) if d.size else 0.0  # distances are given in increasing order
    sin1, cos1 = math.sin(phi1), math.cos(phi1)
    w = 1.0 - E2 * sin1 * sin1
    if longest <= 60.0 * METRES_PER_NM and abs(lat) <= 70.0:
        rho = A * (1.0 - E2) / w**1.5  # meridional radius of curvature
        drho = 3.0 * A * (1.0 - E2) * E2 * sin1 * cos1 / w**2.5
        c1, c2 = cos_a / rho, -drho * cos_a * cos_a / (2.0 * rho**3)
        dphi = d * (c1 + c2 * d)
        if abs(cos_a) > 1e-12:
            # psi' = (1 - e2) / (w cos phi); higher terms from the sphere (their ellipsoidal part is O(e2 dphi^2))
            t, sec = sin1 / cos1, 1.0 / cos1
            p1, p2, p3 = (1.0 - E2) / (w * cos1), sec * t / 2.0, sec * (t * t + sec * sec) / 6.0
            dlon = (sin_a / cos_a) * (dphi * (p1 + dphi * (p2 + dphi * p3)))
        else:  # due east or west: along the parallel, radius nu*cos(phi)
            dlon = d * (sin_a / (A / math.sqrt(w) * cos1))
        lats = lat + np.degrees(dphi)
    else:
        lats, dlon = rhumb_closed_form(phi1, alpha, d, w)
    lons = lon + np.degrees(dlon)
    if lons.size and not (-180.0 <= lons[0] < 180.0 and -180.0 <= lons[-1] < 180.0):  # monotonic along a rhumb
        lons = (lons + 180.0) % 360.0 - 180.0
    return lats, lons


def rhumb_closed_form(phi1: float, alpha: float, d: np.ndarray, w: float):
    import numpy as np

    arc = np.clip(meridian_arc_m(phi1) + d * math.cos(alpha), -QUARTER_MERIDIAN_M, QUARTER_MERIDIAN_M)
    phi2 = footpoint_lat(arc)
    if abs(math.cos(alpha)) > 1e-12:
        dlon = math.tan(alpha) * (isometric_lat(phi2) - isometric_lat(phi1))
    else:  # due east or west: along the parallel, radius nu*cos(phi)
        dlon = d * (math.sin(alpha) / max(A / math.sqrt(w) * math.cos(phi1), 1e-9))
    return np.degrees(phi2), dlon


def rhumb_destination(lat: float, lon: float, course_deg: float, distance: float) -> tuple[float, float]:
    """One position `distance` nautical miles along the rhumb line from (lat, lon) on `course_deg` true."""
    import numpy as np

    lats, lons = rhumb_track(lat, lon, course_deg, np.array([distance]))
    return float(lats[0]), float(lons[0])


def unit_vectors(lats_deg: np.ndarray, lons_deg: np.ndarray) -> np.ndarray:
    """(n, 3) unit vectors on the sphere, the wrap-free frame used to find nearest boundary points."""
    import numpy as np

    la, lo = np.radians(lats_deg), np.radians(lons_deg)
    c = np.cos(la)
    return np.stack([c * np.cos(lo), c * np.sin(lo), np.sin(la)], axis=-1)


def distances_nm(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Lambert's formula from one point to many (vectorised twin of distance_nm, same accuracy; not for antipodes)."""
    import numpy as np

    b1 = math.atan(_ONE_MINUS_F * math.tan(math.radians(max(-89.999999999, min(89.999999999, lat)))))
    b2 = np.arctan(_ONE_MINUS_F * np.tan(np.radians(np.clip(lats, -89.999999999, 89.999999999))))
    h = np.sin((b2 - b1) / 2.0) ** 2 + math.cos(b1) * np.cos(b2) * np.sin(np.radians(lons - lon) / 2.0) ** 2
    h = np.clip(h, 1e-30, 1.0 - 1e-12)
    sigma = 2.0 * np.arcsin(np.sqrt(h))
    p, q = (b1 + b2) / 2.0, (b2 - b1) / 2.0
    sin_s = np.sin(sigma)
    x = (sigma - sin_s) * np.sin(p) ** 2 * np.cos(q) ** 2 / (1.0 - h)
    y = (sigma + sin_s) * np.cos(p) ** 2 * np.sin(q) ** 2 / h
    d = A * (sigma - F / 2.0 * (x + y)) / METRES_PER_NM
    return np.where(h <= 1e-30, 0.0, d)
