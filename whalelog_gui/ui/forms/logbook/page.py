"""The logbook area of the main window (issue 4): title page, today's sheet, previous days, and kept drafts.

Construct with the database, a `current_fix()` returning (latest Fix or None, its age in seconds on the
monotonic clock) and `who()` returning the name of the person at the keyboard (the `who` of every audited save).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.records.title_page import TitlePage
from whalelog_gui.store import logbook_repo
from whalelog_gui.store.drafts import Draft, load_drafts
from whalelog_gui.store.settings import get_setting, set_setting
from whalelog_gui.store.vessel import load_ship_clock
from whalelog_gui.ui.forms.logbook.draft_offers import DraftOffers, is_logbook_draft, sheet_of
from whalelog_gui.ui.forms.logbook.previous_days import PreviousDays
from whalelog_gui.ui.forms.logbook.sheet_controller import SheetController
from whalelog_gui.ui.forms.logbook.sheet_view import SheetView
from whalelog_gui.ui.forms.logbook.stamping import Clock, CurrentFix, Moment, system_clock
from whalelog_gui.ui.forms.logbook.title_page_form import TitlePageForm, start_next_season
from whalelog_gui.ui.i18n import Retranslating, translate

CURRENT_LOGBOOK = "logbook.current_id"  # store.settings key: the logbook reused until a new season is entered
DAY_CHECK_MS = 10_000


class LogbookPage(Retranslating, QWidget):
    def _add_tab(self, page: QWidget, title) -> None:
        """A sheet tab, its title said in the crew's language and re-said on a language switch."""
        index = self.tabs.addTab(page, "")
        self.tr_bind(lambda text, i=index: self.tabs.setTabText(i, text), title)

    def __init__(
        self,
        db,
        current_fix: CurrentFix,
        who: Callable[[], str],
        parent=None,
        *,
        clock: Clock = system_clock,
        writer=None,
        staged: bool = False,
    ):
        """writer: the session's StoreWriter, so drafts are written off the GUI thread. staged: built by whoever
        runs `steps` (ui/pages.py at start-up, one step per event-loop turn), not all at once here."""
        super().__init__(parent)
        self.db, self.current_fix, self.who, self.clock, self.writer = db, current_fix, who, clock, writer
        self.steps = self._build()
        if not staged:
            for _ in self.steps:
                pass

    def _build(self) -> Iterator[QWidget]:
        """The page in steps short enough for one event-loop turn each (issue 14); each yields the part it built."""
        db, who, writer = self.db, self.who, self.writer
        self.title_page: TitlePage | None = None
        self.ship_clock = load_ship_clock(db)  # read once, and again when Settings change it: not on every tick
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.draft_offers = DraftOffers(db)
        layout.addWidget(self.draft_offers)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        corner = QWidget()  # the logbook chooser sits beside the tabs: no row of its own on a short screen
        bar = QHBoxLayout(corner)
        bar.setContentsMargins(6, 0, 0, 0)
        corner.setStyleSheet("QPushButton { min-height: 24px; padding: 2px 10px; }")  # as high as the tabs
        logbook_label = QLabel()
        self.tr_bind(logbook_label.setText, QT_TRANSLATE_NOOP("Logbook", "Logbook:"))
        bar.addWidget(logbook_label)
        self.logbook_combo = QComboBox()
        self.logbook_combo.setMinimumWidth(180)
        self.logbook_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.logbook_combo.setMinimumContentsLength(16)
        bar.addWidget(self.logbook_combo, 1)
        self.new_season_button = QPushButton()
        self.tr_bind(self.new_season_button.setText, QT_TRANSLATE_NOOP("Logbook", "New season…"))
        bar.addWidget(self.new_season_button)
        self.tabs.setCornerWidget(corner)

        yield corner
        # each tab's page made inside the tab widget's stack: added from outside, it is styled again (~5 ms a tab)
        stack = self.tabs.findChild(QStackedWidget)
        self.today_view = SheetView(live=True, parent=stack)
        self._add_tab(self.today_view, QT_TRANSLATE_NOOP("Logbook", "Today's sheet"))
        yield self.today_view
        self.previous_view = SheetView(live=False)
        self.previous_days = PreviousDays(self.previous_view, stack)
        self._add_tab(self.previous_days, QT_TRANSLATE_NOOP("Logbook", "Previous days"))
        yield self.previous_days
        self.title_form = TitlePageForm(db, who, stack, writer=writer)
        self._add_tab(self.title_form, QT_TRANSLATE_NOOP("Logbook", "Title page"))
        yield self.title_form
        self.today: SheetController | None = None
        self.previous: SheetController | None = None

        self.title_form.saved.connect(self._title_saved)
        self.logbook_combo.activated.connect(lambda i: self.open_logbook(self.logbook_combo.itemData(i)))
        self.new_season_button.clicked.connect(self.new_season)
        self.previous_days.sheet_chosen.connect(lambda sheet_id: self.previous and self.previous.open_sheet(sheet_id))
        self.draft_offers.restore_requested.connect(self.restore_draft)
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self.check_day)
        self.day_timer.start()

        books = logbook_repo.list_logbooks(db)
        remembered = get_setting(db, CURRENT_LOGBOOK)
        chosen = next((b for b in books if b.id == remembered), books[0] if books else None)
        # today's sheet on this turn. The previous days (the season's index, yesterday's sheet below it: ~30 ms on a
        # 200-day season) are read when their tab is first shown, not while the window starts (issue 14)
        self._previous_days_read = False
        self.open_logbook(chosen.id if chosen else None, previous_days=False)
        self.tabs.currentChanged.connect(self._tab_shown)
        yield self
        self.draft_offers.offer([d for k, d in load_drafts(db).items() if is_logbook_draft(k)])

    # --- logbook (one per catcher per season) ---------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        for index, book in enumerate(self.__dict__.get("books", [])):  # the chooser's entries, no database read
            self.logbook_combo.setItemText(index, self._book_text(book))

    def _book_text(self, book) -> str:
        return translate("Logbook", "{catcher} — season {season}").format(catcher=book.catcher_name, season=book.season)

    def _fill_combo(self) -> None:
        self.logbook_combo.clear()
        self.books = logbook_repo.list_logbooks(self.db)
        for book in self.books:
            self.logbook_combo.addItem(self._book_text(book), book.id)
        if self.title_page is not None:
            self.logbook_combo.setCurrentIndex(self.logbook_combo.findData(self.title_page.id))

    def open_logbook(self, logbook_id: str | None, *, previous_days: bool = True) -> None:
        """Show logbook `logbook_id` (None: none yet, the title page to fill); previous_days False leaves its index
        and yesterday's sheet to the caller (the start-up's next step)."""
        self.title_page = None if logbook_id is None else logbook_repo.load_title_page(self.db, logbook_id)
        self._fill_combo()
        has_book = self.title_page is not None
        self.tabs.setTabEnabled(0, has_book)
        self.tabs.setTabEnabled(1, has_book)
        self.title_form.show_page(self.title_page)
        for controller in (self.today, self.previous):
            if controller is not None:
                controller.timer.stop()
                controller.deleteLater()
        self.today = self.previous = None
        if not has_book:
            self.tabs.setCurrentWidget(self.title_form)
            return
        if get_setting(self.db, CURRENT_LOGBOOK) != self.title_page.id:
            try:
                set_setting(self.db, CURRENT_LOGBOOK, self.title_page.id)
            except sqlite3.OperationalError:  # a logbook opened read-only (issue 11): only a convenience not kept
                pass
        page, who, fix, clock = self.title_page, self.who, self.current_fix, self.clock
        self.today = SheetController(self.db, self.today_view, page, who, fix, clock, self, writer=self.writer)
        self.previous = SheetController(self.db, self.previous_view, page, who, fix, clock, self, writer=self.writer)
        self.today.changed.connect(lambda: self._saved(self.today, self.previous))
        self.previous.changed.connect(lambda: self._saved(self.previous, self.today))
        self.today.open_day(self.ship_day())
        if previous_days:
            self.refresh_previous_days()
        self.tabs.setCurrentWidget(self.today_view)

    def _title_saved(self, page: TitlePage) -> None:
        if self.title_page is None or page.id != self.title_page.id:
            self.open_logbook(page.id)
        else:
            self.title_page = page
            for controller in (self.today, self.previous):
                controller.title_page = page
                controller.refresh()
            self._fill_combo()

    def new_season(self) -> None:
        """A blank title page pre-filled with the current catcher's particulars; it becomes a new logbook."""
        self.title_form.show_page(start_next_season(self.title_page) if self.title_page else None)
        self.tabs.setCurrentWidget(self.title_form)
        self.title_form.inputs["season"].setFocus()

    # --- sheets --------------------------------------------------------------------------------------------

    def _saved(self, source: SheetController, other: SheetController) -> None:
        """A save in one view: the other shows the same sheet fresh if it has it open, and the index updates."""
        if (
            other.sheet is not None
            and source.sheet is not None
            and other.sheet.id == source.sheet.id
            and other.active_dialog is None
        ):
            other.open_sheet(other.sheet.id)
        self.refresh_previous_days()

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.previous_days and not self._previous_days_read:
            self.refresh_previous_days()

    def refresh_previous_days(self, *, open_latest: bool = True) -> None:
        """The index of the logbook's sheets; open_latest: and, if none is open below it, the latest earlier day."""
        if self.title_page is None:
            return
        self._previous_days_read = True
        self.previous_days.show_sheets(logbook_repo.list_sheets(self.db, self.title_page.id))
        if open_latest:
            self.open_latest_previous_day()

    def open_latest_previous_day(self) -> None:
        """Open the latest day before today below the index, unless a sheet is open there already: yesterday is
        what is looked at most."""
        if self.previous is None or self.previous.sheet is not None:
            return
        today = self.today.sheet.id if self.today and self.today.sheet else None
        earlier = [s for s in self.previous_days.sheets if s.id != today]
        if earlier:
            self.previous_days.choose(earlier[-1].id)

    def ship_day(self):
        """Today's ship's date: sheets are dated by it, from the ship's time-zone history in the logbook (issue 15)."""
        return self.ship_clock.ship_date(Moment.now(self.current_fix, self.clock).time)

    def ship_time_changed(self) -> None:
        """The ship's time zone was changed in Settings: today's sheet may now be another ship's date."""
        self.ship_clock = load_ship_clock(self.db)
        for controller in (self.today, self.previous):
            if controller is not None and controller.day is not None:
                controller.refresh()
        self.check_day()

    def check_day(self) -> None:
        """After midnight ship's time today's sheet becomes the new day's (not while a dialog is open on the old one)."""
        if self.today is None or self.today.active_dialog is not None:
            return
        day = self.ship_day()
        if day != self.today.day:
            self.today.open_day(day)
            self.refresh_previous_days()

    def open_previous(self, sheet_id: str) -> None:
        if not self._previous_days_read:  # the index first: showing the tab would open yesterday's sheet first
            self.refresh_previous_days(open_latest=False)
        self.tabs.setCurrentWidget(self.previous_days)
        self.previous_days.choose(sheet_id)
        if self.previous.sheet is None or self.previous.sheet.id != sheet_id:
            self.previous.open_sheet(sheet_id)

    # --- drafts --------------------------------------------------------------------------------------------

    def restore_draft(self, draft: Draft):
        """Reopen the form a kept draft belongs to, filled with what was typed."""
        key = draft.form_key
        if key.startswith("title-page:"):
            logbook_id = key.split(":", 1)[1]
            if logbook_id != "new" and (self.title_page is None or self.title_page.id != logbook_id):
                self.open_logbook(logbook_id)
            elif logbook_id == "new":
                self.title_form.show_page(None)
            self.tabs.setCurrentWidget(self.title_form)
            self.title_form.restore(draft.data)
            return self.title_form
        sheet_id = sheet_of(key)
        if self.today is None:
            return None
        if self.today.sheet is not None and self.today.sheet.id == sheet_id:
            self.tabs.setCurrentWidget(self.today_view)
            return self.today.restore_draft(key, draft.data)
        self.open_previous(sheet_id)
        return self.previous.restore_draft(key, draft.data)
