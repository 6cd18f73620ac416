"""ChartView as a real (offscreen) widget: zoom, pan, centre, follow, click-to-read, palettes, antimeridian."""

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QNativeGestureEvent, QPointingDevice
from PySide6.QtWidgets import QApplication

import chart_sample_areas as samples
from whalelog_gui.nav.fix import Fix
from whalelog_gui.ui.chart.chart_toolbar import ChartToolBar
from whalelog_gui.ui.chart.chart_view import ChartView
from whalelog_gui.ui.chart.projection import wrap_lon
from whalelog_gui.ui.palette_colours import DAY, NIGHT

W, H = 800, 500


def fix(lat, lon, cog=90.0, sog=12.0, valid=True):
    return Fix(datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc), None, lat, lon, sog, cog, valid)


@pytest.fixture
def chart(qtbot):
    view = ChartView(areas=[samples.sos(), samples.ios()])
    qtbot.addWidget(view)
    view.resize(W, H)
    view.show()
    qtbot.waitExposed(view)
    view.set_view(-50.0, 170.0, 20.0)
    return view


def centre_lon(view):
    return view.centre()[1]


def test_wheel_and_keys_zoom_and_keep_the_point_under_the_cursor(chart, qtbot):
    s0 = chart.px_per_deg()
    qtbot.keyClick(chart, Qt.Key.Key_Plus)
    assert chart.px_per_deg() == pytest.approx(s0 * 2**0.5)
    qtbot.keyClick(chart, Qt.Key.Key_Minus)
    assert chart.px_per_deg() == pytest.approx(s0)
    anchor = QPointF(600, 100)
    before = chart.viewport().screen_to_geo(anchor.x(), anchor.y())
    chart.wheelEvent(_wheel(chart, anchor, 240))
    assert chart.px_per_deg() == pytest.approx(s0 * 2)
    after = chart.viewport().screen_to_geo(anchor.x(), anchor.y())
    assert after == pytest.approx(before, abs=1e-9)


def _wheel(widget, pos, delta):
    from PySide6.QtGui import QWheelEvent

    return QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )


def test_pinch_gesture_zooms(chart):
    s0 = chart.px_per_deg()
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        QPointF(400, 250),
        QPointF(400, 250),
        QPointF(chart.mapToGlobal(QPoint(400, 250))),
        0.5,
        QPointF(0, 0),
    )
    QApplication.sendEvent(chart, event)
    assert chart.px_per_deg() == pytest.approx(s0 * 1.5)


def test_zoom_out_stops_at_one_world_across(chart):
    for _ in range(30):
        chart.zoom_out()
    assert chart.px_per_deg() == pytest.approx(W / 360.0)


def test_drag_pans_across_the_antimeridian_and_arrow_keys_pan(chart, qtbot):
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=QPoint(400, 250))
    qtbot.mouseMove(chart, QPoint(300, 250))
    qtbot.mouseMove(chart, QPoint(200, 250))
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=QPoint(200, 250))
    assert centre_lon(chart) == pytest.approx(wrap_lon(170.0 + 200 / 20.0))  # 180 -> -180, no jump
    assert chart.last_pick() is None  # a drag is not a click
    lat0 = chart.centre()[0]
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert chart.centre()[0] > lat0
    lon0 = centre_lon(chart)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert wrap_lon(centre_lon(chart) - lon0) == pytest.approx(-W / 5 / 20.0)


