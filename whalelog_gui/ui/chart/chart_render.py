"""Painting the chart: the static background (cached by the view) and the per-fix overlay (ship, vector, tail).

Both take a Viewport and a BridgeColours and paint with a QPainter, so the widget, screenshots and the
benchmark draw exactly the same picture.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from whalelog_gui.alerts.manager import area_name
from whalelog_gui.ui.chart.chart_layers_qt import draw_world, land_paths
from whalelog_gui.ui.chart.geo_text import format_lat, format_lon
from whalelog_gui.ui.chart.layers import ChartArea
from whalelog_gui.ui.chart.projection import (
    MAX_Y,
    Viewport,
    copy_shifts,
    graticule_step,
    graticule_values,
    latitude_of,
    mercator_y,
    scale_bar,
    wrap_lon,
)
from whalelog_gui.ui.chart.track_layer import TrackLayer
from whalelog_gui.ui.palette_colours import BridgeColours
from whalelog_gui.ui.i18n import tr_template, translate

GRATICULE_MIN_PX = 90.0
APPLICABLE_ALPHA, INFO_ALPHA = 80, 30  # applicable areas shade stronger than information-only ones
COARSE_LAND_BELOW_PX_PER_DEG = 6.0  # below this (a world in ~2000 px) 0.2° is under 1.2 px: draw coarser land


def _colour(hex_colour: str, alpha: int = 255) -> QColor:
    c = QColor(hex_colour)
    c.setAlpha(alpha)
    return c


def _pen(hex_colour: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(_colour(hex_colour), width, style)
    pen.setCosmetic(True)  # width in pixels whatever the world transform
    return pen


def paint_background(
    p: QPainter, view: Viewport, colours: BridgeColours, areas: Sequence[ChartArea], applicable: set[str]
) -> None:
    """Sea, land, graticule lines and the areas: everything that does not change with a fix."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.fillRect(QRectF(0, 0, view.width, view.height), _colour(colours.sea))
    # Fills without antialiasing: copies cut at ±180 abut there, and blended edge pixels would show the seam.
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(_colour(colours.land))
    land = land_paths(coarse=view.px_per_deg < COARSE_LAND_BELOW_PX_PER_DEG)
    draw_world(p, view, land, fill=True, edges=False)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(_pen(colours.land_edge, 1.0))
    draw_world(p, view, land, fill=False, edges=True)
    _paint_graticule_lines(p, view, colours)
    # Information-only areas first so the applicable ones lie on top.
    for area in sorted(areas, key=lambda a: a.id in applicable):
        strong = area.id in applicable
        colour = colours.area_applicable if strong else colours.area_info
        p.setBrush(_colour(colour, APPLICABLE_ALPHA if strong else INFO_ALPHA))
        p.setPen(_pen(colour, 2.0 if strong else 1.0, Qt.PenStyle.SolidLine if strong else Qt.PenStyle.DashLine))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        _fill_clipped(p, view, area)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        _stroke_clipped(p, view, area)


def _fill_clipped(p: QPainter, view: Viewport, area: ChartArea) -> None:
    """The area cut to the view first: at high zoom an area spans millions of pixels, slow to rasterise."""
    x0, x1 = view.x_range()
    y0, y1 = view.y_range()
    shape = area.mercator_shape
    bx0, _by0, bx1, _by1 = shape.bounds
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for shift in copy_shifts(bx0, bx1, x0, x1):
        seen = shapely.intersection(shape, shapely.box(x0 - shift - 1, y0 - 1, x1 - shift + 1, y1 + 1))
        for part in getattr(seen, "geoms", [seen]):
            if part.is_empty or part.geom_type != "Polygon":
                continue
            for ring in [part.exterior, *part.interiors]:
                path.addPolygon(QPolygonF([QPointF(*view.world_to_screen(x + shift, y)) for x, y in ring.coords]))
                path.closeSubpath()
    p.fillPath(path, p.brush())


def _stroke_clipped(p: QPainter, view: Viewport, area: ChartArea) -> None:
    """Area boundaries cut to the view first: a dashed pen would otherwise dash the whole, possibly
    hundreds of thousands of pixels long, line at high zoom."""
    x0, x1 = view.x_range()
    y0, y1 = view.y_range()
    lines = area.edge_lines
    bx0, _by0, bx1, _by1 = lines.bounds
    for shift in copy_shifts(bx0, bx1, x0, x1):
        seen = shapely.intersection(lines, shapely.box(x0 - shift - 1, y0 - 1, x1 - shift + 1, y1 + 1))
        for line in getattr(seen, "geoms", [seen]):
            if line.is_empty or line.geom_type != "LineString":
                continue
            p.drawPolyline(QPolygonF([QPointF(*view.world_to_screen(x + shift, y)) for x, y in line.coords]))


