"""The bridge watch's Qt face: a thin signal adapter over the core Watch (watch/pipeline.py).

All core objects live on the GUI thread (the reader only hands over fixes through NavBridge), so the
alert manager needs no locks and its tick can be driven by a QTimer.
"""

from __future__ import annotations


from PySide6.QtCore import QObject, QTimer, Signal, Slot

from whalelog_gui.watch.pipeline import Watch

TICK_MS = 1000  # drives the 30 s silence timeout


class BridgeWatch(QObject):
    alerts_changed = Signal(object)  # list[Alert]: the active alerts after any change
    alert_changed = Signal(object, object)  # Alert, change (as the AlertManager reported it)

    def __init__(self, monitor, alerts, *, parent: QObject | None = None, **options):
        """options: the core Watch's (record_fix, record_change, officer), passed through unchanged."""
        super().__init__(parent)
        self.core = Watch(monitor, alerts, **options)
        self.core.on_change(self.alert_changed.emit)
        self.core.on_active(self.alerts_changed.emit)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.tick)
        self._tick.start()

    @property
    def monitor(self):
        return self.core.monitor

    @property
    def alerts(self):
        return self.core.alerts

    @property
    def last_picture(self):
        return self.core.last_picture

    @property
    def fixes_processed(self) -> int:
        return self.core.fixes_processed

    @Slot(object)
    def on_fix(self, fix) -> None:
        """Every fix, in order (NavBridge.fix_received)."""
        self.core.on_fix(fix)

    @Slot(object)
    def on_status(self, status) -> None:
        self.core.on_status(status)

    @Slot(str)
    def acknowledge(self, alert_id: str) -> None:
        self.core.acknowledge(alert_id)

    @Slot(str)
    def silence(self, alert_id: str) -> None:
        self.core.silence(alert_id)

    @Slot()
    def tick(self) -> None:
        self.core.tick()

    def stop(self) -> None:
        self._tick.stop()
