"""AlertManager: every BAM state transition (MSC.302(87)), fed by a real ZoneMonitor and real Fix/SourceStatus."""

from datetime import datetime, timedelta, timezone

import pytest

from whalelog_gui.alerts.manager import POSITION_LOST, AlertManager
from whalelog_gui.alerts.model import AlertCategory, AlertState
from whalelog_gui.nav.fix import Fix, SourceState, SourceStatus
from whalelog_gui.zones.areas import load_areas
from whalelog_gui.zones.monitor import ZoneMonitor

AREAS = load_areas()
T0 = datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc)

# On 90 W the sanctuary line is 60 S and no para 8 area lies north of it, so only the sanctuary is in play.
OUTSIDE = (-59.5, -90.0, 180.0, 10.0)  # 30 nm north of the sanctuary: nothing within 30 min
APPROACHING = (-59.95, -90.0, 180.0, 10.0)  # 3 nm north, heading south at 10 kn: enters in ~18 min
INSIDE = (-60.2, -90.0, 180.0, 10.0)


class Bridge:
    """A monitor and a manager wired as the app wires them, with an injected clock and a change log."""

    def __init__(self, operation="factory-ship"):
        self.now = T0
        self.monitor = ZoneMonitor(AREAS, operation)
        self.manager = AlertManager(clock=lambda: self.now, silence_s=30)
        self.changes = []
        self.manager.subscribe(lambda alert, change: self.changes.append((change, alert)))

    def sail(self, lat, lon, cog=None, sog=None):
        f = Fix(time=self.now, time_of_day=self.now.time(), lat=lat, lon=lon, cog_deg=cog, sog_kn=sog, valid=True)
        self.manager.update_zones(self.monitor.update(f), f)

    def wait(self, seconds):
        self.now += timedelta(seconds=seconds)
        self.manager.tick()

    def log(self):
        return [(change, alert.key, alert.state) for change, alert in self.changes]

    def by_key(self, key):
        return next(a for a in self.manager.active() if a.key == key)


def test_warning_then_alarm_then_acknowledged_then_rectified():
    b = Bridge()
    b.sail(*OUTSIDE)
    assert b.manager.active() == [] and b.changes == []
    b.sail(*APPROACHING)
    warning = b.by_key("approach:sos")
    assert warning.category is AlertCategory.WARNING and warning.state is AlertState.ACTIVE_UNACKNOWLEDGED
    assert warning.audible and warning.paragraph == "7(b)" and warning.eta_min == pytest.approx(18.0, abs=0.1)
    b.sail(*INSIDE)
    alarm = b.manager.highest()
    assert alarm.key == "inside:sos" and alarm.category is AlertCategory.ALARM and alarm.audible
    assert alarm.note and alarm.area_id == "sos" and alarm.lat == -60.2
    assert b.log() == [
        ("raised", "approach:sos", AlertState.ACTIVE_UNACKNOWLEDGED),
        ("rectified", "approach:sos", AlertState.RECTIFIED),  # a warning that clears simply closes
        ("raised", "inside:sos", AlertState.ACTIVE_UNACKNOWLEDGED),
    ]
    assert b.manager.acknowledge(alarm.id, by="Mate J. Olsen")
    acked = b.manager.get(alarm.id)
    assert acked.state is AlertState.ACKNOWLEDGED and acked.acknowledged_by == "Mate J. Olsen" and not acked.audible
    assert not b.manager.silence(alarm.id)  # nothing left to silence
    b.sail(*OUTSIDE)
    assert b.manager.active() == []
    change, final = b.changes[-1]
    assert change == "rectified" and final.state is AlertState.RECTIFIED and final.acknowledged_by == "Mate J. Olsen"
    assert final.lat == -59.5 and final.changed_at == T0


