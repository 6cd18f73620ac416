"""Real database files of each released schema version open, migrate to the current version, and keep data."""

import shutil
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from whalelog_gui.records.activity_totals import Activity
from whalelog_gui.records.daily_sheet import SheetSignedError
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.records.title_page import Hull
from whalelog_gui.store import audit, logbook_repo, sheet_entries
from whalelog_gui.store.alert_log import alert_history
from whalelog_gui.store.db import SCHEMA_VERSION, open_db, user_version
from whalelog_gui.store.drafts import load_drafts
from whalelog_gui.store.track import track_count

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LOGBOOK = "6f0f0d8e-1f1e-4a53-9a3c-000000000001"
SHEET = "6f0f0d8e-1f1e-4a53-9a3c-000000000002"
SIGNED = "6f0f0d8e-1f1e-4a53-9a3c-000000000003"


@pytest.fixture
def v1_db(tmp_path):
    source = FIXTURES / "schema_v1.sqlite"
    assert sqlite3.connect(source).execute("PRAGMA user_version").fetchone()[0] == 1
    copy = tmp_path / "v1.sqlite"
    shutil.copyfile(source, copy)  # the committed file is never touched
    db = open_db(copy)
    yield db
    db.close()


def test_v1_file_migrates_to_current_version_intact(v1_db):
    assert user_version(v1_db) == SCHEMA_VERSION
    assert v1_db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert v1_db.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_v1_logbook_rows_load_through_todays_code(v1_db):
    book = logbook_repo.open_season(v1_db, LOGBOOK, date(2026, 12, 14))
    page = book.title_page
    assert (page.catcher_name, page.hull, str(page.overall_length_m), page.crew_count) == (
        "Kyo Maru No. 7",
        Hull.STEEL,
        "69.60",
        18,
    )
    assert [(s.sheet_no, s.signed) for s in book.sheets] == [(1, False), (2, True)]
    sheet = book.current_sheet
    assert len(sheet.events) == 9 and sheet.events[-1].no_fix
    totals = sheet.totals()
    assert totals.total == timedelta(hours=13, minutes=30) and totals[Activity.TOWING] == timedelta(hours=3)
    fin = sheet.whales_seen()[0]
    assert (fin.species, fin.number, fin.schools, fin.edited) == (SeenSpecies.FIN, 6, 2, True)
    assert sheet.weather[0].wind_force == 5
    assert len(audit.history(v1_db, "events", sheet.events[0].id)) == 1


def test_v1_signed_sheet_stays_locked_and_other_data_survive(v1_db):
    signed = logbook_repo.load_sheet(v1_db, SIGNED)
    assert signed.signature.name == "R. Olsen" and signed.amendments_for(SIGNED)[0].reason == "inspector's correction"
    with pytest.raises(SheetSignedError):
        sheet_entries.add_event(
            v1_db,
            SIGNED,
            LogEvent(EventKind.SEARCH_STARTED, datetime(2026, 12, 15, 6, tzinfo=timezone.utc), no_fix=True),
            "m",
        )
    assert track_count(v1_db) == 10
    assert alert_history(v1_db)[0].acknowledged_by == "K. Ito"
    assert load_drafts(v1_db)["event:new"].data == {"note": "half typed"}


def test_fixture_script_rebuilds_an_equivalent_file(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(tmp_path / "again.sqlite")
    dump = lambda p: [r for r in sqlite3.connect(p).iterdump()]  # noqa: E731
    assert dump(tmp_path / "again.sqlite") == dump(FIXTURES / "schema_v1.sqlite")
