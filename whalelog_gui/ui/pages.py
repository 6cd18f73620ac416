"""Which pages the main window shows, in order; each is built once the session has its store and areas.

Pages get only what they need (the store, the settings, the latest fix, the person on watch), never the
application object, so each stays testable on its own.
"""

from __future__ import annotations

from whalelog_gui.messages import QT_TRANSLATE_NOOP


def install_pages(window, session, palette, *, port_from_settings: bool = False, language=None) -> None:
    """language: the LanguageController, told when Settings saves another language (None in tests)."""
    from whalelog_gui.ui.chart_page import install_chart_page
    from whalelog_gui.ui.forms.catches import CatchesPage
    from whalelog_gui.ui.forms.logbook import LogbookPage
    from whalelog_gui.ui.forms.logbook.latest_fix import LatestFix
    from whalelog_gui.ui.forms.reports import ReportsPage
    from whalelog_gui.ui.forms.schooling import SchoolingPage
    from whalelog_gui.ui.forms.transmission import TransmissionPage

    window.chart_page = install_chart_page(window, session, palette)
    if session.db is None:
        return
    current_fix = LatestFix(session.bridge.fix_received, parent=window)
    who = session.officer
    settings = session.app_settings
    window.logbook_page = LogbookPage(session.db, current_fix, who, writer=session.writer)
    window.add_page(QT_TRANSLATE_NOOP("MainWindow", "Logbook"), window.logbook_page)
    window.catches_page = CatchesPage(session.db, settings, current_fix, who)
    window.add_page(QT_TRANSLATE_NOOP("MainWindow", "Catches"), window.catches_page)
    window.schooling_page = SchoolingPage(session.db, settings, who)
    window.add_page(QT_TRANSLATE_NOOP("MainWindow", "Schooling report"), window.schooling_page)
    window.transmission_page = TransmissionPage(session.db, session.db_path)
    _connect_integrity(window.transmission_page, session)
    window.add_page(QT_TRANSLATE_NOOP("MainWindow", "Transmission"), window.transmission_page)
    window.reports_page = ReportsPage(session.db, lambda: signing_fingerprint(session.db_path) or "")
    # paras 25(a), 26(a), 27, 28(a)(2) (issue 13)
    window.add_page(QT_TRANSLATE_NOOP("MainWindow", "Reports"), window.reports_page)
    # a catch saved may make a para 26(a) notification due, and changes the reports
    window.catches_page.records_changed.connect(window.reports_page.refresh)
    if session.notices is not None:
        window.catches_page.records_changed.connect(session.notices.refresh)
    _install_settings_action(window, session, palette, port_from_settings, language)
    _install_help_menu(window, session)


def _connect_integrity(page, session) -> None:
    """Export is refused while the integrity check finds undeclared breaks; the page asks for the declaration."""
    integrity = session.integrity
    if integrity is None:
        return
    integrity.changed.connect(page.show_integrity)
    if integrity.report is not None:
        page.show_integrity(integrity.report)
    page.declare_requested.connect(session.declare_integrity_break)
    page.integrity_refused.connect(integrity.show_refusal)


def _install_settings_action(window, session, palette, port_from_settings: bool, language=None) -> None:
    from whalelog_gui.ui.settings_dialog import open_settings, settings_action
    from whalelog_gui.ui.settings_gps_page import GpsPage

    def saved(new) -> None:
        palette.apply(new.palette)
        if language is not None:
            from whalelog_gui.ui.i18n import system_language

            # live: open forms keep what was typed; the choice ("" = the system's) was saved with the settings
            language.apply(new.language or system_language(), remember=False)
        session.apply_settings(new, port_from_settings=port_from_settings)
        chart = window.chart_page.chart
        chart.set_applicable({a.id for a in session.areas if a.applies(new.operation)})
        chart.set_lookahead_min(new.lookahead_min)
        window.catches_page.set_settings(new)
        window.schooling_page.set_settings(new)
        window.logbook_page.ship_time_changed()  # the ship's day follows a new time zone (issue 15)

    # read each time, not a copy: a palette chosen on the toolbar must not be undone by Save; the regime comes from
    # the logbook (issue 13)
    window.settings_action = settings_action(window, session.current_settings, saved, session.settings,
                                             db=session.db, who=session.officer)
    window.menu_file.insertAction(window.quit_action, window.settings_action)
    # "Regulated areas NOT monitored — no position": the port is chosen from where the problem is shown
    window.alert_bar.choose_port_requested.connect(
        lambda: open_settings(window, session.current_settings(), saved, session.settings, GpsPage,
                              db=session.db, who=session.officer))


def _install_help_menu(window, session) -> None:
    from whalelog_gui.ui.about import about_action

    window.menu_help = window.menuBar().addMenu("")
    window.tr_bind(window.menu_help.setTitle, QT_TRANSLATE_NOOP("MainWindow", "&Help"))
    window.about_action = about_action(window, lambda: signing_fingerprint(session.db_path))
    window.menu_help.addAction(window.about_action)


def signing_fingerprint(db_path) -> str | None:
    """The logbook's signing-key fingerprint, or None when there is none (yet) or it cannot be read."""
    from whalelog_gui.export.keys import KeyFileError, fingerprint as key_fingerprint, key_path_for, load_signing_key

    try:  # shown, never created here: only an export may make the first key (export/custody.py)
        return key_fingerprint(load_signing_key(key_path_for(db_path)).public_key())
    except KeyFileError:
        return None
