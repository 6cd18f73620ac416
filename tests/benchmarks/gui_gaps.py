"""How long the GUI thread stalls: the gaps between ticks of a 5 ms QTimer while something else runs."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QTimer


def timer_gaps(
    qtbot, *, seconds: float | None = None, until: Callable[[], bool] | None = None, timeout_ms: int = 30_000
) -> list[float]:
    """Milliseconds between consecutive ticks, for `seconds` or until `until()` is true."""
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick():
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    if until is None:
        deadline = time.perf_counter() + (seconds or 0.0)
        until = lambda: time.perf_counter() >= deadline  # noqa: E731
    qtbot.waitUntil(until, timeout=timeout_ms)
    timer.stop()
    return gaps
