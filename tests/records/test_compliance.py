"""Every compliance rule, built from the Schedule paragraph's text, on both sides of every limit."""

from datetime import date, timedelta

import pytest

from whalelog_gui.records.compliance import (
    ComplianceContext,
    check_catch,
    context_at,
    evaluate,
    missing_explanations,
    sign_off_blockers,
)
from whalelog_gui.records.rules.schedule_2007 import RULES
from records_builders import make_catch

ALL_OPS = ["factory-ship", "factory-catcher", "land-station", "small-type", "transit"]


MORATORIA = {"10e", "16-south", "16-north"}  # raised by every commercial catch of today: tested in test_binding.py


def ids(catch, operation="land-station", areas=(), local_date=None, rules=None, moratoria=False):
    ctx = ComplianceContext(operation, None if areas is None else frozenset(areas), local_date)
    found = {f.rule_id for f in evaluate(catch, ctx, rules)}
    return found if moratoria else found - MORATORIA


# --- para 6: cold grenade harpoon ------------------------------------------------------------------------


@pytest.mark.parametrize("method, flagged", [("Cold grenade harpoon", True), ("compressed air", False), ("", False)])
def test_cold_grenade_harpoon_typed_as_a_method(method, flagged):
    assert ("6-minke" in ids(make_catch("minke", "8 m", killing_method=method), "small-type")) is flagged
    assert ("6" in ids(make_catch("fin", "20 m", killing_method=method), "small-type")) is flagged


# --- para 7: sanctuaries, all commercial whaling ----------------------------------------------------------


@pytest.mark.parametrize("operation", ALL_OPS)
@pytest.mark.parametrize("area, rule", [("ios", "7a"), ("sos", "7b")])
def test_sanctuaries_flag_any_operation_inside_and_none_outside(operation, area, rule):
    assert rule in ids(make_catch("minke", "8.0 m"), operation, {area})
    assert rule not in ids(make_catch("minke", "8.0 m"), operation, {"fs-8b"})


def test_unknown_areas_cannot_clear_a_sanctuary():
    flags = evaluate(make_catch("minke", "8.0 m"), ComplianceContext("small-type", None))
    sanct = {f.rule_id: f for f in flags if f.rule_id not in MORATORIA}
    flags = list(sanct.values())
    assert set(sanct) == {"7a", "7b"} and all(f.uncertain for f in flags)
    assert "could not be looked up" in sanct["7b"].explanation


# --- para 8: factory-ship closed areas for baleen except minke -------------------------------------------


@pytest.mark.parametrize("sub", ["a", "b", "c", "d", "e"])
def test_para_8_areas(sub):
    area = {f"fs-8{sub}"}
    for op in ("factory-ship", "factory-catcher"):
        assert f"8{sub}" in ids(make_catch("fin", "20 m"), op, area)
        assert f"8{sub}" in ids(make_catch("humpback", "13 m"), op, area)
        assert f"8{sub}" not in ids(make_catch("minke", "8 m"), op, area)  # "except minke whales"
        assert f"8{sub}" not in ids(make_catch("sperm", "13 m"), op, area)  # baleen whales only
        assert f"8{sub}" not in ids(make_catch("fin", "20 m"), op, set())
    for op in ("land-station", "small-type", "transit"):
        assert f"8{sub}" not in ids(make_catch("fin", "20 m"), op, area)


# --- para 10(d): factory-ship moratorium -----------------------------------------------------------------


# Para 10(d): "This moratorium applies to sperm whales, killer whales and baleen whales, except minke whales":
# pilot, bottlenose and beaked whales are outside it (an earlier test here encoded the opposite misreading).
@pytest.mark.parametrize(
    "species, flagged",
    [
        ("sperm", True),
        ("killer", True),
        ("fin", True),
        ("blue", True),
        ("sei", True),
        ("pilot", False),
        ("bottlenose", False),
        ("beaked", False),
        ("minke", False),
    ],
)
def test_moratorium_on_factory_ships_except_minke(species, flagged):
    for op in ("factory-ship", "factory-catcher"):
        assert ("10d" in ids(make_catch(species), op)) is flagged
    assert "10d" not in ids(make_catch(species), "land-station")


