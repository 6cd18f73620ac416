"""World-coordinate QPainterPaths for land, built once and drawn through a per-view transform.

Paths never need re-projecting on pan or zoom: the view only changes the QTransform (cosmetic pens keep line
widths in pixels). Land is split into buckets so a zoomed-in view skips what it cannot see. The coarse land the
first screen draws is built by the start-up preload's thread, not at the chart's first paint (issue 14):
QPainterPath is a value class, safe to build off the GUI thread; ui/startup_preload imports this module on the GUI
thread first."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF, QTransform

from whalelog_gui.ui.chart.projection import Viewport, WorldRing, copy_shifts

_BUCKET_DEG = 30.0


def _polygon(points: Iterable[tuple[float, float]]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


@dataclass
class WorldPaths:
    """Filled rings and their real edges, with the world box they span."""

    fill: QPainterPath
    edges: QPainterPath

    box: QRectF

    @classmethod
    def from_rings(cls, rings: Iterable[WorldRing]) -> WorldPaths:
        fill, edges = QPainterPath(), QPainterPath()
        fill.setFillRule(Qt.FillRule.OddEvenFill)
        for ring in rings:
            fill.addPolygon(_polygon(ring.points))
            fill.closeSubpath()
            for piece in ring.edges:
                edges.addPolygon(_polygon(piece))
        return cls(fill, edges, fill.boundingRect())

    def shifts(self, view: Viewport) -> list[float]:
        box = self.box
        y0, y1 = view.y_range()
        if box.bottom() < y0 or box.top() > y1:  # world y grows upwards; QRectF.bottom() is its max y
            return []
        x0, x1 = view.x_range()
        return copy_shifts(box.left(), box.right(), x0, x1)


def world_transform(view: Viewport, shift: float = 0.0) -> QTransform:
    s = view.px_per_deg
    dx = view.width / 2 + (shift - view.centre_x) * s
    return QTransform(s, 0.0, 0.0, -s, dx, view.height / 2 + view.centre_y * s)


def draw_world(painter: QPainter, view: Viewport, paths: Iterable[WorldPaths], *, fill: bool, edges: bool) -> None:
    """Draw paths at every copy in sight with the painter's current brush and pen."""
    base = painter.transform()
    for wp in paths:
        for shift in wp.shifts(view):
            painter.setTransform(world_transform(view, shift) * base)
            if fill:
                painter.fillPath(wp.fill, painter.brush())
            if edges:
                painter.strokePath(wp.edges, painter.pen())  # drawPath would also fill the open pieces
    painter.setTransform(base)


@functools.lru_cache(maxsize=2)
def land_paths(coarse: bool = False) -> tuple[WorldPaths, ...]:
    """Land in buckets of 30°; coarse drops detail under 0.2° for small scales (a fifth of the vertices)."""
    # imported here: the land layer brings shapely, which the window must not wait for (the preload imports it)
    from whalelog_gui.ui.chart.layers import load_coarse_land, load_land

    buckets: dict[tuple[int, int], list[WorldRing]] = {}
    for polygon in load_coarse_land() if coarse else load_land():  # holes share their outer ring's path (even-odd)
        x, y = polygon[0].points[0]
        buckets.setdefault((int(x // _BUCKET_DEG), int(y // _BUCKET_DEG)), []).extend(polygon)
    return tuple(WorldPaths.from_rings(rings) for rings in buckets.values())
