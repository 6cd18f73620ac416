"""BridgeWatch with the real ZoneMonitor and AlertManager: silence returns after 30 s (the QTimer drives tick)."""

from datetime import datetime, timedelta, timezone

import pytest

from whalelog_gui.alerts.manager import AlertManager
from whalelog_gui.alerts.model import AlertState
from whalelog_gui.nav.fix import Fix, SourceState, SourceStatus
from whalelog_gui.store.alert_log import alert_history, record_alert_change
from whalelog_gui.store.db import open_db
from whalelog_gui.ui.alert_bar import AlertBar
from whalelog_gui.ui.sound import SoundController
from whalelog_gui.ui.watch import BridgeWatch
from whalelog_gui.zones.areas import load_areas
from whalelog_gui.zones.monitor import ZoneMonitor

T0 = datetime(2024, 1, 5, 3, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self):
        self.now = T0

    def __call__(self):
        return self.now


@pytest.fixture(scope="module")
def areas():
    return load_areas()


@pytest.fixture
def watch(qtbot, areas, tmp_path, palette):
    clock = Clock()
    db = open_db(tmp_path / "w.sqlite")
    w = BridgeWatch(
        ZoneMonitor(areas, "land-station"),
        AlertManager(clock=clock),
        officer=lambda: "A. Officer",
        record_change=lambda alert, change, who: record_alert_change(db, alert, change, who, source="receiver"),
    )
    bar, sound = AlertBar(), SoundController(enabled=False)
    qtbot.addWidget(bar)
    w.alerts_changed.connect(bar.show_alerts)
    w.alerts_changed.connect(sound.update)
    bar.silence_requested.connect(w.silence)
    bar.acknowledge_requested.connect(w.acknowledge)
    yield w, clock, bar, sound, db
    w.stop()
    db.conn.close()


def _fix(lat, lon=160.0, valid=True):
    return Fix(T0, T0.time(), lat, lon, sog_kn=0.0, cog_deg=180.0, valid=valid, quality=1 if valid else 0)


def test_silenced_alarm_sounds_again_after_30_s_unless_acknowledged(qtbot, watch):
    w, clock, bar, sound, db = watch
    w.on_fix(_fix(-40.5))  # inside the Southern Ocean Sanctuary, Schedule para 7(b)
    assert bar.current.key == "inside:sos" and sound.requested == "alarm"
    bar.request_silence()
    assert bar.current.state is AlertState.SILENCED and sound.requested is None
    clock.now += timedelta(seconds=29)
    w.tick()
    assert sound.requested is None
    clock.now += timedelta(seconds=2)
    qtbot.waitUntil(lambda: sound.requested == "alarm", timeout=5000)  # the watch's 1 s QTimer calls tick()
    assert bar.current.state is AlertState.ACTIVE_UNACKNOWLEDGED
    bar.request_acknowledge()
    assert bar.current.state is AlertState.ACKNOWLEDGED and bar.current.acknowledged_by == "A. Officer"
    changes = [e.change for e in reversed(alert_history(db, limit=None))]
    assert changes == ["raised", "silenced", "re-sounded", "acknowledged"]


def test_invalid_fixes_do_not_move_the_area_picture_and_lost_source_alarms(qtbot, watch):
    w, clock, bar, sound, db = watch
    w.on_fix(_fix(-40.5))
    picture = w.last_picture
    w.on_fix(_fix(None, None, valid=False))
    assert w.last_picture is picture
    w.on_status(SourceStatus("gps", SourceState.NO_FIX, True))
    assert any(a.key == "position-lost" for a in w.alerts.active())
    assert w.fixes_processed == 2


def test_alert_bar_distance_and_eta_follow_each_fix(qtbot, watch):
    w, clock, bar, sound, db = watch
    approaching = Fix(T0, T0.time(), -39.95, 160.0, sog_kn=12.0, cog_deg=180.0, valid=True, quality=1)
    w.on_fix(approaching)
    assert bar.current.key == "approach:sos"
    assert "distance 3.0 NM · ETA 15 min" in bar.details_label.text()  # 3 NM north of 40°S at 12 kn
    w.on_fix(Fix(T0, T0.time(), -39.97, 160.0, sog_kn=12.0, cog_deg=180.0, valid=True, quality=1))
    assert "distance 1.8 NM · ETA 9 min" in bar.details_label.text()
