"""The form pages of the main window (the Logbook, Catches, Schooling report, Transmission and Reports) as the
session puts them after the Chart (ui/pages.py builds them): how each is made, inside its slot, from what the
session holds, and what each hears once built."""

from __future__ import annotations

from whalelog_gui.messages import QT_TRANSLATE_NOOP


def add_forms(pages) -> None:
    """The form pages the session puts in `pages` (a Pages), in tab order after the Chart, each made in its slot
    the first time it is needed; and what each hears once built."""
    from whalelog_gui.ui.forms.logbook.latest_fix import LatestFix

    session = pages.session
    # made now, not with the first form: a fix received before that form is built is still the latest one
    current_fix = LatestFix(session.bridge.fix_received, parent=pages.window)
    who = session.officer

    # each factory makes its page inside its slot (`parent`): a page made outside and then moved into the window
    # is styled twice, ~40 ms more on the Schooling page (issue 14)
    def logbook(parent):
        from whalelog_gui.ui.forms.logbook import LogbookPage

        # in steps (today's sheet, previous days, the title page, the logbook opened), one per turn
        return LogbookPage(session.db, current_fix, who, parent, writer=session.writer, staged=True)

    def catches(parent):
        from whalelog_gui.ui.forms.catches import CatchesPage

        # the season's catches are read off the GUI thread; the page says so until they are (issue 14)
        return CatchesPage(
            session.db,
            session.app_settings,
            current_fix,
            who,
            parent,
            writer=session.writer,
            db_path=session.db_path,
        )

    def schooling(parent):
        from whalelog_gui.ui.forms.schooling import SchoolingPage

        return SchoolingPage(session.db, session.app_settings, who, parent, writer=session.writer, staged=True)

    def transmission(parent):
        from whalelog_gui.ui.forms.transmission import TransmissionPage

        # what has been sent is read off the GUI thread whenever the page is looked at (~3 s on 200 days)
        page = TransmissionPage(session.db, session.db_path, parent, staged=True, read_in_background=True)
        connect_integrity(page, session)
        return page

    def reports(parent):
        from whalelog_gui.ui.forms.reports import ReportsPage

        # the season is read off the GUI thread; the page says so until it is (issue 14)
        fingerprint = lambda: signing_fingerprint(session.db_path) or ""  # noqa: E731
        return ReportsPage(session.db, fingerprint, parent, db_path=session.db_path)

    forms = "whalelog_gui.ui.forms"
    pages.add(QT_TRANSLATE_NOOP("MainWindow", "Logbook"), logbook, (f"{forms}.logbook.page",))
    pages.add(QT_TRANSLATE_NOOP("MainWindow", "Catches"), catches, (f"{forms}.catches.catches_page",))
    pages.add(QT_TRANSLATE_NOOP("MainWindow", "Schooling report"), schooling, (f"{forms}.schooling.schooling_page",))
    pages.add(QT_TRANSLATE_NOOP("MainWindow", "Transmission"), transmission, (f"{forms}.transmission",))
    # paras 25(a), 26(a), 27, 28(a)(2) (issue 13). Early: its read (much of it in SQLite, which lets go of the
    # GIL) runs beside the Logbook's steps. The Catches page is not: its read is Python building rows, and
    # beside the Logbook's steps it made their turns 60-75 ms, past the bridge's 50 ms
    pages.add(QT_TRANSLATE_NOOP("MainWindow", "Reports"), reports, (f"{forms}.reports",), early=True)
    pages.page_built.connect(lambda title, page: _connect_built(pages, title, page))


def _connect_built(pages, title: str, page) -> None:
    """What a page hears besides its settings: the logbook's ship's day follows a new time zone (issue 15); a
    catch saved may make a para 26(a) notification due, and changes the reports (a Reports page not yet
    built reads them when it is)."""
    if title == "Logbook":
        pages.settings_changed.connect(lambda _new: page.ship_time_changed())
    if title != "Catches":
        return

    def reports_follow() -> None:
        reports = pages.built_page("Reports")
        if reports is not None:
            reports.refresh()

    page.records_changed.connect(reports_follow)
    if pages.session.notices is not None:
        page.records_changed.connect(pages.session.notices.refresh)


def connect_integrity(page, session) -> None:
    """Export is refused while the integrity check finds undeclared breaks; the page asks for the declaration."""
    integrity = session.integrity
    if integrity is None:
        return
    integrity.changed.connect(page.show_integrity)
    if integrity.report is not None:
        page.show_integrity(integrity.report)
    page.declare_requested.connect(session.declare_integrity_break)
    page.integrity_refused.connect(integrity.show_refusal)


def signing_fingerprint(db_path) -> str | None:
    """The logbook's signing-key fingerprint, or None when there is none (yet) or it cannot be read."""
    from whalelog_gui.export.keys import KeyFileError, fingerprint as key_fingerprint, key_path_for, load_signing_key

    try:  # shown, never created here: only an export may make the first key (export/custody.py)
        return key_fingerprint(load_signing_key(key_path_for(db_path)).public_key())
    except KeyFileError:
        return None