def test_silence_times_out_and_the_alarm_sounds_again():
    b = Bridge()
    b.sail(*INSIDE)
    alarm = b.manager.highest()
    assert b.manager.silence(alarm.id)
    assert b.manager.get(alarm.id).state is AlertState.SILENCED and not b.manager.get(alarm.id).audible
    b.wait(29)
    assert b.manager.get(alarm.id).state is AlertState.SILENCED
    b.wait(1)
    assert b.manager.get(alarm.id).state is AlertState.ACTIVE_UNACKNOWLEDGED and b.manager.get(alarm.id).audible
    assert [c for c, _ in b.changes] == ["raised", "silenced", "re-sounded"]
    assert b.changes[-1][1].changed_at == T0 + timedelta(seconds=30)
    assert b.manager.silence(alarm.id)
    b.wait(10)
    assert b.manager.acknowledge(alarm.id, by="bridge")  # acknowledge while silenced
    b.wait(60)
    assert b.manager.get(alarm.id).state is AlertState.ACKNOWLEDGED  # no re-sound once acknowledged


def test_alarm_that_clears_unacknowledged_stays_until_acknowledged():
    b = Bridge()
    b.sail(*INSIDE)
    alarm = b.manager.highest()
    b.sail(*OUTSIDE)
    shown = b.manager.get(alarm.id)
    assert shown.state is AlertState.RECTIFIED_UNACKNOWLEDGED and shown in b.manager.active() and not shown.audible
    assert b.changes[-1][0] == "rectified"
    assert not b.manager.silence(alarm.id)
    assert b.manager.acknowledge(alarm.id, by="master")
    assert b.manager.active() == [] and b.changes[-1][0] == "acknowledged"
    assert b.changes[-1][1].state is AlertState.RECTIFIED


def test_reentry_is_a_new_alert_even_before_the_old_one_is_acknowledged():
    b = Bridge()
    b.sail(*INSIDE)
    first = b.manager.highest().id
    b.sail(*OUTSIDE)
    b.sail(*INSIDE)
    ids = {a.id for a in b.manager.active() if a.key == "inside:sos"}
    assert len(ids) == 2 and first in ids
    assert b.manager.highest().id != first  # the live alarm outranks the rectified one
    b.sail(*OUTSIDE)
    b.manager.acknowledge(first, by="x")
    b.sail(*INSIDE)
    assert first not in {a.id for a in b.manager.active()}


def test_distance_and_eta_updates_are_not_changes():
    b = Bridge()
    b.sail(-59.95, -90.0, 180.0, 10.0)
    b.sail(-59.96, -90.0, 180.0, 10.0)
    b.sail(-59.97, -90.0, 180.0, 10.0)
    assert [c for c, _ in b.changes] == ["raised"]
    assert b.by_key("approach:sos").eta_min == pytest.approx(0.03 * 60.1 / 10 * 60, rel=0.02)


def test_position_lost_is_an_alarm_from_fix_loss_or_disconnection():
    b = Bridge()
    b.manager.update_source(SourceStatus("gps", SourceState.VALID_FIX, fix_lost=False))
    assert b.manager.active() == []
    b.manager.update_source(SourceStatus("gps", SourceState.NO_FIX, fix_lost=True, message="no fix for 10 s"))
    lost = b.manager.highest()
    assert lost.key == POSITION_LOST and lost.category is AlertCategory.ALARM and lost.paragraph is None
    assert "no fix for 10 s" in lost.note
    b.manager.update_source(SourceStatus("gps", SourceState.DISCONNECTED, fix_lost=False))
    assert [c for c, _ in b.changes] == ["raised"]  # same situation continues
    b.manager.acknowledge(lost.id, by="OOW")
    b.manager.update_source(SourceStatus("gps", SourceState.VALID_FIX, fix_lost=False))
    assert b.manager.active() == [] and [c for c, _ in b.changes] == ["raised", "acknowledged", "rectified"]


def test_picture_without_position_keeps_area_alerts():
    b = Bridge()
    b.sail(*INSIDE)
    f = Fix(time=T0, time_of_day=T0.time(), lat=None, lon=None)
    b.manager.update_zones(b.monitor.update(f), f)
    assert b.manager.highest().key == "inside:sos" and [c for c, _ in b.changes] == ["raised"]