# --- para 2(a): season south of 40°S ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "day, lat, flagged",
    [
        ((2007, 12, 11), -50.0, True),
        ((2007, 12, 12), -50.0, False),
        ((2008, 4, 7), -50.0, False),
        ((2008, 4, 8), -50.0, True),
        ((2008, 1, 31), -50.0, False),
        ((2008, 7, 1), -50.0, True),
        ((2008, 7, 1), -40.0, True),
        ((2008, 7, 1), -40.01, True),
        ((2008, 7, 1), -39.99, False),
        ((2008, 7, 1), -39.999999, False),  # exactly 40°00.000'S is "south of 40°S": on the boundary counts in
    ],
)
def test_factory_ship_season_south_of_40S(day, lat, flagged):
    fin = make_catch("fin", "20 m", lat=lat, when=(*day, 12, 0))
    assert ("2a" in ids(fin, "factory-ship", {"sos"})) is flagged
    assert ("2a" in ids(fin, "factory-catcher", {"sos"})) is flagged
    assert "2a" not in ids(fin, "land-station", {"sos"})
    assert "2a" not in ids(make_catch("minke", "8 m", lat=lat, when=(*day, 12, 0)), "factory-ship", {"sos"})


def test_season_uses_the_ships_date_when_given():
    # 23:30 UTC on 11 Dec is already 12 Dec in ship's time east of Greenwich
    fin = make_catch("fin", "20 m", lat=-50, when=(2007, 12, 11, 23, 30))
    assert "2a" in ids(fin, "factory-ship")
    assert "2a" not in ids(fin, "factory-ship", local_date=date(2007, 12, 12))


def test_season_without_position_is_flagged_uncertain():
    flags = evaluate(
        make_catch("fin", "20 m", lat=None, lon=None, when=(2008, 7, 1, 0, 0)),
        ComplianceContext("factory-ship", frozenset()),
    )
    season = [f for f in flags if f.rule_id == "2a"]
    assert season and season[0].uncertain and "position of taking is not recorded" in season[0].explanation


# --- paras 14 and 17: calves ------------------------------------------------------------------------------


@pytest.mark.parametrize("attr", ["suckling_calf", "accompanied_by_calf"])
def test_calves_and_females_with_calves(attr):
    assert "14" in ids(make_catch("minke", "5 m", **{attr: True}))
    assert "17" in ids(make_catch("sperm", "10 m", **{attr: True}))
    assert not {"14", "17"} & ids(make_catch("minke", "8 m"))
    assert not {"14", "17"} & ids(make_catch("sperm", "12 m"))


# --- para 15(a): sei and Bryde's --------------------------------------------------------------------------


@pytest.mark.parametrize("species", ["sei", "bryde"])
@pytest.mark.parametrize(
    "length, land_local, flagged",
    [
        ("12.1 m", False, True),
        ("12.2 m", False, False),
        ("39 ft", False, True),
        ("40 ft", False, False),
        ("39 ft 5 in", False, True),
        ("39 ft 6 in", False, False),  # logged 39 / 40 ft (para 23)
        ("12.14 m", False, True),
        ("12.15 m", False, False),  # logged 12.1 / 12.2 m
        ("10.6 m", True, True),
        ("10.7 m", True, False),
        ("12.1 m", True, False),
        ("34 ft", True, True),
        ("35 ft", True, False),
    ],
)
def test_15a_size_limit(species, length, land_local, flagged):
    whale = make_catch(species, length, local_consumption=land_local)
    assert ("15a" in ids(whale, "land-station")) is flagged


def test_15a_exception_needs_both_land_station_and_local_consumption():
    assert "15a" in ids(make_catch("sei", "11 m", local_consumption=False), "land-station")
    assert "15a" in ids(make_catch("sei", "11 m", local_consumption=True), "factory-catcher")
    assert "15a" in ids(make_catch("sei", "11 m", local_consumption=True), "small-type")
    assert "15a" not in ids(make_catch("fin", "11 m"), "land-station")


# --- para 15(b): fin whales by hemisphere -----------------------------------------------------------------


