"""A realistic catching day saved event by event, with the validation a deck hand meets at the field."""

from datetime import timedelta
from decimal import Decimal

import pytest
from store_builders import utc

from whalelog_gui.records.activity_totals import Activity
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.field_error import InvalidRecord
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.records.weather import WeatherObservation
from whalelog_gui.records.whales_seen import WhalesSeenEntry
from whalelog_gui.store import audit, logbook_repo, sheet_entries

K = EventKind


def ev(kind, hour, minute=0, **extra):
    return LogEvent(kind, utc(hour, minute), -62.1, 171.3, **extra)


def realistic_day():
    return [
        ev(K.SEARCH_STARTED, 5, 30),
        ev(
            K.WHALES_SEEN,
            7,
            10,
            species=SeenSpecies.FIN,
            number_seen=5,
            number_of_groups=2,
            found_lat=-62.2,
            found_lon=171.5,
            found_by_catcher="Kyo Maru No. 8",
        ),
        ev(K.CHASE_STARTED, 7, 20, asdic_used=True),
        ev(K.WHALE_SHOT, 8, 5),
        ev(K.FLAGGED_ALONGSIDE, 8, 35, catch_serial="KM7-0042"),
        ev(K.WHALES_SEEN, 9, 0, species=SeenSpecies.OTHER, other_species="Southern bottlenose", number_seen=3),
        ev(K.CHASE_STARTED, 9, 40, asdic_used=False),
        ev(K.CHASE_DISCONTINUED, 10, 10),
        ev(K.PICKUP_STARTED, 11, 0),
        ev(K.TOWING_STARTED, 11, 30),
        ev(K.DELIVERED, 14, 0, delivered_at=utc(14, 0)),
        ev(K.RESTING_STARTED, 15, 0),
        ev(K.RESTING_FINISHED, 16, 0),
        ev(K.OTHER_ACTIVITY, 17, 0, other_text="bunkering"),
        ev(K.CEASED, 19, 0),
    ]


