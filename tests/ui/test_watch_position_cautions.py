"""Issue 12 through the bridge watch: a dead-reckoned fix inside a sanctuary raises the alarm and a DR caution."""

from datetime import datetime, timezone

from whalelog_gui.alerts.manager import POSITION_DR, AlertManager
from whalelog_gui.alerts.model import AlertCategory
from whalelog_gui.nav.fix import Fix
from whalelog_gui.ui.watch import BridgeWatch
from whalelog_gui.zones.areas import load_areas
from whalelog_gui.zones.monitor import ZoneMonitor

T0 = datetime(2024, 1, 5, 3, 0, tzinfo=timezone.utc)


def test_dead_reckoned_fix_alarms_with_a_caution(qtbot):
    watch = BridgeWatch(ZoneMonitor(load_areas(), "land-station"), AlertManager(clock=lambda: T0))
    try:
        watch.on_fix(Fix(T0, T0.timetz(), -40.5, 160.0, 0.0, 180.0, True, "dr"))  # Schedule para 7(b) sanctuary
        active = {a.key: a.category for a in watch.alerts.active()}
        assert active == {"inside:sos": AlertCategory.ALARM, POSITION_DR: AlertCategory.CAUTION}
    finally:
        watch.stop()