@pytest.mark.parametrize(
    "lat, length, land_local, flagged_rule",
    [
        (-50, "17.3 m", False, "15b-south"),
        (-50, "17.4 m", False, None),
        (-50, "56 ft", False, "15b-south"),
        (-50, "57 ft", False, None),
        (-50, "16.7 m", True, "15b-south"),
        (-50, "16.8 m", True, None),
        (-50, "54 ft", True, "15b-south"),
        (-50, "55 ft", True, None),
        (60, "16.7 m", False, "15b-north"),
        (60, "16.8 m", False, None),
        (60, "54 ft", False, "15b-north"),
        (60, "55 ft", False, None),
        (60, "17.0 m", False, None),
        (60, "15.1 m", True, "15b-north"),
        (60, "15.2 m", True, None),
        (60, "49 ft", True, "15b-north"),
        (60, "50 ft", True, None),
    ],
)
def test_15b_fin_whale_size_limits(lat, length, land_local, flagged_rule):
    found = ids(make_catch("fin", length, lat=lat, local_consumption=land_local), "land-station") & {
        "15b-south",
        "15b-north",
    }
    assert found == ({flagged_rule} if flagged_rule else set())


def test_15b_on_the_equator_both_hemispheres_apply():
    assert ids(make_catch("fin", "17.0 m", lat=0.0), "land-station") & {"15b-south", "15b-north"} == {"15b-south"}


# --- para 18: sperm whales --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "length, areas, flagged_rule",
    [
        ("9.1 m", set(), "18a"),
        ("9.2 m", set(), None),
        ("29 ft", set(), "18a"),
        ("30 ft", set(), None),
        ("10.6 m", {"north-atlantic"}, "18a-north-atlantic"),
        ("10.7 m", {"north-atlantic"}, None),
        ("34 ft", {"north-atlantic"}, "18a-north-atlantic"),
        ("35 ft", {"north-atlantic"}, None),
        ("9.5 m", {"north-atlantic"}, "18a-north-atlantic"),
        ("9.5 m", {"north-pacific"}, None),
    ],
)
def test_18a_sperm_minimum(length, areas, flagged_rule):
    found = ids(make_catch("sperm", length, lat=30, lon=-40), "land-station", areas) & {"18a", "18a-north-atlantic"}
    assert found == ({flagged_rule} if flagged_rule else set())


def test_length_in_feet_is_compared_with_the_feet_figure():
    # 30 ft is 9.144 m, below 9.2 m; but a length logged in feet meets the 30 ft figure of para 18(a)
    assert "18a" not in ids(make_catch("sperm", "30 ft"), "land-station")
    assert "18a" in ids(make_catch("sperm", "9.1 m"), "land-station")


@pytest.mark.parametrize(
    "lat, month, length, flagged",
    [
        (-30, 11, "13.8 m", True),
        (-30, 11, "13.7 m", False),
        (-30, 11, "46 ft", True),
        (-30, 11, "45 ft", False),
        (-30, 10, "13.8 m", True),
        (-30, 1, "13.8 m", True),
        (-30, 9, "13.8 m", False),
        (-30, 2, "13.8 m", False),
        (-39.99, 12, "14 m", True),
        (-40, 12, "14 m", True),
        (-40.0, 1, "46 ft", True),  # 40°00.000'S counts in
        (-40.01, 12, "14 m", False),
        (-45, 12, "14 m", False),
        (5, 12, "14 m", False),
        (0, 12, "14 m", True),
        (0.01, 12, "14 m", False),
    ],
)
def test_18b_large_sperm_southern_hemisphere_north_of_40S(lat, month, length, flagged):
    whale = make_catch("sperm", length, lat=lat, when=(2008, month, 10, 12, 0))
    assert ("18b" in ids(whale, "land-station")) is flagged


