"""`whalelog check catch` (issue 13 contract): JSON lines in, one JSON line out per catch, exit 0, a grammar for
every field. Run as a real subprocess, as outside checks run it."""

import json
import subprocess
import sys

import pytest

BASE = {
    "species": "minke",
    "sex": "female",
    "length": {"value": "8.25", "unit": "m"},
    "taken": "2026-06-01T10:00:00Z",
    "lat": 70.0,
    "lon": 15.0,
    "operation": "small-type",
    "flag_state": "NO",
    "calf": None,
    "local_consumption": False,
    "fender": False,
    "weapon": None,
    "hauled_up": None,
    "gland_cm": None,
    "milk": None,
}


def run(*objs, raw_lines=()):
    lines = [json.dumps(o) for o in objs] + list(raw_lines)
    done = subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "check", "catch"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def with_(**changes):
    return {**BASE, **changes}


def test_contract_shape_and_norway_minke():
    [out] = run(BASE)
    assert set(out) == {"flags", "stock", "logged_length"}
    assert out["logged_length"] == {"logged": "8.3", "unit": "m", "read": "8.25 m"}  # para 23: 8.25 -> 8.3
    assert out["stock"] == {"paragraph": "9(c)", "species": "minke", "stock": "Northeastern", "classified": True}
    [f] = out["flags"]
    assert (f["paragraph"], f["binding"]) == ("10(e)", False)
    assert "not binding on Norway: objection lodged, not withdrawn (Schedule footnote 5)" in f["reason"]


def test_one_output_line_per_input_line_in_order_and_bad_lines_in_place():
    outs = run(BASE, with_(flag_state="JP"), raw_lines=["{not json", ""])
    assert len(outs) == 3 and "error" in outs[2] and set(outs[2]) == {"error"}
    assert [f["binding"] for f in outs[1]["flags"] if f["paragraph"] == "10(e)"] == [True]


@pytest.mark.parametrize(
    "state, operation, binding",
    [
        ("NO", "land-station", False),
        ("RU", "land-station", False),
        ("IS", "land-station", False),
        ("JP", "land-station", False),  # Japan's objection stands for coastal whaling other than minke/Bryde's/sperm
        ("JP", "factory-catcher", True),
        ("GB", "land-station", True),
    ],
)
def test_10e_binding_by_state(state, operation, binding):
    [out] = run(
        with_(
            flag_state=state,
            species="fin",
            length={"value": "60", "unit": "ft"},
            lat=64.0,
            lon=-22.0,
            operation=operation,
        )
    )
    assert [f["binding"] for f in out["flags"] if f["paragraph"] == "10(e)"] == [binding]


def test_three_length_forms():
    fin = with_(species="fin", operation="land-station")
    outs = run(
        {**fin, "length": {"value": "59.5", "unit": "ft"}},
        {**fin, "length": {"feet": 57, "inches": 6}},
        {**fin, "length": {"feet": 57}},
        {**fin, "length": {"value": "17.25", "unit": "m"}},
        {**fin, "length": {"feet": 57, "inches": "5.99"}},
    )
    assert [o["logged_length"]["logged"] for o in outs] == ["60", "58", "57", "17.3", "57"]
    assert outs[1]["logged_length"] == {"logged": "58", "unit": "ft", "read": "57 ft 6 in"}


def test_weapon_cold_grenade_and_its_objection():
    outs = run(
        with_(weapon="cold grenade harpoon", flag_state="JP"),
        with_(weapon="cold grenade harpoon", flag_state="IS"),
        with_(weapon="explosive harpoon"),
        with_(weapon="compressed air"),
    )
    para6 = [[f["binding"] for f in o["flags"] if f["paragraph"] == "6"] for o in outs]
    assert para6 == [[False], [True], [], []]


