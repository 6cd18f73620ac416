"""Exact first crossing of a rhumb-line track with an area boundary: the look-ahead without sampling.

A rhumb line is straight in (longitude, isometric latitude psi) -- the Mercator plane -- and so are the parallels and
meridians the Schedule draws, so those crossings have a closed form. The short (<= 1 degree) over-land pieces of the
basin lines are taken as straight in that plane too (within ~0.05 nm of the lon/lat-straight polygon edge).
The first boundary point met from an outside start is the entry (the boundary counts as inside), and a track that
meets no boundary within reach stays outside. A numpy box test picks the few segments near the track.
"""

from __future__ import annotations

import math

import numpy as np

from whalelog_gui.zones.geodesy import (
    _QUARTER_MERIDIAN_M,
    A,
    E,
    E2,
    METRES_PER_NM,
    _footpoint_lat,
    _isometric_lat,
    meridian_arc_m,
)

_EPS = 1e-12
_TOL = 1e-9  # degrees / parameter slack: a crossing at a segment's very end still counts (boundary is inside)


def _lat_from_isometric(psi: float) -> float:
    """Inverse of the isometric latitude (fixed-point iteration, converges to 1e-15 in a few steps)."""
    phi = 2.0 * math.atan(math.exp(psi)) - math.pi / 2.0
    for _ in range(6):
        es = E * math.sin(phi)
        phi = 2.0 * math.atan(math.exp(psi) * ((1.0 + es) / (1.0 - es)) ** (E / 2.0)) - math.pi / 2.0
    return phi


class CrossingIndex:
    """Boundary segments (lat1, lon1, lat2, lon2 rows, none crossing +-180) prepared for track crossings."""

    def __init__(self, segments: np.ndarray) -> None:
        self.rows = [tuple(map(float, r)) for r in segments]
        lat1, lon1, lat2, lon2 = segments.T
        self._south, self._north = np.minimum(lat1, lat2), np.maximum(lat1, lat2)
        self._west, self._east = np.minimum(lon1, lon2), np.maximum(lon1, lon2)
        self._psi = [(_isometric_lat(math.radians(a)), _isometric_lat(math.radians(b))) for a, _, b, _ in self.rows]

    def first_crossing(self, lat: float, lon: float, course_deg: float, reach_nm: float) -> float | None:
        """Along-track nm to the first boundary point on the rhumb line within reach_nm, or None."""
        alpha = math.radians(course_deg)
        cos_a, sin_a = math.cos(alpha), math.sin(alpha)
        phi0 = math.radians(lat)
        m0, psi0 = meridian_arc_m(phi0), _isometric_lat(phi0)
        reach_m = reach_nm * METRES_PER_NM
        east_west = abs(cos_a) <= _EPS
        parallel_radius = A / math.sqrt(1.0 - E2 * math.sin(phi0) ** 2) * math.cos(phi0)
        if east_west:
            psi_end, lat_end = psi0, lat
            dlon = math.degrees(reach_m * sin_a / parallel_radius)
        else:
            phi_end = _footpoint_lat(max(-_QUARTER_MERIDIAN_M, min(_QUARTER_MERIDIAN_M, m0 + reach_m * cos_a)))
            psi_end, lat_end = _isometric_lat(phi_end), math.degrees(phi_end)
            dlon = math.degrees(math.tan(alpha) * (psi_end - psi0))
        track_w, track_e = lon + min(0.0, dlon), lon + max(0.0, dlon)  # unwrapped: may pass +-180
        south, north = min(lat, lat_end) - _TOL, max(lat, lat_end) + _TOL
        best = None
        for shift in (-360.0, 0.0, 360.0):
            if track_e < -180.0 + shift - _TOL or track_w > 180.0 + shift + _TOL:
                continue
            near = np.flatnonzero((self._south <= north) & (self._north >= south) & (self._west + shift <= track_e + _TOL)
                                  & (self._east + shift >= track_w - _TOL))
            for k in near.tolist():
                s = self._cross(k, shift, lon, psi0, m0, cos_a, dlon, psi_end, parallel_radius, east_west)
                if s is not None and 0.0 <= s <= reach_m + 1e-6 and (best is None or s < best):
                    best = s
        return None if best is None else best / METRES_PER_NM

    def _cross(self, k, shift, lon, psi0, m0, cos_a, dlon, psi_end, parallel_radius, east_west):
        """Along-track metres where the track meets segment k (its longitudes moved by `shift`), else None."""
        lat1, lon1, lat2, lon2 = self.rows[k]
        lon1, lon2 = lon1 + shift, lon2 + shift
        p1, p2 = self._psi[k]
        # solve lon + t*dlon = lon1 + u*(lon2-lon1), psi0 + t*(psi_end-psi0) = p1 + u*(p2-p1) in the Mercator plane
        dpsi = psi_end - psi0
        sx, sy = lon2 - lon1, p2 - p1
        den = dlon * sy - dpsi * sx
        if abs(den) < 1e-15:
            return None  # parallel to the track (e.g. sailing along a parallel): it cannot be crossed
        qx, qy = lon1 - lon, p1 - psi0
        t = (qx * sy - qy * sx) / den
        u = (qx * dpsi - qy * dlon) / den
        if not (-_TOL <= u <= 1.0 + _TOL and -_TOL <= t <= 1.0 + _TOL):
            return None
        if east_west:
            return abs(math.radians(t * dlon)) * parallel_radius
        if lat1 == lat2:  # a parallel: exact latitude
            phi = math.radians(lat1)
        else:
            phi = _lat_from_isometric(psi0 + t * dpsi)
        return (meridian_arc_m(phi) - m0) / cos_a
