"""Logging events on the day's sheet: one tap (or F-key) stamps the time and position now and logs the event, or
opens its details dialog for the events that need them; a refusal is said on the logged line, never lost silently.

A mixin of SheetController (sheet_controller.py), which provides db, writer, view, sheet, title_page, who, moment(),
ensure_sheet(), open_event_dialog(), show_logged() and reload().
"""

from __future__ import annotations

import re
import sqlite3

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.records.daily_sheet import DailyRecordSheet, SheetSignedError
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.field_error import InvalidRecord
from whalelog_gui.store import sheet_entries
from whalelog_gui.store.audit import AuditError
from whalelog_gui.store.held_writes import not_saved_reason
from whalelog_gui.ui.forms.logbook.event_dialog import EventMode
from whalelog_gui.ui.forms.logbook.event_labels import LABELS, NEEDS_DETAILS
from whalelog_gui.ui.forms.logbook.stamping import Moment
from whalelog_gui.ui.i18n import tr_message
from whalelog_gui.ui.store_op import StoreOp


def next_serial(previous: str) -> str:
    """KM7-0042 -> KM7-0043: catch serials usually count up within a season."""
    match = re.search(r"(\d+)$", previous)
    if not match:
        return ""
    digits = match[1]
    return previous[: match.start()] + str(int(digits) + 1).zfill(len(digits))


class SheetEventLogging:
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