def test_15a_size_limit_both_sides_and_sperm_north_atlantic():
    sei = with_(species="sei", sex="male", lat=64.0, lon=-25.0, operation="land-station", flag_state="IS")
    below, at = run(
        {**sei, "length": {"value": "12.14", "unit": "m"}}, {**sei, "length": {"value": "12.15", "unit": "m"}}
    )
    assert "15(a)" in [f["paragraph"] for f in below["flags"]]
    assert "15(a)" not in [f["paragraph"] for f in at["flags"]]


def test_stock_null_without_a_position_and_unclassified_in_the_south():
    nowhere, south = run(
        with_(lat=None, lon=None),
        with_(lat=-60.0, lon=30.0, species="fin", length={"value": "20", "unit": "m"}, operation="land-station"),
    )
    assert nowhere["stock"] is None
    assert south["stock"] == {
        "paragraph": "9(a)",
        "species": "fin",
        "stock": None,
        "classified": False,
        "note": "not classified (Table 1/3 not available)",
    }


@pytest.mark.parametrize(
    "field, value",
    [
        ("species", "narwhal"),
        ("species", None),
        ("sex", "F"),
        ("length", {"value": "12.1", "unit": "yd"}),
        ("length", {"value": "-3", "unit": "m"}),
        ("length", {"value": "1e1", "unit": "m"}),
        ("length", {"value": " 12.1", "unit": "m"}),
        ("length", {"feet": 39, "inches": 12}),
        ("length", {"feet": "39"}),
        ("length", {"feet": 39.5}),
        ("length", "12 m"),
        ("taken", "2026-06-01 10:00"),
        ("taken", "2026-06-01T10:00:00+02:00"),
        ("taken", "2099-01-01T00:00:00Z"),
        ("lat", " 6000.000"),
        ("lat", 91.0),
        ("lon", 180.5),
        ("lat", True),
        ("lat", "62.1"),
        ("operation", "pirate"),
        ("flag_state", "no"),
        ("flag_state", "XX"),
        ("flag_state", "NOR"),
        ("calf", "yes"),
        ("local_consumption", "true"),
        ("fender", 1),
        ("weapon", ""),
        ("weapon", 7),
        ("hauled_up", "yesterday"),
        ("gland_cm", 9.5),
        ("gland_cm", "abc"),
        ("milk", "yes"),
    ],
)
def test_every_field_has_a_grammar(field, value):
    [out] = run(with_(**{field: value}))
    assert set(out) == {"error"} and out["error"]


def test_unknown_and_missing_keys_are_errors():
    missing = dict(BASE)
    del missing["flag_state"]
    out_missing, out_unknown = run(missing, with_(vessel="x"))
    assert "flag_state" in out_missing["error"] and "vessel" in out_unknown["error"]


def test_optional_keys_may_be_left_out():
    minimal = {k: BASE[k] for k in ("species", "sex", "length", "taken", "lat", "lon", "operation", "flag_state")}
    [out] = run(minimal)
    assert "flags" in out


def test_flag_reasons_stay_english_byte_for_byte():
    """The flag texts are translatable messages at the UI (issue 16); the CLI prints exactly the English."""
    [out] = run(
        with_(
            species="sei",
            length={"value": "10.0", "unit": "m"},
            taken="2026-01-10T10:00:00Z",
            lat=None,
            lon=None,
            operation="factory-ship",
            flag_state="JP",
            hauled_up="2026-01-11T22:00:00Z",
        )
    )
    reasons = {f["paragraph"]: f["reason"] for f in out["flags"]}
    assert reasons["15(a)"] == (
        "Sei or Bryde's whale below the size limit: 40 ft (12.2 m); 35 ft (10.7 m) for delivery to land stations "
        "when the meat is for local consumption. Found: logged 10.0 m, below 12.2 m."
    )
    assert reasons["20(a)"] == (
        "Carcass in the sea more than 33 hours from killing to hauling up for treatment by the factory ship. "
        "Found: 36.0 h from killing to hauling up, limit 33 h."
    )
    assert reasons["7(a)"] == (
        "Taken inside the Indian Ocean Sanctuary, where commercial whaling, pelagic or from land stations, is "
        "prohibited. Could not be ruled out: the position of taking is not recorded."
    )
