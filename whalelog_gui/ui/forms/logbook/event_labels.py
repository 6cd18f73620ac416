"""How each Appendix A Table 1 event is named on buttons and in the event list, and its detail line."""

from __future__ import annotations

from PySide6.QtCore import QObject

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.nav.format import format_position
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.ui.forms.logbook.other_activity import shown_activity
from whalelog_gui.ui.i18n import TranslatedLabels, tr_template, translate

K = EventKind

# Appendix A Table 1 events; read in the language showing when a button or list row is made
LABELS = TranslatedLabels(
    {
        K.SEARCH_STARTED: QT_TRANSLATE_NOOP("EventLabels", "Start / resume searching"),
        K.WHALES_SEEN: QT_TRANSLATE_NOOP("EventLabels", "Whales seen / reported"),
        K.CHASE_STARTED: QT_TRANSLATE_NOOP("EventLabels", "Start chasing"),
        K.WHALE_SHOT: QT_TRANSLATE_NOOP("EventLabels", "Whale shot"),
        K.CHASE_DISCONTINUED: QT_TRANSLATE_NOOP("EventLabels", "Chase discontinued"),
        K.FLAGGED_ALONGSIDE: QT_TRANSLATE_NOOP("EventLabels", "Flagged / alongside"),
        K.PICKUP_STARTED: QT_TRANSLATE_NOOP("EventLabels", "Start picking up"),
        K.TOWING_STARTED: QT_TRANSLATE_NOOP("EventLabels", "Start towing"),
        K.DELIVERED: QT_TRANSLATE_NOOP("EventLabels", "Delivered to factory"),
        K.RESTING_STARTED: QT_TRANSLATE_NOOP("EventLabels", "Stop: drifting / resting"),
        K.RESTING_FINISHED: QT_TRANSLATE_NOOP("EventLabels", "Finished drifting / resting"),
        K.OTHER_ACTIVITY: QT_TRANSLATE_NOOP("EventLabels", "Other activity"),
        K.CEASED: QT_TRANSLATE_NOOP("EventLabels", "Ceased operations"),
    }
)

# Events that cannot be logged without details (Appendix A Table 1 columns); the rest are one tap.
NEEDS_DETAILS = {K.WHALES_SEEN, K.CHASE_STARTED, K.FLAGGED_ALONGSIDE, K.DELIVERED, K.OTHER_ACTIVITY}

#: No valid GPS position when the event was logged (shown in capitals, as an alarm)
NO_FIX_TEXT = QT_TRANSLATE_NOOP("EventLabels", "NO FIX")


class EventLabels(QObject):
    """Plural forms (Qt numerus) need QObject.tr(): lupdate marks plurals only there (context "EventLabels")."""

    def groups(self, number: int) -> str:
        return self.tr("%n group(s)", "", number)


_PLURALS = EventLabels()


def species_text(event: LogEvent) -> str:
    if event.species is None:
        return translate("EventLabels", "species?")
    if event.species is SeenSpecies.OTHER:
        return event.other_species or translate("EventLabels", "other")
    return translate("AppendixA", event.species.label)  # the species names of the printed Table 1


def details(event: LogEvent) -> str:
    """The event's Table 1 details in one line."""
    if event.kind is K.WHALES_SEEN:
        parts = [species_text(event), translate("EventLabels", "{number} seen").format(number=event.number_seen or 0)]
        if event.number_of_groups is not None:
            parts.append(_PLURALS.groups(event.number_of_groups))
        if event.found_lat is not None:
            parts.append(
                translate("EventLabels", "found {position}").format(
                    position=format_position(event.found_lat, event.found_lon)
                )
            )
        if event.found_by_catcher:
            parts.append(translate("EventLabels", "by {catcher}").format(catcher=event.found_by_catcher))
        return ", ".join(parts)
    if event.kind is K.CHASE_STARTED:
        return translate("EventLabels", "asdic used") if event.asdic_used else translate("EventLabels", "no asdic")
    if event.kind is K.FLAGGED_ALONGSIDE:
        return translate("EventLabels", "serial {number}").format(number=event.catch_serial)
    if event.kind is K.DELIVERED and event.delivered_at is not None:
        return translate("EventLabels", "delivered {when} UTC").format(when=f"{event.delivered_at:%Y-%m-%d %H:%M}")
    if event.kind is K.OTHER_ACTIVITY:
        return shown_activity(event.other_text)
    return event.note


def position_text(event: LogEvent) -> str:
    return tr_template(NO_FIX_TEXT) if event.no_fix else format_position(event.lat, event.lon)
