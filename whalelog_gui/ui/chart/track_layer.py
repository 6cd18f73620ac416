"""The ship's past track, kept so that drawing it costs what is visible, not how long it is. Pure Python.

Points are grouped in chunks of CHUNK fixes. Each finished chunk keeps its bounding box and copies simplified
at a ladder of tolerances; a view asks only for the chunks it can see, each at the coarsest copy still finer
than half a pixel. The unfinished tail is drawn as it is (at most CHUNK points).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely

from whalelog_gui.ui.chart.projection import MAX_LAT, Viewport, copy_shifts, mercator_y, wrap_lon

CHUNK = 512
TOLERANCES = tuple(0.0002 * 4**k for k in range(8))  # degrees of world coordinates, ~0.01 nm up to ~200 nm


def _mercator(lats: np.ndarray) -> np.ndarray:
    phi = np.radians(np.clip(lats, -MAX_LAT, MAX_LAT))
    return np.degrees(np.log(np.tan(np.pi / 4 + phi / 2)))


@dataclass(frozen=True)
class TrackChunk:
    levels: tuple[np.ndarray, ...]  # (n, 2) world x/y arrays: raw, then one per TOLERANCES entry
    bbox: tuple[float, float, float, float]  # x_min, y_min, x_max, y_max


def _make_chunks(xy: np.ndarray) -> list[TrackChunk]:
    """Chunks over xy (n, 2); each chunk also holds the first point of the next so the line has no gaps."""
    starts = range(0, len(xy) - 1, CHUNK)
    pieces = [xy[s : s + CHUNK + 1] for s in starts]
    index = np.repeat(np.arange(len(pieces)), [len(p) for p in pieces])
    lines = shapely.linestrings(np.concatenate(pieces), indices=index)
    simplified = []
    for tol in TOLERANCES:  # each level from the one before: fewer points to look at every time
        lines = shapely.simplify(lines, tol, preserve_topology=False)
        simplified.append(shapely.get_coordinates(lines, return_index=True))
    # A chunk of a ship lying still can simplify to nothing: index, not position, says whose points are whose.
    bounds = [np.searchsorted(index, np.arange(len(pieces) + 1)) for _coords, index in simplified]
    chunks = []
    for i, raw in enumerate(pieces):
        levels = [raw]
        for (coords, _index), b in zip(simplified, bounds):
            piece = coords[b[i] : b[i + 1]]
            levels.append(piece if len(piece) >= 2 else raw[[0, -1]])
        bbox = (float(raw[:, 0].min()), float(raw[:, 1].min()), float(raw[:, 0].max()), float(raw[:, 1].max()))
        chunks.append(TrackChunk(tuple(levels), bbox))
    return chunks


class TrackLayer:
    def __init__(self) -> None:
        self._chunks: list[TrackChunk] = []
        self._tail: list[tuple[float, float]] = []  # starts with the last point of the last chunk
        self._bboxes = np.empty((0, 4))
        self.revision = 0  # bumps whenever finished chunks change (the chart redraws its cached background)

    def __len__(self) -> int:
        return sum(len(c.levels[0]) - 1 for c in self._chunks) + len(self._tail)

    def set_points(self, points: Sequence[tuple[float, float]]) -> None:
        """Replace the track with (lat, lon) points, oldest first."""
        self.revision += 1
        self._chunks, self._tail = [], []
        if len(points) == 0:
            return
        arr = np.asarray(points, dtype=float).reshape(-1, 2)
        xs = np.unwrap(arr[:, 1], period=360.0)  # continuous across ±180
        xy = np.column_stack([xs, _mercator(arr[:, 0])])
        whole = (len(xy) - 1) // CHUNK * CHUNK  # the tail keeps the remainder, with the joining point
        if whole:
            self._chunks = _make_chunks(xy[: whole + 1])
        self._tail = [tuple(p) for p in xy[whole:].tolist()]

    def append(self, lat: float, lon: float) -> bool:
        """Add one point; True when that finished a chunk (the cached picture is then stale)."""
        if self._tail:
            prev = self._tail[-1][0]
            x = prev + wrap_lon(lon - prev)
        else:
            x = wrap_lon(lon)
        self._tail.append((x, mercator_y(lat)))
        if len(self._tail) <= CHUNK:
            return False
        self._chunks.extend(_make_chunks(np.asarray(self._tail)))
        self._tail = [self._tail[-1]]
        self.revision += 1
        return True

    @staticmethod
    def level_for(px_per_deg: float) -> int:
        """Index into a chunk's levels: the coarsest tolerance below half a pixel (0 = raw)."""
        half_px = 0.5 / px_per_deg
        fine_enough = [i + 1 for i, tol in enumerate(TOLERANCES) if tol <= half_px]
        return fine_enough[-1] if fine_enough else 0

    def visible_lines(self, view: Viewport) -> list[np.ndarray]:
        """World x/y polylines of the finished chunks in sight, consecutive chunks joined, at every copy in sight."""
        if not self._chunks:
            return []
        if len(self._bboxes) != len(self._chunks):
            self._bboxes = np.array([c.bbox for c in self._chunks])
        b = self._bboxes
        x0, x1 = view.x_range()
        y0, y1 = view.y_range()
        level = self.level_for(view.px_per_deg)
        in_band = (b[:, 3] >= y0) & (b[:, 1] <= y1)
        out = []
        for shift in copy_shifts(float(b[:, 0].min()), float(b[:, 2].max()), x0, x1):
            seen = np.flatnonzero(in_band & (b[:, 2] + shift >= x0) & (b[:, 0] + shift <= x1))
            for run in np.split(seen, np.flatnonzero(np.diff(seen) != 1) + 1):
                if len(run) == 0:
                    continue
                first = self._chunks[run[0]].levels[level]
                line = np.concatenate([first] + [self._chunks[i].levels[level][1:] for i in run[1:]])
                out.append(line + (shift, 0.0) if shift else line)
        return out

    def tail_lines(self, view: Viewport) -> list[list[tuple[float, float]]]:
        if len(self._tail) < 2:
            return []
        x0, x1 = view.x_range()
        xs = [p[0] for p in self._tail]
        return [[(x + shift, y) for x, y in self._tail] for shift in copy_shifts(min(xs), max(xs), x0, x1)]

    def point_count(self, view: Viewport) -> int:
        """Points the view would draw: what redraw cost follows."""
        return sum(len(line) for line in self.visible_lines(view)) + len(self._tail)
