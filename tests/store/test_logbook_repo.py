"""Title page, numbered sheets, sign-off lock and amendments, saved and loaded through the audited store."""

import sqlite3
from datetime import date, timedelta
from decimal import Decimal

import pytest
from store_builders import DAY, utc

from whalelog_gui.records.daily_sheet import Amendment, SheetSignedError, Signature, SignerRole
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.field_error import InvalidRecord
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.records.title_page import FirstHarpoonKind, Hull, TitlePage
from whalelog_gui.records.weather import WeatherObservation
from whalelog_gui.records.whales_seen import WhalesSeenEntry
from whalelog_gui.store import audit, logbook_repo, sheet_entries


def full_title_page() -> TitlePage:
    return TitlePage(
        catcher_name="Kyo Maru No. 7",
        season="2026/27",
        year_built=1972,
        attached_to="Nisshin Maru",
        overall_length_m=Decimal("69.60"),
        hull=Hull.STEEL,
        gross_tonnage=Decimal("758.2"),
        engine_type="Diesel, 2-stroke",
        horsepower=Decimal("5000"),
        max_speed_kn=Decimal("18.5"),
        avg_search_speed_kn=Decimal("12.0"),
        asdic_make_model="Kaijo KSS-96",
        asdic_installed_on=date(2019, 4, 1),
        cannon_make_size="Kongsberg 90 mm",
        first_harpoon_type="penthrite grenade",
        first_harpoon_kind=FirstHarpoonKind.EXPLOSIVE,
        killer_harpoon_type="cold harpoon",
        forerunner_length_m=Decimal("30"),
        forerunner_type="nylon",
        whaleline_type="polyester 72 mm",
        barrel_height_m=Decimal("6.3"),
        speedboat_used=False,
        captain_name="K. Ito",
        captain_years=22,
        gunner_name="T. Abe",
        gunner_years=15,
        crew_count=18,
    )


def test_title_page_round_trips_every_field_and_is_reused(db):
    page = full_title_page()
    logbook_id = logbook_repo.save_title_page(db, page, who="Capt. Ito")
    loaded = logbook_repo.load_title_page(db, logbook_id)
    assert loaded == page
    assert logbook_repo.find_logbook(db, "Kyo Maru No. 7", "2026/27") == page
    with pytest.raises(InvalidRecord) as err:  # one logbook per catcher per season
        logbook_repo.save_title_page(db, full_title_page(), who="Capt. Ito")
    assert err.value.fields() == {"season"}


def test_title_page_change_needs_reason_and_is_audited(db):
    page = full_title_page()
    logbook_repo.save_title_page(db, page, who="Capt. Ito")
    page.crew_count = 19
    with pytest.raises(audit.AuditError, match="reason"):
        logbook_repo.save_title_page(db, page, who="Capt. Ito")
    logbook_repo.save_title_page(db, page, who="Capt. Ito", reason="cook joined at Hobart")
    last = audit.history(db, "logbooks", page.id)[-1]
    assert last["old"] == {"crew_count": 18} and last["new"] == {"crew_count": 19}


def test_invalid_title_page_is_refused_with_fields(db):
    page = full_title_page()
    page.catcher_name, page.crew_count, page.gross_tonnage = " ", -1, Decimal("-3")
    with pytest.raises(InvalidRecord) as err:
        logbook_repo.save_title_page(db, page, who="x")
    assert err.value.fields() == {"catcher_name", "crew_count", "gross_tonnage"}
    assert db["logbooks"].count == 0


def test_sheets_are_numbered_one_per_day(db, logbook_id):
    first = logbook_repo.create_sheet(db, logbook_id, DAY, who="m")
    second = logbook_repo.create_sheet(db, logbook_id, DAY + timedelta(days=1), who="m")
    assert (first.sheet_no, second.sheet_no) == (1, 2)
    assert first.catcher_name == "Toshi Maru No. 25"
    with pytest.raises(InvalidRecord, match="already has a sheet"):
        logbook_repo.create_sheet(db, logbook_id, DAY, who="m")
    assert [s.sheet_no for s in logbook_repo.list_sheets(db, logbook_id)] == [1, 2]
    assert logbook_repo.sheet_id_for_day(db, logbook_id, DAY) == first.id


def _sign(db, sheet):
    logbook_repo.sign_sheet(db, sheet.id, Signature("R. Olsen", SignerRole.INSPECTOR, utc(21)), who="R. Olsen")


