"""One piece of heavy GUI-thread work per event-loop turn (issue 14): the bridge never waits for two at once.

Building a page's next part (ui/pages.py) and showing what a background read found (ui/database_job.py) each take
10-30 ms on a 200-day season. Each is short enough on its own, but a read's result is a posted event, and Qt runs
every posted event and due timer of a turn before it repaints or reads the mouse: a result arriving while a page
step was due ran in the same turn, and the window froze for both, 60-80 ms (past the bridge's 50 ms). Heavy work
runs only when a whole event-loop turn has passed since the last (turns counted by the event dispatcher's
`awake`), else on a later turn. Measured by time instead (a few ms since the last), two still met in one turn
when lighter work ran between them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractEventDispatcher, QObject, QTimer

LATER_MS = 1  # a real timer, not a zero one: a zero timer runs in the same turn (see ui/pages.py)


class _Turns:
    counting = False  # connected to the GUI thread's event dispatcher
    now = 0  # event-loop turns so far (the dispatcher's `awake`, once a turn)
    heavy = -2  # the turn in which heavy work last ended


def _count() -> bool:
    """Count the event loop's turns from now on; False while there is no event loop to count."""
    if not _Turns.counting:
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is None:
            return False
        dispatcher.awake.connect(_next_turn)
        _Turns.counting = True
    return True


def _next_turn() -> None:
    _Turns.now += 1


def quiet() -> bool:
    """No heavy work in this turn or the one before: a whole turn (paint, input, the other timers) has run since,
    so this turn may take some."""
    return not _count() or _Turns.now - _Turns.heavy >= 2


def done_now() -> None:
    """Heavy work has just ended: other heavy work waits until a whole turn has run."""
    if _count():
        _Turns.heavy = _Turns.now


def in_a_turn_of_its_own(work: Callable[[], None], owner: QObject) -> None:
    """work() now if neither this turn nor the last had heavy work, else on a later turn (asked again then);
    never after `owner` is deleted (its timer goes with it)."""
    if not quiet():
        QTimer.singleShot(LATER_MS, owner, lambda: in_a_turn_of_its_own(work, owner))
        return
    try:
        work()
    finally:
        done_now()
