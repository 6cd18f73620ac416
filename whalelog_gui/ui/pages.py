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
from PySide6.QtWidgets import QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.ui import gui_turns
from whalelog_gui.ui.page_forms import add_forms, signing_fingerprint
from whalelog_gui.ui.page_slot import PageSlot

log = logging.getLogger("whalelog.app")
# A real timer, not a zero one: zero timers posted while the queue is drained run in the same pass, before input
# and paint events, so two pages would be built in one freeze.
NEXT_PAGE_MS = 1


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
        add_forms(self)
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

    def built_page(self, title: str) -> QWidget | None:
        """The page of tab `title` if it is built, else None (never builds it)."""
        return self._slots[title].page

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
