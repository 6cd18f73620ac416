"""The `current_fix` the logbook page asks for: the latest fix from the NavBridge and how long ago it arrived.

The age is measured on the monotonic clock from arrival on the GUI thread, so a receiver that falls silent
makes its last fix age past the 10 s limit (records/events.py MAX_FIX_AGE) even if the computer clock jumps.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from whalelog_gui.nav.fix import Fix


class LatestFix(QObject):
    def __init__(self, fix_signal, monotonic: Callable[[], float] = time.monotonic, parent: QObject | None = None):
        """fix_signal: NavBridge.fix_received (every fix, on the GUI thread)."""
        super().__init__(parent)
        self._monotonic = monotonic
        self._fix: Fix | None = None
        self._arrived: float | None = None
        fix_signal.connect(self.on_fix)

    @Slot(object)
    def on_fix(self, fix: Fix) -> None:
        self._fix, self._arrived = fix, self._monotonic()

    def __call__(self) -> tuple[Fix | None, float | None]:
        if self._fix is None:
            return None, None
        return self._fix, max(0.0, self._monotonic() - self._arrived)
