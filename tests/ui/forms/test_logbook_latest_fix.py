"""LatestFix turns the NavBridge's fix signal into the page's current_fix(): the latest fix and its age."""

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QObject, Signal

from whalelog_gui.nav.fix import Fix
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.ui.forms.logbook.latest_fix import LatestFix
from whalelog_gui.ui.nav_bridge import NavBridge

WHEN = datetime(2026, 12, 14, 7, 10, tzinfo=timezone.utc)


class Ticks:
    """A monotonic clock the test moves by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def fix(valid=True):
    return Fix(WHEN, WHEN.time(), -62.1, 171.3, valid=valid, quality=1 if valid else 0, source="test")


def test_age_runs_from_arrival_and_a_silent_receiver_goes_no_fix(qtbot):
    bridge = NavBridge()
    ticks = Ticks()
    latest = LatestFix(bridge.fix_received, ticks)
    assert latest() == (None, None)
    sent = fix()
    with qtbot.waitSignal(bridge.fix_received, timeout=2000):
        bridge.on_fix(sent)  # reader-thread side; delivered queued on the GUI thread
    ticks.now += 4.0
    assert latest() == (sent, 4.0)
    assert not LogEvent.stamped(EventKind.WHALE_SHOT, *_stamp_args(latest)).no_fix
    ticks.now += 7.0  # 11 s without a new fix: the receiver fell silent
    assert LogEvent.stamped(EventKind.WHALE_SHOT, *_stamp_args(latest)).no_fix


def test_an_invalid_fix_replaces_the_last_valid_one(qtbot):
    class Source(QObject):
        fix_received = Signal(object)

    source, ticks = Source(), Ticks()
    latest = LatestFix(source.fix_received, ticks)
    source.fix_received.emit(fix())
    source.fix_received.emit(fix(valid=False))
    current, age = latest()
    assert current.valid is False and age == 0.0
    event = LogEvent.stamped(EventKind.SEARCH_STARTED, *_stamp_args(latest))
    assert event.no_fix and event.lat is None


def _stamp_args(latest):
    current, age = latest()
    return current, WHEN, timedelta(seconds=age)
