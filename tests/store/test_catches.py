"""Catch records and struck-and-lost whales in a real temp-file SQLite database, through the audited API."""

import sqlite3
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "records"))
from records_builders import make_catch  # noqa: E402

from whalelog_gui.records.catch import Foetus, Sex, Specimen, SpecimenKind, StruckLost  # noqa: E402
from whalelog_gui.records.compliance import ComplianceContext, check_catch  # noqa: E402
from whalelog_gui.records.daily_sheet import Signature, SignerRole  # noqa: E402
from whalelog_gui.records.field_error import InvalidRecord  # noqa: E402
from whalelog_gui.records.measurement import LengthReading  # noqa: E402
from whalelog_gui.store import audit  # noqa: E402
from whalelog_gui.store.catches import (  # noqa: E402
    CatchAmendment,
    CatchSignedError,
    amend_catch,
    catch_amendments,
    delete_struck_lost,
    explain_flag,
    list_catches,
    list_struck_lost,
    load_catch,
    save_catch,
    save_struck_lost,
    sign_catch,
)

LAND = ComplianceContext("land-station", frozenset())
FACTORY_SOS = ComplianceContext("factory-ship", frozenset({"sos"}))
MASTER = Signature("Captain Ito", SignerRole.MASTER, datetime(2008, 1, 16, 8, 0, tzinfo=timezone.utc))


def full_catch():
    return make_catch(
        "sperm",
        "76 ft 6 in",
        sex=Sex.FEMALE,
        gland_raw_cm=Decimal("9.5"),
        lat=-30.25,
        lon=45.5,
        time_killed=datetime(2008, 1, 15, 9, 50, tzinfo=timezone.utc),
        time_hauled_up=datetime(2008, 1, 15, 14, 0, tzinfo=timezone.utc),
        foetus=Foetus(LengthReading.metres("1.25"), Sex.MALE),
        killing_method="compressed air",
        specimens=(Specimen(SpecimenKind.OVARIES, "KM1-1 ovaries"), Specimen(SpecimenKind.TOOTH, "KM1-1 tooth")),
    )


def test_round_trip_keeps_raw_and_logged_and_every_field(db):
    entered = full_catch()
    saved = save_catch(db, entered, LAND, who="Mate Sato")
    loaded = load_catch(db, saved.id)
    assert loaded == saved == check_catch(entered, LAND)
    assert (loaded.length.raw, loaded.length.raw_inches, loaded.length.logged) == (76, 6, 77)
    assert loaded.foetus.length.logged == Decimal("1.3") and loaded.lactating is True
    row = db.conn.execute(
        "SELECT length_raw, length_raw_inches, length_unit, length_logged, gland_logged_cm FROM catches"
    ).fetchone()
    assert row == ("76", "6", "ft", "77", "10")
    # 77 ft sperm north of 40°S in January; paras 10(e) and 16 (sperm, Southern Hemisphere) for any 2008 catch
    assert {f.rule_id for f in loaded.flags} == {"18b", "10e", "16-south"}


def test_flags_stored_with_explanations_and_sign_off_waits_for_them(db):
    saved = save_catch(db, make_catch("sperm", "13 m"), FACTORY_SOS, who="Mate Sato")
    assert {f.rule_id for f in saved.flags} == {"7b", "10d", "10e", "16-south"}
    with pytest.raises(InvalidRecord, match="para 7\\(b\\) flag needs"):
        sign_catch(db, saved.id, MASTER, who="Captain Ito")
    explain_flag(db, saved.id, "7b", "Special permit 2008/1 (Article VIII)", who="Mate Sato")
    for rule_id in ("10d", "10e", "16-south"):
        explain_flag(db, saved.id, rule_id, "Taken under the same special permit", who="Mate Sato")
    sign_catch(db, saved.id, MASTER, who="Captain Ito")
    signed = load_catch(db, saved.id)
    assert signed.signature == MASTER and signed.explanations["7b"].startswith("Special permit")


def test_signed_catch_is_locked_in_the_file_and_amended_instead(db):
    # Norway is not bound by para 10(e) (footnote 5): the flag is information and needs no explanation
    saved = save_catch(
        db, make_catch("minke", "8.2 m"), ComplianceContext("small-type", frozenset(), flag_state="NO"), who="Mate"
    )
    assert [(f.rule_id, f.binding) for f in saved.flags] == [("10e", False)]
    sign_catch(db, saved.id, MASTER, who="Captain Ito")
    saved.remarks = "changed"
    with pytest.raises(CatchSignedError):
        save_catch(db, saved, ComplianceContext("small-type", frozenset()), who="Mate", reason="typo")
    with pytest.raises(sqlite3.IntegrityError, match="signed"):
        db.conn.execute("UPDATE catches SET remarks = 'x' WHERE id = ?", (saved.id,))
    with pytest.raises(sqlite3.IntegrityError, match="signed"):
        db.conn.execute("DELETE FROM catches WHERE id = ?", (saved.id,))
    amend_catch(db, saved.id, CatchAmendment({"length_raw": "8.3"}, "tape re-read by inspector"), who="Inspector")
    [amendment] = catch_amendments(db, saved.id)
    assert amendment.changes == {"length_raw": "8.3"} and amendment.created_by == "Inspector"
    assert load_catch(db, saved.id).length.logged == Decimal("8.2")  # the original stays as it was