@pytest.mark.parametrize(
    "lat, month, areas, length, flagged",
    [
        (30, 5, {"north-pacific"}, "13.8 m", True),
        (30, 5, {"north-pacific"}, "13.7 m", False),
        (30, 5, {"north-pacific"}, "46 ft", True),
        (30, 5, {"north-pacific"}, "45 ft", False),
        (30, 3, {"north-pacific"}, "14 m", True),
        (30, 6, {"north-pacific"}, "14 m", True),
        (30, 2, {"north-pacific"}, "14 m", False),
        (30, 7, {"north-pacific"}, "14 m", False),
        (39.99, 4, {"north-pacific"}, "14 m", True),
        (40, 4, {"north-pacific"}, "14 m", True),  # 40°00.000'N in
        (40.01, 4, {"north-pacific"}, "14 m", False),
        (30, 5, {"north-atlantic"}, "14 m", False),
    ],
)
def test_18c_large_sperm_north_pacific_south_of_40N(lat, month, areas, length, flagged):
    whale = make_catch("sperm", length, lat=lat, lon=160, when=(2008, month, 10, 12, 0))
    assert ("18c" in ids(whale, "land-station", areas)) is flagged


# --- para 20(a): 33 hours in the sea ----------------------------------------------------------------------


@pytest.mark.parametrize("hours, seconds, flagged", [(33, 0, False), (33, 1, True), (32, 3599, False), (40, 0, True)])
def test_20a_carcass_in_sea(hours, seconds, flagged):
    whale = make_catch("minke", "8 m")
    whale.time_killed = whale.time_taken - timedelta(minutes=20)
    whale.time_hauled_up = whale.time_killed + timedelta(hours=hours, seconds=seconds)
    assert ("20a" in ids(whale, "factory-ship")) is flagged
    assert "20a" not in ids(whale, "land-station")  # para 20(a) regulates factory ships
    whale.used_as_fender = True
    assert "20a" not in ids(whale, "factory-ship")  # "except of a whale used as a fender"


def test_20a_counts_from_time_taken_when_killing_time_missing():
    whale = make_catch("minke", "8 m")
    whale.time_hauled_up = whale.time_taken + timedelta(hours=34)
    flag = [f for f in evaluate(whale, ComplianceContext("factory-catcher", frozenset())) if f.rule_id == "20a"][0]
    assert "34.0 h" in flag.explanation and flag.paragraph == "20(a)"


# --- para 1: small-type whaling species -------------------------------------------------------------------


@pytest.mark.parametrize(
    "species, flagged",
    [
        ("minke", False),
        ("bottlenose", False),
        ("beaked", False),
        ("pilot", False),
        ("killer", False),
        ("fin", True),
        ("sperm", True),
    ],
)
def test_small_type_whaling_species(species, flagged):
    assert ("1-small-type" in ids(make_catch(species), "small-type")) is flagged


# --- flags, explanations and sign-off ---------------------------------------------------------------------


def test_flag_cites_paragraph_and_explains_in_plain_words():
    flags = [
        f
        for f in evaluate(make_catch("sei", "11.9 m"), ComplianceContext("land-station", frozenset()))
        if f.rule_id not in MORATORIA
    ]
    assert [(f.rule_id, f.paragraph) for f in flags] == [("15a", "15(a)")]
    assert "logged 11.9 m, below 12.2 m" in flags[0].explanation and not flags[0].uncertain


def test_explanations_required_before_sign_off():
    whale = check_catch(make_catch("sperm", "13 m"), ComplianceContext("factory-ship", frozenset({"sos"})))
    assert {f.rule_id for f in whale.flags} == {"7b", "10d", "10e", "16-south"}
    assert {f.rule_id for f in missing_explanations(whale)} == {"7b", "10d", "10e", "16-south"}
    whale.explanations["10e"] = whale.explanations["16-south"] = "Special permit no. 12 (Article VIII)"
    assert any("para 7(b)" in p for p in sign_off_blockers(whale))
    whale.explanations["7b"] = "Scientific permit no. 12 (Article VIII)"
    whale.explanations["10d"] = "   "
    assert [f.rule_id for f in missing_explanations(whale)] == ["10d"]
    whale.explanations["10d"] = "Taken under the same permit"
    assert missing_explanations(whale) == [] and sign_off_blockers(whale) == []


def test_sign_off_needs_position_and_length():
    whale = make_catch("minke", None, lat=None, lon=None)
    problems = sign_off_blockers(check_catch(whale, ComplianceContext("small-type", frozenset())))
    assert any(p.startswith("position") for p in problems) and any(p.startswith("length") for p in problems)


