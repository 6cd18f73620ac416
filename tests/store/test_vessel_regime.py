"""The regime settings in the logbook database (issue 13): flag State, closure date, regime fields, default harpoon."""

import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "records"))
from records_builders import make_catch  # noqa: E402
from whalelog_gui.records.catch import Weapon  # noqa: E402
from whalelog_gui.records.compliance import ComplianceContext
from whalelog_gui.records.field_error import InvalidRecord
from whalelog_gui.records.title_page import FirstHarpoonKind, TitlePage
from whalelog_gui.store.catches import load_catch, save_catch, stored_stock
from whalelog_gui.store.db import open_db
from whalelog_gui.store.logbook_repo import save_title_page
from whalelog_gui.store.vessel import (
    VesselRegime,
    adopt_regime_settings,
    compliance_facts,
    load_vessel,
    save_vessel,
)


def test_flag_state_and_closure_date_round_trip_and_survive_a_copy(db, tmp_path):
    save_vessel(db, VesselRegime("IS", date(2027, 3, 1), True, {"vessel_name": "Hvalur 9"}), who="Master")
    copy = tmp_path / "copy.sqlite"
    db.conn.execute(f"VACUUM INTO '{copy}'")
    other = open_db(copy)
    try:
        assert load_vessel(other) == VesselRegime("IS", date(2027, 3, 1), True, {"vessel_name": "Hvalur 9"})
    finally:
        other.close()


@pytest.mark.parametrize("bad", ["no", "NOR", "XX", "", "N0"])
def test_bad_flag_state_refused_and_nothing_written(db, bad):
    with pytest.raises(InvalidRecord, match="flag_state"):
        save_vessel(db, VesselRegime(bad), who="Master")
    assert load_vessel(db) == VesselRegime()


def test_regime_settings_adopted_from_qsettings_once(db):
    assert adopt_regime_settings(db, {"vessel_name": "Kyo Maru", "operation": "small-type", "palette": "night"}, "x")
    assert load_vessel(db).regime == {"vessel_name": "Kyo Maru", "operation": "small-type"}  # palette stays per user
    assert not adopt_regime_settings(db, {"vessel_name": "Other"}, "x")  # the database already holds the regime
    assert load_vessel(db).regime["vessel_name"] == "Kyo Maru"


@pytest.mark.parametrize(
    "kind, killer, expected",
    [
        (FirstHarpoonKind.NON_EXPLOSIVE, "", Weapon.NON_EXPLOSIVE),
        (FirstHarpoonKind.EXPLOSIVE, "", Weapon.EXPLOSIVE),
        (FirstHarpoonKind.ELECTRIC, "", Weapon.ELECTRIC),
        (FirstHarpoonKind.EXPLOSIVE, "cold grenade", Weapon.COLD_GRENADE),
        (None, "", None),
    ],
)
def test_default_weapon_from_the_title_page(db, kind, killer, expected):
    save_title_page(db, TitlePage("Kyo Maru No. 7", "2026", first_harpoon_kind=kind, killer_harpoon_type=killer), "x")
    save_vessel(db, VesselRegime("JP"), who="x")
    facts = compliance_facts(db, "Kyo Maru No. 7")
    assert facts == {"flag_state": "JP", "closure_date": None, "default_weapon": expected}


def test_catch_stores_weapon_flag_state_stock_and_binding(db):
    whale = make_catch("minke", "8 m", lat=70.0, lon=15.0, when=(2026, 6, 1, 12, 0), weapon=Weapon.COLD_GRENADE)
    saved = save_catch(db, whale, ComplianceContext("small-type", frozenset(), flag_state="JP"), who="Mate")
    loaded = load_catch(db, saved.id)
    assert loaded.weapon is Weapon.COLD_GRENADE
    assert {f.rule_id: f.binding for f in loaded.flags} == {"6-minke": False, "10e": True}
    assert "footnote 1" in next(f for f in loaded.flags if f.rule_id == "6-minke").binding_note
    assert stored_stock(db, saved.id)["stock"] == "Northeastern"
    assert db.conn.execute("SELECT flag_state FROM catches").fetchone() == ("JP",)


