"""Derived (never typed) Table 1 totals: time spent on each component of the catching operation (para 28(b)(1)).

Each event switches the catcher into one activity until the next event, so every moment from the first event
to ceased operations (or to `until` for a day still running) belongs to exactly one activity and the totals add
up to that span. Before the first event that sets an activity the time counts as "other".
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from whalelog_gui.records.events import EventKind, LogEvent


class Activity(enum.Enum):
    SEARCHING = "searching"
    CHASING_WITH_ASDIC = "chasing-with-asdic"
    CHASING_WITHOUT_ASDIC = "chasing-without-asdic"
    HANDLING = "handling"
    TOWING = "towing"
    RESTING = "resting"
    OTHER = "other"


# The activity an event starts; None keeps the current one (a sighting does not stop the search).
_NEXT = {
    EventKind.SEARCH_STARTED: Activity.SEARCHING,
    EventKind.WHALES_SEEN: None,
    EventKind.WHALE_SHOT: Activity.HANDLING,  # handling runs from the shot until flagged / alongside
    EventKind.CHASE_DISCONTINUED: Activity.SEARCHING,
    EventKind.FLAGGED_ALONGSIDE: Activity.SEARCHING,  # a flagged whale is left; the catcher hunts on
    EventKind.PICKUP_STARTED: Activity.TOWING,
    EventKind.TOWING_STARTED: Activity.TOWING,
    EventKind.DELIVERED: Activity.SEARCHING,
    EventKind.RESTING_STARTED: Activity.RESTING,
    EventKind.RESTING_FINISHED: Activity.SEARCHING,
    EventKind.OTHER_ACTIVITY: Activity.OTHER,
}


def activity_after(event: LogEvent, current: Activity) -> Activity:
    if event.kind is EventKind.CHASE_STARTED:
        return Activity.CHASING_WITH_ASDIC if event.asdic_used else Activity.CHASING_WITHOUT_ASDIC
    return _NEXT.get(event.kind) or current


@dataclass(frozen=True)
class ActivityTotals:
    by_activity: dict[Activity, timedelta] = field(default_factory=dict)
    start: datetime | None = None  # first event
    end: datetime | None = None  # ceased operations, or `until` while the day runs
    ceased: bool = False

    def __getitem__(self, activity: Activity) -> timedelta:
        return self.by_activity.get(activity, timedelta(0))

    @property
    def chasing(self) -> timedelta:
        return self[Activity.CHASING_WITH_ASDIC] + self[Activity.CHASING_WITHOUT_ASDIC]

    @property
    def total(self) -> timedelta:
        return sum(self.by_activity.values(), timedelta(0))

    @property
    def span(self) -> timedelta:
        return timedelta(0) if self.start is None or self.end is None else self.end - self.start


def activity_totals(events: list[LogEvent], until: datetime | None = None) -> ActivityTotals:
    """Totals per activity from the first event to ceased operations; with no ceased event, to `until`
    (e.g. the GPS clock now) if given, else to the last event."""
    ordered = sorted(events, key=lambda e: e.at)
    if not ordered:
        return ActivityTotals()
    totals = {a: timedelta(0) for a in Activity}
    current = Activity.OTHER
    start = ordered[0].at
    for event, following in zip(ordered, ordered[1:] + [None]):
        if event.kind is EventKind.CEASED:
            return ActivityTotals(totals, start, event.at, ceased=True)
        current = activity_after(event, current)
        if following is not None:
            totals[current] += following.at - event.at
        elif until is not None and until > event.at:
            totals[current] += until - event.at
            return ActivityTotals(totals, start, until)
    return ActivityTotals(totals, start, ordered[-1].at)
