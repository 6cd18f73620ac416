"""`make demo` must show a warning and then an alarm within its first minute (issue 3), for the default
factory-ship profile: the real simulator, decoder, zone monitor and alert manager, on simulated time."""

from datetime import datetime, timedelta, timezone

from whalelog_gui.alerts.manager import AlertManager
from whalelog_gui.alerts.model import AlertCategory
from whalelog_gui.nav.nmea import decode_lines
from whalelog_gui.nav.simulator import SimulatorSource, demo_voyage
from whalelog_gui.zones.areas import load_areas
from whalelog_gui.zones.monitor import ZoneMonitor

START = datetime(2026, 1, 10, 12, 0, 0, tzinfo=timezone.utc)


def test_demo_voyage_warns_then_alarms_for_the_sanctuary_in_its_first_minute():
    fixes, _ = decode_lines(list(SimulatorSource(demo_voyage(), rate_hz=1.0, start_time=START).lines(60)))
    now = [START]
    manager = AlertManager(clock=lambda: now[0])
    raised = []
    manager.subscribe(lambda alert, change: raised.append((alert.key, alert.category, now[0])) if change == "raised" else None)
    monitor = ZoneMonitor(load_areas(), "factory-ship", lookahead_min=30)
    for fix in fixes:
        now[0] = fix.time
        manager.update_zones(monitor.update(fix), fix)

    assert raised[0][:2] == ("approach:sos", AlertCategory.WARNING)
    assert raised[0][2] - START < timedelta(seconds=5)
    alarms = [r for r in raised if r[1] is AlertCategory.ALARM]
    assert [a[0] for a in alarms] == ["inside:sos"]  # the only applicable area on the demo track
    assert alarms[0][2] - START < timedelta(seconds=60)
