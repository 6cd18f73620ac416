"""Signing the day's sheet and correcting it: before sign-off an event or a weather observation is edited with a
reason; sign-off (Table 1 "Signed") locks the sheet, and after it a correction is an amendment record with its
reason, shown beside the original, which stays.

A mixin of SheetController (sheet_controller.py), which provides sheet, who, clock, moment(), store, view, _event()
and _open(); the event dialog's saver is here because which write it makes (add, update, amend) is this decision.
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.records.daily_sheet import Amendment
from whalelog_gui.records.events import LogEvent
from whalelog_gui.records.field_error import InvalidRecord, raise_if
from whalelog_gui.store import logbook_repo, sheet_entries
from whalelog_gui.ui.forms.logbook.event_dialog import EventDialog, EventMode
from whalelog_gui.ui.forms.logbook.sign_off import SignOffDialog
from whalelog_gui.ui.forms.logbook.weather import WeatherDialog

EDITABLE_EVENT_FIELDS = [f.name for f in dataclass_fields(LogEvent) if f.name not in ("id", "sheet_id", "kind")]
WEATHER_FIELDS = ("at", "sea_state", "wind_force", "wind_direction_deg", "visibility_nm")


class SheetAmendments:
    def edit_event(self, event_id: str) -> EventDialog:
        mode = EventMode.AMEND if self.sheet.signed else EventMode.EDIT
        return self.open_event_dialog(mode, self._event(event_id))

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

    def edit_weather(self, obs_id: str, draft: dict | None = None) -> WeatherDialog:
        obs = next(o for o in self.sheet.weather if o.id == obs_id)

        def save(value, reason):
            changes = {k: getattr(value, k) for k in WEATHER_FIELDS if getattr(value, k) != getattr(obs, k)}
            who, gps_now, sheet_id = self.who(), self.moment().gps_now, self.sheet.id
            if self.sheet.signed:  # locked: the correction is a new amendment record, the original stays
                raise_if(value.validate(gps_now))
                amendment = Amendment("weather", obs_id, changes, reason)
                return lambda db: logbook_repo.add_amendment(db, sheet_id, amendment, who)
            if not changes:
                return None
            return lambda db: sheet_entries.update_weather(db, obs_id, changes, who, reason, gps_now=gps_now)

        dialog = WeatherDialog(obs, save, editing=True, parent=self.view, store=self.store)
        if draft:
            dialog.restore(draft)
        return self._open(dialog, f"weather-edit:{self.sheet.id}:{obs_id}")

    def sign(self) -> SignOffDialog:
        def on_sign(signature):
            sheet_id, who = self.sheet.id, self.who()
            return lambda db: logbook_repo.sign_sheet(db, sheet_id, signature, who)

        title = Message(
            QT_TRANSLATE_NOOP("LogbookSheet", "sheet No. {number} of {day}"),
            number=self.sheet.sheet_no,
            day=f"{self.sheet.day:%Y-%m-%d}",
        )
        return self._open(SignOffDialog(title, self.who(), on_sign, self.clock, self.view, store=self.store), "")
