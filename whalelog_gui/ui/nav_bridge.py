"""The only way the GPS reader thread reaches the GUI: Qt signals queued to the GUI thread.

Two fix signals on purpose: `fix_received` carries every fix in order (zones, alerts and the track must
see each one), `fix_display` carries only the newest fix once per event-loop turn, so drawing never falls
behind at 10 Hz when the GUI is briefly busy.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot


class NavBridge(QObject):
    fix_received = Signal(object)  # Fix: every fix, in stream order, on the GUI thread
    fix_display = Signal(object)  # Fix: the latest fix only, coalesced per GUI event-loop turn
    status_changed = Signal(object)  # SourceStatus, on the GUI thread

    _fix_from_reader = Signal(object)
    _display_wanted = Signal()
    _status_from_reader = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lock = threading.Lock()
        self._latest = None
        self._display_pending = False
        self.fixes_delivered = 0
        self.frames_drawn = 0
        # Explicitly queued: the public signals are then always emitted on this object's (GUI) thread.
        self._fix_from_reader.connect(self._deliver_fix, Qt.ConnectionType.QueuedConnection)
        self._display_wanted.connect(self._deliver_display, Qt.ConnectionType.QueuedConnection)
        self._status_from_reader.connect(self._deliver_status, Qt.ConnectionType.QueuedConnection)

    # --- reader-thread side: pass these as NavReader(on_fix=..., on_status=...) ---------------------
    def on_fix(self, fix) -> None:
        with self._lock:
            self._latest = fix
            post_display = not self._display_pending
            self._display_pending = True
        self._fix_from_reader.emit(fix)
        if post_display:
            self._display_wanted.emit()

    def on_status(self, status) -> None:
        self._status_from_reader.emit(status)

    # --- GUI-thread side ---------------------------------------------------------------------------
    @Slot(object)
    def _deliver_fix(self, fix) -> None:
        self.fixes_delivered += 1
        self.fix_received.emit(fix)

    @Slot()
    def _deliver_display(self) -> None:
        with self._lock:
            fix = self._latest
            self._display_pending = False
        self.frames_drawn += 1
        self.fix_display.emit(fix)

    @Slot(object)
    def _deliver_status(self, status) -> None:
        self.status_changed.emit(status)
