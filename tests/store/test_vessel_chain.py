"""The vessel's regime settings are chained (issue 11): a direct SQL edit of flag_state (which decides the binding
Schedule rules) is an integrity break that `whalelog db verify` names; schema m0009 chains rows written before."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from whalelog_gui.store.db import migrate_to_latest, open_db
from whalelog_gui.store.break_declaration import declare_break
from whalelog_gui.store.integrity import check_logbook
from whalelog_gui.store.vessel import VesselRegime, load_vessel, save_vessel


def db_verify(path) -> tuple[int, dict, str]:
    """The real command line, as an inspector runs it."""
    done = subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "db", "verify", "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode, json.loads(done.stdout) if done.stdout.strip() else {}, done.stderr


def edit_flag_state(path, value: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE vessel_settings SET value_json = ? WHERE key = 'flag_state'", (json.dumps(value),))
    conn.close()


def vessel_links(db) -> list[tuple]:
    return db.conn.execute(
        "SELECT record_id, action, state_json FROM audit WHERE table_name = 'vessel_settings' ORDER BY seq"
    ).fetchall()


def test_every_save_is_a_chained_link_with_the_rows_state(db):
    save_vessel(db, VesselRegime("NO", date(2027, 3, 1), regime={"vessel_name": "Hvalur 9"}), who="Master Olsen")
    links = vessel_links(db)
    assert {(k, op) for k, op, _ in links} == {
        ("flag_state", "insert"),
        ("closure_date", "insert"),
        ("daily_notification", "insert"),
        ("vessel_name", "insert"),
    }
    flag = [json.loads(s) for k, _, s in links if k == "flag_state"][0]
    assert flag["value_json"] == '"NO"' and flag["updated_by"] == "Master Olsen"
    save_vessel(db, VesselRegime("IS", date(2027, 3, 1), regime={"vessel_name": "Hvalur 9"}), who="Master Olsen")
    new = vessel_links(db)[len(links) :]
    assert [(k, op) for k, op, _ in new] == [("flag_state", "update")]  # unchanged values write nothing
    report = check_logbook(db)
    assert report.intact and report.checked["vessel_settings"] == 4


def test_flag_state_edited_through_a_second_connection_is_named_by_db_verify(db, tmp_path):
    save_vessel(db, VesselRegime("NO"), who="Master Olsen")
    path = tmp_path / "data" / "whalelog.sqlite"
    code, report, _ = db_verify(path)
    assert code == 0 and report["intact"]
    edit_flag_state(path, "JP")
    assert load_vessel(db).flag_state == "JP"  # the edit took: only the chain can tell
    code, report, err = db_verify(path)
    assert code == 1 and not report["intact"]
    assert [(b["family"], b["id"], b["kind"]) for b in report["breaks"]] == [
        ("vessel_settings", "flag_state", "row-changed")
    ]
    assert "vessel_settings flag_state" in err


def test_a_setting_inserted_or_removed_outside_whalelog_is_a_break(db, tmp_path):
    save_vessel(db, VesselRegime("NO"), who="Master Olsen")
    conn = sqlite3.connect(tmp_path / "data" / "whalelog.sqlite", isolation_level=None)
    conn.execute("DELETE FROM vessel_settings WHERE key = 'closure_date'")
    conn.execute("INSERT INTO vessel_settings VALUES ('operation', '\"factory ship\"', '2026-01-01', 'x')")
    conn.close()
    kinds = {(b.id, b.kind) for b in check_logbook(db).breaks}
    assert kinds == {("closure_date", "row-missing"), ("operation", "row-without-audit")}


def test_a_declared_settings_break_is_accepted_and_later_saves_chain_on(db, tmp_path):
    save_vessel(db, VesselRegime("NO"), who="Master Olsen")
    edit_flag_state(tmp_path / "data" / "whalelog.sqlite", "JP")
    declare_break(db, "Flag State corrected by the shipowner's IT with a database tool on 3 Dec", "Master Olsen")
    assert check_logbook(db).intact
    save_vessel(db, VesselRegime("IS"), who="Master Olsen")
    assert check_logbook(db).intact and load_vessel(db).flag_state == "IS"


@pytest.fixture
def schema8_file(tmp_path):
    """A logbook as schema 8 left it: regime settings written without any audit link."""
    path = tmp_path / "old.sqlite"
    db = open_db(path, migrate=False)
    migrate_to_latest(db, up_to=8)
    for key, value in (("flag_state", "NO"), ("vessel_name", "Hvalur 8")):
        db.conn.execute(
            "INSERT INTO vessel_settings VALUES (?, ?, '2026-11-30T08:00:00+00:00', 'Master')", (key, json.dumps(value))
        )
    db.close()
    return path


def test_m0009_gives_existing_settings_a_genesis_link(schema8_file):
    code, report, _ = db_verify(schema8_file)  # checked as the upgrade would chain it, file untouched
    assert code == 0 and report["schema_version"] == 8
    db = open_db(schema8_file)
    try:
        assert sorted((k, op) for k, op, _ in vessel_links(db)) == [
            ("flag_state", "genesis"),
            ("vessel_name", "genesis"),
        ]
        assert check_logbook(db).intact
    finally:
        db.close()
    edit_flag_state(schema8_file, "JP")
    code, report, _ = db_verify(schema8_file)
    assert code == 1 and [b["id"] for b in report["breaks"]] == ["flag_state"]