def test_centre_on_ship_and_follow_mode(chart, qtbot):
    toolbar = ChartToolBar(chart)
    qtbot.addWidget(toolbar)
    assert chart.centre_on_ship() is False  # no fix yet: nothing moves
    chart.set_own_ship(fix(-55.0, -175.0))
    assert chart.centre() != pytest.approx((-55.0, -175.0))
    assert chart.centre_on_ship() is True
    assert chart.centre() == pytest.approx((-55.0, -175.0))
    with qtbot.waitSignal(chart.follow_changed) as signal:
        toolbar.follow_action.trigger()
    assert signal.args == [True] and chart.follow()
    chart.set_own_ship(fix(-55.5, 179.5))
    assert chart.centre() == pytest.approx((-55.5, 179.5))
    assert chart.ship_screen_position() == QPointF(W / 2, H / 2)
    chart.zoom_in()  # zooming keeps the ship centred
    assert chart.centre() == pytest.approx((-55.5, 179.5))
    with qtbot.waitSignal(chart.follow_changed) as signal:
        qtbot.keyClick(chart, Qt.Key.Key_Right)  # panning by hand ends follow mode
    assert signal.args == [False] and not toolbar.follow_action.isChecked()
    chart.set_own_ship(fix(-56.0, 178.0))
    assert chart.centre() != pytest.approx((-56.0, 178.0))


def test_click_reads_position_areas_and_distance_from_ship(chart, qtbot):
    chart.set_applicable({"sos"})
    chart.set_own_ship(fix(-50.0, 170.0))
    target = chart.viewport().geo_to_screen(-52.0, -178.0)  # across the antimeridian from the ship
    with qtbot.waitSignal(chart.position_picked) as signal:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(round(target[0]), round(target[1])))
    lat, lon = signal.args
    assert lat == pytest.approx(-52.0, abs=0.05) and lon == pytest.approx(-178.0, abs=0.05)
    info = chart.last_pick()
    assert [a.id for a in info.areas] == ["sos"] and info.areas[0].applicable
    # ~12° of longitude at 51°S east plus 2° south: about 460 nm on a bearing of about 100°T.
    assert 430 < info.distance_nm < 490
    assert 95 < info.bearing_deg < 115
    assert any("7(b)" in line for line in info.lines())
    qtbot.keyClick(chart, Qt.Key.Key_Escape)
    assert chart.last_pick() is None
    info = chart.pick(-30.0, 80.0)  # Indian Ocean Sanctuary, not applicable here
    assert [(a.id, a.applicable) for a in info.areas] == [("ios", False)]
    assert chart.pick(30.0, -40.0).areas == ()


def _pixel(view, lat, lon):
    image = view.grab().toImage()
    x, y = view.viewport().geo_to_screen(lat, lon)
    return image.pixelColor(round(x), round(y))


def test_set_colours_changes_sea_and_land_pixels(qtbot):
    view = ChartView(areas=[])
    qtbot.addWidget(view)
    view.resize(W, H)
    view.set_view(0.0, 60.0, 4.0)
    sea, land = (-12.3, 72.1), (-24.0, 134.0)  # Indian Ocean south of the Chagos; central Australia
    for colours in (DAY, NIGHT, DAY):
        view.set_colours(colours)
        assert _pixel(view, *sea).name() == colours.sea
        assert _pixel(view, *land).name() == colours.land


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def test_applicable_areas_are_shaded_stronger_than_information_only(chart):
    inside = (-47.3, 175.3)
    chart.set_applicable(set())
    weak = _distance(_pixel(chart, *inside), QColor(DAY.sea))
    chart.set_applicable({"sos"})
    strong = _distance(_pixel(chart, *inside), QColor(DAY.sea))
    assert 0 < weak < strong


