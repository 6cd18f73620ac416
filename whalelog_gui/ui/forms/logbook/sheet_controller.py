"""What today's (or a previous day's) sheet does: which sheet is open, opening it on the first tap, the dialogs
and their drafts. The controller decides; SheetView lays out and shows.

Its actions are in their own modules, mixed in here: logging events (sheet_event_logging.py), what the sheet shows
(sheet_display.py), deleting, weather and the tally (sheet_record_actions.py), and corrections and sign-off
(sheet_amendments.py). Every save goes through store.sheet_entries / store.logbook_repo; refused input comes back
as InvalidRecord and is shown at the field by the dialog. Open dialogs keep drafts (DraftKeeper) so a crash loses
nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog

from whalelog_gui.messages import reason_of
from whalelog_gui.records.daily_sheet import DailyRecordSheet
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.field_error import InvalidRecord
from whalelog_gui.records.ship_time import ShipClock
from whalelog_gui.records.title_page import TitlePage
from whalelog_gui.store import logbook_repo
from whalelog_gui.store.audit import AuditError
from whalelog_gui.store.vessel import load_ship_clock
from whalelog_gui.ui.forms.logbook.drafts import DraftKeeper
from whalelog_gui.ui.forms.logbook.event_dialog import EventDialog, EventMode, stamp_from_draft
from whalelog_gui.ui.forms.logbook.sheet_amendments import SheetAmendments
from whalelog_gui.ui.forms.logbook.sheet_display import TICK_MS, SheetDisplay
from whalelog_gui.ui.forms.logbook.sheet_event_logging import SheetEventLogging
from whalelog_gui.ui.forms.logbook.sheet_record_actions import SheetRecordActions
from whalelog_gui.ui.forms.logbook.sheet_view import SheetView, set_role
from whalelog_gui.ui.i18n import tr_message, translate
from whalelog_gui.ui.forms.logbook.stamping import Moment
from whalelog_gui.ui.store_op import FormStore, StoreOp

T = TypeVar("T")


class SheetController(SheetEventLogging, SheetDisplay, SheetAmendments, SheetRecordActions, QObject):
    changed = Signal()  # a save happened (the page refreshes previous days)

    def __init__(self, db, view: SheetView, page: TitlePage, who, current_fix, clock, parent=None, *, writer=None):
        super().__init__(parent)
        self.db, self.view, self.title_page, self.writer = db, view, page, writer
        self.store = FormStore(db, writer)  # the dialogs' saves: on the writer's thread when there is one
        self.who, self.current_fix, self.clock = who, current_fix, clock
        self.sheet: DailyRecordSheet | None = None
        self.day: date | None = None
        self.ship_clock: ShipClock = load_ship_clock(db)  # the sheet's date and hours are the ship's (issue 15)
        self.active_dialog: QDialog | None = None
        self.keeper: DraftKeeper | None = None
        self._opening: list[Callable[[DailyRecordSheet], object]] | None = None  # waiting for the sheet to open
        v = view
        v.buttons.tapped.connect(self.tap)
        v.buttons.key_pressed.connect(self.key_pressed)
        v.event_list.edit_requested.connect(self.edit_event)
        v.event_list.insert_requested.connect(self.insert_event)
        v.event_list.delete_requested.connect(self.delete_event)
        v.weather.add_requested.connect(self.add_weather)
        v.weather.edit_requested.connect(self.edit_weather)
        v.whales_seen.edit_requested.connect(self.edit_whales_seen)
        v.sign_button.clicked.connect(self.sign)
        v.language_changed.connect(self.show)  # the header and status lines in the new language (no database read)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        if v.live:
            self.timer.start()

    # --- which sheet ---------------------------------------------------------------------------------------

    def moment(self) -> Moment:
        return Moment.now(self.current_fix, self.clock)

    def open_day(self, day: date) -> None:
        """Show the logbook's sheet for `day` (none yet: the first tap opens it with the next number)."""
        self.day = day
        sheet_id = logbook_repo.sheet_id_for_day(self.db, self.title_page.id, day)
        self.sheet = None if sheet_id is None else logbook_repo.load_sheet(self.db, sheet_id)
        self.refresh()

    def open_sheet(self, sheet_id: str) -> None:
        self.sheet = logbook_repo.load_sheet(self.db, sheet_id)
        self.day = self.sheet.day
        self.refresh()

    def ensure_sheet(self, then: Callable[[DailyRecordSheet], T]) -> T | None:
        """then(the day's sheet): at once when it exists; otherwise once it is opened (create_sheet, the next
        number), which commits on the store writer's thread like every other write. Returns then()'s result when
        it ran now, None while the sheet is being opened (a refusal is said on the logged line)."""
        if self.sheet is not None:
            return then(self.sheet)
        if self._opening is not None:  # a second tap while the sheet is being opened waits for the same sheet
            self._opening.append(then)
            return None
        self._opening = [then]
        title_id, day, who = self.title_page.id, self.day, self.who()

        def write(db) -> DailyRecordSheet:
            return logbook_repo.create_sheet(db, title_id, day, who)

        if self.writer is not None:
            StoreOp(self, self.writer, write, self._sheet_opened).failure(self._sheet_refused).run_in_background()
            return None
        try:
            sheet = write(self.db)
        except (InvalidRecord, AuditError, sqlite3.Error) as refused:
            self._sheet_refused(refused)
            return None
        self._opening = None  # written here and now: nobody else can have asked meanwhile
        self.sheet = sheet
        self.refresh()
        return then(sheet)

    def _sheet_opened(self, sheet: DailyRecordSheet) -> None:  # on the GUI thread, once the writer has stored it
        waiting, self._opening = self._opening or [], None
        self.sheet = sheet
        self.refresh()
        for then in waiting:
            then(sheet)

    def _sheet_refused(self, refused: Exception) -> None:
        self._opening = None
        self.view.logged_label.setText(
            translate("LogbookSheet", "Could not open today's sheet: {reason}").format(
                reason=tr_message(reason_of(refused))
            )
        )
        set_role(self.view.logged_label, "alarm")

    def reload(self) -> None:
        if self.sheet is not None:
            self.sheet = logbook_repo.load_sheet(self.db, self.sheet.id)
        self.refresh()
        self.changed.emit()

    # --- dialogs and drafts --------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, draft_key: str) -> QDialog:
        previous, kept = self.active_dialog, self.keeper
        self.active_dialog, self.keeper = None, None
        if previous is not None:  # replaced, not cancelled by the user: keep what it held as a draft
            if kept is not None:
                kept.flush()
                kept.closed = True
            previous.reject()
        self.active_dialog = dialog
        self.keeper = (
            DraftKeeper(self.db, draft_key, dialog.draft_data, dialog, writer=self.writer)
            if hasattr(dialog, "draft_data")
            else None
        )
        if self.keeper is not None:
            dialog.changed.connect(self.keeper.touch)
            self.keeper.flush()  # the stamp itself is worth keeping from the first moment
        dialog.finished.connect(lambda result, d=dialog: self._closed(d, result))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog, result: int) -> None:
        keeper = self.keeper if self.active_dialog is dialog else None
        if keeper is not None:
            keeper.discard()  # saved or cancelled on purpose: nothing to offer back
        if self.active_dialog is dialog:
            self.active_dialog, self.keeper = None, None
        if result == QDialog.DialogCode.Accepted:
            self.reload()
        dialog.deleteLater()

    def event_draft_key(self, mode: EventMode, event: LogEvent) -> str:
        if mode in (EventMode.EDIT, EventMode.AMEND):
            return f"event-edit:{self.sheet.id}:{event.id}"
        return f"event:{self.sheet.id}"  # a new event's dialog opens once its sheet is there

    def open_event_dialog(self, mode: EventMode, event: LogEvent, draft: dict | None = None) -> EventDialog:
        dialog = EventDialog(mode, event, self._event_saver(mode, event), self.view, store=self.store)
        if mode is EventMode.NEW:  # said once it is stored, not when Save is pressed
            dialog.accepted.connect(lambda: dialog.saved_event and self.show_logged(dialog.saved_event))
        if draft is not None:
            dialog.restore(draft)
        return self._open(dialog, self.event_draft_key(mode, event))

    def restore_draft(self, key: str, data: dict) -> QDialog | None:
        """Reopen the dialog a draft was kept for, with what had been typed."""
        if key.startswith("weather:"):
            return self.add_weather(data)
        if key.startswith("weather-edit:"):
            found = any(o.id == data.get("obs_id") for o in (self.sheet.weather if self.sheet else []))
            return self.edit_weather(data["obs_id"], data) if found else None
        mode, kind = EventMode(data["mode"]), EventKind(data["kind"])
        if mode in (EventMode.NEW, EventMode.INSERT):
            return self.ensure_sheet(lambda _sheet: self.open_event_dialog(mode, stamp_from_draft(kind, data), data))
        event = next((e for e in (self.sheet.events if self.sheet else []) if e.id == data.get("event_id")), None)
        if event is None:
            return None
        return self.open_event_dialog(EventMode.AMEND if self.sheet.signed else EventMode.EDIT, event, data)

    def _event(self, event_id: str) -> LogEvent:
        return next(e for e in self.sheet.events if e.id == event_id)

    def insert_event(self) -> EventDialog | None:
        """The insert dialog, now (or once the day's sheet is opened, then None here)."""
        return self.ensure_sheet(self._insert_on)

    def _insert_on(self, sheet: DailyRecordSheet) -> EventDialog:
        if self.view.live or not sheet.events:
            at = self.moment().time.replace(microsecond=0)
        else:  # a previous day: start from its last event, the user types the real time
            at = sheet.events[-1].at
        return self.open_event_dialog(EventMode.INSERT, LogEvent(EventKind.SEARCH_STARTED, at, no_fix=True))
