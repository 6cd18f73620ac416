"""Per-fix overlay: own ship oriented by COG, the look-ahead vector, and the click readout box."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF

from whalelog_gui.nav.fix import Fix
from whalelog_gui.ui.chart.chart_render import colour
from whalelog_gui.ui.chart.pick import PickInfo
from whalelog_gui.ui.chart.projection import Viewport, mercator_y, rhumb_destination, wrap_lon
from whalelog_gui.ui.palette_colours import BridgeColours

SHIP_OUTLINE = ((0.0, -16.0), (8.0, 11.0), (0.0, 6.0), (-8.0, 11.0))  # pointing north, pixels
MIN_SOG_FOR_COURSE = 0.2  # knots: below this COG is noise, so the ship is drawn as a circle
VECTOR_TICK_MIN = 6.0  # ECDIS habit: a tick every 6 minutes (a tenth of an hour)


def ship_world_x(view: Viewport, lon: float) -> float:
    """The ship's copy nearest the view centre."""
    return view.centre_x + wrap_lon(lon - view.centre_x)


def lookahead_points(fix: Fix, minutes: float, step_min: float = VECTOR_TICK_MIN) -> list[tuple[float, float]]:
    """(lat, lon) along the rhumb line the ship makes good, every step_min up to `minutes`, end included."""
    if not fix.has_position or fix.cog_deg is None or not fix.sog_kn or fix.sog_kn < MIN_SOG_FOR_COURSE:
        return []
    times = [t * step_min for t in range(1, int(minutes // step_min) + 1)]
    if not times or times[-1] < minutes:
        times.append(minutes)
    return [rhumb_destination(fix.lat, fix.lon, fix.cog_deg, fix.sog_kn * t / 60.0) for t in times]


def paint_own_ship(p: QPainter, view: Viewport, fix: Fix | None, lookahead_min: float, colours: BridgeColours) -> None:
    if fix is None or not fix.has_position:
        return
    sx0 = ship_world_x(view, fix.lon)
    centre = QPointF(*view.world_to_screen(sx0, mercator_y(fix.lat)))
    ahead = lookahead_points(fix, lookahead_min)
    if ahead:
        pen = QPen(colour(colours.lookahead), 2)
        p.setPen(pen)
        prev_x, points = fix.lon, []
        x = sx0
        for lat, lon in ahead:  # follow the vector across ±180 without jumping
            x += wrap_lon(lon - prev_x)
            prev_x = lon
            points.append(QPointF(*view.world_to_screen(x, mercator_y(lat))))
        p.drawLine(centre, points[-1])
        for tick in points[:-1]:
            p.drawEllipse(tick, 2.5, 2.5)
        p.drawText(points[-1] + QPointF(6, -6), f"{lookahead_min:g} min")
    moving = fix.cog_deg is not None and (fix.sog_kn or 0.0) >= MIN_SOG_FOR_COURSE
    p.save()
    p.translate(centre)
    p.setPen(QPen(colour(colours.own_ship), 2))
    # A fix the receiver marks invalid is drawn hollow: the position is not to be trusted.
    p.setBrush(colour(colours.own_ship) if fix.valid else Qt.BrushStyle.NoBrush)
    if moving:
        p.rotate(fix.cog_deg)  # true north is straight up on this chart, so COG is the screen rotation
        p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in SHIP_OUTLINE]))
    else:
        p.drawEllipse(QPointF(0, 0), 7, 7)
    p.restore()
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(centre, 18, 18)


def paint_pick(
    p: QPainter, view: Viewport, info: PickInfo | None, colours: BridgeColours, avoid: QPointF | None = None
) -> None:
    """The click marker and readout box; the box keeps off `avoid` (own ship) and inside the window."""
    if info is None:
        return
    sx, sy = view.geo_to_screen(info.lat, info.lon)
    p.setPen(QPen(colour(colours.window_text), 2))
    p.drawLine(QPointF(sx - 8, sy), QPointF(sx + 8, sy))
    p.drawLine(QPointF(sx, sy - 8), QPointF(sx, sy + 8))
    metrics = p.fontMetrics()
    lines = info.lines()
    width = max(metrics.horizontalAdvance(line) for line in lines) + 16
    height = metrics.height() * len(lines) + 12
    candidates = [QRectF(x, y, width, height) for y in (sy + 14, sy - 14 - height) for x in (sx + 14, sx - 14 - width)]
    inside = [
        r
        for r in candidates
        if r.left() >= 0 and r.top() >= 0 and r.right() <= view.width and r.bottom() <= view.height
    ] or candidates
    clear = [r for r in inside if avoid is None or not r.adjusted(-24, -24, 24, 24).contains(avoid)]
    box = (clear or inside)[0]
    bx, by = box.left(), box.top()
    p.fillRect(box, colour(colours.window, 230))
    p.setPen(QPen(colour(colours.window_text), 1))
    p.drawRect(box)
    for i, line in enumerate(lines):
        p.drawText(QPointF(bx + 8, by + 6 + metrics.ascent() + i * metrics.height()), line)
