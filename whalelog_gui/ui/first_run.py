"""First-run walkthrough: vessel, operation, time zone, people, GPS port (with a live test), units, look-ahead.

Each page refuses to go on while one of its fields is wrong and says why at that field. Nothing is saved
until Finish, so quitting half-way leaves no half-set installation: the walkthrough simply comes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget, QWizard, QWizardPage

from whalelog_gui.operations import OPERATION_LABELS
from whalelog_gui.settings import UNITS, AppSettings
from whalelog_gui.ui.settings_store import load_settings, needs_first_run, save_settings

if TYPE_CHECKING:  # the settings pages (and the store modules behind them) load only when the walkthrough opens
    from whalelog_gui.ui.settings_gps_page import GpsPage
    from whalelog_gui.ui.settings_pages import SettingsPage

WELCOME = (
    "WhaleLog keeps the Schedule Appendix A logbook and catch records, and warns the bridge before and when the "
    "vessel is in a sanctuary (Schedule para 7) or an area closed to factory ships (para 8).\n\n"
    "These few steps set it up for this vessel. It works without internet; every record is kept in UTC and shown "
    "in ship's time as well. Everything here can be changed later under Settings."
)


class _FieldsPage(QWizardPage):
    """Wraps a SettingsPage; Next is refused while any of its own fields is invalid."""

    def __init__(self, wizard: FirstRunWizard, fields: SettingsPage):
        super().__init__()
        self._wizard = wizard
        self.fields = fields
        self.setTitle(fields.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(fields)

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        errors = self._wizard.edited_settings().errors()
        mine = {name: message for name, message in errors.items() if name in self.fields.fields}
        self.fields.show_errors(mine)
        return not mine


class _SummaryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle("Ready")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        s = self._wizard.edited_settings()
        rows = [
            ("Vessel", s.vessel_name),
            ("Operation", OPERATION_LABELS.get(s.operation, s.operation)),
            ("Catchers", ", ".join(s.catcher_names) or "—"),
            ("Ship's time", s.time_zone),
            ("Crew", ", ".join(s.crew_names) or "—"),
            ("Inspectors", ", ".join(s.inspector_names) or "—"),
            ("GPS", _gps_summary(s.gps_port, s.baud)),
            ("Units", UNITS.get(s.units, s.units)),
            ("Look-ahead", f"{s.lookahead_min:g} min"),
        ]
        self.summary.setText("\n".join(f"{label}: {value}" for label, value in rows) + "\n\nPress Finish to save.")


def _gps_summary(port: str, baud: int) -> str:
    if not port:
        return "none yet (simulated or later)"
    if port.startswith(("udp://", "gpsd://")):
        return f"{port} (network)"
    return f"{port} at {baud} baud"


class FirstRunWizard(QWizard):
    def __init__(self, settings: AppSettings | None = None, store: QSettings | None = None,
                 parent: QWidget | None = None, *, port_lister=None, reader_factory=None):
        super().__init__(parent)
        self.setWindowTitle("Set up WhaleLog")
        # Classic style draws with the application palette; the modern style's white banner would glare at night.
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.settings = settings or AppSettings()
        self._store = store
        welcome = QWizardPage()
        welcome.setTitle("Welcome to WhaleLog")
        text = QLabel(WELCOME)
        text.setWordWrap(True)
        QVBoxLayout(welcome).addWidget(text)
        self.addPage(welcome)
        from whalelog_gui.ui.settings_dialog import build_pages

        self.field_pages = build_pages(port_lister, reader_factory)
        self.wizard_pages: list[_FieldsPage] = []
        for fields in self.field_pages:
            fields.load(self.settings)
            page = _FieldsPage(self, fields)
            self.wizard_pages.append(page)
            self.addPage(page)
        self.addPage(_SummaryPage(self))
        self.resize(760, 600)
        # Cancel (button, Escape, the window's close button) asks first: it quits WhaleLog (issue 15)
        self.confirm_cancel = ask_before_cancel  # (wizard) -> bool; a test passes its own answer
        cancel = self.button(QWizard.WizardButton.CancelButton)
        cancel.clicked.disconnect()
        cancel.clicked.connect(self.request_cancel)

    def request_cancel(self) -> bool:
        """Cancel after a question; True if the walkthrough was cancelled."""
        if not self.confirm_cancel(self):
            return False
        self.reject()
        return True

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.request_cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        if event.spontaneous() and self.isVisible() and not self.confirm_cancel(self):
            event.ignore()
            return
        super().closeEvent(event)

    @property
    def gps_page(self) -> GpsPage:
        from whalelog_gui.ui.settings_gps_page import GpsPage

        return next(p for p in self.field_pages if isinstance(p, GpsPage))

    def edited_settings(self) -> AppSettings:
        from whalelog_gui.ui.settings_dialog import settings_from_pages

        return settings_from_pages(self.settings, self.field_pages)

    def accept(self) -> None:
        candidate = self.edited_settings()
        errors = candidate.errors()
        if errors:  # every page validated, so only a cross-page rule can land here; show it on its page
            for page in self.wizard_pages:
                if page.fields.show_errors(errors):
                    while self.currentPage() is not page and self.currentId() != self.startId():
                        self.back()
                    return
        try:
            save_settings(candidate, self._store)
        except OSError as exc:
            QMessageBox.critical(self, "Settings not saved", str(exc))
            return
        self.settings = candidate
        super().accept()

    def done(self, result: int) -> None:
        self.gps_page.port_test.stop()
        super().done(result)


def ask_before_cancel(wizard: QWidget) -> bool:
    answer = QMessageBox.question(
        wizard, "Quit set-up?",
        "Cancel the set-up? Nothing is saved and WhaleLog closes; the set-up starts again next time.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def settings_for_start(store: QSettings | None = None, *, interactive: bool = True,
                       parent: QWidget | None = None) -> AppSettings | None:
    """The settings to start the app with: stored ones, after the walkthrough on first run if interactive.

    Returns None when the user cancelled the walkthrough (the app should then quit: nothing was saved).
    Non-interactive starts (--demo, --exit-after, tests) never block on the walkthrough.
    """
    if interactive and needs_first_run(store):
        wizard = FirstRunWizard(load_settings(store), store, parent)
        if wizard.exec() != QWizard.DialogCode.Accepted:
            return None
        return wizard.settings
    return load_settings(store)