def test_signed_sheet_refuses_every_edit_with_a_domain_error(db, sheet):
    event_id = sheet_entries.add_event(db, sheet.id, LogEvent(EventKind.SEARCH_STARTED, utc(6), -60.5, 170.2), "m")
    obs_id = sheet_entries.add_weather(db, sheet.id, WeatherObservation(utc(6), 3, 4, 270), "m")
    _sign(db, sheet)
    loaded = logbook_repo.load_sheet(db, sheet.id)
    assert loaded.signed and loaded.signature.role is SignerRole.INSPECTOR and loaded.signature.at == utc(21)
    attempts = [
        lambda: sheet_entries.add_event(db, sheet.id, LogEvent(EventKind.CEASED, utc(20), -60.0, 170.0), "m"),
        lambda: sheet_entries.update_event(db, event_id, {"lat": -61.0}, "m", reason="typo"),
        lambda: sheet_entries.delete_event(db, event_id, "m", reason="wrong"),
        lambda: sheet_entries.add_weather(db, sheet.id, WeatherObservation(utc(12), 3, 4), "m"),
        lambda: sheet_entries.update_weather(db, obs_id, {"sea_state": 5}, "m", reason="r"),
        lambda: sheet_entries.set_whales_seen(db, sheet.id, WhalesSeenEntry(SeenSpecies.FIN, 2, 1), "m"),
        lambda: _sign(db, sheet),
    ]
    for attempt in attempts:
        with pytest.raises(SheetSignedError, match="amendment"):
            attempt()
    assert logbook_repo.load_sheet(db, sheet.id).events == loaded.events


def test_signed_sheet_is_locked_in_the_file_itself(db, sheet):
    sheet_entries.add_event(db, sheet.id, LogEvent(EventKind.SEARCH_STARTED, utc(6), -60.5, 170.2), "m")
    _sign(db, sheet)
    with pytest.raises(sqlite3.IntegrityError, match="signed"):
        audit.update_record(db, "events", logbook_repo.load_sheet(db, sheet.id).events[0].id, {"lat": 1.0}, "m", "r")
    with pytest.raises(sqlite3.IntegrityError, match="signed"):
        db.conn.execute("UPDATE sheets SET signed_by = 'someone else'")


def test_amendment_is_a_new_audited_record_next_to_the_original(db, sheet):
    event = LogEvent(EventKind.SEARCH_STARTED, utc(6), -60.5, 170.2)
    event_id = sheet_entries.add_event(db, sheet.id, event, "m")
    with pytest.raises(InvalidRecord, match="not signed"):
        logbook_repo.add_amendment(db, sheet.id, Amendment("events", event_id, {"at": utc(5, 45)}, "r"), "m")
    _sign(db, sheet)
    with pytest.raises(InvalidRecord) as err:
        logbook_repo.add_amendment(db, sheet.id, Amendment("events", event_id, {"at": utc(5, 45)}, " "), "m")
    assert err.value.fields() == {"reason"}
    with pytest.raises(InvalidRecord, match="not on this sheet"):
        logbook_repo.add_amendment(db, sheet.id, Amendment("events", "no-such-id", {"lat": 1}, "r"), "m")
    amend_id = logbook_repo.add_amendment(
        db, sheet.id, Amendment("events", event_id, {"at": utc(5, 45)}, "bridge clock read late"), who="Capt. Ito"
    )
    loaded = logbook_repo.load_sheet(db, sheet.id)
    assert loaded.events[0].at == utc(6)  # the original stays as signed
    (shown,) = loaded.amendments_for(event_id)
    assert shown.id == amend_id and shown.changes == {"at": utc(5, 45).isoformat()}
    assert shown.reason == "bridge clock read late" and shown.created_by == "Capt. Ito"
    assert audit.history(db, "amendments", amend_id)[0]["action"] == "insert"


def test_open_season_gives_title_page_index_and_current_sheet(db, logbook_id):
    for offset in range(3):
        sheet = logbook_repo.create_sheet(db, logbook_id, DAY + timedelta(days=offset), who="m")
        sheet_entries.add_event(db, sheet.id, LogEvent(EventKind.SEARCH_STARTED, utc(6, day=sheet.day), 1.0, 2.0), "m")
    book = logbook_repo.open_season(db, logbook_id)
    assert book.title_page.catcher_name == "Toshi Maru No. 25"
    assert [s.event_count for s in book.sheets] == [1, 1, 1]
    assert book.current_sheet.day == DAY + timedelta(days=2) and book.next_sheet_no == 4
    assert logbook_repo.open_season(db, logbook_id, DAY).current_sheet.sheet_no == 1


def test_sheet_audit_trail_includes_deleted_and_amended_records(db, sheet):
    keep = sheet_entries.add_event(db, sheet.id, LogEvent(EventKind.SEARCH_STARTED, utc(6), -60.5, 170.2), "m")
    gone = sheet_entries.add_event(db, sheet.id, LogEvent(EventKind.SEARCH_STARTED, utc(7), -60.5, 170.2), "m")
    sheet_entries.delete_event(db, gone, "Capt. Ito", reason="tapped twice")
    _sign(db, sheet)
    amend = logbook_repo.add_amendment(db, sheet.id, Amendment("events", keep, {"lat": -60.25}, "misread"), "Ito")
    trail = logbook_repo.sheet_audit_trail(db, sheet.id)
    assert [(r["record_id"], r["action"]) for r in trail] == [
        (sheet.id, "insert"),
        (keep, "insert"),
        (gone, "insert"),
        (gone, "delete"),
        (sheet.id, "update"),
        (amend, "insert"),
    ]
    assert trail[3]["reason"] == "tapped twice" and trail[3]["old"]["at"] == utc(7).isoformat()
    assert trail[4]["new"]["signed_by"] == "R. Olsen"