def _paint_graticule_lines(p: QPainter, view: Viewport, colours: BridgeColours) -> None:
    step = graticule_step(view.px_per_deg, GRATICULE_MIN_PX)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # straight lines: crisp, and far cheaper
    p.setPen(_pen(colours.graticule, 1.0))
    x0, x1 = view.x_range()
    for x in graticule_values(x0, x1, step):
        sx, _ = view.world_to_screen(x, 0.0)
        p.drawLine(QPointF(sx, 0), QPointF(sx, view.height))
    for lat in _graticule_lats(view, step):
        _, sy = view.world_to_screen(0.0, mercator_y(lat))
        p.drawLine(QPointF(0, sy), QPointF(view.width, sy))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def _graticule_lats(view: Viewport, lon_step: float) -> list[float]:
    y0, y1 = view.y_range()
    lo, hi = latitude_of(max(y0, -MAX_Y)), latitude_of(min(y1, MAX_Y))
    # Mercator stretches a degree of latitude by sec(lat): at 76°N four times a degree of longitude.
    stretch = 1.0 / max(0.05, math.cos(math.radians(view.centre_lat)))
    step = min(lon_step, graticule_step(view.px_per_deg * stretch, GRATICULE_MIN_PX))
    return graticule_values(lo, hi, step)


def paint_track(p: QPainter, view: Viewport, colours: BridgeColours, track: TrackLayer) -> None:
    """The finished, simplified track chunks in sight plus the live tail (cost follows what is visible)."""
    for line in track.tail_lines(view):
        paint_polyline(p, view, line, _pen(colours.track, 2.0))
    lines = track.visible_lines(view)
    if not lines:
        return
    p.setPen(_pen(colours.track, 2.0))
    s = view.px_per_deg
    for xy in lines:
        sx = (xy[:, 0] - view.centre_x) * s + view.width / 2
        sy = view.height / 2 - (xy[:, 1] - view.centre_y) * s
        p.drawPolyline(QPolygonF([QPointF(x, y) for x, y in zip(sx.tolist(), sy.tolist())]))


@dataclass(frozen=True)
class AreaLabel:
    """A placed label: its text's left baseline in world coordinates, so it moves with the chart."""

    x: float
    y: float
    text: str
    strong: bool


def label_font(base: QFont, strong: bool) -> QFont:
    font = QFont(base)
    font.setBold(strong)
    font.setPointSizeF(font.pointSizeF() * (1.2 if strong else 1.0))
    return font


def place_area_labels(
    view: Viewport, base_font: QFont, areas: Sequence[ChartArea], applicable: set[str]
) -> list[AreaLabel]:
    """Each area's paragraph (and name, where there is room) inside the largest part of it in sight.
    Applicable areas are placed first, and a label that would overlap one already placed moves."""
    taken: list[QRectF] = []
    out = []
    for area in sorted(areas, key=lambda a: a.id not in applicable):
        strong = area.id in applicable
        label = _place_label(view, QFontMetricsF(label_font(base_font, strong)), area, strong, taken)
        if label is not None:
            out.append(label)
    return out


def _place_label(
    view: Viewport, metrics: QFontMetricsF, area: ChartArea, strong: bool, taken: list[QRectF]
) -> AreaLabel | None:
    x0, x1 = view.x_range()
    y0, y1 = view.y_range()
    shape = area.mercator_shape
    bx0, _by0, bx1, _by1 = shape.bounds
    best = None
    for shift in copy_shifts(bx0, bx1, x0, x1):
        seen = shapely.intersection(shape, shapely.box(x0 - shift, y0, x1 - shift, y1))
        for part in getattr(seen, "geoms", [seen]):
            if part.is_empty or part.area <= 0:
                continue
            if best is None or part.area > best[0].area:
                best = (part, shift)
    if best is None:
        return None
    part, shift = best
    minx, miny, maxx, maxy = part.bounds
    wide = (maxx - minx) * view.px_per_deg > 220 and (maxy - miny) * view.px_per_deg > 60
    for text in ([f"{area.paragraph} {tr_template(area_name(area.name))}"] if wide else []) + [
        area.paragraph or area.id
    ]:
        size = metrics.boundingRect(text)
        for ax, ay in _label_anchors(part):
            sx, sy = view.world_to_screen(ax + shift, ay)
            sx = min(max(sx, size.width() / 2 + 4), view.width - size.width() / 2 - 4)  # whole text in sight
            rect = QRectF(sx - size.width() / 2, sy - size.height() * 0.75, size.width(), size.height())
            if not any(rect.intersects(other) for other in taken):
                taken.append(rect)
                wx = view.centre_x + (rect.left() - view.width / 2) / view.px_per_deg
                wy = view.centre_y + (view.height / 2 - (sy + size.height() / 4)) / view.px_per_deg
                return AreaLabel(wx, wy, text, strong)
    return None


