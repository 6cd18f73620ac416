"""Derived Table 1 totals: every moment of the operating day belongs to exactly one activity."""

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from whalelog_gui.records.activity_totals import Activity, activity_totals
from whalelog_gui.records.events import EventKind, LogEvent

START = datetime(2026, 12, 14, 4, 0, tzinfo=timezone.utc)
NON_FINAL = [k for k in EventKind if k is not EventKind.CEASED]

event_steps = st.lists(
    st.tuples(st.sampled_from(NON_FINAL), st.integers(min_value=0, max_value=180), st.booleans()),
    min_size=1,
    max_size=60,
)


def build(steps, ceased_after: int | None):
    events, at = [], START
    for kind, gap_min, asdic in steps:
        at += timedelta(minutes=gap_min)
        events.append(LogEvent(kind, at, no_fix=True, asdic_used=asdic))
    if ceased_after is not None:
        events.append(LogEvent(EventKind.CEASED, at + timedelta(minutes=ceased_after), no_fix=True))
    return events


@settings(max_examples=300, deadline=None)
@given(event_steps, st.integers(min_value=0, max_value=600), st.randoms(use_true_random=False))
def test_totals_add_up_to_first_event_until_ceased_operations(steps, ceased_after, rnd):
    events = build(steps, ceased_after)
    shuffled = events[:]
    rnd.shuffle(shuffled)  # entry order must not matter, only time
    totals = activity_totals(shuffled)
    assert totals.ceased
    assert totals.start == events[0].at and totals.end == events[-1].at
    assert totals.total == events[-1].at - events[0].at
    assert all(v >= timedelta(0) for v in totals.by_activity.values())
    assert set(totals.by_activity) <= set(Activity)


@settings(max_examples=200, deadline=None)
@given(event_steps, st.integers(min_value=0, max_value=600))
def test_running_day_totals_reach_the_clock(steps, later_min):
    events = build(steps, None)
    now = events[-1].at + timedelta(minutes=later_min)
    totals = activity_totals(events, until=now)
    assert totals.total == now - events[0].at and not totals.ceased


def test_chasing_with_and_without_asdic_are_split_and_sighting_keeps_searching():
    at = lambda h, m=0: START.replace(hour=h, minute=m)  # noqa: E731
    events = [
        LogEvent(EventKind.SEARCH_STARTED, at(5), no_fix=True),
        LogEvent(EventKind.WHALES_SEEN, at(6), no_fix=True),
        LogEvent(EventKind.CHASE_STARTED, at(6, 30), no_fix=True, asdic_used=True),
        LogEvent(EventKind.CHASE_DISCONTINUED, at(7), no_fix=True),
        LogEvent(EventKind.CHASE_STARTED, at(8), no_fix=True, asdic_used=False),
        LogEvent(EventKind.WHALE_SHOT, at(8, 20), no_fix=True),
        LogEvent(EventKind.CEASED, at(9), no_fix=True),
    ]
    totals = activity_totals(events)
    assert totals[Activity.SEARCHING] == timedelta(minutes=90 + 60)
    assert totals[Activity.CHASING_WITH_ASDIC] == timedelta(minutes=30)
    assert totals[Activity.CHASING_WITHOUT_ASDIC] == timedelta(minutes=20)
    assert totals.chasing == timedelta(minutes=50)
    assert totals[Activity.HANDLING] == timedelta(minutes=40)


def test_no_events_no_time():
    totals = activity_totals([])
    assert totals.total == totals.span == timedelta(0) and totals.start is None
