"""The main window's pages as one object: tabs in order, each page built the first time it is needed.

Pages get only what they need (the store, the settings, the latest fix, the person on watch), never the
application object, so each stays testable on its own. Settings saved in File → Settings reach every part
through one signal, `settings_changed`, instead of being pushed to each object by hand.

Start-up (issue 14): the Chart is built at once (it is the first screen); every other tab holds an empty slot
and its page is built on later event-loop turns, one page (or one step of a page) per turn, so the window
answers between pages instead of freezing while all of them are built (`build_in_background()`, which
install_pages calls unless told to wait). A page with `steps` (the Logbook) is built one part per turn, hidden
in its slot; a page added with `early` (Reports, which reads the season on a thread) is built first, so that
read runs while the others are built. A tab shown before its page is built says "Opening…" and its page is
built next, ahead of the others, still one step per turn: built at once it froze the bridge for the whole page
(the Logbook, ~0.15 s on a full season). `build_all()` builds the rest now.

Adding a page: `pages.add(title, factory)` with `factory(parent) -> QWidget`; a page with `set_settings(AppSettings)`
is connected to `settings_changed` when it is built. `pages.page(title)` returns a page, building it if needed; `pages_of(window)` finds a window's Pages.
"""

from __future__ import annotations

import importlib

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.ui import gui_turns
from whalelog_gui.ui.i18n import translate

log = logging.getLogger("whalelog.app")
# A real timer, not a zero one: zero timers posted while the queue is drained run in the same pass, before input
# and paint events, so two pages would be built in one freeze.
NEXT_PAGE_MS = 1


class PageSlot(QWidget):
    """A tab's place in the window: empty until its page is built, then holding that page."""

    def __init__(self, factory: Callable[[QWidget], QWidget], modules: tuple[str, ...] = (), *, early: bool = False):
        super().__init__()
        self.factory = factory
        self.modules = modules  # imported on a turn of their own before the page is made (start-up only)
        self.early = early  # built before the other pages in the background (Pages.add)
        self.page: QWidget | None = None
        self.building: QWidget | None = None  # a page made, still being built step by step (its `steps`)
        self.opening: QLabel | None = None  # "Opening…", while the tab is shown and its page not yet built
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def say_opening(self) -> None:
        """The tab is shown before its page is built: say so until it is (the page is built on the next turns)."""
        if self.opening is None and self.page is None:
            self.opening = QLabel(self)
            self.opening.setObjectName("page_opening")
            self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # as large as its words, in the middle of the empty page: a failure's alarm colour is a box, not the
            # whole page lit red on the night bridge
            self.layout().addWidget(self.opening, 0, Qt.AlignmentFlag.AlignCenter)
            self.opening.show()  # added to a slot already on screen: shown now, not on a later turn
        if self.opening is not None:  # new, or a failure said before: this is another try
            self.opening.setText(translate("Pages", "Opening…"))
            self.opening.setProperty("role", "")
            self.opening.style().polish(self.opening)

    def opened(self) -> None:
        if self.opening is not None:
            self.opening.deleteLater()
            self.opening = None

    def say_not_built(self, exc: Exception) -> None:
        """A step of this page failed: said where the page would be, in the alarm colour, until it is tried again."""
        from whalelog_gui.ui.error_boxes import PAGE_NOT_OPENED, error_text

        self.say_opening()
        assert self.opening is not None
        self.opening.setText(error_text(PAGE_NOT_OPENED, exc))
        self.opening.setWordWrap(True)
        self.opening.setProperty("role", "alarm")
        self.opening.style().polish(self.opening)