def test_a_catch_amendment_needs_a_reason_and_a_change_and_a_refused_one_writes_nothing(db):
    saved = save_catch(
        db, make_catch("minke", "8.2 m"), ComplianceContext("small-type", frozenset(), flag_state="NO"), who="Mate"
    )
    sign_catch(db, saved.id, MASTER, who="Captain Ito")
    with pytest.raises(InvalidRecord) as refused:
        amend_catch(db, saved.id, CatchAmendment({}, "  "), who="Inspector")
    assert {(e.field, e.reason) for e in refused.value.errors} == {
        ("reason", "an amendment needs a reason"),
        ("changes", "an amendment must change something"),
    }
    assert catch_amendments(db, saved.id) == []


def test_update_needs_reason_and_is_audited_old_to_new(db):
    saved = save_catch(db, make_catch("sei", "12.5 m"), LAND, who="Mate")
    saved.length = LengthReading.metres("12.05")
    with pytest.raises(InvalidRecord, match="reason"):
        save_catch(db, saved, LAND, who="Mate")
    resaved = save_catch(db, saved, LAND, who="Mate", reason="re-measured")
    assert [f.rule_id for f in resaved.flags] == ["10e", "15a"]
    history = audit.history(db, "catches", saved.id)
    assert [h["action"] for h in history] == ["insert", "update"]
    assert history[1]["old"]["length_logged"] == "12.5" and history[1]["new"]["length_logged"] == "12.1"
    assert history[1]["reason"] == "re-measured"


def test_cleared_flag_is_removed_on_resave(db):
    saved = save_catch(db, make_catch("sei", "12.0 m"), LAND, who="Mate")
    explain_flag(db, saved.id, "15a", "Measured before the spike was set", who="Mate")
    saved = load_catch(db, saved.id)
    saved.length = LengthReading.metres("12.3")
    assert [f.rule_id for f in save_catch(db, saved, LAND, who="Mate", reason="re-measured").flags] == ["10e"]
    assert db.conn.execute("SELECT rule_id FROM catch_flags").fetchall() == [("10e",)]


def test_invalid_catch_writes_nothing(db):
    bad = make_catch("minke", "14 m")
    bad.time_hauled_up = bad.time_taken - timedelta(hours=1)
    with pytest.raises(InvalidRecord) as err:
        save_catch(db, bad, LAND, who="Mate")
    assert err.value.fields() == {"length", "time_hauled_up"}
    assert db.conn.execute("SELECT count(*) FROM catches").fetchone()[0] == 0


def test_specimens_synced(db):
    saved = save_catch(db, full_catch(), LAND, who="Mate")
    saved.specimens = (Specimen(SpecimenKind.TOOTH, "KM1-1 tooth"), Specimen(SpecimenKind.EAR_PLUG, "KM1-1 ear"))
    again = save_catch(db, saved, LAND, who="Mate", reason="ovaries lost overboard; ear plug taken")
    assert sorted(s.kind.value for s in again.specimens) == ["ear plug", "tooth"]


def test_list_catches_in_time_order(db):
    later = make_catch("minke", "8 m", when=(2008, 1, 16, 9, 0))
    earlier = make_catch("minke", "7 m", when=(2008, 1, 15, 9, 0))
    for c in (later, earlier):
        save_catch(db, c, LAND, who="Mate")
    assert [c.id for c in list_catches(db)] == [earlier.id, later.id]
    assert [c.id for c in list_catches(db, start=datetime(2008, 1, 16, tzinfo=timezone.utc))] == [later.id]


def test_struck_and_lost(db):
    lost = StruckLost(
        "Kyo Maru 2",
        datetime(2008, 1, 15, 7, 0, tzinfo=timezone.utc),
        "minke",
        -61.0,
        40.0,
        killing_method="compressed air",
    )
    save_struck_lost(db, lost, who="Mate")
    assert list_struck_lost(db) == [lost]
    lost.remarks = "line parted"
    with pytest.raises(InvalidRecord):
        save_struck_lost(db, lost, who="Mate")
    save_struck_lost(db, lost, who="Mate", reason="add remark")
    assert list_struck_lost(db)[0].remarks == "line parted"
    delete_struck_lost(db, lost.id, who="Mate", reason="entered twice")
    assert list_struck_lost(db) == []
    with pytest.raises(InvalidRecord):
        save_struck_lost(db, StruckLost("", lost.time_struck), who="Mate")
