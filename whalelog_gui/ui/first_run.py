"""First-run walkthrough: vessel, operation, time zone, people, GPS port (with a live test), units, look-ahead.

Each page refuses to go on while one of its fields is wrong and says why at that field. Nothing is saved
until Finish, so quitting half-way leaves no half-set installation: the walkthrough simply comes back. The regime
(vessel, operation, catchers, time zone, flag State) is saved in the logbook the session will open, the rest in
per-user QSettings (issue 13).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QVBoxLayout, QWidget, QWizard, QWizardPage

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.operations import OPERATION_LABELS
from whalelog_gui.records.flag_state import state_name
from whalelog_gui.settings import UNITS, AppSettings, SettingsError
from whalelog_gui.store.regime_settings import all_errors, with_regime
from whalelog_gui.store.vessel import VesselRegime, load_vessel
from whalelog_gui.ui.error_boxes import SETTINGS_NOT_SAVED, show_error
from whalelog_gui.ui.i18n import Retranslating, tr_template, translate
from whalelog_gui.ui.screen_size import scrolling
from whalelog_gui.ui.settings_store import load_settings, needs_first_run, save_with_regime
from whalelog_gui.ui.screen_size import ask_size

if TYPE_CHECKING:  # the settings pages (and the store modules behind them) load only when the walkthrough opens
    from whalelog_gui.ui.settings_gps_page import GpsPage
    from whalelog_gui.ui.settings_page import SettingsPage

log = logging.getLogger("whalelog.settings")

WELCOME = QT_TRANSLATE_NOOP(
    "FirstRun",
    "WhaleLog keeps the Schedule Appendix A logbook and catch records, and warns the bridge before and when the "
    "vessel is in a sanctuary (Schedule para 7) or an area closed to factory ships (para 8).\n\n"
    "These few steps set it up for this vessel. It works without internet; every record is kept in UTC and shown "
    "in ship's time as well. Everything here can be changed later under Settings.",
)


class _FieldsPage(Retranslating, QWizardPage):
    """Wraps a SettingsPage; Next is refused while any of its own fields is invalid."""

    def __init__(self, wizard: FirstRunWizard, fields: SettingsPage):
        super().__init__()
        self._wizard = wizard
        self.fields = fields
        self.tr_bind(self.setTitle, fields.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(fields))  # scrolls on a 1024x600 screen at 150 %, as the settings tabs do

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        errors = self._wizard.all_errors()
        mine = {name: message for name, message in errors.items() if name in self.fields.fields}
        self.fields.show_errors(mine)
        return not mine


class _SummaryPage(Retranslating, QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self._wizard = wizard
        self.tr_bind(self.setTitle, QT_TRANSLATE_NOOP("FirstRun", "Ready"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        s, vessel = self._wizard.edited_settings(), self._wizard.edited_vessel()
        fleet = s.fleet()  # never the factory ship as a "catcher"
        rows = [
            (translate("FirstRun", "Vessel"), s.vessel_name),
            (
                translate("FirstRun", "Flag State"),
                f"{vessel.flag_state} ({state_name(vessel.flag_state)})" if vessel.flag_state else "—",
            ),
            (translate("FirstRun", "Operation"), tr_template(OPERATION_LABELS.get(s.operation, s.operation))),
            *(
                ((translate("FirstRun", "Factory ship"), fleet.factory_ship or "—"),)
                if s.operation == "factory-catcher"
                else ()
            ),
            (translate("FirstRun", "Catchers of the fleet"), ", ".join(fleet.catchers) or "—"),
            (translate("FirstRun", "Ship's time"), s.time_zone),
            (translate("FirstRun", "Crew"), ", ".join(s.crew_names) or "—"),
            (translate("FirstRun", "Inspectors"), ", ".join(s.inspector_names) or "—"),
            ("GPS", _gps_summary(s.gps_port, s.baud)),
            (translate("FirstRun", "Units"), tr_template(UNITS.get(s.units, s.units))),
            (
                translate("FirstRun", "Look-ahead"),
                translate("FirstRun", "{minutes} min").format(minutes=f"{s.lookahead_min:g}"),
            ),
        ]
        self.summary.setText(
            "\n".join(f"{label}: {value}" for label, value in rows)
            + "\n\n"
            + translate("FirstRun", "Press Finish to save.")
        )

    def retranslate(self) -> None:
        super().retranslate()
        if self.isVisible():
            self.initializePage()


def _gps_summary(port: str, baud: int) -> str:
    if not port:
        return translate("FirstRun", "none yet (simulated or later)")
    if port.startswith(("udp://", "gpsd://")):
        return translate("FirstRun", "{port} (network)").format(port=port)
    return translate("FirstRun", "{port} at {baud} baud").format(port=port, baud=baud)


class _WelcomePage(Retranslating, QWizardPage):
    """The welcome, and the language for the rest of the walkthrough (applied at once, issue 16)."""

    def __init__(self, wizard: FirstRunWizard, language_controller):
        super().__init__()
        self._wizard = wizard
        self.tr_bind(self.setTitle, QT_TRANSLATE_NOOP("FirstRun", "Welcome to WhaleLog"))
        text = QLabel()
        text.setWordWrap(True)
        self.tr_bind(text.setText, WELCOME)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        form = QFormLayout()
        from whalelog_gui.ui.settings_display_page import language_combo  # imported when shown: start-up stays quick

        self.language = language_combo()
        self.language.setCurrentIndex(max(0, self.language.findData(wizard.settings.language)))
        caption = QLabel()
        caption.setBuddy(self.language)
        self.tr_bind(caption.setText, QT_TRANSLATE_NOOP("FirstRun", "Lan&guage"))
        form.addRow(caption, self.language)
        layout.addLayout(form)
        layout.addStretch(1)
        self._language_controller = language_controller
        self.language.currentIndexChanged.connect(self._language_chosen)

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        from whalelog_gui.ui.settings_display_page import DisplayPage

        display = next(p for p in self._wizard.field_pages if isinstance(p, DisplayPage))
        display.language.setCurrentIndex(max(0, display.language.findData(code)))  # saved with the rest at Finish
        if self._language_controller is not None:
            from whalelog_gui.ui.i18n import system_language

            self._language_controller.apply(code or system_language(), remember=False)


class FirstRunWizard(Retranslating, QWizard):
    def __init__(
        self,
        settings: AppSettings | None = None,
        store: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        db,
        port_lister=None,
        reader_factory=None,
        language=None,
    ):
        """db: the logbook the session will open; the regime is read from and saved to it. language: the
        LanguageController, so the language picked on the first page applies at once."""
        super().__init__(parent)
        self.tr_bind(self.setWindowTitle, QT_TRANSLATE_NOOP("FirstRun", "Set up WhaleLog"))
        # Classic style draws with the application palette; the modern style's white banner would glare at night.
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.db = db
        self.vessel = load_vessel(db)
        self.settings, problems = with_regime(settings or AppSettings(), self.vessel)
        for name, message in problems.items():
            log.warning("logbook vessel setting %s: %s", name, message)
        self._store = store
        from whalelog_gui.ui.settings_dialog import build_pages

        self.field_pages = build_pages(port_lister, reader_factory)
        self.welcome_page = _WelcomePage(self, language)
        self.addPage(self.welcome_page)
        self.wizard_pages: list[_FieldsPage] = []
        for fields in self.field_pages:
            fields.load(self.settings)
            fields.load_vessel(self.vessel)
            page = _FieldsPage(self, fields)
            self.wizard_pages.append(page)
            self.addPage(page)
        self.addPage(_SummaryPage(self))
        ask_size(self, 760, 600)
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

    def edited_vessel(self) -> VesselRegime:
        from whalelog_gui.ui.settings_dialog import vessel_from_pages

        return vessel_from_pages(self.edited_settings(), self.vessel, self.field_pages)

    def all_errors(self) -> dict[str, str]:
        return all_errors(self.edited_settings(), self.edited_vessel())

    def accept(self) -> None:
        candidate, vessel = self.edited_settings(), self.edited_vessel()
        errors = all_errors(candidate, vessel)
        if errors:  # every page validated, so only a cross-page rule can land here; show it on its page
            for page in self.wizard_pages:
                if page.fields.show_errors(errors):
                    while self.currentPage() is not page and self.currentId() != self.startId():
                        self.back()
                    return
        try:
            save_with_regime(candidate, vessel, self.db, candidate.watch_officer or "first-run set-up", self._store)
        except (OSError, SettingsError) as exc:
            show_error(self, translate("FirstRun", "Settings not saved"), SETTINGS_NOT_SAVED, exc)
            return
        self.settings, self.vessel = candidate, vessel
        super().accept()

    def done(self, result: int) -> None:
        self.gps_page.port_test.stop()
        super().done(result)


def ask_before_cancel(wizard: QWidget) -> bool:
    answer = QMessageBox.question(
        wizard,
        translate("FirstRun", "Quit set-up?"),
        translate(
            "FirstRun", "Cancel the set-up? Nothing is saved and WhaleLog closes; the set-up starts again next time."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def settings_for_start(
    store: QSettings | None = None,
    db_path=None,
    *,
    interactive: bool = True,
    parent: QWidget | None = None,
    language=None,
) -> AppSettings | None:
    """The per-user settings to start the app with, after the walkthrough on first run if interactive; the
    walkthrough saves the regime in the logbook at db_path (the bridge session lays it over these at start).

    Returns None when the user cancelled the walkthrough (the app should then quit: nothing was saved).
    Non-interactive starts (--demo, --exit-after, tests) never block on the walkthrough. A logbook that cannot be
    opened is left to the session, which refuses it with the reason; the walkthrough then comes back next time.
    """
    if interactive and needs_first_run(store) and db_path is not None:
        from whalelog_gui.store.db import open_db
        from whalelog_gui.store.open_checks import StoreOpenError

        try:
            db = open_db(db_path)
        except StoreOpenError as exc:
            log.error("first-run walkthrough skipped: the logbook %s cannot be opened (%s)", db_path, exc)
            return load_settings(store)
        try:
            wizard = FirstRunWizard(load_settings(store), store, parent, db=db, language=language)
            try:
                if wizard.exec() != QWizard.DialogCode.Accepted:
                    return None
            finally:
                # deleted by Qt, as open_settings deletes its dialog: left to Python's garbage collector, a finished
                # walkthrough's widgets were freed twice and a later window crashed (tests/ui/test_first_run.py)
                wizard.deleteLater()
        finally:
            db.conn.close()
        return load_settings(store)
    return load_settings(store)