class Pages(QObject):
    settings_changed = Signal(object)  # AppSettings, as saved in File → Settings
    page_built = Signal(str, object)  # title, page: a page built later than its tab (lazily)
    all_built = Signal()  # no page waits to be built any more (each built, or its failure said in its tab)

    def __init__(self, window, session, palette, *, port_from_settings: bool = False, language=None):
        """language: the LanguageController, told when Settings saves another language (None in tests)."""
        super().__init__(window)
        from whalelog_gui.ui.chart_page import install_chart_page

        self.window, self.session = window, session
        self._slots: dict[str, PageSlot] = {}
        self._pending: list[str] = []
        self._building = False
        self._asked: str | None = None  # a tab shown before its page was built: that page is built next
        # owned by this object, so a build still pending when the window goes never runs against it
        self._next_page = QTimer(self)
        self._next_page.setSingleShot(True)
        self._next_page.setInterval(NEXT_PAGE_MS)
        self._next_page.timeout.connect(self._build_next)
        self.settings_action = self.about_action = self.menu_help = None
        self.chart = install_chart_page(window, session, palette)
        self.settings_changed.connect(lambda new: palette.apply(new.palette))
        self.settings_changed.connect(lambda new: session.apply_settings(new, port_from_settings=port_from_settings))
        self.settings_changed.connect(self._chart_follows)
        if language is not None:
            from whalelog_gui.ui.i18n import system_language

            # live: open forms keep what was typed; the choice ("" = the system's) was saved with the settings
            self.settings_changed.connect(lambda new: language.apply(new.language or system_language(), remember=False))
        window.pages.currentChanged.connect(self._tab_shown)
        self.page_built.connect(lambda *_: window.fit_split())  # a built page may need the panel narrower
        if session.db is None:
            return
        self._add_forms()
        self._install_settings_action()
        self._install_help_menu()

    # -- the pages -----------------------------------------------------------------------------------------------

    def add(
        self, title: str, factory: Callable[[QWidget], QWidget], modules: tuple[str, ...] = (), *, early: bool = False
    ) -> None:
        """A tab titled `title`, its page made by `factory(parent)` (inside its slot) when first needed. A title marked with
        QT_TRANSLATE_NOOP shows in the crew's language; the English text stays the key. `modules`, the page's
        widget modules (Qt: never imported on the preload thread), are imported one turn before the page is made
        when it is built in the background, so neither turn freezes the window for both. `early`: built in the
        background before the pages that are not (the tab order stays): a page that reads its data on a thread
        then reads it while the others are built, SQLite beside Python, instead of after them (issue 14)."""
        slot = PageSlot(factory, modules, early=early)
        at = sum(self._slots[t].early for t in self._pending) if early else len(self._pending)
        self._slots[title] = slot
        self._pending.insert(at, title)  # after the early pages waiting already, before the others
        self.window.add_page(title, slot)

    def page(self, title: str) -> QWidget:
        """The page of tab `title`, built now if it was not yet (KeyError for a tab that does not exist)."""
        slot = self._slots[title]
        if slot.page is None:
            self._build(title)
        assert slot.page is not None
        return slot.page

    def build_in_background(self) -> None:
        """Build the pages not yet built, one per event-loop turn from the next turn on (install_pages calls this
        unless told to wait, e.g. until the start-up preload has imported the forms)."""
        if not self._building:
            self._building = True
            self._next_page.start()

    def build_all(self) -> None:
        for title in list(self._pending):
            self._build(title)

    @property
    def built(self) -> bool:
        return not self._pending

    @property
    def logbook(self):
        return self.page("Logbook")

    @property
    def catches(self):
        return self.page("Catches")

    @property
    def schooling(self):
        return self.page("Schooling report")

    @property
    def transmission(self):
        return self.page("Transmission")

    @property
    def reports(self):
        return self.page("Reports")

    def _add_forms(self) -> None:
        from whalelog_gui.ui.forms.logbook.latest_fix import LatestFix

        session = self.session
        # made now, not with the first form: a fix received before that form is built is still the latest one
        current_fix = LatestFix(session.bridge.fix_received, parent=self.window)
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
            _connect_integrity(page, session)
            return page

        def reports(parent):
            from whalelog_gui.ui.forms.reports import ReportsPage

            # the season is read off the GUI thread; the page says so until it is (issue 14)
            fingerprint = lambda: signing_fingerprint(session.db_path) or ""  # noqa: E731
            return ReportsPage(session.db, fingerprint, parent, db_path=session.db_path)

        forms = "whalelog_gui.ui.forms"
        self.add(QT_TRANSLATE_NOOP("MainWindow", "Logbook"), logbook, (f"{forms}.logbook.page",))
        self.add(QT_TRANSLATE_NOOP("MainWindow", "Catches"), catches, (f"{forms}.catches.catches_page",))
        self.add(QT_TRANSLATE_NOOP("MainWindow", "Schooling report"), schooling, (f"{forms}.schooling.schooling_page",))
        self.add(QT_TRANSLATE_NOOP("MainWindow", "Transmission"), transmission, (f"{forms}.transmission",))
        # paras 25(a), 26(a), 27, 28(a)(2) (issue 13). Early: its read (much of it in SQLite, which lets go of the
        # GIL) runs beside the Logbook's steps. The Catches page is not: its read is Python building rows, and
        # beside the Logbook's steps it made their turns 60-75 ms, past the bridge's 50 ms
        self.add(QT_TRANSLATE_NOOP("MainWindow", "Reports"), reports, (f"{forms}.reports",), early=True)
        self.page_built.connect(self._connect_built)

    def _connect_built(self, title: str, page) -> None:
        """What a page hears besides its settings: the logbook's ship's day follows a new time zone (issue 15); a
        catch saved may make a para 26(a) notification due, and changes the reports (a Reports page not yet
        built reads them when it is)."""
        if title == "Logbook":
            self.settings_changed.connect(lambda _new: page.ship_time_changed())
        if title != "Catches":
            return
        reports = self._slots["Reports"]
        page.records_changed.connect(lambda: reports.page is not None and reports.page.refresh())
        if self.session.notices is not None:
            page.records_changed.connect(self.session.notices.refresh)

    def _build(self, title: str, *, one_step: bool = False) -> None:
        """Build the page of `title`: all of it, or (one_step) only its next step. A page with `steps` (an
        iterator yielding each part it built) is built one step per event-loop turn at start-up; each part is
        polished (the bridge style applied) in its own step, not all at once when the page is shown."""
        slot = self._slots[title]
        if slot.page is not None:
            return
        page = slot.building
        if page is None and one_step and slot.modules:
            modules, slot.modules = slot.modules, ()
            for name in modules:
                importlib.import_module(name)
            return
        if page is None:
            page = slot.building = slot.factory(slot)  # the first step: its modules imported, the page made
            if getattr(page, "steps", None) is not None:
                # in its slot before its parts are made: parts made inside the window are styled once (moving a
                # built page into the window re-styles every widget in it); hidden until built, as its tab may be
                # shown meanwhile (the slot then says "Opening…")
                page.hide()
                slot.layout().addWidget(page)
                if one_step:
                    return
        steps = getattr(page, "steps", None)
        if steps is not None:
            try:
                for part in steps:
                    part.ensurePolished()
                    if one_step:
                        return
            except Exception:
                # a step that failed leaves no half-built page to be taken as built: made again next time
                slot.building = None
                page.deleteLater()
                raise
        slot.page, slot.building = page, None
        if slot.layout().indexOf(page) < 0:  # made inside the slot, not yet in its layout
            slot.layout().addWidget(page)
        page.show()  # a widget added to a slot already on screen is otherwise shown only on a later turn
        slot.opened()
        self._pending.remove(title)
        if hasattr(page, "set_settings"):
            self.settings_changed.connect(page.set_settings)
        log.debug("page %r built", title)
        self.page_built.emit(title, page)
        if not self._pending:
            self.all_built.emit()

    def _build_next(self) -> None:
        """One page (or one step of a page built in steps) per event-loop turn: the window repaints and answers
        between them. The page of a tab shown before it was built comes first."""
        if self.session.db is None:  # the session stopped (quit, or a refused logbook): nothing more to build
            return
        if not gui_turns.quiet():  # this turn has shown a read's result already: the next part on a later turn
            self._next_page.start()
            return
        if self._asked is not None and self._asked not in self._pending:
            self._asked = None  # built meanwhile (by page(), or build_all)
        title = self._asked or (self._pending[0] if self._building and self._pending else None)
        if title is not None:
            try:
                self._build(title, one_step=True)
            except Exception as exc:  # noqa: BLE001 - logged, and said where the page would be
                self._not_built(title, exc)
            finally:
                gui_turns.done_now()
        if self._asked is not None and self._asked not in self._pending:
            self._asked = None
        if self._asked is not None or (self._building and self._pending):
            self._next_page.start()

    def _not_built(self, title: str, exc: Exception) -> None:
        """A step of `title`'s page failed (_build left nothing half-built): logged and said in its slot; the other
        pages go on being built, and showing its tab again tries once more."""
        log.error("page %r not built", title, exc_info=exc)
        self._slots[title].say_not_built(exc)
        self._pending.remove(title)
        if self._asked == title:
            self._asked = None
        if not self._pending:
            self.all_built.emit()  # nothing waits any more: the start-up's later work (tones, the check) goes on

    def _tab_shown(self, index: int) -> None:
        if self.session.db is None:  # the session stopped: a page has no store to read
            return
        slot = self.window.pages.widget(index)
        for title, candidate in self._slots.items():
            if candidate is slot or (hasattr(slot, "widget") and slot.widget() is candidate):
                if candidate.page is None:
                    if title not in self._pending:  # it failed before: tried again, first
                        self._pending.insert(0, title)
                    candidate.say_opening()
                    self._asked = title
                    self._next_page.start()
                return

    # -- settings, menus -----------------------------------------------------------------------------------------

    def _chart_follows(self, new) -> None:
        chart = self.chart.chart
        chart.set_applicable({a.id for a in self.session.areas if a.applies(new.operation)})
        chart.set_lookahead_min(new.lookahead_min)

    def _install_settings_action(self) -> None:
        from whalelog_gui.ui.settings_action import settings_action

        window, session, store = self.window, self.session, self.session.settings
        saved = self.settings_changed.emit
        # read each time, not a copy: a palette chosen on the toolbar must not be undone by Save; the regime comes
        # from the logbook (issue 13)
        self.settings_action = settings_action(
            window, session.current_settings, saved, store, db=session.db, who=session.officer
        )
        window.menu_file.insertAction(window.quit_action, self.settings_action)

        # "Regulated areas NOT monitored — no position": the port is chosen from where the problem is shown
        def choose_port() -> None:
            from whalelog_gui.ui.settings_dialog import open_settings
            from whalelog_gui.ui.settings_gps_page import GpsPage

            open_settings(window, session.current_settings(), saved, store, GpsPage, db=session.db, who=session.officer)

        window.alert_bar.choose_port_requested.connect(choose_port)

    def _install_help_menu(self) -> None:
        from whalelog_gui.ui.about import about_action

        session = self.session
        self.menu_help = self.window.menuBar().addMenu("")
        self.window.tr_bind(self.menu_help.setTitle, QT_TRANSLATE_NOOP("MainWindow", "&Help"))
        self.about_action = about_action(self.window, lambda: signing_fingerprint(session.db_path))
        self.menu_help.addAction(self.about_action)


def pages_of(window) -> Pages:
    """The Pages installed in `window` (a child of it)."""
    pages = window.findChild(Pages)
    if pages is None:
        raise LookupError("no pages installed in this window")
    return pages


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


def signing_fingerprint(db_path) -> str | None:
    """The logbook's signing-key fingerprint, or None when there is none (yet) or it cannot be read."""
    from whalelog_gui.export.keys import KeyFileError, fingerprint as key_fingerprint, key_path_for, load_signing_key

    try:  # shown, never created here: only an export may make the first key (export/custody.py)
        return key_fingerprint(load_signing_key(key_path_for(db_path)).public_key())
    except KeyFileError:
        return None


def install_pages(
    window, session, palette, *, port_from_settings: bool = False, build_rest: bool = True, language=None
) -> Pages:
    """Build the Chart into `window` and a tab for every other page; the returned Pages owns them (a child of the
    window) and builds the rest on later event-loop turns (build_rest False: once build_in_background() is
    called), or at once when a tab is shown or a page asked for."""
    pages = Pages(window, session, palette, port_from_settings=port_from_settings, language=language)
    if build_rest:
        pages.build_in_background()
    return pages
