"""Settings → Vessel and operation: the vessel's name, how it is whaling, its fleet, the ship's time zone and its flag
State. These define the regulatory regime (Schedule paras 7 and 8; ICRW Article IX for the flag State), so they are
saved to the logbook database, not to per-user settings."""

from __future__ import annotations

import zoneinfo

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.operations import OPERATION_LABELS
from whalelog_gui.records.flag_state import FlagStateError, check_flag_state, state_name
from whalelog_gui.settings import AppSettings, split_names
from whalelog_gui.store.vessel import VesselRegime
from whalelog_gui.ui.i18n import translate
from whalelog_gui.ui.locale_display import local_country
from whalelog_gui.ui.settings_page import SettingsPage, field_row, names_edit, retranslate_items

WHOLE_HOUR_ZONES = ["UTC"] + [f"UTC{h:+d}" for h in range(-12, 15) if h]


class VesselPage(SettingsPage):
    title = QT_TRANSLATE_NOOP("SettingsPages", "Vessel and operation")
    intro = QT_TRANSLATE_NOOP(
        "SettingsPages", "The vessel and how it is whaling decide which regulated areas apply (Schedule paras 7 and 8)."
    )

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vessel_name = QLineEdit()
        self.tr_bind(self.vessel_name.setPlaceholderText, QT_TRANSLATE_NOOP("SettingsPages", "e.g. Kyo Maru No. 1"))
        self._add("vessel_name", QT_TRANSLATE_NOOP("SettingsPages", "&Vessel name"), self.vessel_name)
        self.operation = QComboBox()
        for key, label in OPERATION_LABELS.items():
            self.operation.addItem(label, key)
        #: Schedule para 8: "factory ship" and "catcher" as in the glossary
        self._add(
            "operation",
            QT_TRANSLATE_NOOP("SettingsPages", "&Operation"),
            self.operation,
            QT_TRANSLATE_NOOP(
                "SettingsPages",
                "Sanctuaries apply to all commercial whaling; the para 8 areas to factory ships and their catchers.",
            ),
        )
        self.catcher_names = names_edit(self, QT_TRANSLATE_NOOP("SettingsPages", "one catcher per line"))
        self._add(
            "catcher_names",
            QT_TRANSLATE_NOOP("SettingsPages", "&Catchers of the fleet"),
            self.catcher_names,
            QT_TRANSLATE_NOOP(
                "SettingsPages",
                "For a factory ship: its catchers. For a catcher: the factory ship first, then the other catchers.",
            ),
        )
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(WHOLE_HOUR_ZONES + sorted(zoneinfo.available_timezones()))
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._add(
            "time_zone",
            QT_TRANSLATE_NOOP("SettingsPages", "Ship's &time zone"),
            self.time_zone,
            QT_TRANSLATE_NOOP(
                "SettingsPages",
                "An offset such as UTC+12 or a zone name such as Pacific/Auckland. Records are kept in UTC.",
            ),
        )
        flag_box, flag_row = field_row()
        self.flag_state = QLineEdit()
        self.flag_state.setObjectName("flag_state")
        self.tr_bind(self.flag_state.setPlaceholderText, QT_TRANSLATE_NOOP("SettingsPages", "e.g. NO"))
        self.flag_state.setMaxLength(2)
        self.flag_state.setMaximumWidth(self.flag_state.fontMetrics().horizontalAdvance("MMMM") + 16)
        self.flag_state_name = QLabel()  # the country, so a wrong code is seen before it is saved
        self.flag_state_name.setObjectName("flag_state_name")
        flag_row.addWidget(self.flag_state)
        flag_row.addWidget(self.flag_state_name, 1)
        self.flag_state.textChanged.connect(self._show_state_name)
        #: the flag State of the vessel (ICRW Article IX); Schedule footnotes name who is bound
        self._add(
            "flag_state",
            QT_TRANSLATE_NOOP("SettingsPages", "&Flag State"),
            flag_box,
            QT_TRANSLATE_NOOP(
                "SettingsPages",
                "ISO 3166-1 alpha-2 code. The Schedule footnotes say which "
                "paragraphs bind it (objections, reservations); a rule that does not bind it is "
                "shown as information.",
            ),
            focus=self.flag_state,
        )
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "operation"):
            retranslate_items(self.operation, OPERATION_LABELS)
        if hasattr(self, "flag_state_name"):
            self._show_state_name(self.flag_state.text())

    def _show_state_name(self, text: str) -> None:
        code = text.strip().upper()
        if not code:
            self.flag_state_name.setText(translate("SettingsPages", "not set: every rule is treated as binding"))
            return
        try:
            self.flag_state_name.setText(local_country(state_name(check_flag_state(code))))
        except FlagStateError:
            self.flag_state_name.setText(
                translate("SettingsPages", "not an ISO 3166-1 alpha-2 code") if len(code) == 2 else ""
            )

    def load_vessel(self, vessel: VesselRegime) -> None:
        self.flag_state.setText(vessel.flag_state or "")
        self._show_state_name(self.flag_state.text())

    def vessel_values(self) -> dict:
        code = self.flag_state.text().strip().upper()
        return {"flag_state": code or None}

    def load(self, settings: AppSettings) -> None:
        self.vessel_name.setText(settings.vessel_name)
        self.operation.setCurrentIndex(max(0, self.operation.findData(settings.operation)))
        self.catcher_names.setPlainText("\n".join(settings.catcher_names))
        self.time_zone.setCurrentText(settings.time_zone)

    def values(self) -> dict:
        return {
            "vessel_name": self.vessel_name.text().strip(),
            "operation": self.operation.currentData(),
            "catcher_names": split_names(self.catcher_names.toPlainText()),
            "time_zone": self.time_zone.currentText().strip(),
        }
