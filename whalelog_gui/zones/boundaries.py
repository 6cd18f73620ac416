"""Nearest boundary point of every area in one vectorised pass: the fast path behind per-fix distances.

Boundaries are split into three kinds of segment, each handled exactly where it matters:
parallels (the Schedule's "due east" lines: the nearest point is straight along the meridian), meridians (great
circles) and the remaining short pieces (over-land basin lines, densified to <= 1 degree and taken as great-circle
arcs). Candidates are compared on the unit sphere, which has no antimeridian and no pole singularity; only the
winner gets the ellipsoidal distance (geodesy.distance_nm). Seams at +-180 and edges along the poles are
artefacts of the lon/lat frame, not boundaries, and are dropped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from whalelog_gui.zones.crossing import CrossingIndex
from whalelog_gui.zones.geodesy import distance_nm, unit_vectors

MAX_PIECE_DEG = 1.0  # longest generic segment treated as a great-circle arc
SMALL_BOUNDARY = 24  # up to this many segments, search in plain Python


@dataclass(frozen=True)
class Nearest:
    distance_nm: float
    lat: float  # nearest boundary point
    lon: float


def _rings(geometry):
    for poly in getattr(geometry, "geoms", [geometry]):
        yield np.asarray(poly.exterior.coords)
        for hole in poly.interiors:
            yield np.asarray(hole.coords)


def _segments(geometry):
    """(lon1, lat1, lon2, lat2) rows of the real boundary of one area."""
    rows = []
    for ring in _rings(geometry):
        for (x1, y1), (x2, y2) in zip(ring[:-1], ring[1:]):
            if (x1 == x2 and y1 == y2) or (x1 == x2 and abs(x1) == 180.0) or (y1 == y2 and abs(y1) == 90.0):
                continue
            if x1 == x2 or y1 == y2:
                rows.append((x1, y1, x2, y2))
                continue
            pieces = max(1, math.ceil(max(abs(x2 - x1), abs(y2 - y1)) / MAX_PIECE_DEG))
            t = np.linspace(0.0, 1.0, pieces + 1)
            xs, ys = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
            rows += list(zip(xs[:-1], ys[:-1], xs[1:], ys[1:]))
    return np.asarray(rows, dtype=float).reshape(-1, 4)


class AreaBoundary:
    """The real boundary of one area; `nearest(lat, lon)` is a fixed handful of numpy operations on its segments."""

    def __init__(self, geometry) -> None:
        seg = _segments(geometry)
        self.segment_count = len(seg)
        lon1, lat1, lon2, lat2 = seg.T
        a, b = unit_vectors(lat1, lon1), unit_vectors(lat2, lon2)
        normal = np.cross(a, b)
        norm = np.linalg.norm(normal, axis=1)
        normal /= np.where(norm > 0.0, norm, 1.0)[:, None]
        self._ends = (lat1, lon1, lat2, lon2)
        self._stack = np.concatenate([a, b, normal])  # one product gives P.A, P.B and P.n for every segment
        self._n = len(seg)
        self._normal = normal
        self._cos_ab = np.einsum("ij,ij->i", a, b)
        parallel = lat1 == lat2
        self._not_parallel = ~parallel
        # a parallel segment is "in range" when the query longitude lies between its ends (none crosses +-180)
        self._par_west = np.where(parallel, np.minimum(lon1, lon2), np.inf)
        self._par_east = np.where(parallel, np.maximum(lon1, lon2), -np.inf)
        self._par_cos, self._par_sin = np.cos(np.radians(lat1)), np.sin(np.radians(lat1))
        self.crossings = CrossingIndex(np.column_stack([lat1, lon1, lat2, lon2]))  # for the look-ahead
        # the sanctuaries and 8(a) have a handful of segments: plain floats beat numpy's per-call overhead there
        self._rows = None
        if self._n <= SMALL_BOUNDARY:
            self._rows = [
                (
                    *map(float, (*a[i], *b[i], *normal[i], self._cos_ab[i])),
                    bool(parallel[i]),
                    *map(float, (lat1[i], lon1[i], lat2[i], lon2[i], min(lon1[i], lon2[i]), max(lon1[i], lon2[i]))),
                )
                for i in range(self._n)
            ]

    def nearest(self, lat: float, lon: float) -> Nearest:
        la, lo = math.radians(lat), math.radians(lon)
        cl, sl = math.cos(la), math.sin(la)
        if self._rows is not None:
            return self._nearest_small(lat, lon, cl * math.cos(lo), cl * math.sin(lo), sl)
        p = np.array([cl * math.cos(lo), cl * math.sin(lo), sl])
        dots = self._stack @ p
        n = self._n
        pa, pb, s = dots[:n], dots[n : 2 * n], dots[2 * n :]
        cs = np.sqrt(1.0 - np.minimum(s * s, 1.0))
        threshold = self._cos_ab * cs
        on_arc = (pa >= threshold) & (pb >= threshold) & self._not_parallel
        in_range = (self._par_west <= lon) & (lon <= self._par_east)
        score = np.maximum(pa, pb)  # cosine of the angular distance: larger is nearer
        np.copyto(score, cs, where=on_arc)
        np.copyto(score, self._par_cos * cl + self._par_sin * sl, where=in_range)  # cos(lat - lat_parallel)
        k = int(np.argmax(score))
        lat1, lon1, lat2, lon2 = (float(e[k]) for e in self._ends)
        if in_range[k]:
            foot = (lat1, lon)
        elif on_arc[k]:
            f = p - float(s[k]) * self._normal[k]
            foot = (math.degrees(math.atan2(f[2], math.hypot(f[0], f[1]))), math.degrees(math.atan2(f[1], f[0])))
        else:
            foot = (lat1, lon1) if pa[k] >= pb[k] else (lat2, lon2)
        return Nearest(distance_nm(lat, lon, *foot), *foot)

    def _nearest_small(self, lat: float, lon: float, px: float, py: float, pz: float) -> Nearest:
        """Same search as nearest(), segment by segment in floats (the same rules, no numpy)."""
        best, foot = -2.0, (0.0, 0.0)
        assert self._rows is not None  # nearest() comes here only for a small boundary
        for ax, ay, az, bx, by, bz, nx, ny, nz, cab, par, lat1, lon1, lat2, lon2, west, east in self._rows:
            pa, pb = px * ax + py * ay + pz * az, px * bx + py * by + pz * bz
            if par:
                if west <= lon <= east:
                    score, cand = math.cos(math.radians(lat - lat1)), (lat1, lon)
                else:
                    score, cand = (pa, (lat1, lon1)) if pa >= pb else (pb, (lat2, lon2))
            else:
                s = px * nx + py * ny + pz * nz
                cs = math.sqrt(max(0.0, 1.0 - s * s))
                if pa >= cab * cs and pb >= cab * cs:
                    fx, fy, fz = px - s * nx, py - s * ny, pz - s * nz
                    score = cs
                    cand = (math.degrees(math.atan2(fz, math.hypot(fx, fy))), math.degrees(math.atan2(fy, fx)))
                else:
                    score, cand = (pa, (lat1, lon1)) if pa >= pb else (pb, (lat2, lon2))
            if score > best:
                best, foot = score, cand
        return Nearest(distance_nm(lat, lon, *foot), *foot)
