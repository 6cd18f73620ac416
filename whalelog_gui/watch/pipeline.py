"""Watch: every fix -> ZoneMonitor -> AlertManager -> track; every alert change -> listeners, then the store.

Not thread-safe: feed it from one thread (the GUI thread through the signal adapter, or the reader thread
headless) and call tick() about once a second so silenced alarms sound again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from whalelog_gui.alerts.model import Alert, AlertCategory
from whalelog_gui.nav.format import format_cog, format_position, format_sog

fix_log = logging.getLogger("whalelog.nav")
alert_log = logging.getLogger("whalelog.alerts")

DEFAULT_OFFICER = "Officer of the watch"  # who acknowledged, when nobody has said who keeps the watch
FIX_LOG_EVERY_S = 10.0  # a fix line every 10 s (not 10 per second) keeps the rotating log useful

ChangeListener = Callable[[Alert, str], None]
ActiveListener = Callable[[list[Alert]], None]


class Watch:
    def __init__(
        self,
        monitor,
        alerts,
        *,
        record_fix: Callable | None = None,
        record_change: Callable | None = None,
        officer: Callable[[], str] = lambda: DEFAULT_OFFICER,
    ):
        """record_fix(fix, alarm_active) and record_change(alert, change, who) store; they may queue the write."""
        self.monitor = monitor
        self.alerts = alerts
        self.officer = officer
        self._record_fix = record_fix
        self._record_change = record_change
        self._change_listeners: list[ChangeListener] = []
        self._active_listeners: list[ActiveListener] = []
        self.last_picture = None
        self.fixes_processed = 0
        self._last_fix_log = float("-inf")
        self._last_fix_valid: bool | None = None
        self._showing_alerts = False
        alerts.subscribe(self._on_alert_change)

    def on_change(self, listener: ChangeListener) -> None:
        """listener(alert, change) for every alert state change, before the change is stored."""
        self._change_listeners.append(listener)

    def on_active(self, listener: ActiveListener) -> None:
        """listener(active alerts) after every change, and after every fix while any alert is shown."""
        self._active_listeners.append(listener)

    # --- inputs -------------------------------------------------------------------------------------------
    def on_fix(self, fix) -> None:
        """Every fix, in order."""
        self.fixes_processed += 1
        self._log_fix(fix)
        if fix.valid and fix.has_position:
            self.alerts.update_position(fix)  # DR and jump cautions (issue 12); never instead of the area alarms
            self.last_picture = self.monitor.update(fix)
            self.alerts.update_zones(self.last_picture, fix)
            # distance/ETA refreshes are not alert changes, so the bar is refreshed per fix while alerts are up
            if self._showing_alerts:
                self._publish_active()
        if self._record_fix is not None:
            alarm = any(a.category is AlertCategory.ALARM for a in self.alerts.active())
            self._record_fix(fix, alarm)

    def on_status(self, status) -> None:
        self.alerts.update_source(status)

    def acknowledge(self, alert_id: str) -> None:
        self.alerts.acknowledge(alert_id, self.officer())

    def silence(self, alert_id: str) -> None:
        self.alerts.silence(alert_id)

    def tick(self) -> None:
        self.alerts.tick()

    # --- outputs ------------------------------------------------------------------------------------------
    def _log_fix(self, fix) -> None:
        now = time.monotonic()
        if fix.valid == self._last_fix_valid and now - self._last_fix_log < FIX_LOG_EVERY_S:
            return
        self._last_fix_log, self._last_fix_valid = now, fix.valid
        when = fix.time.isoformat() if fix.time else (fix.time_of_day.isoformat() if fix.time_of_day else "-")
        fix_log.info(
            "fix %s %s %s SOG %s COG %s (%s)",
            "valid" if fix.valid else "invalid",
            when,
            format_position(fix.lat, fix.lon),
            format_sog(fix.sog_kn),
            format_cog(fix.cog_deg),
            fix.source,
        )

    def _on_alert_change(self, alert: Alert, change: str) -> None:
        alert_log.info(
            "alert %s %s %s %s%s",
            change,
            alert.category.label.lower(),
            alert.key,
            alert.title,
            f" by {alert.acknowledged_by}" if alert.acknowledged_by else "",
        )
        # the bar first, the store after: a slow disk must not delay the alarm on screen
        for listener in list(self._change_listeners):
            listener(alert, change)
        self._publish_active()
        if self._record_change is not None:
            try:
                who = alert.acknowledged_by if change == "acknowledged" else None  # who did this change
                self._record_change(alert, change, who)
            except Exception:  # the alert must still show even if the log write fails
                alert_log.exception("alert history write failed for %s", alert.id)

    def _publish_active(self) -> None:
        active = list(self.alerts.active())
        self._showing_alerts = bool(active)
        for listener in list(self._active_listeners):
            listener(active)
