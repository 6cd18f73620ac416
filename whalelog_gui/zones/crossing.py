"""Exact first crossing of a rhumb-line track with an area boundary: the look-ahead without sampling.

A rhumb line is straight in (longitude, isometric latitude psi) -- the Mercator plane -- and so are the parallels and
meridians the Schedule draws, so those crossings have a closed form. The short (<= 1 degree) over-land pieces of the
basin lines are straight in lon/lat, as shapely sees them: the Mercator-plane estimate is refined onto them by Newton.
The first boundary point met from an outside start is the entry (the boundary counts as inside), and a track that
meets no boundary within reach stays outside. A numpy box test picks the few segments near the track.
"""

from __future__ import annotations

import math

import numpy as np

from whalelog_gui.zones.geodesy import (
    QUARTER_MERIDIAN_M,
    A,
    E,
    E2,
    METRES_PER_NM,
    footpoint_lat,
    isometric_lat,
    meridian_arc_m,
)

_EPS = 1e-9  # |cos course| below this is east-west (drift < 0.2 m over 100 000 nm)
_TOL = 1e-9  # degrees / parameter slack: a crossing at a segment's very end still counts (boundary is inside)
_LOOSE = 0.01  # slack on the Mercator estimate along a <= 1 degree piece before the Newton refinement decides


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
        self._psi = [(isometric_lat(math.radians(a)), isometric_lat(math.radians(b))) for a, _, b, _ in self.rows]
        self._lat_south, self._lat_north = float(self._south.min()), float(self._north.max())
        self._psi_south, self._psi_north = (isometric_lat(math.radians(x)) for x in (self._lat_south, self._lat_north))
        # latitudes where some segment starts or ends: a spiral skips whole turns between them (see first_crossing)
        # (sorted(set()) is np.unique here: np.unique imports numpy.ma, ~25 ms of the bridge's start-up)
        edges = {isometric_lat(math.radians(float(x))) for x in np.concatenate([self._south, self._north])}
        self._edge_psi = np.array(sorted(edges), dtype=float)

    def first_crossing(self, lat: float, lon: float, course_deg: float, reach_nm: float) -> float | None:
        """Along-track nm to the first boundary point on the rhumb line within reach_nm, or None.

        Any reach: a track that is not east-west stops at the pole (a loxodrome reaches it after a finite distance,
        beyond it the course means nothing), and one that winds round the globe is searched one 360-degree window of
        unwrapped longitude at a time, in sailing order, stopping at the first window with a crossing (longitude is
        monotonic along a rhumb line, so nothing in a later window comes first).
        """
        alpha = math.radians(course_deg)
        cos_a, sin_a = math.cos(alpha), math.sin(alpha)
        phi0 = math.radians(lat)
        m0, psi0 = meridian_arc_m(phi0), isometric_lat(phi0)
        reach_m = reach_nm * METRES_PER_NM
        east_west = abs(cos_a) <= _EPS
        parallel_radius = A / math.sqrt(1.0 - E2 * math.sin(phi0) ** 2) * math.cos(phi0)
        if east_west:
            if parallel_radius < 1e-3:
                return None  # at the pole an east-west course goes nowhere
            psi_end, lat_end = psi0, lat
            dlon = math.degrees(reach_m * sin_a / parallel_radius)
            dlon = math.copysign(min(abs(dlon), 720.0), dlon)  # after one full turn a parallel only repeats itself
        else:
            phi_end = footpoint_lat(max(-QUARTER_MERIDIAN_M, min(QUARTER_MERIDIAN_M, m0 + reach_m * cos_a)))
            psi_end, lat_end = isometric_lat(phi_end), math.degrees(phi_end)
            dlon = math.degrees(math.tan(alpha) * (psi_end - psi0))
        dpsi = psi_end - psi0
        track = (lat, lon, psi0, m0, cos_a, dlon, dpsi, parallel_radius, east_west)
        # only the stretch within the latitudes the boundary spans can cross it: clip the windows to it
        t_lo, t_hi = 0.0, 1.0
        if not east_west and abs(dpsi) > 0.0:
            ta, tb = (self._psi_south - psi0) / dpsi, (self._psi_north - psi0) / dpsi
            t_lo, t_hi = max(0.0, min(ta, tb) - _TOL), min(1.0, max(ta, tb) + _TOL)
        elif not (self._lat_south - _TOL <= lat <= self._lat_north + _TOL):
            return None
        if t_lo > t_hi:
            return None
        lon_a, lon_b = lon + t_lo * dlon, lon + t_hi * dlon  # unwrapped, in sailing order
        # windows touched by the track (a window edge counts on both sides: segments end exactly on +-180)
        k_west = math.floor((min(lon_a, lon_b) + 180.0 - _TOL) / 360.0)
        k_east = math.floor((max(lon_a, lon_b) + 180.0 + _TOL) / 360.0)
        step = 1 if dlon >= 0.0 else -1
        k, k_last = (k_west, k_east) if step > 0 else (k_east, k_west)
        while True:
            shift = 360.0 * k
            w_lo, w_hi = max(min(lon_a, lon_b), shift - 180.0), min(max(lon_a, lon_b), shift + 180.0)
            if east_west or abs(dlon) < 1e-6:  # (nearly) along a meridian: (x - lon) / dlon is all rounding
                south, north = min(lat, lat_end), max(lat, lat_end)
            else:  # the latitudes the track spans inside this window (psi is linear in longitude)
                lats = [math.degrees(_lat_from_isometric(psi0 + (x - lon) / dlon * dpsi)) for x in (w_lo, w_hi)]
                south, north = min(lats), max(lats)
            best, candidates = self._window(shift, south - _TOL, north + _TOL, w_lo - _TOL, w_hi + _TOL, track, reach_m)
            if best is not None or k == k_last:
                break
            k += step
            if not candidates and not east_west and abs(dlon) >= 1e-6 and w_hi - w_lo >= 360.0 - _TOL:
                # a whole turn met no segment: nothing can be met until the latitude reaches the next segment end
                psi_here = psi0 + (w_hi - lon if step > 0 else w_lo - lon) / dlon * dpsi
                edges = self._edge_psi
                ahead = edges[edges > psi_here] if dpsi > 0 else edges[edges < psi_here]
                if not ahead.size:
                    break
                target = float(ahead[0] if dpsi > 0 else ahead[-1])
                k_jump = math.floor((lon + (target - psi0) / dpsi * dlon + 180.0) / 360.0) - step
                if (k_jump - k) * step > 0:
                    k = k_jump if (k_last - k_jump) * step >= 0 else k_last
        return None if best is None else best / METRES_PER_NM

    def _window(self, shift, south, north, west, east, track, reach_m):
        near = np.flatnonzero(
            (self._south <= north)
            & (self._north >= south)
            & (self._west + shift <= east)
            & (self._east + shift >= west)
        )
        best = None
        for k in near.tolist():
            s = self._cross(k, shift, *track)
            if s is not None and -1e-6 <= s <= reach_m + 1e-6 and (best is None or s < best):
                best = max(0.0, s)
        return best, near.size

    def _cross(self, k, shift, lat, lon, psi0, m0, cos_a, dlon, dpsi, parallel_radius, east_west):
        """Along-track metres where the track meets segment k (its longitudes moved by `shift`), else None.

        Parallels and meridians are straight both in lon/lat (the polygon) and in the Mercator plane (the track), so
        their crossing is exact at once; the other pieces are straight in lon/lat, so the Mercator-plane estimate is
        refined by Newton steps onto the polygon edge itself (to well under a metre).
        """
        lat1, lon1, lat2, lon2 = self.rows[k]
        lon1, lon2 = lon1 + shift, lon2 + shift
        if east_west:
            if lat1 == lat2:
                return None  # parallel to the track: sailing along a parallel never crosses it
            u = (lat - lat1) / (lat2 - lat1)
            x = lon1 + u * (lon2 - lon1)
            t = (x - lon) / dlon
            if not (-_TOL <= u <= 1.0 + _TOL and -_TOL <= t <= 1.0 + _TOL):
                return None
            return abs(math.radians(x - lon)) * parallel_radius
        if dpsi == 0.0:
            return None  # at the pole, heading further into it: the track goes nowhere
        p1, p2 = self._psi[k]
        # solve lon + t*dlon = lon1 + u*(lon2-lon1), psi0 + t*dpsi = p1 + u*(p2-p1) in the Mercator plane
        sx, sy = lon2 - lon1, p2 - p1
        den = dlon * sy - dpsi * sx
        if abs(den) < 1e-15:
            return None  # parallel to the track (e.g. sailing along a meridian): it cannot be crossed
        qx, qy = lon1 - lon, p1 - psi0
        t = (qx * sy - qy * sx) / den
        u = (qx * dpsi - qy * dlon) / den
        if lat1 != lat2 and lon1 != lon2:  # an over-land piece straight in lon/lat: Newton onto it
            if not -_LOOSE <= u <= 1.0 + _LOOSE:
                return None
            phi, t, u = self._onto_edge(
                _lat_from_isometric(psi0 + t * dpsi), lat1, lon1, lat2, lon2, lon, psi0, dlon, dpsi
            )
        else:  # a parallel (exact latitude) or a meridian: the Mercator solution is the crossing
            phi = math.radians(lat1) if lat1 == lat2 else _lat_from_isometric(psi0 + t * dpsi)
        if not (-_TOL <= u <= 1.0 + _TOL and -_TOL <= t <= 1.0 + _TOL):
            return None
        return (meridian_arc_m(phi) - m0) / cos_a

    @staticmethod
    def _onto_edge(phi, lat1, lon1, lat2, lon2, lon, psi0, dlon, dpsi):
        ratio, slope = dlon / dpsi, (lon2 - lon1) / (lat2 - lat1)  # track deg lon per psi; edge deg lon per deg lat
        for _ in range(4):
            sin_phi = math.sin(phi)
            f = lon + ratio * (isometric_lat(phi) - psi0) - lon1 - (math.degrees(phi) - lat1) * slope
            dpsi_dphi = (1.0 - E2) / ((1.0 - E2 * sin_phi * sin_phi) * math.cos(phi))
            phi -= f / (ratio * dpsi_dphi - slope * 180.0 / math.pi)
            if not abs(phi) < math.pi / 2.0:  # nearly parallel to the edge: no clean crossing, none counted
                return 0.0, math.nan, math.nan
        return phi, (isometric_lat(phi) - psi0) / dpsi, (math.degrees(phi) - lat1) / (lat2 - lat1)
