"""Python's cyclic garbage collector, run on the GUI thread only, while the window runs.

CPython collects whenever allocations pass a threshold, on whichever thread happens to be allocating. WhaleLog
allocates on several threads (the start-up preload, the store writer, the database jobs, the GPS reader, the
integrity check). A Qt object that is garbage in a reference cycle (a closed dialog, a lambda connected to its
own widget) is then destroyed on that thread, and Qt crashes: seen as a segfault when a finished walkthrough's
widgets were freed by the preload thread's imports. So automatic collection is off while the window runs, and a
timer on the GUI thread collects by the thresholds Python itself uses.
"""

from __future__ import annotations

import contextlib
import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 100  # how often the GUI thread looks: a young-generation collection takes well under a millisecond


def collect_due() -> int | None:
    """Collect the generation CPython would collect now (its counts against its thresholds); which one, or None."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] <= thresholds[0]:
        return None
    generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
    gc.collect(generation)
    return generation


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

    def stop(self) -> None:
        """The window is gone and its threads joined: Python collects as usual again."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