def test_non_applicable_area_is_a_silent_caution():
    b = Bridge(operation="transit")
    b.sail(*APPROACHING)
    caution = b.manager.highest()
    assert caution.key == "caution:sos" and caution.category is AlertCategory.CAUTION and not caution.audible
    assert "not applicable" in caution.title
    assert not b.manager.silence(caution.id)
    b.sail(*INSIDE)  # approaching -> inside an area that does not apply: the same caution continues
    assert [c for c, _ in b.changes] == ["raised"] and b.manager.highest().id == caution.id
    assert b.manager.acknowledge(caution.id, by="x")
    b.sail(*OUTSIDE)
    assert b.manager.active() == []


def test_active_is_sorted_most_urgent_first():
    b = Bridge(operation="land-station")  # sanctuaries apply, para 8 does not
    b.sail(-39.95, 19.0, 180.0, 10.0)  # in fs-8b (caution), approaching the sanctuary (warning)
    b.manager.update_source(SourceStatus("gps", SourceState.NO_FIX, fix_lost=True))
    cats = [a.category for a in b.manager.active()]
    assert cats == sorted(cats) and cats[0] is AlertCategory.ALARM and AlertCategory.CAUTION in cats
    alarm = b.manager.highest()
    b.manager.acknowledge(alarm.id, by="x")
    b.sail(-40.1, 19.0, 180.0, 10.0)  # now inside the sanctuary: a new, unacknowledged alarm outranks the acked one
    assert b.manager.highest().key == "inside:sos"
    assert b.manager.active()[1].key == POSITION_LOST


def test_acknowledge_needs_a_name_and_a_known_alert():
    b = Bridge()
    b.sail(*INSIDE)
    alarm = b.manager.highest()
    assert not b.manager.acknowledge(alarm.id, by="  ")
    assert not b.manager.acknowledge("no-such-id", by="x")
    assert b.manager.get(alarm.id).state is AlertState.ACTIVE_UNACKNOWLEDGED


def test_unsubscribe_stops_publication():
    b = Bridge()
    seen = []
    stop = b.manager.subscribe(lambda a, c: seen.append(c))
    stop()
    b.sail(*INSIDE)
    assert seen == [] and b.changes


def test_a_failing_listener_does_not_mute_the_others_and_is_reported():
    b = Bridge()

    def broken_store(alert, change):
        raise OSError("disk full")

    b.manager.subscribe(broken_store)
    seen = []
    b.manager.subscribe(lambda a, c: seen.append(c))
    with pytest.raises(OSError, match="disk full"):
        b.sail(*INSIDE)
    assert seen == ["raised"] and b.manager.highest().key == "inside:sos"


def test_a_failing_listener_does_not_stop_the_rest_of_the_picture():
    b = Bridge(operation="land-station")
    b.manager.subscribe(lambda a, c: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        b.sail(-39.95, 19.0, 180.0, 10.0)  # raises a caution (fs-8b) and a warning (sos) in one picture
    assert {a.key for a in b.manager.active()} == {"caution:fs-8b", "approach:sos"}
    assert len(b.changes) == 2


def test_naive_clock_is_refused():
    manager = AlertManager(clock=lambda: datetime(2026, 1, 1, 12, 0))
    with pytest.raises(ValueError, match="timezone-aware"):
        manager.update_source(SourceStatus("gps", SourceState.DISCONNECTED, fix_lost=True))


def test_gps_jitter_across_the_boundary_raises_one_alarm_only():
    b = Bridge()
    for i in range(40):  # +-0.02 nm around 60 S: receiver noise while hove to on the line
        b.sail(-60.0 + (0.0003 if i % 2 else -0.0003), -90.0, 180.0, 0.2)
    assert [c for c, _ in b.changes] == ["raised"] and b.manager.highest().key == "inside:sos"
    b.sail(-59.99, -90.0, 0.0, 8.0)  # 0.6 nm out and heading away: left for real
    assert [c for c, _ in b.changes] == ["raised", "rectified"]
