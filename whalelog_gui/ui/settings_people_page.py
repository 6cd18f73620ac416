"""Settings → Crew and inspectors: the names offered when a record is signed or an alert acknowledged (Schedule
para 21 for the inspectors on board). Per-user settings, changeable at any time."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.settings import AppSettings, split_names
from whalelog_gui.ui.settings_page import SettingsPage, names_edit


class PeoplePage(SettingsPage):
    title = QT_TRANSLATE_NOOP("SettingsPages", "Crew and inspectors")
    intro = QT_TRANSLATE_NOOP(
        "SettingsPages",
        "Names offered when a record is signed or an alert acknowledged. They can be changed at any time.",
    )

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.crew_names = names_edit(self, QT_TRANSLATE_NOOP("SettingsPages", "one name per line"))
        self._add("crew_names", QT_TRANSLATE_NOOP("SettingsPages", "C&rew (officers)"), self.crew_names)
        self.inspector_names = names_edit(self, QT_TRANSLATE_NOOP("SettingsPages", "one name per line"))
        self._add(
            "inspector_names",
            QT_TRANSLATE_NOOP("SettingsPages", "&Inspectors"),
            self.inspector_names,
            QT_TRANSLATE_NOOP("SettingsPages", "Schedule para 21: inspectors on board."),
        )
        self.watch_officer = QLineEdit()
        self.tr_bind(self.watch_officer.setPlaceholderText, QT_TRANSLATE_NOOP("SettingsPages", "who is on watch now"))
        self._add("watch_officer", QT_TRANSLATE_NOOP("SettingsPages", "Officer of the &watch"), self.watch_officer)

    def load(self, settings: AppSettings) -> None:
        self.crew_names.setPlainText("\n".join(settings.crew_names))
        self.inspector_names.setPlainText("\n".join(settings.inspector_names))
        self.watch_officer.setText(settings.watch_officer)

    def values(self) -> dict:
        return {
            "crew_names": split_names(self.crew_names.toPlainText()),
            "inspector_names": split_names(self.inspector_names.toPlainText()),
            "watch_officer": self.watch_officer.text().strip(),
        }
