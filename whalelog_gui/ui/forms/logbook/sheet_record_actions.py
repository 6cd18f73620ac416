"""The sheet's other records: deleting an event (with a reason), a new weather observation, the whales-seen tally.

Corrections after the fact and sign-off are in sheet_amendments.py.

A mixin of SheetController (sheet_controller.py), which provides db, writer, store, sheet, who, moment(),
ensure_sheet(), _event(), _open(), reload() and view; kept apart so each module stays small.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QDialog

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.records.daily_sheet import SheetSignedError
from whalelog_gui.records.field_error import InvalidRecord
from whalelog_gui.records.whales_seen import WhalesSeenEntry
from whalelog_gui.store import sheet_entries
from whalelog_gui.store.audit import AuditError
from whalelog_gui.ui.forms.logbook.event_labels import LABELS
from whalelog_gui.ui.forms.logbook.reason_dialog import ReasonDialog
from whalelog_gui.ui.forms.logbook.weather import WeatherDialog, new_observation
from whalelog_gui.ui.forms.logbook.whales_seen import WhalesSeenDialog
from whalelog_gui.ui.i18n import translate
from whalelog_gui.ui.store_op import StoreOp


class SheetRecordActions:
    def delete_event(self, event_id: str) -> ReasonDialog:
        event = self._event(event_id)
        dialog = ReasonDialog(
            translate(
                "LogbookSheet", "Delete '{event}' at {time} UTC? It stays in the audit trail. Why is it deleted?"
            ).format(event=LABELS[event.kind], time=f"{event.at:%H:%M:%S}"),
            translate("LogbookSheet", "Delete"),
            self.view,
        )

        def refused(exc: Exception) -> None:
            self.view.say(QT_TRANSLATE_NOOP("LogbookSheet", "NOT deleted: {reason}"), "alarm", reason=str(exc))

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            who, reason = self.who(), dialog.reason
            if self.writer is not None:  # committed on the store writer; the sheet is reloaded once it is
                StoreOp(
                    self,
                    self.writer,
                    lambda db: sheet_entries.delete_event(db, event_id, who, reason),
                    lambda _none: self.reload(),
                ).failure(refused).run_in_background()
                return
            try:
                sheet_entries.delete_event(self.db, event_id, who, reason)
            except (InvalidRecord, SheetSignedError, AuditError, sqlite3.Error) as exc:
                refused(exc)

        dialog.finished.connect(done)  # before _open's handler: delete first, then reload
        return self._open(dialog, "")

    def add_weather(self, draft: dict | None = None) -> WeatherDialog | None:
        """The new-observation dialog, now (or once the day's sheet is opened, then None here)."""
        return self.ensure_sheet(lambda sheet: self._add_weather(sheet, draft))

    def _add_weather(self, sheet, draft: dict | None) -> WeatherDialog:
        obs = new_observation(self.moment().time)

        def save(value, _reason):  # prepared here, written by the store writer
            who, gps_now = self.who(), self.moment().gps_now
            return lambda db: sheet_entries.add_weather(db, sheet.id, value, who, gps_now=gps_now)

        dialog = WeatherDialog(obs, save, editing=False, parent=self.view, store=self.store)
        if draft:
            dialog.restore(draft)
        return self._open(dialog, f"weather:{sheet.id}")

    def edit_whales_seen(self, entry: WhalesSeenEntry) -> WhalesSeenDialog:
        def save(value: WhalesSeenEntry, reason: str):
            sheet_id, who = self.sheet.id, self.who()
            return lambda db: sheet_entries.set_whales_seen(db, sheet_id, value, who, reason)

        return self._open(WhalesSeenDialog(entry, save, self.view, store=self.store), "")
