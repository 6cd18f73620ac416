"""What today's (or a previous day's) sheet does: stamp and log events, edit with a reason, weather, tally, sign.

Every save goes through store.sheet_entries / store.logbook_repo; refused input comes back as InvalidRecord and
is shown at the field by the dialog. Open dialogs keep drafts (DraftKeeper) so a crash loses nothing.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import fields as dataclass_fields
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message, reason_of
from whalelog_gui.nav.format import format_position
from whalelog_gui.records.activity_totals import Activity, ActivityTotals, activity_after
from whalelog_gui.records.daily_sheet import Amendment, DailyRecordSheet, SheetSignedError
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.field_error import InvalidRecord
from whalelog_gui.records.ship_time import ShipClock
from whalelog_gui.records.title_page import TitlePage
from whalelog_gui.store import logbook_repo, sheet_entries
from whalelog_gui.store.audit import AuditError
from whalelog_gui.store.held_writes import not_saved_reason
from whalelog_gui.store.vessel import load_ship_clock
from whalelog_gui.ui.forms.logbook.drafts import DraftKeeper
from whalelog_gui.ui.forms.logbook.event_dialog import EventDialog, EventMode, stamp_from_draft
from whalelog_gui.ui.forms.logbook.event_labels import LABELS, NEEDS_DETAILS, NO_FIX_TEXT
from whalelog_gui.ui.forms.logbook.sheet_record_actions import SheetRecordActions
from whalelog_gui.ui.store_op import FormStore, StoreOp
from whalelog_gui.ui.forms.logbook.sheet_view import SheetView, set_role
from whalelog_gui.ui.forms.logbook.stamping import Moment
from whalelog_gui.ui.forms.signer_fields import ROLE_NAMES
from whalelog_gui.ui.i18n import tr_message, tr_template, translate

T = TypeVar("T")

# what the catcher is doing now, in the header of today's sheet (None: after "Ceased operations")
ACTIVITY_NOW = {
    Activity.SEARCHING: QT_TRANSLATE_NOOP("LogbookSheet", "searching"),
    Activity.CHASING_WITH_ASDIC: QT_TRANSLATE_NOOP("LogbookSheet", "chasing with asdic"),
    Activity.CHASING_WITHOUT_ASDIC: QT_TRANSLATE_NOOP("LogbookSheet", "chasing without asdic"),
    Activity.HANDLING: QT_TRANSLATE_NOOP("LogbookSheet", "handling"),
    Activity.TOWING: QT_TRANSLATE_NOOP("LogbookSheet", "towing"),
    Activity.RESTING: QT_TRANSLATE_NOOP("LogbookSheet", "resting"),
    Activity.OTHER: QT_TRANSLATE_NOOP("LogbookSheet", "other"),
    None: QT_TRANSLATE_NOOP("LogbookSheet", "operations ceased"),
}
TICK_MS = 1000  # fix line and running totals follow the clock
EDITABLE_EVENT_FIELDS = [f.name for f in dataclass_fields(LogEvent) if f.name not in ("id", "sheet_id", "kind")]


def next_serial(previous: str) -> str:
    """KM7-0042 -> KM7-0043: catch serials usually count up within a season."""
    match = re.search(r"(\d+)$", previous)
    if not match:
        return ""
    digits = match[1]
    return previous[: match.start()] + str(int(digits) + 1).zfill(len(digits))


class SheetController(SheetRecordActions, QObject):
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

    # --- showing -------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.day is None:  # no sheet chosen yet (previous days before one is picked)
            return
        self.ship_clock = load_ship_clock(self.db)  # a zone change made in Settings shows at once
        self.show()

    def show(self) -> None:
        """The sheet as loaded, in the language showing."""
        if self.day is None:
            return
        v, sheet, clock = self.view, self.sheet, self.ship_clock
        number = sheet.sheet_no if sheet else translate("LogbookSheet", "(new)")
        start, _ = clock.day_bounds(self.day)
        v.title_label.setText(
            translate("LogbookSheet", "Sheet No. {number} · {day} ({zone}) · {catcher}").format(
                number=number,
                day=f"{self.day:%Y-%m-%d}",
                zone=clock.zone_name(start),
                catcher=self.title_page.catcher_name,
            )
        )
        v.title_label.setToolTip(
            translate("LogbookSheet", "Dated by the ship's date; times are ship's time with UTC beside them")
        )
        changes = clock.changes_on(self.day)
        v.show_zone_change("; ".join(tr_message(clock.change_text(c, before)) for c, before in changes) or None)
        signed = bool(sheet and sheet.signed)
        if signed:
            s = sheet.signature
            v.show_lock(
                translate("LogbookSheet", "SIGNED by {name} ({role}) {when} — amend only").format(
                    name=s.name, role=tr_template(ROLE_NAMES[s.role]), when=clock.date_stamp(s.at)
                )
            )
        else:
            v.show_lock(None)
        v.sign_button.setEnabled(bool(sheet and sheet.events) and not signed)
        for button in v.buttons.buttons.values():
            button.setEnabled(not signed)
        v.event_list.show_sheet(sheet, clock)
        v.weather.show_weather(sheet, clock)
        v.whales_seen.show_entries(sheet.whales_seen() if sheet else [], editable=bool(sheet) and not signed)
        self.tick()

    def tick(self) -> None:
        moment = self.moment()
        v = self.view
        if v.live:
            if moment.has_fresh_fix:
                v.fix_label.setText(
                    f"GPS {self.ship_clock.stamp(moment.fix.time, seconds=True)}  "
                    f"{format_position(moment.fix.lat, moment.fix.lon)}"
                )
                set_role(v.fix_label, "ok")
            else:
                v.fix_label.setText(
                    translate(
                        "LogbookSheet", "{no_fix} — events are logged with the computer clock and no position"
                    ).format(no_fix=tr_template(NO_FIX_TEXT))
                )
                set_role(v.fix_label, "alarm")
        events = self.sheet.events if self.sheet else []
        until = moment.time if v.live and not (self.sheet and self.sheet.signed) else None
        v.totals.show_totals(self.sheet.totals(until) if self.sheet else ActivityTotals())
        current, ceased = Activity.OTHER, False
        for event in events:
            ceased = ceased or event.kind is EventKind.CEASED
            current = Activity.OTHER if event.kind is EventKind.CEASED else activity_after(event, current)
        now = ACTIVITY_NOW[None if ceased else current]  # not "other" after Ceased
        v.activity_label.setText(
            translate("LogbookSheet", "Now: {activity}").format(activity=tr_template(now)) if events and v.live else ""
        )

    def show_logged(self, event: LogEvent) -> None:
        where = (
            Message(QT_TRANSLATE_NOOP("LogbookSheet", "{no_fix} (no position)"), no_fix=NO_FIX_TEXT)
            if event.no_fix
            else format_position(event.lat, event.lon)
        )
        self.view.say(
            QT_TRANSLATE_NOOP("LogbookSheet", "Logged: {event} at {when} — {where}"),
            "alarm" if event.no_fix else "ok",
            event=LABELS.template(event.kind),
            when=self.ship_clock.stamp(event.at, True),
            where=where,
        )

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

    # --- events --------------------------------------------------------------------------------------------

    def key_pressed(self, kind: EventKind) -> LogEvent | None:
        """An event's F-key: as its button, or a refusal that says why when the sheet is signed (issue 15)."""
        if self.sheet is not None and self.sheet.signed:
            self.view.say(
                QT_TRANSLATE_NOOP(
                    "LogbookSheet",
                    "Not logged: {event} — today's sheet is signed and locked; correct it with an amendment "
                    "(Previous days → the sheet → Insert after the fact).",
                ),
                "alarm",
                event=LABELS.template(kind),
            )
            return None
        return self.tap(kind)

    def tap(self, kind: EventKind) -> LogEvent | None:
        """One tap: stamp now; log at once, or open the details dialog for events that need them."""
        moment = self.moment()
        event = moment.stamp(kind)  # the stamp is taken now, whenever the sheet and the event are stored
        return self.ensure_sheet(lambda sheet: self._log(sheet, moment, event))

    def _log(self, sheet: DailyRecordSheet, moment: Moment, event: LogEvent) -> LogEvent | None:
        kind = event.kind
        if kind in NEEDS_DETAILS:
            self.prefill(event)
            self.open_event_dialog(EventMode.NEW, event)
            return None
        sheet_id, who = sheet.id, self.who()

        def write(db) -> None:
            sheet_entries.add_event(db, sheet_id, event, who, gps_now=moment.gps_now)

        if self.writer is not None:  # the stamp is taken now; its commit runs on the store writer's thread
            self.view.say(
                QT_TRANSLATE_NOOP("LogbookSheet", "Saving: {event} at {time} UTC…"),
                None,
                event=LABELS.template(kind),
                time=f"{event.at:%H:%M:%S}",
            )
            StoreOp(self, self.writer, write, lambda _none: self._tapped(event)).failure(
                lambda exc: self._not_logged(event, exc)
            ).run_in_background()
            return event
        try:
            write(self.db)
        except (InvalidRecord, SheetSignedError, AuditError, sqlite3.Error) as refused:
            self._not_logged(event, refused)
            return None
        self._tapped(event)
        return event

    def _tapped(self, event: LogEvent) -> None:
        self.show_logged(event)
        self.reload()

    def _not_logged(self, event: LogEvent, refused: Exception) -> None:
        if isinstance(refused, sqlite3.Error):
            self.view.say(
                QT_TRANSLATE_NOOP("LogbookSheet", "NOT logged: {event} at {time} UTC — {reason}"),
                "alarm",
                event=LABELS.template(event.kind),
                time=f"{event.at:%H:%M:%S}",
                reason=not_saved_reason(refused),
            )
            return
        reasons = [e.reason for e in refused.errors] if isinstance(refused, InvalidRecord) else [str(refused)]
        self.view.say(
            QT_TRANSLATE_NOOP("LogbookSheet", "NOT logged: {event} — {reason}"),
            "alarm",
            event=LABELS.template(event.kind),
            reason="; ".join(map(tr_message, reasons)),
        )

    def prefill(self, event: LogEvent) -> None:
        if event.kind is EventKind.WHALES_SEEN:
            event.number_seen, event.number_of_groups = 1, 1
            event.found_lat, event.found_lon = event.lat, event.lon
            event.found_by_catcher = self.title_page.catcher_name
        elif event.kind is EventKind.CHASE_STARTED:
            event.asdic_used = bool(self.title_page.asdic_make_model.strip())
        elif event.kind is EventKind.FLAGGED_ALONGSIDE:
            serials = [e.catch_serial for e in (self.sheet.events if self.sheet else []) if e.catch_serial]
            event.catch_serial = next_serial(serials[-1]) if serials else ""
        elif event.kind is EventKind.DELIVERED:
            event.delivered_at = event.at.replace(second=0, microsecond=0)

    def open_event_dialog(self, mode: EventMode, event: LogEvent, draft: dict | None = None) -> EventDialog:
        dialog = EventDialog(mode, event, self._event_saver(mode, event), self.view, store=self.store)
        if mode is EventMode.NEW:  # said once it is stored, not when Save is pressed
            dialog.accepted.connect(lambda: dialog.saved_event and self.show_logged(dialog.saved_event))
        if draft is not None:
            dialog.restore(draft)
        return self._open(dialog, self.event_draft_key(mode, event))

    def _event_saver(self, mode: EventMode, original: LogEvent):
        """(event, reason) -> the write, prepared on the GUI thread (the fix, who is on watch) and run by the
        store writer (FormStore): its commit never freezes the window."""

        def save(event: LogEvent, reason: str):
            gps_now, who = self.moment().gps_now, self.who()
            if mode in (EventMode.NEW, EventMode.INSERT):
                sheet_id = self.sheet.id  # the dialog was opened on it (ensure_sheet)
                return lambda db: sheet_entries.add_event(db, sheet_id, event, who, gps_now=gps_now)
            changes = {k: getattr(event, k) for k in EDITABLE_EVENT_FIELDS if getattr(event, k) != getattr(original, k)}
            if mode is EventMode.EDIT:
                if not changes:
                    return None
                return lambda db: sheet_entries.update_event(db, original.id, changes, who, reason, gps_now=gps_now)
            errors = event.validate(gps_now)
            if errors:
                raise InvalidRecord(errors)
            amendment, sheet_id = Amendment("events", original.id, changes, reason), self.sheet.id
            return lambda db: logbook_repo.add_amendment(db, sheet_id, amendment, who)

        return save

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

    def edit_event(self, event_id: str) -> EventDialog:
        mode = EventMode.AMEND if self.sheet.signed else EventMode.EDIT
        return self.open_event_dialog(mode, self._event(event_id))

    def insert_event(self) -> EventDialog | None:
        """The insert dialog, now (or once the day's sheet is opened, then None here)."""
        return self.ensure_sheet(self._insert_on)

    def _insert_on(self, sheet: DailyRecordSheet) -> EventDialog:
        if self.view.live or not sheet.events:
            at = self.moment().time.replace(microsecond=0)
        else:  # a previous day: start from its last event, the user types the real time
            at = sheet.events[-1].at
        return self.open_event_dialog(EventMode.INSERT, LogEvent(EventKind.SEARCH_STARTED, at, no_fix=True))
