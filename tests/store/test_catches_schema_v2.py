"""The released v2 file (tests/fixtures/schema_v2.sqlite) and the v1 -> v2 migration of the catch tables."""

import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from whalelog_gui.records.catch import Sex
from whalelog_gui.records.compliance import missing_explanations
from whalelog_gui.records.field_error import InvalidRecord
from whalelog_gui.records.schooling import DID_NOT_CHASE
from whalelog_gui.store.catches import CatchSignedError, list_struck_lost, load_catch, save_catch, sign_catch
from whalelog_gui.store.db import SCHEMA_VERSION, open_db, user_version
from whalelog_gui.store.schooling import find_schooling_report
from whalelog_gui.records.compliance import ComplianceContext
from whalelog_gui.records.daily_sheet import Signature, SignerRole

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CATCH = "6f0f0d8e-1f1e-4a53-9a3c-000000000050"
CATCH_SIGNED = "6f0f0d8e-1f1e-4a53-9a3c-000000000051"
V2_TABLES = {
    "catches",
    "catch_specimens",
    "catch_flags",
    "catch_amendments",
    "struck_lost",
    "schooling_reports",
    "schools",
    "school_catches",
}


def _copy(tmp_path, name):
    copy = tmp_path / name
    shutil.copyfile(FIXTURES / name, copy)  # the committed file is never touched
    return copy


@pytest.fixture
def v2_db(tmp_path):
    copy = _copy(tmp_path, "schema_v2.sqlite")
    assert sqlite3.connect(copy).execute("PRAGMA user_version").fetchone()[0] == 2
    db = open_db(copy)
    yield db
    db.close()


def test_v1_file_gains_the_v2_tables_and_keeps_its_rows(tmp_path):
    copy = _copy(tmp_path, "schema_v1.sqlite")
    cols = "seq, at, who, action, table_name, record_id, reason, old_json, new_json"
    before = sqlite3.connect(copy).execute(f"SELECT {cols} FROM audit ORDER BY seq").fetchall()
    db = open_db(copy)
    assert user_version(db) == SCHEMA_VERSION >= 2
    assert V2_TABLES <= set(db.table_names())
    # the old trail is kept as it was; schema 5 only appends its genesis links after it, and schema 7 one
    # "upgrade" link per alert history row (it gained its source column)
    assert db.conn.execute(f"SELECT {cols} FROM audit ORDER BY seq LIMIT ?", (len(before),)).fetchall() == before
    assert {r[0] for r in db.conn.execute("SELECT action FROM audit WHERE seq > ?", (len(before),))} <= {
        "genesis",
        "seal",
        "upgrade",
    }
    assert db.conn.execute("SELECT count(*) FROM catches").fetchone()[0] == 0
    db.close()


def test_v2_file_migrates_intact(v2_db):
    assert user_version(v2_db) == SCHEMA_VERSION
    assert v2_db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert v2_db.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_v2_catch_loads_through_todays_code(v2_db):
    whale = load_catch(v2_db, CATCH)
    assert (whale.marking, whale.species, whale.sex, whale.lactating) == ("Kyo Maru No. 7 42", "sei", Sex.FEMALE, True)
    assert (whale.length.raw, whale.length.raw_inches, whale.length.logged) == (39, 5, 39)
    assert whale.foetus.length.logged == Decimal("1.3") and whale.specimens[0].label == "KM7-0042 ovaries"
    assert [f.rule_id for f in missing_explanations(whale)] == ["10d", "15a"]
    with pytest.raises(InvalidRecord, match="10\\(d\\)"):
        sign_catch(v2_db, CATCH, Signature("R. Olsen", SignerRole.INSPECTOR, whale.time_taken), who="R. Olsen")


def test_v2_signed_catch_stays_locked(v2_db):
    whale = load_catch(v2_db, CATCH_SIGNED)
    assert whale.signature.name == "R. Olsen" and whale.length.logged == Decimal("8.3")
    with pytest.raises(CatchSignedError):
        save_catch(v2_db, whale, ComplianceContext("small-type", frozenset()), who="Mate", reason="edit")
    with pytest.raises(sqlite3.IntegrityError, match="signed"):
        v2_db.conn.execute("DELETE FROM catches WHERE id = ?", (CATCH_SIGNED,))


def test_v2_schooling_report_and_struck_lost(v2_db):
    report = find_schooling_report(v2_db, "Nisshin Maru expedition", date(2026, 12, 14))
    assert [s.caught for s in report.schools] == [
        {"Kyo Maru No. 7": 2, "Kyo Maru No. 8": 0},
        {"Kyo Maru No. 7": DID_NOT_CHASE, "Kyo Maru No. 8": 1},
    ]
    assert report.total_caught == 3 and report.validate() == []
    [lost] = list_struck_lost(v2_db)
    assert (lost.catcher, lost.killing_method) == ("Kyo Maru No. 8", "compressed air")
