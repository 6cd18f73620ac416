import threading
from datetime import datetime, time, timezone

from whalelog_gui.nav.fix import Fix, SourceCounters, SourceState, SourceStatus
from whalelog_gui.ui.nav_bridge import NavBridge
from whalelog_gui.ui.position_panel import PositionPanel

WHEN = datetime(2024, 1, 5, 3, 0, 1, tzinfo=timezone.utc)


def _fix(lat=-(45 + 12.345 / 60), lon=160.0, valid=True, **kw):
    return Fix(
        WHEN,
        WHEN.time(),
        lat,
        lon,
        sog_kn=12.04,
        cog_deg=181.6,
        valid=valid,
        quality=1,
        satellites=9,
        hdop=0.9,
        source="simulator",
        **kw,
    )


def test_panel_shows_fix_in_degrees_and_decimal_minutes(qtbot, palette):
    panel = PositionPanel()
    qtbot.addWidget(panel)
    panel.show_fix(_fix())
    assert panel.lat_label.text() == "45°12.345′S"
    assert panel.lon_label.text() == "160°00.000′E"
    assert panel.sog_label.text() == "12.0 kn"
    assert panel.cog_label.text() == "182°T"
    assert panel.utc_label.text() == "2024-01-05 03:00:01 UTC"
    assert (panel.quality_label.text(), panel.satellites_label.text(), panel.hdop_label.text()) == ("GPS", "9", "0.9")
    assert panel.lat_label.property("role") is None


def test_invalid_fix_is_marked_and_greyed(qtbot, palette):
    panel = PositionPanel()
    qtbot.addWidget(panel)
    panel.show_fix(Fix(None, time(3, 0, 1), None, None, valid=False, quality=0, source="gps"))
    assert panel.lat_label.text() == "—"
    assert panel.utc_label.text() == "03:00:01 UTC (no date)"
    assert panel.quality_label.text() == "invalid (not valid)"
    assert panel.lat_label.property("role") == "muted"


def test_status_states_fix_lost_and_counters(qtbot, palette):
    panel = PositionPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.state_label.text() == "No GPS source"
    counters = SourceCounters(
        sentences=40, accepted=37, bad_checksum=2, unparsable=1, skipped=0, epochs=10, valid_fixes=9
    )
    panel.show_status(SourceStatus("/dev/ttyUSB0", SourceState.VALID_FIX, False, counters))
    assert panel.state_label.text() == "VALID FIX — /dev/ttyUSB0"
    assert "bad checksum 2" in panel.counters_label.text() and "valid fixes 9" in panel.counters_label.text()
    assert not panel.fix_lost_label.isVisible()
    panel.show_status(SourceStatus("/dev/ttyUSB0", SourceState.DISCONNECTED, True, counters, "port vanished"))
    assert panel.state_label.text() == "disconnected — /dev/ttyUSB0 (port vanished)"
    assert panel.fix_lost_label.isVisible() and panel.fix_lost_label.text() == "FIX LOST"


def test_bridge_delivers_every_fix_but_draws_only_the_latest(qtbot):
    bridge = NavBridge()
    every, drawn, threads = [], [], set()

    def received(fix):
        every.append(fix)
        threads.add(threading.get_ident())

    bridge.fix_received.connect(received)
    bridge.fix_display.connect(drawn.append)
    fixes = [_fix(lat=-40 - i / 1000) for i in range(50)]
    # a reader thread delivering a burst while the GUI thread is busy (not processing events)
    reader = threading.Thread(target=lambda: [bridge.on_fix(f) for f in fixes])
    reader.start()
    reader.join()
    qtbot.waitUntil(lambda: len(every) == 50)
    qtbot.wait(20)
    assert every == fixes
    assert drawn == [fixes[-1]]
    assert threads == {threading.get_ident()}  # public signals arrive on the GUI thread
    bridge.on_fix(fixes[0])
    qtbot.waitUntil(lambda: len(drawn) == 2)
    assert drawn[-1] is fixes[0]


def test_bridge_status_is_queued_to_the_gui_thread(qtbot):
    bridge = NavBridge()
    seen = []

    def changed(status):
        seen.append((status, threading.get_ident()))

    bridge.status_changed.connect(changed)
    status = SourceStatus("sim", SourceState.NO_DATA, False)
    t = threading.Thread(target=bridge.on_status, args=(status,))
    t.start()
    t.join()
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen == [(status, threading.get_ident())]


def test_dead_reckoned_fix_is_shown_prominently(qtbot, palette):
    """Issue 12: GGA 6 / mode E is valid but estimated; it must not read like a satellite fix."""
    panel = PositionPanel()
    qtbot.addWidget(panel)
    panel.show()
    dr = Fix(WHEN, WHEN.time(), -60.0, -90.0, valid=True, quality="dr", source="gps")
    panel.show_fix(dr)
    assert panel.dr_label.isVisible() and "DEAD-RECKONED" in panel.dr_label.text()
    assert panel.quality_label.text() == "DR (estimated)"
    assert panel.lat_label.property("role") == "warning" and panel.lat_label.text() == "60°00.000′S"
    panel.show_fix(_fix())  # the receiver measures again
    assert not panel.dr_label.isVisible() and panel.lat_label.property("role") is None
