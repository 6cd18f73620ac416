"""One-tap stamping from the GPS fix, event validation and the whales-seen tally (domain only, no database)."""

from datetime import date, datetime, timedelta, timezone
from dataclasses import replace

from whalelog_gui.nav.fix import Fix
from whalelog_gui.records.daily_sheet import DailyRecordSheet, Signature, SignerRole, SheetSignedError
from whalelog_gui.records.events import EventKind, LogEvent, validate_timeline
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.records.whales_seen import WhalesSeenEntry

import pytest

NOW = datetime(2026, 12, 14, 7, 0, 0, tzinfo=timezone.utc)


def gps(age_s: float, valid=True):
    t = NOW - timedelta(seconds=age_s)
    return Fix(t, t.timetz(), -62.25, 171.5, valid=valid)


def test_fresh_valid_fix_stamps_gps_time_and_position():
    event = LogEvent.stamped(EventKind.SEARCH_STARTED, gps(1), NOW)
    assert (event.at, event.lat, event.lon, event.no_fix) == (NOW - timedelta(seconds=1), -62.25, 171.5, False)
    assert event.validate(NOW) == []


def test_a_live_fix_stamps_gps_time_even_when_the_computer_clock_is_wrong():
    wrong_clock = NOW + timedelta(hours=3)
    event = LogEvent.stamped(EventKind.SEARCH_STARTED, gps(0), wrong_clock, fix_age=timedelta(seconds=0.4))
    assert (event.at, event.no_fix) == (NOW, False)
    stale = LogEvent.stamped(EventKind.SEARCH_STARTED, gps(0), NOW, fix_age=timedelta(seconds=40))
    assert stale.no_fix and stale.lat is None


@pytest.mark.parametrize("fix", [None, gps(1, valid=False), gps(30)])
def test_without_a_fresh_valid_fix_the_event_is_no_fix_not_stale(fix):
    event = LogEvent.stamped(EventKind.WHALE_SHOT, fix, NOW)
    assert event.no_fix and event.lat is None and event.lon is None and event.at == NOW
    assert event.validate(NOW) == []


def test_sighting_needs_species_name_for_others_and_sane_counts():
    base = dict(kind=EventKind.WHALES_SEEN, at=NOW, no_fix=True)
    fields = lambda e: {x.field for x in e.validate(NOW)}  # noqa: E731
    assert fields(LogEvent(**base, number_seen=2)) == {"species"}
    assert fields(LogEvent(**base, species=SeenSpecies.OTHER, number_seen=2)) == {"other_species"}
    assert fields(LogEvent(**base, species=SeenSpecies.SEI, number_seen=0)) == {"number_seen"}
    assert fields(LogEvent(**base, species=SeenSpecies.SEI, number_seen=2, number_of_groups=3)) == {"number_of_groups"}
    assert fields(LogEvent(**base, species=SeenSpecies.SEI, number_seen=2, found_lat=95.0, found_lon=1.0)) == {
        "found_lat"
    }
    assert fields(LogEvent(**base, species=SeenSpecies.SEI, number_seen=2, number_of_groups=1)) == set()


def test_event_time_must_not_run_ahead_of_the_gps_clock_and_must_be_utc():
    assert [e.field for e in LogEvent(EventKind.CEASED, NOW + timedelta(minutes=5), no_fix=True).validate(NOW)] == [
        "at"
    ]
    assert LogEvent(EventKind.CEASED, NOW + timedelta(minutes=1), no_fix=True).validate(NOW) == []
    assert "UTC" in LogEvent(EventKind.CEASED, datetime(2026, 12, 14, 7), no_fix=True).validate(NOW)[0].reason


def test_timeline_rules_name_the_offending_event():
    events = [
        LogEvent(EventKind.SEARCH_STARTED, NOW, no_fix=True),
        LogEvent(EventKind.RESTING_FINISHED, NOW + timedelta(minutes=5), no_fix=True),
        LogEvent(EventKind.CEASED, NOW + timedelta(minutes=10), no_fix=True),
        LogEvent(EventKind.SEARCH_STARTED, NOW + timedelta(minutes=20), no_fix=True),
    ]
    errors = validate_timeline(events)
    assert [(e.field, e.reason.split(" ")[0]) for e in errors] == [
        ("events[1].at", "resting"),
        ("events[3].at", "after"),
    ]


