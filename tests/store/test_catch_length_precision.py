"""Schedule para 23: a length logged to 0.1 m is stored, loaded and exported with its one decimal ("17.0", not "17")."""

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "records"))
from records_builders import make_catch  # noqa: E402

from whalelog_gui.export.record_files import family_json, parse_family_json  # noqa: E402
from whalelog_gui.export.season import read_season  # noqa: E402
from whalelog_gui.export.selection import Selected  # noqa: E402
from whalelog_gui.records.catch import Foetus, Sex  # noqa: E402
from whalelog_gui.records.compliance import ComplianceContext  # noqa: E402
from whalelog_gui.records.measurement import LengthReading  # noqa: E402
from whalelog_gui.store.catches import load_catch, save_catch  # noqa: E402

LAND = ComplianceContext("land-station", frozenset())
COLUMNS = "SELECT length_raw, length_logged, foetus_length_raw, foetus_length_logged FROM catches WHERE id = ?"


def whole_metre_catch():
    return make_catch(
        "fin", "17 m", sex=Sex.FEMALE, milk_present=False, foetus=Foetus(LengthReading.metres("1"), Sex.MALE)
    )


def test_whole_metre_lengths_are_stored_and_loaded_with_one_decimal(db):
    saved = save_catch(db, whole_metre_catch(), LAND, who="Mate Sato")
    assert db.conn.execute(COLUMNS, (saved.id,)).fetchone() == ("17", "17.0", "1", "1.0")  # raw as read, logged
    loaded = load_catch(db, saved.id)
    assert (str(loaded.length.logged), loaded.length.logged_text) == ("17.0", "17.0")
    assert str(loaded.foetus.length.logged) == "1.0"
    assert loaded == saved


def test_feet_stay_whole_feet(db):
    saved = save_catch(db, make_catch("fin", "56 ft 6 in"), LAND, who="Mate Sato")
    row = db.conn.execute("SELECT length_raw, length_raw_inches, length_logged FROM catches").fetchone()
    assert row == ("56", "6", "57") and str(load_catch(db, saved.id).length.logged) == "57"


def test_bundle_record_file_carries_the_logged_text(db):
    saved = save_catch(db, whole_metre_catch(), LAND, who="Mate Sato")
    entries = read_season(db).families["catches"]
    data = family_json("catches", [Selected(e, "new", None) for e in entries])
    record = next(r for r in parse_family_json(data, "catches")["records"] if r["id"] == saved.id)
    assert (record["data"]["length_logged"], record["data"]["foetus_length_logged"]) == ("17.0", "1.0")
    inserted = record["audit"][0]["new"]
    assert inserted["length_logged"] == "17.0"


def test_rows_written_before_the_fix_still_load_and_resave_with_one_decimal(db):
    saved = save_catch(db, whole_metre_catch(), LAND, who="Mate Sato")
    with db.conn:  # as an earlier version wrote them: "17", "1"
        db.conn.execute("UPDATE catches SET length_logged = '17', foetus_length_logged = '1' WHERE id = ?", (saved.id,))
    old = load_catch(db, saved.id)
    assert old.length.logged == Decimal("17.0") and old.length.logged_text == "17.0"
    assert str(old.foetus.length.logged) == "1.0"
    save_catch(db, old, LAND, who="Mate Sato", reason="re-saved after upgrade")
    assert db.conn.execute(COLUMNS, (saved.id,)).fetchone() == ("17", "17.0", "1", "1.0")
