"""Settings dialog: every first-run choice, changeable later; saved only when all fields are valid, the regime
(vessel, operation, flag State, para 26 notices) to the logbook database and the rest to QSettings (issue 13)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.settings import AppSettings, SettingsError
from whalelog_gui.store.regime_settings import all_errors, regime_of
from whalelog_gui.store.vessel import VesselRegime, load_vessel
from whalelog_gui.ui.error_boxes import SETTINGS_NOT_SAVED, show_error
from whalelog_gui.ui.i18n import Retranslating, translate
from whalelog_gui.ui.screen_size import ask_size, scrolling
from whalelog_gui.ui.settings_authorities_page import AuthoritiesPage
from whalelog_gui.ui.settings_display_page import DisplayPage
from whalelog_gui.ui.settings_gps_page import GpsPage
from whalelog_gui.ui.settings_notifications_page import NotificationsPage
from whalelog_gui.ui.settings_page import SettingsPage
from whalelog_gui.ui.settings_people_page import PeoplePage
from whalelog_gui.ui.settings_store import save_with_regime
from whalelog_gui.ui.settings_vessel_page import VesselPage


def default_port_lister():
    from whalelog_gui.nav.sources import list_ports

    return list_ports()


def build_pages(
    port_lister=None, reader_factory=None, authorities: AuthoritiesPage | None = None, *, notices: bool = False
) -> list[SettingsPage]:
    """The pages in order; notices: the para 26 page (Settings only, the walkthrough leaves it for later)."""
    pages = [
        VesselPage(),
        *([NotificationsPage()] if notices else []),
        PeoplePage(),
        GpsPage(port_lister=port_lister or default_port_lister, reader_factory=reader_factory),
        DisplayPage(),
    ]
    return pages + ([authorities] if authorities is not None else [])


def settings_from_pages(base: AppSettings, pages: list[SettingsPage]) -> AppSettings:
    """The settings as the editors show them now (not yet validated)."""
    values: dict = {}
    for page in pages:
        values.update(page.values())
    return dataclasses.replace(base, **values)


def vessel_from_pages(settings: AppSettings, vessel: VesselRegime, pages: list[SettingsPage]) -> VesselRegime:
    """The logbook's regime as the editors show it now: `settings`' regime fields plus the pages' own values."""
    changes: dict = {}
    for page in pages:
        changes.update(page.vessel_values())
    return regime_of(settings, vessel, **changes)


class SettingsDialog(Retranslating, QDialog):
    saved = Signal(object)  # AppSettings, after they were written

    def __init__(
        self,
        settings: AppSettings,
        store: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        db,
        port_lister=None,
        reader_factory=None,
        who: Callable[[], str] | None = None,
    ):
        """db: the open logbook, which holds the regime (store/vessel.py); who: the person on watch, recorded with
        a changed regime and used by the Authorities page."""
        super().__init__(parent)
        self.tr_bind(self.setWindowTitle, QT_TRANSLATE_NOOP("SettingsDialog", "WhaleLog settings"))
        self.settings = settings
        self._store = store
        self.db = db
        self.who = who or (lambda: "unknown")
        self.vessel = load_vessel(db)
        authorities = AuthoritiesPage(db, self.who)
        self.pages = build_pages(port_lister, reader_factory, authorities, notices=True)
        self.tabs = QTabWidget()
        for page in self.pages:
            page.load(settings)
            page.load_vessel(self.vessel)
            self.tabs.addTab(scrolling(page), page.translated_title())  # a page scrolls on a small screen (issue 15)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        ask_size(self, 720, 560)

    def retranslate(self) -> None:
        super().retranslate()
        for index, page in enumerate(getattr(self, "pages", [])):
            self.tabs.setTabText(index, page.translated_title())

    def show_page(self, page_type: type) -> None:
        """Open at the first page of this type (the no-GPS alert bar opens the GPS page)."""
        index = next(i for i, p in enumerate(self.pages) if isinstance(p, page_type))
        self.tabs.setCurrentIndex(index)

    @property
    def gps_page(self) -> GpsPage:
        return next(p for p in self.pages if isinstance(p, GpsPage))

    def edited_settings(self) -> AppSettings:
        return settings_from_pages(self.settings, self.pages)

    def edited_vessel(self) -> VesselRegime:
        return vessel_from_pages(self.edited_settings(), self.vessel, self.pages)

    def _show_errors(self, errors: dict[str, str]) -> bool:
        first_bad = None
        for index, page in enumerate(self.pages):
            if page.show_errors(errors) and first_bad is None:
                first_bad = index
        if first_bad is not None:
            self.tabs.setCurrentIndex(first_bad)
            self.pages[first_bad].show_errors(errors)  # focus the field now that its tab is visible
        return first_bad is not None

    def accept(self) -> None:
        candidate, vessel = self.edited_settings(), self.edited_vessel()
        if self._show_errors(all_errors(candidate, vessel)):
            return
        try:
            save_with_regime(candidate, vessel, self.db, self.who(), self._store)
        except SettingsError as exc:  # validated above; kept for a rule only the save knows
            self._show_errors(exc.errors)
            return
        except OSError as exc:
            show_error(self, translate("SettingsDialog", "Settings not saved"), SETTINGS_NOT_SAVED, exc)
            return
        self.settings, self.vessel = candidate, vessel
        self.gps_page.port_test.stop()
        self.saved.emit(candidate)
        super().accept()

    def done(self, result: int) -> None:
        self.gps_page.port_test.stop()
        super().done(result)


def open_settings(
    parent: QWidget,
    settings: AppSettings,
    on_saved: Callable[[AppSettings], None],
    store: QSettings | None = None,
    page_type: type | None = None,
    *,
    db,
    who: Callable[[], str] | None = None,
) -> None:
    """The settings dialog, modal, at `page_type`'s page if given; on_saved(new) on Save. db and who: the open
    logbook and the person on watch, for the Authorities page."""
    dialog = SettingsDialog(settings, store, parent, db=db, who=who)
    if page_type is not None:
        dialog.show_page(page_type)
    dialog.saved.connect(on_saved)
    dialog.exec()
    dialog.deleteLater()