def test_binding_columns_are_locked_with_the_signed_catch(db):
    from whalelog_gui.records.daily_sheet import Signature, SignerRole
    from whalelog_gui.store.catches import sign_catch
    from datetime import datetime, timezone

    whale = make_catch("minke", "8 m", lat=70.0, lon=15.0, when=(2026, 6, 1, 12, 0))
    saved = save_catch(db, whale, ComplianceContext("small-type", frozenset(), flag_state="NO"), who="Mate")
    sign_catch(db, saved.id, Signature("Ole", SignerRole.MASTER, datetime.now(timezone.utc)), who="Ole")
    with pytest.raises(sqlite3.IntegrityError, match="signed"):
        db.conn.execute("UPDATE catch_flags SET binding = 1")


def _schema7_db_with_two_catches(tmp_path):
    from whalelog_gui.store.db import migrate_to_latest

    old = open_db(tmp_path / "old.sqlite", migrate=False)
    migrate_to_latest(old, up_to=7)
    ids = []
    for order in (1, 2):
        whale = make_catch("minke", "8 m", lat=70.0, lon=15.0, when=(2026, 6, 1, 12, order))
        whale.order = order
        row = {
            "id": whale.id,
            "catcher": whale.catcher,
            "catch_order": order,
            "species": "minke",
            "time_taken": whale.time_taken.isoformat(),
            "sex": "male",
            "operation": "small-type",
        }
        from whalelog_gui.store import audit
        from whalelog_gui.store.db import transaction

        with transaction(old):
            audit.insert_record(old, "catches", row, "Mate")
        ids.append(whale.id)
    return old, ids


def test_upgrade_restates_vouched_rows_and_never_launders_an_earlier_tampering(tmp_path):
    from whalelog_gui.store.db import migrate_to_latest
    from whalelog_gui.store.integrity import check_logbook

    old, (clean, tampered) = _schema7_db_with_two_catches(tmp_path)
    old.conn.execute("UPDATE catches SET species = 'fin' WHERE id = ?", (tampered,))  # outside WhaleLog
    assert migrate_to_latest(old) == [8, 9]
    report = check_logbook(old)
    assert [(b.family, b.id) for b in report.breaks] == [("catches", tampered)]
    who = old.conn.execute("SELECT who FROM audit WHERE record_id = ? ORDER BY seq DESC LIMIT 1", (clean,)).fetchone()
    assert who == ("WhaleLog upgrade (schema 8)",)
    old.close()


def test_time_zone_change_is_recorded_with_its_instant_and_read_back(db):
    from datetime import datetime, timezone

    from whalelog_gui.store.vessel import load_ship_clock

    assert load_ship_clock(db).current_zone == "UTC"
    save_vessel(db, VesselRegime(regime={"time_zone": "UTC+12"}), who="Master")
    change = datetime(2026, 1, 20, 2, 0, tzinfo=timezone.utc)
    save_vessel(db, VesselRegime(regime={"time_zone": "UTC+13"}), who="Master", zone_from=change)
    save_vessel(db, VesselRegime(regime={"time_zone": "UTC+13"}), who="Master")  # same zone: no new entry
    clock = load_ship_clock(db)
    assert [(c.effective_from, c.zone) for c in clock.changes] == [(None, "UTC+12"), (change, "UTC+13")]
    assert clock.ship_date(datetime(2026, 1, 10, 13, 0, tzinfo=timezone.utc)).isoformat() == "2026-01-11"


def test_bad_time_zone_refused_at_the_field(db):
    with pytest.raises(InvalidRecord) as refused:
        save_vessel(db, VesselRegime(regime={"time_zone": "Mars/Olympus"}), who="Master")
    assert refused.value.errors[0].field == "time_zone"
    assert load_vessel(db).regime == {}
