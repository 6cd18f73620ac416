"""Issue 12: cautions about the fix itself (dead reckoning, position jump) beside the area alerts, never instead.

Real parts: the simulator's NMEA through the decoder, the ZoneMonitor on the real areas, the AlertManager, and
the alert history in a temp-file SQLite database.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from whalelog_gui.alerts.manager import JUMP_SHOWN_S, POSITION_DR, POSITION_JUMP, AlertManager
from whalelog_gui.alerts.model import AlertCategory
from whalelog_gui.nav.fix import Fix
from whalelog_gui.nav.nmea import decode_lines, with_checksum
from whalelog_gui.nav.plausibility import JumpCheck
from whalelog_gui.nav.simulator import SimulatorSource, demo_voyage
from whalelog_gui.store.alert_log import alert_history, record_alert_change
from whalelog_gui.store.db import open_db
from whalelog_gui.zones.areas import load_areas
from whalelog_gui.zones.monitor import ZoneMonitor

START = datetime(2026, 1, 10, 12, 0, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def areas():
    return load_areas()


def as_dead_reckoning(line: str) -> str:
    """The same sentence from a receiver that lost its satellites and dead-reckons: GGA 6, RMC mode E."""
    body = line[1 : line.index("*")]
    fields = body.split(",")
    if body[2:5] == "GGA" and fields[6] == "1":
        fields[6] = "6"
    elif body[2:5] == "RMC" and fields[12] == "A":
        fields[12] = "E"
    return with_checksum(",".join(fields))


def run_watch(fixes, areas, manager_clock=None):
    now = [START]
    manager = AlertManager(clock=lambda: now[0])
    monitor = ZoneMonitor(areas, "factory-ship", lookahead_min=30)
    raised = []
    manager.subscribe(lambda alert, change: raised.append((alert, now[0])) if change == "raised" else None)
    for fix in fixes:
        now[0] = fix.time
        manager.update_position(fix)  # the order the watch uses: fix cautions, then the areas
        manager.update_zones(monitor.update(fix), fix)
        manager.tick()
    return manager, raised


def test_demo_voyage_raises_its_alarms_and_no_position_caution(areas):
    fixes, _ = decode_lines(list(SimulatorSource(demo_voyage(), rate_hz=1.0, start_time=START).lines(60)))
    _, raised = run_watch(fixes, areas)
    keys = [a.key for a, _ in raised]
    assert keys[0] == "approach:sos" and "inside:sos" in keys
    assert POSITION_DR not in keys and POSITION_JUMP not in keys


def test_dead_reckoned_demo_still_raises_every_alarm_with_a_dr_caution(areas):
    lines = [as_dead_reckoning(line) for line in SimulatorSource(demo_voyage(), start_time=START).lines(60)]
    fixes, _ = decode_lines(lines)
    assert all(f.valid and f.quality == "dr" for f in fixes)
    manager, raised = run_watch(fixes, areas)
    keys = [a.key for a, _ in raised]
    assert "approach:sos" in keys and "inside:sos" in keys  # warn rather than miss
    dr = next(a for a, _ in raised if a.key == POSITION_DR)
    assert dr.category is AlertCategory.CAUTION and dr.title.lower() == "position is dead-reckoned"
    inside = next(a for a in manager.active() if a.key == "inside:sos")
    assert inside.category is AlertCategory.ALARM  # the caution did not replace or lower the alarm


def test_dr_caution_clears_when_the_receiver_measures_again(areas):
    dr = Fix(START, START.timetz(), -30.0, 0.0, 10.0, 180.0, True, "dr")
    gps = Fix(START + timedelta(seconds=1), START.timetz(), -30.0, 0.0, 10.0, 180.0, True, "gps")
    manager = AlertManager(clock=lambda: START)
    manager.update_position(dr)
    assert [a.key for a in manager.active()] == [POSITION_DR]
    manager.update_position(gps)
    assert manager.active() == []


def fix_at(seconds: float, lat: float, lon: float, quality: str = "gps") -> Fix:
    when = START + timedelta(seconds=seconds)
    return Fix(when, when.timetz(), lat, lon, 10.0, 180.0, True, quality)


def test_jump_check_both_sides_of_the_speed_limit():
    check = JumpCheck(sog_limit_kn=100.0)
    assert check.check(fix_at(0, -60.0, 0.0)) is None
    # 60 s at 100 kn is 1.667 NM (+100 m scatter); 1.6 NM is possible, 1.8 NM is not
    assert check.check(fix_at(60, -60.0 + 1.6 / 60.0, 0.0)) is None
    jump = check.check(fix_at(120, -60.0 + 1.6 / 60.0 + 1.8 / 60.0, 0.0))
    assert jump is not None and jump.distance_nm == pytest.approx(1.8, rel=0.01)
    assert jump.implied_kn == pytest.approx(108, rel=0.01) and jump.seconds == 60


def test_jump_is_a_recorded_caution_with_both_positions_and_never_suppresses_the_alarm(areas, tmp_path):
    """A spoofed or glitching feed moves the ship 20 degrees north in one second, out of the sanctuary."""
    db = open_db(tmp_path / "history.sqlite")
    now = [START]
    manager = AlertManager(clock=lambda: now[0])
    manager.subscribe(lambda alert, change: record_alert_change(db, alert, change, source="receiver"))
    monitor = ZoneMonitor(areas, "factory-ship", lookahead_min=30)
    for i, lat in enumerate((-62.0, -62.0, -42.0, -62.0)):  # Southern Ocean Sanctuary, jump out, jump back
        fix = fix_at(i, lat, 170.0)
        now[0] = fix.time
        manager.update_position(fix)
        manager.update_zones(monitor.update(fix), fix)
    active = {a.key: a for a in manager.active()}
    assert active["inside:sos"].category is AlertCategory.ALARM
    jump = active[POSITION_JUMP]
    assert jump.category is AlertCategory.CAUTION
    assert jump.title == "Position jump: 42°00.000′S 170°00.000′E → 62°00.000′S 170°00.000′E"  # the latest
    assert "1201.6 NM in 1 s" in jump.note  # geodesic on WGS84: 20 degrees of latitude there
    history = [(e.alert_key, e.change, e.title) for e in alert_history(db, limit=None)]
    first = "Position jump: 62°00.000′S 170°00.000′E → 42°00.000′S 170°00.000′E"
    assert (POSITION_JUMP, "raised", first) in history  # recorded with both positions
    now[0] += timedelta(seconds=JUMP_SHOWN_S + 1)  # a minute without a jump: the caution closes
    manager.tick()
    assert POSITION_JUMP not in {a.key for a in manager.active()}
    db.conn.close()


def test_invalid_fixes_and_dropouts_do_not_make_jumps():
    check = JumpCheck()
    assert check.check(fix_at(0, -60.0, 0.0)) is None
    assert check.check(Fix(None, None, 10.0, 10.0, valid=False)) is None  # not valid: not compared
    assert check.check(fix_at(3600, -59.0, 0.0)) is None  # an hour's dropout: 60 NM at 60 kn is possible