def test_realistic_day_saves_and_totals_come_out_right(db, sheet):
    for event in realistic_day():
        sheet_entries.add_event(db, sheet.id, event, "Mate Sato", gps_now=event.at)
    loaded = logbook_repo.load_sheet(db, sheet.id)
    assert [e.kind for e in loaded.events] == [e.kind for e in realistic_day()]
    totals = loaded.totals()
    minutes = {a: int(totals[a].total_seconds() // 60) for a in Activity}
    assert minutes == {
        Activity.SEARCHING: 110 + 65 + 50 + 60 + 60,  # 05:30-07:20, 08:35-09:40, 10:10-11:00, 14-15, 16-17
        Activity.CHASING_WITH_ASDIC: 45,
        Activity.CHASING_WITHOUT_ASDIC: 30,
        Activity.HANDLING: 30,
        Activity.TOWING: 180,
        Activity.RESTING: 60,
        Activity.OTHER: 120,
    }
    assert totals.total == totals.span == timedelta(hours=13, minutes=30) and totals.ceased


def test_sighting_tally_with_an_edit_laid_over(db, sheet):
    for event in realistic_day()[:6]:
        sheet_entries.add_event(db, sheet.id, event, "m")
    entry_id = sheet_entries.set_whales_seen(db, sheet.id, WhalesSeenEntry(SeenSpecies.FIN, 6, 2), "Capt. Ito")
    with pytest.raises(audit.AuditError, match="reason"):
        sheet_entries.set_whales_seen(db, sheet.id, WhalesSeenEntry(SeenSpecies.FIN, 7, 2), "Capt. Ito")
    sheet_entries.set_whales_seen(
        db, sheet.id, WhalesSeenEntry(SeenSpecies.FIN, 7, 3), "Capt. Ito", reason="gunner counted a third school"
    )
    box = logbook_repo.load_sheet(db, sheet.id).whales_seen()
    assert [(e.species, e.other_name, e.number, e.schools, e.edited) for e in box] == [
        (SeenSpecies.FIN, "", 7, 3, True),
        (SeenSpecies.OTHER, "Southern bottlenose", 3, 1, False),
    ]
    sheet_entries.clear_whales_seen_edit(db, entry_id, "Capt. Ito", reason="back to the tally")
    fin = logbook_repo.load_sheet(db, sheet.id).whales_seen()[0]
    assert (fin.number, fin.schools, fin.edited) == (5, 2, False)


@pytest.mark.parametrize(
    "event, field, reason",
    [
        (ev(K.WHALES_SEEN, 7, number_seen=3), "species", "needs a species"),
        (ev(K.WHALES_SEEN, 7, species=SeenSpecies.SEI, number_seen=-2), "number_seen", "negative"),
        (
            ev(K.WHALES_SEEN, 7, species=SeenSpecies.SEI, number_seen=2, number_of_groups=-1),
            "number_of_groups",
            "negative",
        ),
        (ev(K.CHASE_STARTED, 7), "asdic_used", "asdic"),
        (ev(K.FLAGGED_ALONGSIDE, 7), "catch_serial", "serial"),
        (ev(K.SEARCH_STARTED, 12, 30), "at", "future"),
        (LogEvent(K.SEARCH_STARTED, utc(7), None, None), "lat", "position"),
        (LogEvent(K.SEARCH_STARTED, utc(7) - timedelta(days=2), 1.0, 1.0), "at", "not on this sheet's day"),
    ],
)
def test_bad_event_is_refused_at_its_field(db, sheet, event, field, reason):
    with pytest.raises(InvalidRecord) as err:
        sheet_entries.add_event(db, sheet.id, event, "m", gps_now=utc(12))
    assert field in err.value.fields() and reason in str(err.value)
    assert (
        db["events"].count == 0
        and db.conn.execute("SELECT COUNT(*) FROM audit WHERE table_name='events'").fetchone()[0] == 0
    )


def test_time_order_rules_against_the_rest_of_the_day(db, sheet):
    sheet_entries.add_event(db, sheet.id, ev(K.SEARCH_STARTED, 6), "m")
    chase_id = sheet_entries.add_event(db, sheet.id, ev(K.CHASE_STARTED, 8, asdic_used=True), "m")
    with pytest.raises(InvalidRecord, match="chase ends before it started") as err:
        sheet_entries.add_event(db, sheet.id, ev(K.WHALE_SHOT, 7, 50), "m")
    assert err.value.fields() == {"at"}
    shot_id = sheet_entries.add_event(db, sheet.id, ev(K.WHALE_SHOT, 8, 40), "m")
    with pytest.raises(InvalidRecord, match="out of order"):  # moving the chase start after its shot
        sheet_entries.update_event(db, chase_id, {"at": utc(9)}, "m", reason="typo")
    sheet_entries.add_event(db, sheet.id, ev(K.CEASED, 18), "m")
    with pytest.raises(InvalidRecord, match="after operations ceased"):
        sheet_entries.add_event(db, sheet.id, ev(K.SEARCH_STARTED, 18, 30), "m")
    with pytest.raises(InvalidRecord, match="out of order"):
        sheet_entries.delete_event(db, chase_id, "m", reason="mistake")
    sheet_entries.delete_event(db, shot_id, "m", reason="logged twice")
    assert db["events"].count == 3


def test_event_edit_after_the_fact_is_audited(db, sheet):
    event_id = sheet_entries.add_event(db, sheet.id, LogEvent.stamped(K.SEARCH_STARTED, None, utc(6)), "Deck")
    assert logbook_repo.load_sheet(db, sheet.id).events[0].no_fix
    sheet_entries.update_event(
        db,
        event_id,
        {"no_fix": False, "lat": -61.5, "lon": 170.25},
        "Mate Sato",
        reason="position from the chart plotter",
    )
    loaded = logbook_repo.load_sheet(db, sheet.id).events[0]
    assert (loaded.no_fix, loaded.lat, loaded.lon) == (False, -61.5, 170.25)
    last = audit.history(db, "events", event_id)[-1]
    assert last["old"] == {"no_fix": 1, "lat": None, "lon": None} and last["reason"].startswith("position")


def test_weather_validation_and_round_trip(db, sheet):
    with pytest.raises(InvalidRecord) as err:
        sheet_entries.add_weather(db, sheet.id, WeatherObservation(utc(6), 10, 13, 400, Decimal("-1")), "m")
    assert err.value.fields() == {"sea_state", "wind_force", "wind_direction_deg", "visibility_nm"}
    obs = WeatherObservation(utc(6), 4, 6, 250, Decimal("5.5"))
    sheet_entries.add_weather(db, sheet.id, obs, "m")
    sheet_entries.update_weather(db, obs.id, {"sea_state": 5}, "m", reason="swell rose")
    (loaded,) = logbook_repo.load_sheet(db, sheet.id).weather
    assert (loaded.sea_state, loaded.visibility_nm, loaded.at) == (5, Decimal("5.5"), utc(6))


def test_a_preset_event_id_is_kept_so_a_retried_save_cannot_duplicate(db, sheet):
    event = ev(K.SEARCH_STARTED, 6, id="0d6c8a52-7d1e-4b8e-9d61-5a0c2f7e0001")
    assert sheet_entries.add_event(db, sheet.id, event, "m") == "0d6c8a52-7d1e-4b8e-9d61-5a0c2f7e0001"
    with pytest.raises(Exception, match="UNIQUE"):
        sheet_entries.add_event(db, sheet.id, ev(K.SEARCH_STARTED, 7, id=event.id), "m")
    assert db["events"].count == 1
