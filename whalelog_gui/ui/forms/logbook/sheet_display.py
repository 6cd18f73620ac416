"""What the day's sheet shows: its header (number, ship's date and zone, the signature lock), the fix line, the
running activity totals and the line that says what was just logged.

A mixin of SheetController (sheet_controller.py), which provides db, view, sheet, day, title_page, ship_clock and
moment(); kept apart from the controller's decisions so each module stays small and reads as one concern.
"""

from __future__ import annotations

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.nav.format import format_position
from whalelog_gui.records.activity_totals import Activity, ActivityTotals, activity_after
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.store.vessel import load_ship_clock
from whalelog_gui.ui.forms.logbook.event_labels import LABELS, NO_FIX_TEXT
from whalelog_gui.ui.forms.logbook.sheet_view import set_role
from whalelog_gui.ui.forms.signer_fields import ROLE_NAMES
from whalelog_gui.ui.i18n import tr_message, tr_template, translate

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


class SheetDisplay:
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
