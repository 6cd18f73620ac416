"""Notifications due (Schedule para 26(a)) shown on the bridge as cautions, each with its due date (issue 13).

The list comes from store/notifications.notifications_due, the same function the season report uses; this only
turns it into alert-manager conditions and keeps them current: at start, every few minutes (a day or a week
ends while the bridge runs) and when the caller says the records changed (a catch saved, settings saved).

Reading them goes through every catch of the season (~0.25 s on a 200-day season): given the logbook's path, the
read runs off the GUI thread on a connection of its own and the cautions follow when it is done (issue 14).
A read that fails is said on the bridge as a warning, never passed over: no caution would look like none due.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from whalelog_gui.alerts.model import AlertCategory
from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.ui.database_job import SEASON_READ_MODULES, DatabaseJobs

log = logging.getLogger("whalelog.app")

KEY_PREFIX = "notification-due:"
UNREAD_KEY = "notifications-unread"  # the warning while the notifications due cannot be read
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
        db_path: str | Path | None = None,
    ):
        """alerts: the AlertManager; settings(): the AppSettings in force (the ship's time zone and operation);
        today(tz): the ship's date now (a test passes its own); db_path: the logbook's file, to read it in the
        background (None: read on `db`, at once)."""
        super().__init__(parent)
        self.alerts, self.db, self.settings = alerts, db, settings
        self.jobs = DatabaseJobs(db_path, self) if db_path is not None else None
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
        if self.jobs is not None:
            self.jobs.drop_waiting_reads()  # not begun: never will
            self.jobs.wait()  # a read under way ends on its own connection before the logbook is closed

    def refresh(self) -> list[dict] | None:
        """Raise a caution for each notification due, clear those no longer due. Read at once, it returns what
        is due (None when it could not be read); in the background, None, and the cautions follow."""
        settings = self.settings()
        tz = settings.ship_tz()
        read = functools.partial(_due, tz=tz, today=self.today(tz), operation=settings.operation)
        if self.jobs is not None:
            self.jobs.run(read, self._show, self._unread, needs=SEASON_READ_MODULES)
            return None
        try:
            due = read(self.db)
        except Exception as exc:  # a store fault must not stop the bridge; it is said as a warning
            self._unread(exc)
            return None
        self._show(due)
        return due

    def _show(self, due: list[dict]) -> None:
        self.alerts.clear_condition(UNREAD_KEY)
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

    def _unread(self, exc: Exception) -> None:
        log.error("notifications due could not be read", exc_info=exc)
        self.alerts.raise_condition(
            UNREAD_KEY,
            AlertCategory.WARNING,
            Message(QT_TRANSLATE_NOOP("Alerts", "Para 26(a) notifications due could not be read")),
            f"{type(exc).__name__}: {exc}",
        )


def _due(db, *, tz, today, operation) -> list[dict]:
    from whalelog_gui.store.notifications import notifications_due
    from whalelog_gui.store.vessel import load_vessel

    return notifications_due(db, tz, today, daily=load_vessel(db).daily_notification, operation=operation)
