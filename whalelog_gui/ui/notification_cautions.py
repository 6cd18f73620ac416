"""Notifications due (Schedule para 26(a)) shown on the bridge as cautions, each with its due date (issue 13).

The list comes from store/notifications.notifications_due, the same function the season report uses; this only
turns it into alert-manager conditions and keeps them current: at start, every few minutes (a day or a week
ends while the bridge runs) and when the caller says the records changed (a catch saved, settings saved).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import QObject, QTimer

from whalelog_gui.alerts.model import AlertCategory
from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger("whalelog.app")

KEY_PREFIX = "notification-due:"
REFRESH_MS = 5 * 60 * 1000


def condition_key(item: dict) -> str:
    return KEY_PREFIX + (item.get("week") or item.get("date") or "") + ":" + item.get("kind", "")


class NotificationCautions(QObject):
    def __init__(
        self,
        alerts,
        db,
        settings: Callable[[], object],
        parent: QObject | None = None,
        *,
        today: Callable[[object], object] | None = None,
    ):
        """alerts: the AlertManager; settings(): the AppSettings in force (the ship's time zone and operation);
        today(tz): the ship's date now (a test passes its own)."""
        super().__init__(parent)
        self.alerts, self.db, self.settings = alerts, db, settings
        self.today = today or (lambda tz: datetime.now(timezone.utc).astimezone(tz).date())
        self.shown: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> list[dict]:
        """Raise a caution for each notification due, clear those no longer due; returns what is due."""
        from whalelog_gui.store.notifications import notifications_due
        from whalelog_gui.store.vessel import load_vessel

        settings = self.settings()
        tz = settings.ship_tz()
        try:
            due = notifications_due(
                self.db, tz, self.today(tz), daily=load_vessel(self.db).daily_notification, operation=settings.operation
            )
        except Exception:  # a store fault must not stop the bridge; the storage alarm says what failed
            log.exception("notifications due could not be read")
            return []
        keys = set()
        for item in due:
            key = condition_key(item)
            keys.add(key)
            self.alerts.raise_condition(
                key,
                AlertCategory.CAUTION,
                item["message"],
                Message(
                    QT_TRANSLATE_NOOP(
                        "Alerts",
                        "Schedule para {paragraph}; due {due} (ship's date). The Reports page prints and saves it.",
                    ),
                    paragraph=item["paragraph"],
                    due=item["due"],
                ),
            )
        for key in self.shown - keys:
            self.alerts.clear_condition(key)
        self.shown = keys
        return due
