"""The released v3 file (tests/fixtures/schema_v3.sqlite, with transmissions) opens, migrates, keeps its data."""

import importlib.util
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from whalelog_gui.export.season import read_season
from whalelog_gui.records.catch import Sex
from whalelog_gui.store import logbook_repo
from whalelog_gui.store.catches import list_struck_lost, load_catch
from whalelog_gui.store.db import SCHEMA_VERSION, open_db, user_version
from whalelog_gui.store.transmission import bundle_records, last_transmission, sent_records, transmissions

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LOGBOOK = "6f0f0d8e-1f1e-4a53-9a3c-000000000001"
CATCH = "6f0f0d8e-1f1e-4a53-9a3c-000000000050"
LOST = "6f0f0d8e-1f1e-4a53-9a3c-000000000090"


@pytest.fixture
def v3_db(tmp_path):
    copy = tmp_path / "v3.sqlite"
    shutil.copyfile(FIXTURES / "schema_v3.sqlite", copy)  # the committed file is never touched
    assert sqlite3.connect(copy).execute("PRAGMA user_version").fetchone()[0] == 3
    db = open_db(copy)
    yield db
    db.close()


def test_v3_file_migrates_to_current_version_intact(v3_db):
    assert user_version(v3_db) == SCHEMA_VERSION >= 3
    assert v3_db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert v3_db.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_v3_records_load_through_todays_code(v3_db):
    whale = load_catch(v3_db, CATCH)
    assert (whale.marking, whale.sex, whale.length.logged, str(whale.foetus.length.logged)) == (
        "Kyo Maru No. 7 42",
        Sex.FEMALE,
        Decimal(39),
        "1.3",
    )
    assert logbook_repo.open_season(v3_db, LOGBOOK).title_page.catcher_name == "Kyo Maru No. 7"
    assert [lost.id for lost in list_struck_lost(v3_db)] == [LOST]


def test_v3_transmissions_survive_with_their_receipt(v3_db):
    sent = transmissions(v3_db)
    assert [(t.seq, t.mode, t.acknowledged) for t in sent] == [(1, "all", True), (2, "incremental", False)]
    assert sent[0].records == 28 and "Fisheries Agency" in sent[0].receipt_json
    assert last_transmission(v3_db).seq == 2
    assert bundle_records(v3_db, 2) == [("struck_lost", LOST, "new")]
    assert ("catches", CATCH, "new") in bundle_records(v3_db, 1)


def test_v3_sent_records_are_unchanged_after_the_migration(v3_db):
    # the content hashes recorded when the bundles were written still match: nothing would be sent again
    entries = read_season(v3_db).entries()
    sent = sent_records(v3_db)
    assert len(sent) == 29 and set(sent) == set(entries)
    for key, record in sent.items():
        assert record.content_sha256 == entries[key].content_sha256(), key
    assert sent[("catches", CATCH)].acknowledged and not sent[("struck_lost", LOST)].acknowledged


def test_fixture_script_rebuilds_an_equivalent_v3_file(tmp_path):
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build_v3(tmp_path / "again.sqlite")
    dump = lambda p: list(sqlite3.connect(p).iterdump())  # noqa: E731
    assert dump(tmp_path / "again.sqlite") == dump(FIXTURES / "schema_v3.sqlite")
