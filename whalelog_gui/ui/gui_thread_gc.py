"""Python's cyclic garbage collector, run on the GUI thread only, while the window runs.

CPython collects whenever allocations pass a threshold, on whichever thread happens to be allocating. WhaleLog
allocates on several threads (the start-up preload, the store writer, the database jobs, the GPS reader, the
integrity check). A Qt object that is garbage in a reference cycle (a closed dialog, a lambda connected to its
own widget) is then destroyed on that thread, and Qt crashes: seen as a segfault when a finished walkthrough's
widgets were freed by the preload thread's imports. So automatic collection is off while the window runs, and a
timer on the GUI thread collects by the thresholds Python itself uses.

A collection on the GUI thread freezes the bridge for as long as it takes, which grows with the objects it walks
(issue 14, measured on a 200-day season): the timer looks often, so the young generation a worker thread fills
while it reads the season is collected in small pieces (every 100 ms it had grown to 60 000-120 000 objects and
took 8-35 ms), and what the start-up made to keep (modules, classes, the pages) is frozen once it is made, so a
full collection no longer walks it again (54 ms each time, while the window started).
"""

from __future__ import annotations

import contextlib
import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 20  # how often the GUI thread looks: a young generation this young is collected in a few ms at most


class _LongLived:
    """CPython's guard on full collections (gcmodule.c, "long_lived_pending"): the oldest generation is collected
    only once the objects moved into it since its last collection are a quarter of those it then kept. Without it
    every tenth middle collection was a full one, walking every object the window holds (54-80 ms each)."""

    total = 0  # objects in the oldest generation after its last collection (frozen ones are not in it)
    pending = 0  # objects moved into it since


def collect_due() -> int | None:
    """Collect the generation CPython would collect now (its counts against its thresholds, and its guard on full
    collections); which one, or None."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] <= thresholds[0]:
        return None
    if counts[2] > thresholds[2] and _LongLived.pending > _LongLived.total // 4:
        gc.collect(2)
        _LongLived.total, _LongLived.pending = len(gc.get_objects(2)), 0
        return 2
    if counts[1] > thresholds[1]:
        young = len(gc.get_objects(0)) + len(gc.get_objects(1))
        _LongLived.pending += max(0, young - gc.collect(1))  # the survivors moved into the oldest generation
        return 1
    gc.collect(0)
    return 0


@contextlib.contextmanager
def collection_paused():
    """No collection inside: for a loop over Qt's list of widgets (QApplication.allWidgets()). A collection in
    the middle (automatic, where no GuiThreadCollector runs: tests, tools) can delete a widget that is garbage in
    a reference cycle, and with it its children, which the list still holds: the loop then touches freed memory
    (a segfault seen in a palette switch under two test workers). With the collector running it is off anyway."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class GuiThreadCollector(QObject):
    """Made on the GUI thread: turns automatic collection off and collects on its timer until `stop()`."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(collect_due)
        self._timer.start()

    def settle(self) -> None:
        """What exists now is kept for the life of the window (the start-up's modules, the session, the pages):
        moved out of the collector's sight (gc.freeze), so no later collection walks it again. Its young garbage is
        collected first; a cycle that is garbage among the older objects is then kept, never freed on a thread."""
        gc.collect(1)
        gc.freeze()
        _LongLived.total = _LongLived.pending = 0  # the oldest generation is empty now

    def stop(self) -> None:
        """The window is gone and its threads joined: Python collects as usual again."""
        self._timer.stop()
        gc.unfreeze()  # back in the collector's sight: what the window held is freed as it goes
        if self._was_enabled:
            gc.enable()
