"""How each Appendix A Table 1 event is named on buttons and in the event list, and its detail line."""

from __future__ import annotations

from whalelog_gui.nav.format import format_position
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.seen_species import SeenSpecies

K = EventKind

LABELS = {
    K.SEARCH_STARTED: "Start / resume searching",
    K.WHALES_SEEN: "Whales seen / reported",
    K.CHASE_STARTED: "Start chasing",
    K.WHALE_SHOT: "Whale shot",
    K.CHASE_DISCONTINUED: "Chase discontinued",
    K.FLAGGED_ALONGSIDE: "Flagged / alongside",
    K.PICKUP_STARTED: "Start picking up",
    K.TOWING_STARTED: "Start towing",
    K.DELIVERED: "Delivered to factory",
    K.RESTING_STARTED: "Stop: drifting / resting",
    K.RESTING_FINISHED: "Finished drifting / resting",
    K.OTHER_ACTIVITY: "Other activity",
    K.CEASED: "Ceased operations",
}

# Events that cannot be logged without details (Appendix A Table 1 columns); the rest are one tap.
NEEDS_DETAILS = {K.WHALES_SEEN, K.CHASE_STARTED, K.FLAGGED_ALONGSIDE, K.DELIVERED, K.OTHER_ACTIVITY}

NO_FIX_TEXT = "NO FIX"


def species_text(event: LogEvent) -> str:
    if event.species is None:
        return "species?"
    if event.species is SeenSpecies.OTHER:
        return event.other_species or "other"
    return event.species.label


def details(event: LogEvent) -> str:
    """The event's Table 1 details in one line."""
    if event.kind is K.WHALES_SEEN:
        parts = [species_text(event), f"{event.number_seen or 0} seen"]
        if event.number_of_groups is not None:
            parts.append(f"{event.number_of_groups} group{'s' if event.number_of_groups != 1 else ''}")
        if event.found_lat is not None:
            parts.append(f"found {format_position(event.found_lat, event.found_lon)}")
        if event.found_by_catcher:
            parts.append(f"by {event.found_by_catcher}")
        return ", ".join(parts)
    if event.kind is K.CHASE_STARTED:
        return "asdic used" if event.asdic_used else "no asdic"
    if event.kind is K.FLAGGED_ALONGSIDE:
        return f"serial {event.catch_serial}"
    if event.kind is K.DELIVERED and event.delivered_at is not None:
        return f"delivered {event.delivered_at:%Y-%m-%d %H:%M} UTC"
    if event.kind is K.OTHER_ACTIVITY:
        return event.other_text
    return event.note


def position_text(event: LogEvent) -> str:
    return NO_FIX_TEXT if event.no_fix else format_position(event.lat, event.lon)
