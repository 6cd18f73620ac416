"""The Chart page: ChartView with its toolbar, fed by the running bridge session.

The chart shares the session's areas (loaded once) so the shading and the alarms come from the same
geometry, and it shows the stored track of the last days so a restart does not wipe the picture.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtWidgets import QVBoxLayout, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.ui.chart.chart_toolbar import ChartToolBar
from whalelog_gui.ui.chart.chart_view import ChartView
from whalelog_gui.ui.chart.layers import chart_area_from_zone

TRACK_DAYS = 3  # the officer's usual horizon; older track stays in the store and in bundles
FIRST_FIX_PX_PER_DEG = 60.0  # about 1 nm per pixel at 60°S: the nearest boundaries and the look-ahead vector show


class ChartPage(QWidget):
    def __init__(self, areas, applicable: set[str], colours, lookahead_min: float, parent=None):
        super().__init__(parent)
        self.chart = ChartView(areas=[chart_area_from_zone(a) for a in areas], colours=colours)
        self.chart.set_applicable(applicable)
        self.chart.set_lookahead_min(lookahead_min)
        self.chart.set_follow(True)
        self.toolbar = ChartToolBar(self.chart, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.chart, 1)
        self._last_track_t = None
        self._framed = False

    def load_track(self, db, now: datetime | None = None) -> None:
        from whalelog_gui.store.track import track_between

        now = now or datetime.now(timezone.utc)
        points = track_between(db, now - timedelta(days=TRACK_DAYS), now)
        self.chart.set_track([(p.lat, p.lon) for p in points])

    def show_fix(self, fix) -> None:
        self.chart.set_own_ship(fix)
        if not self._framed and fix.has_position:
            self._framed = True  # frame the ship once; after that the user's zoom and pan are respected
            self.chart.set_view(fix.lat, fix.lon, FIRST_FIX_PX_PER_DEG)
        # One track point per displayed fix is enough on screen; the store keeps the thinned log.
        if fix.valid and fix.has_position and fix.time != self._last_track_t:
            self._last_track_t = fix.time
            self.chart.append_track_point(fix.lat, fix.lon)


def install_chart_page(window, session, palette) -> ChartPage:
    settings = session.app_settings
    applicable = {a.id for a in session.areas if a.applies(settings.operation)}
    page = ChartPage(session.areas, applicable, palette.colours, settings.lookahead_min)
    if session.db is not None:
        page.load_track(session.db)
    session.bridge.fix_display.connect(page.show_fix)
    palette.changed.connect(page.chart.set_colours)
    window.add_page(QT_TRANSLATE_NOOP("MainWindow", "Chart"), page)
    return page