def paint_area_labels(p: QPainter, view: Viewport, colours: BridgeColours, labels: Sequence[AreaLabel]) -> None:
    base = p.font()
    halo = _colour(colours.window, 200)  # the label reads over its own area's fill (at night: red on red before)
    for label in labels:
        font = label_font(base, label.strong)
        p.setFont(font)
        p.setPen(_colour(colours.area_label if label.strong else colours.area_info))
        _label(p, QFontMetricsF(font), label.text, QPointF(*view.world_to_screen(label.x, label.y)), halo)
    p.setFont(base)  # the bold label font must not leak into later text


def _label_anchors(part) -> list[tuple[float, float]]:
    """Places inside the visible part of an area, near its top first: the centre is where own ship usually is."""
    x_min, y0, x_max, y1 = part.bounds
    out = []
    for frac in (0.88, 0.12, 0.7, 0.3):
        y = y0 + frac * (y1 - y0)
        cut = shapely.intersection(part, shapely.LineString([(x_min - 1, y), (x_max + 1, y)]))
        pieces = [g for g in getattr(cut, "geoms", [cut]) if not g.is_empty and g.length > 0]
        if pieces:
            mid = max(pieces, key=lambda g: g.length).interpolate(0.5, normalized=True)
            out.append((mid.x, mid.y))
    point = part.representative_point()
    return out + [(point.x, point.y)]


def paint_graticule_labels(p: QPainter, view: Viewport, colours: BridgeColours) -> None:
    """Labels along the left (latitudes) and bottom (longitudes) edges, in degrees and minutes."""
    step = graticule_step(view.px_per_deg, GRATICULE_MIN_PX)
    metrics = p.fontMetrics()
    box = _colour(colours.window, 170)
    p.setPen(_colour(colours.window_text))
    for lat in _graticule_lats(view, step):
        _, sy = view.world_to_screen(0.0, mercator_y(lat))
        if metrics.height() < sy < view.height - 60:  # clear of the scale bar and longitude labels
            _label(p, metrics, format_lat(lat, decimals=0), QPointF(4, sy - 3), box)
    x0, x1 = view.x_range()
    for x in graticule_values(x0, x1, step):
        sx, _ = view.world_to_screen(x, 0.0)
        _label(p, metrics, format_lon(wrap_lon(x), decimals=0), QPointF(sx + 3, view.height - 4), box)


def _label(p: QPainter, metrics, text: str, baseline: QPointF, box: QColor) -> None:
    rect = QRectF(metrics.boundingRect(text)).translated(baseline).adjusted(-2, -1, 2, 1)
    p.fillRect(rect, box)
    p.drawText(baseline, text)


def paint_scale_bar(p: QPainter, view: Viewport, colours: BridgeColours) -> None:
    nm, px = scale_bar(view.nm_per_px(), min(180.0, view.width / 3))
    x, y = 12.0, view.height - 28.0
    text = f"{nm:g} nm"
    p.fillRect(QRectF(x - 4, y - 18, px + 8, 26), _colour(colours.window, 190))
    pen = QPen(_colour(colours.window_text), 2)
    p.setPen(pen)
    p.drawLine(QPointF(x, y), QPointF(x + px, y))
    for tick in (x, x + px / 2, x + px):
        p.drawLine(QPointF(tick, y - 5), QPointF(tick, y + 5))
    p.drawText(QPointF(x + 2, y - 6), text)


def paint_credit(p: QPainter, view: Viewport, colours: BridgeColours) -> None:
    text = translate("Chart", "Land: Natural Earth")
    rect = p.fontMetrics().boundingRect(text)
    p.setPen(_colour(colours.disabled_text))
    p.drawText(QPointF(view.width - rect.width() - 6, view.height - 24), text)  # above the longitude labels


def paint_polyline(p: QPainter, view: Viewport, world_points: Sequence[tuple[float, float]], pen: QPen) -> None:
    p.setPen(pen)
    p.drawPolyline(QPolygonF([QPointF(*view.world_to_screen(x, y)) for x, y in world_points]))


def colour(hex_colour: str, alpha: int = 255) -> QColor:
    return _colour(hex_colour, alpha)