def test_whales_seen_tally_and_edits_on_the_sheet():
    def seen(sp, n, g=None, name=""):
        return LogEvent(
            EventKind.WHALES_SEEN, NOW, no_fix=True, species=sp, number_seen=n, number_of_groups=g, other_species=name
        )

    sheet = DailyRecordSheet(
        "lb",
        date(2026, 12, 14),
        1,
        events=[
            seen(SeenSpecies.MINKE, 4, 2),
            seen(SeenSpecies.BLUE, 1),
            seen(SeenSpecies.MINKE, 3, 1),
            seen(SeenSpecies.OTHER, 2, 1, "Orca"),
            seen(SeenSpecies.OTHER, 5, 1, "orca "),
        ],
        whales_seen_edits=[WhalesSeenEntry(SeenSpecies.BLUE, 2, 1)],
    )
    box = [(e.species, e.number, e.schools, e.edited) for e in sheet.whales_seen()]
    assert box == [(SeenSpecies.BLUE, 2, 1, True), (SeenSpecies.MINKE, 7, 3, False), (SeenSpecies.OTHER, 7, 2, False)]
    assert {e.field for e in WhalesSeenEntry(SeenSpecies.FIN, -1, -1).validate()} == {"number", "schools"}


def test_signed_sheet_is_not_editable():
    sheet = DailyRecordSheet("lb", date(2026, 12, 14), 3)
    sheet.check_editable()
    sheet.signature = Signature("K. Ito", SignerRole.MASTER, NOW)
    with pytest.raises(SheetSignedError, match="sheet 3 is signed by K. Ito"):
        sheet.check_editable()


def test_sheet_validation_collects_item_errors_and_the_day_window():
    sheet = DailyRecordSheet(
        "lb",
        date(2026, 12, 14),
        0,
        events=[
            LogEvent(EventKind.CHASE_STARTED, NOW, no_fix=True),  # no asdic answer
            LogEvent(EventKind.SEARCH_STARTED, NOW + timedelta(days=3), no_fix=True),
        ],
    )
    # 11:00 UTC the day before is already the 14th in UTC+14 (ship's date); 3 days later is not
    sheet.events.append(
        LogEvent(EventKind.SEARCH_STARTED, datetime(2026, 12, 13, 11, tzinfo=timezone.utc), no_fix=True)
    )
    fields = {e.field for e in sheet.validate(NOW + timedelta(days=5))}
    assert fields == {"sheet_no", "events[0].asdic_used", "events[1].at"}


# --- issue 15 item 4: the whole of Table 1 in time order -------------------------------------------------------


def _at(minutes: int, kind: EventKind, **kw) -> LogEvent:
    return LogEvent(kind, NOW + timedelta(minutes=minutes), no_fix=True, **kw)


def _whale(**delivered) -> list[LogEvent]:
    return [
        _at(0, EventKind.CHASE_STARTED, asdic_used=False),
        _at(10, EventKind.WHALE_SHOT),
        _at(20, EventKind.FLAGGED_ALONGSIDE, catch_serial="7"),
        _at(30, EventKind.PICKUP_STARTED),
        _at(40, EventKind.TOWING_STARTED),
        _at(90, EventKind.DELIVERED, **delivered),
    ]


def test_a_whale_logged_in_table_1_order_passes():
    assert validate_timeline(_whale(delivered_at=NOW + timedelta(minutes=85))) == []


def test_a_delivery_time_before_the_shot_is_refused_at_the_delivery_time():
    errors = validate_timeline(_whale(delivered_at=NOW + timedelta(minutes=5)))
    assert [e.field for e in errors] == ["events[5].delivered_at"]
    assert "before towing started" in errors[0].reason


def test_a_delivery_time_after_the_delivery_was_logged_is_refused():
    errors = validate_timeline(_whale(delivered_at=NOW + timedelta(minutes=120)))
    assert [e.field for e in errors] == ["events[5].delivered_at"]


@pytest.mark.parametrize(
    "index, moved_to, before",
    [
        (2, 5, "the whale was shot"),  # flagged at 00:05, shot at 00:10
        (3, 15, "it was flagged"),  # picking up before flagging
        (4, 25, "picking up started"),  # towing before picking up
        (5, 35, "towing started"),  # delivered before towing
    ],
)
def test_each_step_of_table_1_before_the_one_it_follows_is_refused(index, moved_to, before):
    events = _whale()
    events[index] = replace(events[index], at=NOW + timedelta(minutes=moved_to))
    errors = validate_timeline(events)
    assert [e.field for e in errors] == [f"events[{index}].at"]
    assert before in errors[0].reason


def test_a_step_whose_whale_was_shot_the_day_before_is_not_refused():
    """A sheet is one ship's day: towing at 01:00 of a whale shot yesterday has no shot on this sheet."""
    events = [_at(0, EventKind.PICKUP_STARTED), _at(30, EventKind.TOWING_STARTED), _at(60, EventKind.DELIVERED)]
    assert validate_timeline(events) == []
