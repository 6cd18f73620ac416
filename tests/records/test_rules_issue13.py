"""Rules added or corrected by issue 13, from the Schedule text, on both sides of every limit and date."""

from datetime import date

import pytest

from records_builders import make_catch
from whalelog_gui.records.catch import Weapon, weapon_from_text
from whalelog_gui.records.compliance import ComplianceContext, evaluate

STATES = ["NO", "JP", "IS", "RU"]


def rules(catch, operation="land-station", areas=(), **ctx):
    return {f.rule_id: f for f in evaluate(catch, ComplianceContext(operation, frozenset(areas), **ctx))}


# --- para 6 from the weapon actually used ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "weapon, flagged",
    [
        (Weapon.COLD_GRENADE, True),
        (Weapon.NON_EXPLOSIVE, True),  # the non-explosive grenade harpoon is the cold one
        (Weapon.EXPLOSIVE, False),
        (Weapon.ELECTRIC, False),
        (Weapon.OTHER, False),
        (None, False),
    ],
)
@pytest.mark.parametrize("state", STATES)
def test_6_from_the_weapon_recorded(weapon, flagged, state):
    fin = make_catch("fin", "20 m", weapon=weapon, when=(2026, 6, 1, 12, 0), lat=64, lon=-22)
    assert ("6" in rules(fin, flag_state=state)) is flagged
    minke = make_catch("minke", "8 m", weapon=weapon, when=(2026, 6, 1, 12, 0), lat=70, lon=15)
    assert ("6-minke" in rules(minke, "small-type", flag_state=state)) is flagged


def test_6_an_empty_weapon_takes_the_vessels_default_harpoon():
    minke = make_catch("minke", "8 m", when=(2026, 6, 1, 12, 0), lat=70, lon=15)
    assert "6-minke" in rules(minke, "small-type", default_weapon=Weapon.NON_EXPLOSIVE)
    assert "6-minke" not in rules(minke, "small-type", default_weapon=Weapon.EXPLOSIVE)
    minke.weapon = Weapon.EXPLOSIVE  # what the crew recorded wins over the default
    assert "6-minke" not in rules(minke, "small-type", default_weapon=Weapon.COLD_GRENADE)


@pytest.mark.parametrize(
    "species, rule, operation, before, on",
    [
        ("fin", "6", "land-station", date(1980, 12, 31), date(1981, 1, 1)),
        ("fin", "6", "factory-ship", date(1980, 6, 30), date(1980, 7, 1)),
        ("minke", "6-minke", "small-type", date(1982, 12, 31), date(1983, 1, 1)),
        ("minke", "6-minke", "factory-ship", date(1982, 6, 30), date(1982, 7, 1)),
    ],
)
def test_6_season_starts(species, rule, operation, before, on):
    def whale(d):
        return make_catch(
            species,
            "20 m" if species == "fin" else "8 m",
            weapon=Weapon.COLD_GRENADE,
            when=(d.year, d.month, d.day, 12, 0),
        )

    assert rule not in rules(whale(before), operation)
    assert rule in rules(whale(on), operation)


def test_weapon_text_grammar():
    assert weapon_from_text("Cold  Grenade harpoon") == (Weapon.COLD_GRENADE, "")
    assert weapon_from_text("compressed air") == (Weapon.OTHER, "compressed air")


# --- para 10(d): sperm, killer and baleen whales except minke ----------------------------------------------------


@pytest.mark.parametrize(
    "species, flagged",
    [
        ("sperm", True),
        ("killer", True),
        ("fin", True),
        ("bryde", True),
        ("bowhead", True),
        ("pygmy-right", True),
        ("minke", False),
        ("pilot", False),
        ("bottlenose", False),
        ("beaked", False),
    ],
)
@pytest.mark.parametrize("operation", ["factory-ship", "factory-catcher"])
def test_10d_species_scope(species, flagged, operation):
    assert ("10d" in rules(make_catch(species), operation)) is flagged


# --- para 16: sperm whales ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lat, operation, day, flagged",
    [
        (-30.0, "land-station", date(1981, 12, 31), False),
        (-30.0, "land-station", date(1982, 1, 1), True),
        (-30.0, "factory-ship", date(1981, 6, 30), False),
        (-30.0, "factory-ship", date(1981, 7, 1), True),
        (0.0, "land-station", date(2026, 1, 1), True),
        (0.01, "land-station", date(2026, 1, 1), False),
    ],
)
def test_16_southern_hemisphere(lat, operation, day, flagged):
    whale = make_catch("sperm", "12 m", lat=lat, lon=30.0, when=(day.year, day.month, day.day, 12, 0))
    assert ("16-south" in rules(whale, operation)) is flagged


@pytest.mark.parametrize(
    "areas, operation, day, flagged",
    [
        ({"north-atlantic"}, "land-station", date(1981, 12, 31), False),
        ({"north-atlantic"}, "land-station", date(1982, 1, 1), True),
        ({"north-pacific", "np-sperm-eastern"}, "land-station", date(2026, 6, 1), True),
        ({"north-pacific", "np-sperm-western"}, "land-station", date(2026, 6, 1), False),  # the exception
        ({"north-pacific", "np-sperm-western"}, "small-type", date(2026, 6, 1), False),
        ({"north-atlantic"}, "factory-ship", date(2026, 6, 1), False),  # pelagic: 16 speaks of coastal seasons
    ],
)
def test_16_northern_hemisphere_coastal_except_western_division(areas, operation, day, flagged):
    whale = make_catch("sperm", "12 m", lat=35.0, lon=150.0, when=(day.year, day.month, day.day, 12, 0))
    assert ("16-north" in rules(whale, operation, areas)) is flagged


def test_16_unknown_division_is_not_ruled_out():
    whale = make_catch("sperm", "12 m", lat=35.0, lon=150.0, when=(2026, 6, 1, 12, 0))
    flag = evaluate(whale, ComplianceContext("land-station", None))
    assert [f.uncertain for f in flag if f.rule_id == "16-north"] == [True]


# --- paras 14 and 17 by species group -------------------------------------------------------------------------


@pytest.mark.parametrize("species, paragraph", [("minke", "14"), ("fin", "14"), ("sperm", "17"), ("pilot", "17")])
def test_calf_rules_cite_their_group(species, paragraph):
    whale = make_catch(species, suckling_calf=True)
    assert {f.paragraph for f in evaluate(whale, ComplianceContext("land-station", frozenset()))} & {"14", "17"} == {
        paragraph
    }


# --- para 26(b): closure date notified to the master --------------------------------------------------------------


@pytest.mark.parametrize(
    "day, lat, species, operation, flagged",
    [
        ((2027, 3, 1), -50.0, "fin", "factory-ship", False),  # the closure date itself: legal until its midnight
        ((2027, 3, 2), -50.0, "fin", "factory-ship", True),
        ((2027, 3, 2), -40.0, "fin", "factory-catcher", True),
        ((2027, 3, 2), -39.99, "fin", "factory-ship", False),
        ((2027, 3, 2), -50.0, "minke", "factory-ship", False),
        ((2027, 3, 2), -50.0, "fin", "land-station", False),
    ],
)
def test_26b_after_midnight_of_the_closure_date(day, lat, species, operation, flagged):
    whale = make_catch(species, "20 m" if species == "fin" else "8 m", lat=lat, lon=20.0, when=(*day, 6, 0))
    assert ("26b" in rules(whale, operation, closure_date=date(2027, 3, 1))) is flagged
    assert "26b" not in rules(whale, operation)  # no date notified: nothing to check
