"""Track thinning and the alert history table."""

from datetime import datetime, timedelta, timezone

from whalelog_gui.alerts.model import Alert, AlertCategory, AlertState
from whalelog_gui.nav.fix import Fix
from whalelog_gui.store.alert_log import alert_history, record_alert_change
from whalelog_gui.store.track import TrackRecorder, track_between, track_count
from whalelog_gui.zones.geodesy import distance_nm

T0 = datetime(2026, 12, 14, 6, 0, tzinfo=timezone.utc)


def fix(second, lat=-60.0, lon=170.0, cog=90.0, sog=0.0, valid=True):
    t = T0 + timedelta(seconds=second)
    return Fix(t, t.timetz(), lat, lon, sog_kn=sog, cog_deg=cog, valid=valid)


def test_stationary_vessel_keeps_one_fix_a_minute(db):
    recorder = TrackRecorder(db, "receiver")
    kept = [s for s in range(0, 600) if recorder.offer(fix(s))]
    assert kept == [0, 60, 120, 180, 240, 300, 360, 420, 480, 540]


def test_movement_course_change_and_alert_are_kept(db):
    recorder = TrackRecorder(db, "receiver")
    assert recorder.offer(fix(0, sog=10.0))
    assert not recorder.offer(fix(1, lon=170.0 + 0.05 / 60 / 0.5, sog=10.0))  # 0.05 nm
    assert recorder.offer(fix(2, lon=170.0 + 0.11 / 60 / 0.5, sog=10.0))  # 0.11 nm from last kept
    assert not recorder.offer(fix(3, lon=170.0 + 0.11 / 60 / 0.5, cog=94.0, sog=10.0))
    assert recorder.offer(fix(4, lon=170.0 + 0.11 / 60 / 0.5, cog=96.0, sog=10.0))  # 6° turn
    assert not recorder.offer(fix(5, lon=170.0 + 0.11 / 60 / 0.5, cog=140.0, sog=0.3))  # drifting: COG is noise
    assert recorder.offer(fix(6, lon=170.0 + 0.11 / 60 / 0.5, cog=96.0, sog=10.0), alert=True)
    points = track_between(db, T0, T0 + timedelta(minutes=1))
    assert [p.at for p in points] == [T0 + timedelta(seconds=s) for s in (0, 2, 4, 6)]
    assert [p.alert for p in points] == [False, False, False, True]


def test_invalid_and_backward_fixes_are_not_stored_and_recorder_resumes(db):
    recorder = TrackRecorder(db, "receiver")
    assert not recorder.offer(fix(0, valid=False))
    assert not recorder.offer(Fix(None, None, -60.0, 170.0, valid=True))
    assert recorder.offer(fix(100))
    assert not recorder.offer(fix(50), alert=True)
    assert not TrackRecorder(db, "receiver").offer(fix(130))  # a restarted recorder thins from the stored last fix
    assert track_count(db) == 1


def test_distance_across_the_antimeridian():
    assert abs(distance_nm(0.0, 179.99, 0.0, -179.99) - 1.2) < 0.01


def _alert(state, changed, ack=None):
    return Alert(
        id="a-1",
        key="inside:sos",
        category=AlertCategory.ALARM,
        state=state,
        title="Inside Southern Ocean Sanctuary",
        paragraph="7(b)",
        area_id="sos",
        raised_at=T0,
        changed_at=changed,
        lat=-61.0,
        lon=171.0,
        acknowledged_by=ack,
    )


def test_alert_history_keeps_every_change_newest_first(db):
    record_alert_change(db, _alert(AlertState.ACTIVE_UNACKNOWLEDGED, T0), "raised", source="receiver")
    record_alert_change(
        db,
        _alert(AlertState.ACKNOWLEDGED, T0 + timedelta(seconds=40), "K. Ito"),
        "acknowledged",
        who="K. Ito",
        source="receiver",
    )
    record_alert_change(db, _alert(AlertState.RECTIFIED, T0 + timedelta(minutes=30)), "rectified", source="receiver")
    history = alert_history(db)
    assert [h.change for h in history] == ["rectified", "acknowledged", "raised"]
    ack = history[1]
    assert (ack.state, ack.acknowledged_by, ack.who, ack.paragraph, ack.area_id) == (
        AlertState.ACKNOWLEDGED,
        "K. Ito",
        "K. Ito",
        "7(b)",
        "sos",
    )
    assert ack.at == T0 + timedelta(seconds=40) and ack.category is AlertCategory.ALARM
    assert (ack.lat, ack.lon) == (-61.0, 171.0)
    assert [h.change for h in alert_history(db, limit=1)] == ["rectified"]
    assert len(alert_history(db, limit=None, alert_id="a-1")) == 3
