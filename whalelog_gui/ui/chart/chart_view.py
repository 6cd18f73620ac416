"""ChartView: the offline chart widget (land, regulated areas, graticule, own ship, look-ahead, track, scale).

Painting is two-layered so fixes at 10 Hz stay cheap: a background pixmap (sea, land, areas, graticule, the
finished track chunks, area labels) rendered with a margin around the window and re-rendered only when the
scale, palette, areas or track chunks change or a pan leaves the margin; and an overlay drawn on every paint
(edge labels, scale bar, track tail, ship, vector, click readout).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QPinchGesture, QSizePolicy, QWidget

from whalelog_gui.nav.fix import Fix
from whalelog_gui.ui.chart import chart_render as render
from whalelog_gui.ui.chart.layers import ChartArea, load_chart_areas
from whalelog_gui.ui.chart.pick import PickInfo, pick_info
from whalelog_gui.ui.chart.projection import MAX_Y, Viewport, mercator_y, wrap_lon
from whalelog_gui.ui.chart.ship_overlay import paint_own_ship, paint_pick, ship_world_x
from whalelog_gui.ui.chart.track_layer import TrackLayer
from whalelog_gui.ui.palette_colours import DAY, BridgeColours

MAX_PX_PER_DEG = 6000.0  # ~0.01 nm a pixel: beyond that the 0.05° coastline means nothing
ZOOM_STEP = 2**0.5
DRAG_THRESHOLD_PX = 4  # a press that moves less than this is a click (read the position), not a pan


class ChartView(QWidget):
    position_picked = Signal(float, float)  # lat, lon of a click
    follow_changed = Signal(bool)
    view_changed = Signal()  # centre or scale changed

    def __init__(
        self, parent: QWidget | None = None, *, areas: Sequence[ChartArea] | None = None, colours: BridgeColours = DAY
    ) -> None:
        super().__init__(parent)
        self._centre_x, self._centre_y, self._px_per_deg = 0.0, 0.0, 4.0
        self._colours = colours
        self._areas: list[ChartArea] = []
        self._applicable: frozenset[str] = frozenset()
        self._fix: Fix | None = None
        self._lookahead_min = 30.0
        self._track = TrackLayer()
        self._follow = False
        self._pick: PickInfo | None = None
        self._press: QPointF | None = None
        self._dragging = False
        self._background: QPixmap | None = None
        self._bg_key: tuple | None = None
        self._bg_view: Viewport | None = None
        self._areas_revision = 0
        self._labels: tuple | None = None  # (key, view placed for, labels)
        self.set_areas(load_chart_areas() if areas is None else areas)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

    # ---- view state ----
    def viewport(self) -> Viewport:
        return Viewport(self._centre_x, self._centre_y, self._px_per_deg, max(1, self.width()), max(1, self.height()))

    def centre(self) -> tuple[float, float]:
        v = self.viewport()
        return v.centre_lat, v.centre_lon

    def px_per_deg(self) -> float:
        return self._px_per_deg

    def set_view(self, lat: float, lon: float, px_per_deg: float | None = None) -> None:
        """Centre on (lat, lon), optionally at a scale; does not change follow mode."""
        if px_per_deg is not None:
            self._px_per_deg = self._clamp_scale(px_per_deg)
        self._set_centre(wrap_lon(lon), mercator_y(lat))

    def _min_px_per_deg(self) -> float:
        return max(1, self.width()) / 360.0  # never more than one world across

    def _clamp_scale(self, s: float) -> float:
        return max(self._min_px_per_deg(), min(MAX_PX_PER_DEG, s))

    def _set_centre(self, x: float, y: float) -> None:
        self._centre_x = wrap_lon(x)
        self._centre_y = max(-MAX_Y, min(MAX_Y, y))
        self.view_changed.emit()
        self.update()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by factor keeping the chart point under anchor (widget pixels; default the centre) in place."""
        old = self._px_per_deg
        new = self._clamp_scale(old * factor)
        if new == old:
            return
        if anchor is None or self._follow:
            anchor = QPointF(self.width() / 2, self.height() / 2)
        dx, dy = anchor.x() - self.width() / 2, anchor.y() - self.height() / 2
        self._px_per_deg = new
        self._set_centre(self._centre_x + dx / old - dx / new, self._centre_y - dy / old + dy / new)

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def pan_by_pixels(self, dx: float, dy: float) -> None:
        """Move the chart content by (dx, dy) pixels, as a drag does; a pan by hand ends follow mode."""
        self.set_follow(False)
        self._set_centre(self._centre_x - dx / self._px_per_deg, self._centre_y + dy / self._px_per_deg)

    def centre_on_ship(self) -> bool:
        """Centre on the last fix; False (and nothing moves) without a position."""
        if self._fix is None or not self._fix.has_position:
            return False
        self._set_centre(wrap_lon(self._fix.lon), mercator_y(self._fix.lat))
        return True

    def set_follow(self, on: bool) -> None:
        if on == self._follow:
            return
        self._follow = on
        if on:
            self.centre_on_ship()
        self.follow_changed.emit(on)

    def follow(self) -> bool:
        return self._follow

    # ---- content ----
    def set_colours(self, colours: BridgeColours) -> None:
        self._colours = colours
        self.update()

    def colours(self) -> BridgeColours:
        return self._colours

    def set_areas(self, areas: Iterable[ChartArea]) -> None:
        self._areas = list(areas)
        self._areas_revision += 1
        self.update()

    def areas(self) -> list[ChartArea]:
        return list(self._areas)

    def set_applicable(self, ids: Iterable[str]) -> None:
        """Areas that apply to the current operation are shaded strong, the rest as information."""
        self._applicable = frozenset(ids)
        self.update()

    def set_own_ship(self, fix: Fix | None) -> None:
        self._fix = fix
        if self._follow and fix is not None and fix.has_position:
            self.centre_on_ship()
        self.update()

    def set_lookahead_min(self, minutes: float) -> None:
        self._lookahead_min = max(0.0, float(minutes))
        self.update()

    def set_track(self, points: Sequence[tuple[float, float]]) -> None:
        """Replace the past track: (lat, lon) points, oldest first."""
        self._track.set_points(points)
        self.update()

    def append_track_point(self, lat: float, lon: float) -> None:
        self._track.append(lat, lon)
        self.update()

    def track(self) -> TrackLayer:
        return self._track

    # ---- reading positions ----
    def pick(self, lat: float, lon: float) -> PickInfo:
        """Read out (lat, lon): areas containing it, distance and bearing from the ship; shown until cleared."""
        ship = (self._fix.lat, self._fix.lon) if self._fix is not None and self._fix.has_position else None
        self._pick = pick_info(lat, lon, self.areas(), set(self._applicable), ship)
        self.update()
        self.position_picked.emit(lat, lon)
        return self._pick

    def pick_at(self, pos: QPointF) -> PickInfo:
        lat, lon = self.viewport().screen_to_geo(pos.x(), pos.y())
        return self.pick(lat, lon)

    def last_pick(self) -> PickInfo | None:
        return self._pick

    def clear_pick(self) -> None:
        self._pick = None
        self.update()

    # ---- painting ----
    def _bg_cache_key(self) -> tuple:
        return (
            self._px_per_deg,
            self.width(),
            self.height(),
            self._colours,
            self._applicable,
            self._areas_revision,
            self.devicePixelRatioF(),
        )

    def _background_offset(self) -> tuple[float, float] | None:
        """Where the cached background sits in the window, or None if it must be re-rendered."""
        if self._background is None or self._bg_key != self._bg_cache_key():
            return None
        bg = self._bg_view
        margin_x, margin_y = (bg.width - self.width()) / 2, (bg.height - self.height()) / 2
        ox = wrap_lon(bg.centre_x - self._centre_x) * self._px_per_deg
        oy = (self._centre_y - bg.centre_y) * self._px_per_deg
        if abs(ox) > margin_x - 1 or abs(oy) > margin_y - 1:
            return None
        return round(ox - margin_x), round(oy - margin_y)

    def _render_background(self) -> None:
        w, h = max(1, self.width()), max(1, self.height())
        mx, my = max(64, w // 4), max(64, h // 4)
        view = Viewport(self._centre_x, self._centre_y, self._px_per_deg, w + 2 * mx, h + 2 * my)
        dpr = self.devicePixelRatioF()
        pixmap = QPixmap(round(view.width * dpr), round(view.height * dpr))
        pixmap.setDevicePixelRatio(dpr)
        painter = QPainter(pixmap)
        painter.setFont(self.font())
        render.paint_background(painter, view, self._colours, self._areas, set(self._applicable))
        painter.end()
        self._background, self._bg_view, self._bg_key = pixmap, view, self._bg_cache_key()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        offset = self._background_offset()
        if offset is None:
            self._render_background()
            offset = self._background_offset()
        painter = QPainter(self)
        painter.drawPixmap(QPointF(*offset), self._background)
        self._paint_overlay(painter, self.viewport())
        painter.end()

    def _paint_overlay(self, p: QPainter, view: Viewport) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setFont(self.font())
        render.paint_track(p, view, self._colours, self._track)
        render.paint_area_labels(p, view, self._colours, self._area_labels(view))
        paint_own_ship(p, view, self._fix, self._lookahead_min, self._colours)
        render.paint_graticule_labels(p, view, self._colours)
        render.paint_scale_bar(p, view, self._colours)
        render.paint_credit(p, view, self._colours)
        paint_pick(p, view, self._pick, self._colours, self.ship_screen_position())

    def _area_labels(self, view: Viewport) -> list[render.AreaLabel]:
        """Labels are placed for the window (the background reaches past it) and kept, moving with the chart,
        until the view has moved an eighth of the window or the scale, size, areas or palette change."""
        key = (self._bg_cache_key(), view.width, view.height)
        cached = self._labels
        if cached is not None and cached[0] == key:
            moved_x = abs(wrap_lon(view.centre_x - cached[1].centre_x)) * view.px_per_deg
            moved_y = abs(view.centre_y - cached[1].centre_y) * view.px_per_deg
            if moved_x < view.width / 8 and moved_y < view.height / 8:
                return cached[2]
        labels = render.place_area_labels(view, self.font(), self._areas, set(self._applicable))
        self._labels = (key, view, labels)
        return labels

    def render_image(self, width: int, height: int) -> QImage:
        """The whole chart drawn from scratch (no cached background) at this view's centre and scale."""
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        view = Viewport(self._centre_x, self._centre_y, self._px_per_deg, width, height)
        painter = QPainter(image)
        painter.setFont(self.font())
        render.paint_background(painter, view, self._colours, self._areas, set(self._applicable))
        self._paint_overlay(painter, view)
        painter.end()
        return image

    # ---- interaction ----
    def wheelEvent(self, event) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(ZOOM_STEP**steps, event.position())
        event.accept()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press, self._dragging = event.position(), False
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        delta = event.position() - self._press
        if not self._dragging and delta.manhattanLength() < DRAG_THRESHOLD_PX:
            return
        self._dragging = True
        self.pan_by_pixels(delta.x(), delta.y())
        self._press = event.position()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                self.pick_at(event.position())
            self._press, self._dragging = None, False
        event.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        step_x, step_y = self.width() / 5, self.height() / 5
        pans = {
            Qt.Key.Key_Left: (step_x, 0),
            Qt.Key.Key_Right: (-step_x, 0),
            Qt.Key.Key_Up: (0, step_y),
            Qt.Key.Key_Down: (0, -step_y),
        }
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key in pans:
            self.pan_by_pixels(*pans[key])
        elif key == Qt.Key.Key_Escape and self._pick is not None:
            self.clear_pick()
        else:
            super().keyPressEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                if pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                    self.zoom_by(pinch.scaleFactor(), QPointF(self.mapFromGlobal(pinch.centerPoint().toPoint())))
                event.accept()
                return True
        if event.type() == QEvent.Type.NativeGesture and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1.0 + event.value(), event.position())  # trackpad pinch
            event.accept()
            return True
        return super().event(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:  # area names on the chart are in the crew's language
            self._labels = None
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._px_per_deg = self._clamp_scale(self._px_per_deg)
        super().resizeEvent(event)

    def ship_screen_position(self) -> QPointF | None:
        """Where own ship is drawn (widget pixels), or None without a position."""
        if self._fix is None or not self._fix.has_position:
            return None
        view = self.viewport()
        return QPointF(*view.world_to_screen(ship_world_x(view, self._fix.lon), mercator_y(self._fix.lat)))
