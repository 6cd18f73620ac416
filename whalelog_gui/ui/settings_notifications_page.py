"""Settings → Catch-limit notices: what the Secretary to the IWC has notified to the master under Schedule para 26
(daily notification at 85 % of a limit, the para 26(b) closure date). Part of the regulatory regime, so kept in
the logbook database where the command line and a copied logbook read the same."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.vessel import VesselRegime
from whalelog_gui.ui.settings_page import SettingsPage, field_row


class NotificationsPage(SettingsPage):
    """What the authority told the master about catch limits (Schedule para 26): the logbook keeps it."""

    title = QT_TRANSLATE_NOOP("SettingsPages", "Catch-limit notices")
    intro = QT_TRANSLATE_NOOP(
        "SettingsPages",
        "What the Secretary to the IWC has notified to the master (Schedule "
        "para 26). Kept in the logbook, so the command line and a copied logbook read the same.",
    )

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.daily_notification = QCheckBox()
        self.tr_bind(
            self.daily_notification.setText,
            QT_TRANSLATE_NOOP("SettingsPages", "85 % of a catch limit reached: notify daily"),
        )
        self.daily_notification.setObjectName("daily_notification")
        self._add(
            "daily_notification",
            QT_TRANSLATE_NOOP("SettingsPages", "Para 26(&a)"),
            self.daily_notification,
            QT_TRANSLATE_NOOP(
                "SettingsPages",
                "Once the Secretary says 85 % of a limit is reached, the baleen "
                "whales taken south of 40°S are notified at the end of each day instead of "
                "weekly.",
            ),
        )
        closure_box, row = field_row()
        self.closure_set = QCheckBox()
        self.tr_bind(self.closure_set.setText, QT_TRANSLATE_NOOP("SettingsPages", "notified"))
        self.closure_set.setObjectName("closure_set")
        self.closure_date = QDateEdit()
        self.closure_date.setObjectName("closure_date")
        self.closure_date.setCalendarPopup(True)
        self.closure_date.setDisplayFormat("yyyy-MM-dd")
        self.closure_date.setEnabled(False)
        self.closure_set.toggled.connect(self.closure_date.setEnabled)
        row.addWidget(self.closure_set)
        row.addWidget(self.closure_date, 1)
        self._add(
            "closure_date",
            QT_TRANSLATE_NOOP("SettingsPages", "Para 26(&b) closure date"),
            closure_box,
            QT_TRANSLATE_NOOP(
                "SettingsPages",
                "The date notified to the master: after its midnight, baleen "
                "whales (except minke) taken south of 40°S by a factory ship or its catchers are "
                "flagged. Leave unticked if none was notified.",
            ),
            focus=self.closure_set,
        )

    def load(self, settings: AppSettings) -> None:
        pass  # nothing here is a per-user setting

    def values(self) -> dict:
        return {}

    def load_vessel(self, vessel: VesselRegime) -> None:
        self.daily_notification.setChecked(vessel.daily_notification)
        self.closure_set.setChecked(vessel.closure_date is not None)
        when = vessel.closure_date or date.today()
        self.closure_date.setDate(QDate(when.year, when.month, when.day))

    def vessel_values(self) -> dict:
        picked = self.closure_date.date()
        closure = date(picked.year(), picked.month(), picked.day()) if self.closure_set.isChecked() else None
        return {"daily_notification": self.daily_notification.isChecked(), "closure_date": closure}
