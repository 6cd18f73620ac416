"""The core Watch: the alert is heard before it is stored, and a failing store does not mute it."""

from datetime import datetime, timezone

from whalelog_gui.alerts.manager import AlertManager
from whalelog_gui.nav.fix import Fix
from whalelog_gui.watch.pipeline import Watch
from whalelog_gui.zones.areas import load_areas
from whalelog_gui.zones.monitor import ZoneMonitor

T0 = datetime(2024, 1, 5, 3, 0, tzinfo=timezone.utc)


def _fix(lat, lon=160.0):
    return Fix(T0, T0.time(), lat, lon, sog_kn=0.0, cog_deg=180.0, valid=True, quality=1)


def test_listeners_hear_the_change_before_the_store_and_a_store_failure_is_contained():
    order = []

    def failing_store(alert, change, who):
        order.append(("store", change))
        raise OSError("disk full")

    fixes = []
    watch = Watch(
        ZoneMonitor(load_areas(), "factory-ship"),
        AlertManager(clock=lambda: T0),
        record_change=failing_store,
        record_fix=lambda fix, alarm: fixes.append(alarm),
    )
    watch.on_change(lambda alert, change: order.append(("bar", change)))
    watch.on_active(lambda active: order.append(("active", [a.key for a in active])))
    watch.on_fix(_fix(-40.5))  # inside the Southern Ocean Sanctuary, Schedule para 7(b)
    # then the per-fix refresh of distances/ETAs while an alert is shown
    assert order == [("bar", "raised"), ("active", ["inside:sos"]), ("store", "raised"), ("active", ["inside:sos"])]
    assert fixes == [True]  # the track point is marked as taken during an alarm
    watch.on_fix(_fix(-30.0, 10.0))  # well outside every area
    assert order[4:7] == [("bar", "rectified"), ("active", ["inside:sos"]), ("store", "rectified")]
    assert fixes == [True, True]  # the alarm stays until acknowledged (rectified-unacknowledged)