def test_recheck_keeps_explanations_and_drops_cleared_flags():
    whale = check_catch(make_catch("sei", "11.9 m"), ComplianceContext("land-station", frozenset()))
    whale.explanations["15a"] = "Mis-measured; re-measured below"
    whale.length = make_catch("sei", "12.3 m").length
    whale = check_catch(whale, ComplianceContext("land-station", frozenset()))
    assert {f.rule_id for f in whale.flags} == {"10e"} and whale.explanations["15a"]


def test_context_from_an_area_lookup():
    whale = make_catch("minke", "8 m", lat=-60, lon=30)
    ctx = context_at(whale, "small-type", lambda lat, lon: {"sos"} if lat < -55 else set())
    assert ctx.area_ids == frozenset({"sos"}) and "7b" in {f.rule_id for f in evaluate(whale, ctx)}
    assert context_at(whale, "small-type", None).area_ids is None


def test_an_amendment_is_a_change_of_the_table():
    amended = [dict(r, min={"ft": "42", "m": "12.8"}) if r["id"] == "15a" else r for r in RULES]
    whale = make_catch("sei", "12.5 m")
    assert "15a" not in ids(whale)
    assert "15a" in ids(whale, rules=amended)


def test_every_rule_is_well_formed():
    from whalelog_gui.records.compliance import CONDITIONS

    seen = set()
    for rule in RULES:
        assert rule["id"] not in seen
        seen.add(rule["id"])
        assert rule["kind"] in {"forbidden", "min_length", "max_length", "max_hours_in_sea"}
        assert set(rule.get("when", {})) <= set(CONDITIONS)
        for variant in rule.get("instead", []):
            assert set(variant["when"]) <= set(CONDITIONS)
        assert rule["summary"].endswith(".")
        # latitude limits are inclusive on the flagging side: a catch on the boundary counts as inside
        assert not {"lat_lt", "lat_gt", "lon_lt", "lon_gt"} & set(rule.get("when", {}))


@pytest.mark.parametrize(
    "rule_id, lat, species, length, when, operation",
    [
        ("2a", -40.0, "fin", "20 m", (2008, 7, 1, 12, 0), "factory-ship"),
        ("18b", -40.0, "sperm", "14 m", (2008, 12, 10, 12, 0), "land-station"),
        ("18b", 0.0, "sperm", "14 m", (2008, 12, 10, 12, 0), "land-station"),
        ("18c", 40.0, "sperm", "14 m", (2008, 4, 10, 12, 0), "land-station"),
        ("15b-south", 0.0, "fin", "17 m", (2008, 7, 1, 12, 0), "land-station"),
        ("15b-north", 0.0, "fin", "16 m", (2008, 7, 1, 12, 0), "land-station"),
    ],
)
def test_every_latitude_limit_flags_a_catch_exactly_on_it(rule_id, lat, species, length, when, operation):
    whale = make_catch(species, length, lat=lat, lon=160, when=when)
    assert rule_id in ids(whale, operation, {"north-pacific", "sos"})
    rule = next(r for r in RULES if r["id"] == rule_id)
    assert any(k in rule["when"] for k in ("lat_le", "lat_ge"))  # the case is the rule's own limit


def test_operation_must_be_known():
    with pytest.raises(ValueError, match="not one of"):
        ComplianceContext("pirate")


def test_clean_catch_has_no_flags():
    assert ids(make_catch("minke", "8.4 m", lat=65, lon=10, when=(2008, 6, 1, 8, 0)), "small-type") == set()


# --- properties: a flag exactly when the logged length is on the wrong side of the Schedule's figure -------

from decimal import Decimal  # noqa: E402

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from whalelog_gui.records.measurement import log_feet, log_metres  # noqa: E402


@given(st.decimals(min_value=Decimal("5"), max_value=Decimal("20"), places=3))
def test_15a_flag_iff_logged_metres_below_12_2(reading):
    flagged = "15a" in ids(make_catch("sei", f"{reading} m"))
    assert flagged is (log_metres(reading) < Decimal("12.2"))


@given(st.integers(min_value=20, max_value=60), st.integers(min_value=0, max_value=11))
def test_18a_flag_iff_logged_feet_below_30(feet, inches):
    flagged = "18a" in ids(make_catch("sperm", f"{feet} ft {inches} in"))
    assert flagged is (log_feet(feet, inches) < 30)
