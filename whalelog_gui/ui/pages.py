"""The main window's pages as one object: built once the session has its store and areas, in order.

Pages get only what they need (the store, the settings, the latest fix, the person on watch), never the
application object, so each stays testable on its own. Settings saved in File → Settings reach every part
through one signal, `settings_changed`, instead of being pushed to each object by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Pages(QObject):
    settings_changed = Signal(object)  # AppSettings, as saved in File → Settings

    def __init__(self, window, session, palette, *, port_from_settings: bool = False):
        super().__init__(window)
        from whalelog_gui.ui.chart_page import install_chart_page

        self.window, self.session = window, session
        self.logbook = self.catches = self.schooling = self.transmission = None
        self.settings_action = self.about_action = self.menu_help = None
        self.chart = install_chart_page(window, session, palette)
        self.settings_changed.connect(lambda new: palette.apply(new.palette))
        self.settings_changed.connect(lambda new: session.apply_settings(new, port_from_settings=port_from_settings))
        self.settings_changed.connect(self._chart_follows)
        if session.db is None:
            return
        self._build_forms()
        self._install_settings_action()
        self._install_help_menu()

    def _build_forms(self) -> None:
        from whalelog_gui.ui.forms.catches import CatchesPage
        from whalelog_gui.ui.forms.logbook import LogbookPage
        from whalelog_gui.ui.forms.logbook.latest_fix import LatestFix
        from whalelog_gui.ui.forms.schooling import SchoolingPage
        from whalelog_gui.ui.forms.transmission import TransmissionPage

        window, session = self.window, self.session
        current_fix = LatestFix(session.bridge.fix_received, parent=window)
        who, settings = session.officer, session.app_settings
        self.logbook = LogbookPage(session.db, current_fix, who, writer=session.writer)
        window.add_page("Logbook", self.logbook)
        self.catches = CatchesPage(session.db, settings, current_fix, who)
        window.add_page("Catches", self.catches)
        self.schooling = SchoolingPage(session.db, settings, who)
        window.add_page("Schooling report", self.schooling)
        self.transmission = TransmissionPage(session.db, session.db_path)
        window.add_page("Transmission", self.transmission)
        self.settings_changed.connect(self.catches.set_settings)
        self.settings_changed.connect(self.schooling.set_settings)

    def _chart_follows(self, new) -> None:
        chart = self.chart.chart
        chart.set_applicable({a.id for a in self.session.areas if a.applies(new.operation)})
        chart.set_lookahead_min(new.lookahead_min)

    def _install_settings_action(self) -> None:
        from whalelog_gui.ui.settings_dialog import open_settings, settings_action
        from whalelog_gui.ui.settings_gps_page import GpsPage
        from whalelog_gui.ui.settings_store import load_settings

        window, session, store = self.window, self.session, self.session.settings
        saved = self.settings_changed.emit
        # load_settings() each time, not a copy: a palette chosen on the toolbar must not be undone by Save
        self.settings_action = settings_action(window, lambda: load_settings(store), saved, store,
                                               db=session.db, who=session.officer)
        window.menu_file.insertAction(window.quit_action, self.settings_action)
        # "Regulated areas NOT monitored — no position": the port is chosen from where the problem is shown
        window.alert_bar.choose_port_requested.connect(
            lambda: open_settings(window, load_settings(store), saved, store, GpsPage,
                                  db=session.db, who=session.officer))

    def _install_help_menu(self) -> None:
        from whalelog_gui.ui.about import about_action

        session = self.session

        def fingerprint() -> str | None:
            from whalelog_gui.export.keys import KeyFileError, fingerprint as key_fingerprint, key_path_for, \
                load_signing_key

            try:  # shown, never created here: only an export may make the first key (export/custody.py)
                return key_fingerprint(load_signing_key(key_path_for(session.db_path)).public_key())
            except KeyFileError:
                return None

        self.menu_help = self.window.menuBar().addMenu("&Help")
        self.about_action = about_action(self.window, fingerprint)
        self.menu_help.addAction(self.about_action)


def install_pages(window, session, palette, *, port_from_settings: bool = False) -> Pages:
    """Build every page into `window`; the returned Pages owns them (a child of the window)."""
    return Pages(window, session, palette, port_from_settings=port_from_settings)
