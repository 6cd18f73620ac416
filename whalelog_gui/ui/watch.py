"""The bridge watch on the GUI thread: every fix -> ZoneMonitor -> AlertManager -> track; alert changes -> store.

All core objects live on the GUI thread (the reader only hands over fixes through NavBridge), so the
alert manager needs no locks and its tick can be driven by a QTimer.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from whalelog_gui.alerts.model import AlertCategory
from whalelog_gui.nav.format import format_cog, format_position, format_sog

fix_log = logging.getLogger("whalelog.nav")
alert_log = logging.getLogger("whalelog.alerts")

FIX_LOG_EVERY_S = 10.0  # a fix line every 10 s (not 10 per second) keeps the rotating log useful
TICK_MS = 1000  # drives the 30 s silence timeout


class BridgeWatch(QObject):
    alerts_changed = Signal(object)  # list[Alert]: the active alerts after any change
    alert_changed = Signal(object, object)  # Alert, change (as the AlertManager reported it)

    def __init__(
        self,
        monitor,
        alerts,
        *,
        record_fix: Callable | None = None,
        record_change: Callable | None = None,
        officer: Callable[[], str] = lambda: "Officer of the watch",
        parent: QObject | None = None,
    ):
        """record_fix(fix, alarm_active) and record_change(alert, change, who) store; they may queue the write."""
        super().__init__(parent)
        self.monitor = monitor
        self.alerts = alerts
        self.officer = officer
        self._record_fix = record_fix
        self._record_change = record_change
        self.last_picture = None
        self.fixes_processed = 0
        self._last_fix_log = float("-inf")
        self._last_fix_valid: bool | None = None
        self._showing_alerts = False
        alerts.subscribe(self._on_alert_change)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.tick)
        self._tick.start()

    @Slot(object)
    def on_fix(self, fix) -> None:
        """Every fix, in order (NavBridge.fix_received)."""
        self.fixes_processed += 1
        self._log_fix(fix)
        if fix.valid and fix.has_position:
            self.alerts.update_position(fix)  # DR and jump cautions; never instead of the area alarms below
            self.last_picture = self.monitor.update(fix)
            self.alerts.update_zones(self.last_picture, fix)
            # distance/ETA refreshes are not alert changes, so the bar is refreshed per fix while alerts are up
            if self._showing_alerts:
                self._publish_active()
        if self._record_fix is not None:
            alarm = any(a.category is AlertCategory.ALARM for a in self.alerts.active())
            self._record_fix(fix, alarm)

    @Slot(object)
    def on_status(self, status) -> None:
        self.alerts.update_source(status)

    def acknowledge(self, alert_id: str) -> None:
        self.alerts.acknowledge(alert_id, self.officer())

    def silence(self, alert_id: str) -> None:
        self.alerts.silence(alert_id)

    @Slot()
    def tick(self) -> None:
        self.alerts.tick()

    def stop(self) -> None:
        self._tick.stop()

    def _log_fix(self, fix) -> None:
        now = time.monotonic()
        if fix.valid == self._last_fix_valid and now - self._last_fix_log < FIX_LOG_EVERY_S:
            return
        self._last_fix_log, self._last_fix_valid = now, fix.valid
        when = fix.time.isoformat() if fix.time else (fix.time_of_day.isoformat() if fix.time_of_day else "-")
        fix_log.info(
            "fix %s %s %s SOG %s COG %s (%s)",
            "valid" if fix.valid else "invalid", when, format_position(fix.lat, fix.lon),
            format_sog(fix.sog_kn), format_cog(fix.cog_deg), fix.source,
        )

    def _on_alert_change(self, alert, change) -> None:
        change_name = getattr(change, "value", change)
        alert_log.info(
            "alert %s %s %s %s%s", change_name, alert.category.label.lower(), alert.key, alert.title,
            f" by {alert.acknowledged_by}" if alert.acknowledged_by else "",
        )
        # the bar first, the store after: a slow disk must not delay the alarm on screen
        self.alert_changed.emit(alert, change)
        self._publish_active()
        if self._record_change is not None:
            try:
                who = alert.acknowledged_by if change_name == "acknowledged" else None  # who did this change
                self._record_change(alert, str(change_name), who)
            except Exception:  # the alert must still show even if the log write fails
                alert_log.exception("alert history write failed for %s", alert.id)

    def _publish_active(self) -> None:
        active = list(self.alerts.active())
        self._showing_alerts = bool(active)
        self.alerts_changed.emit(active)