@pytest.mark.parametrize("ring", [samples.SOS_POLE_CLOSED, samples.SOS_PAST_180], ids=["pole-closed", "past-180"])
def test_sanctuary_draws_as_one_band_centred_on_the_antimeridian(qtbot, ring, monkeypatch):
    # the shading alone: the area's label sits on a halo box that may cross this parallel (issue 15, night)
    monkeypatch.setattr(ChartView, "_area_labels", lambda _self, _view: [])
    with_area, without = ChartView(areas=[samples.sos(ring)]), ChartView(areas=[])
    for view in (with_area, without):
        qtbot.addWidget(view)
        view.resize(1080, 500)
        view.set_view(-50.0, 180.0, 3.0)  # one world across
    a, b = with_area.grab().toImage(), without.grab().toImage()
    y = round(with_area.viewport().geo_to_screen(-50.0, 180.0)[1])
    shaded = [x for x in range(1080) if a.pixelColor(x, y) != b.pixelColor(x, y)]
    runs = []
    for x in shaded:
        if runs and x == runs[-1][1] + 1:
            runs[-1][1] = x
        else:
            runs.append([x, x])
    centre_run = next(r for r in runs if r[0] <= 540 <= r[1])
    # 130°E .. 130°W is 100° of longitude = 300 px, centred on the window: one band, not smeared.
    assert centre_run[0] == pytest.approx(540 - 150, abs=2) and centre_run[1] == pytest.approx(540 + 150, abs=2)
    # Beside it, the unshaded sectors 20°E..130°E (west) and 130°W..50°W (east) of this parallel.
    assert all(a.pixelColor(x, y) == b.pixelColor(x, y) for x in (540 - 200, 540 - 400, 540 + 200, 540 + 230))


def test_track_redraw_cost_follows_what_is_visible(chart):
    day = [(-50.0 - i * 1e-4, 170.0 + i * 3e-4) for i in range(8640)]
    month = [(-40.0 + i * 1e-6, 100.0 + i * 1e-5) for i in range(30 * 8640)] + day
    chart.set_view(-50.4, 171.3, 400.0)  # the last day, zoomed in
    chart.set_track(day)
    short = chart.track().point_count(chart.viewport())
    chart.set_track(month)
    assert len(chart.track()) == len(month)
    assert chart.track().point_count(chart.viewport()) <= short + 520  # one chunk more at most
    chart.set_view(-45.0, 140.0, W / 360)  # the whole month in one world-wide view
    assert chart.track().point_count(chart.viewport()) < 3000
    image = chart.grab().toImage()
    assert not image.isNull()


def test_lookahead_vector_runs_the_configured_time_along_cog_across_the_antimeridian(chart):
    from whalelog_gui.ui.chart.ship_overlay import lookahead_points

    ship = fix(-60.0, 179.95, cog=90.0, sog=12.0)
    chart.set_lookahead_min(30)
    ends = lookahead_points(ship, 30)
    assert len(ends) == 5  # a tick every 6 minutes, the last at 30
    lat, lon = ends[-1]
    assert lat == pytest.approx(-60.0, abs=1e-9) and lon == pytest.approx(-179.85, abs=1e-6)  # 6 nm = 0.2° at 60°S
    assert lookahead_points(fix(-60.0, 0.0, cog=90.0, sog=0.05), 30) == []  # still: COG is noise, no vector
    chart.set_own_ship(ship)
    chart.set_view(-60.0, 179.95, 2000.0)
    before = chart.grab().toImage()
    chart.set_lookahead_min(0)
    after = chart.grab().toImage()
    end_x, end_y = chart.viewport().geo_to_screen(lat, lon)
    # Halfway along the vector (3 nm east) is painted only while there is a vector.
    mid_x = round((end_x + W / 2) / 2)
    assert before.pixelColor(mid_x, round(end_y)) != after.pixelColor(mid_x, round(end_y))


def test_toolbar_zoom_and_centre_actions(chart, qtbot):
    toolbar = ChartToolBar(chart)
    qtbot.addWidget(toolbar)
    s0 = chart.px_per_deg()
    toolbar.zoom_in_action.trigger()
    assert chart.px_per_deg() == pytest.approx(s0 * 2**0.5)
    toolbar.zoom_out_action.trigger()
    assert chart.px_per_deg() == pytest.approx(s0)
    chart.set_own_ship(fix(-45.0, 100.0))
    toolbar.centre_action.trigger()
    assert chart.centre() == pytest.approx((-45.0, 100.0))
