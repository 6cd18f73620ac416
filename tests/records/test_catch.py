"""Catch and struck-and-lost records: para 1 lactation, validation refused at the field with a reason."""

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from records_builders import make_catch
from whalelog_gui.records.catch import (
    Foetus,
    Sex,
    Specimen,
    SpecimenKind,
    StruckLost,
    check_hauled_up,
    check_length,
)
from whalelog_gui.records.measurement import LengthReading


def fields(catch):
    return {e.field: e.reason for e in catch.validate()}


def test_valid_catch_has_no_errors():
    whale = make_catch(
        "fin",
        "20.3 m",
        sex=Sex.FEMALE,
        milk_present=False,
        foetus=Foetus(LengthReading.metres("1.2"), Sex.MALE),
        specimens=(Specimen(SpecimenKind.OVARIES, "KM1-1 ovaries"), Specimen(SpecimenKind.EAR_PLUG, "KM1-1")),
    )
    assert whale.validate() == []
    assert whale.marking == "Kyo Maru 1 1"


@pytest.mark.parametrize(
    "species, length, problem",
    [
        ("minke", "14 m", "longer than any minke whale"),
        ("minke", "46 ft", "longer than any minke whale"),
        ("blue", "0.5 m", "too short"),
        ("sperm", "25 m", "longer than any sperm whale"),
    ],
)
def test_impossible_lengths_for_the_species(species, length, problem):
    assert problem in fields(make_catch(species, length))["length"]


@pytest.mark.parametrize(
    "species, length", [("minke", "10.9 m"), ("blue", "33 m"), ("sperm", "18 m"), ("pilot", "20 ft")]
)
def test_possible_lengths_pass(species, length):
    assert "length" not in fields(make_catch(species, length))


def test_check_length_message_uses_the_units_entered():
    assert check_length("minke", LengthReading.feet("40")) == "40 ft is longer than any minke whale (36 ft)"


def test_hauled_up_before_taken_is_refused():
    whale = make_catch("minke", "8 m")
    whale.time_hauled_up = whale.time_taken - timedelta(minutes=1)
    assert fields(whale)["time_hauled_up"] == "hauled up before it was taken"
    assert check_hauled_up(whale.time_taken, whale.time_taken) is None


def test_naive_times_are_refused():
    whale = make_catch("minke", "8 m")
    whale.time_taken = datetime(2008, 1, 1, 12, 0)
    assert "time zone" in fields(whale)["time_taken"]


def test_future_time_refused():
    whale = make_catch("minke", "8 m")
    whale.time_taken = datetime.now(timezone.utc) + timedelta(days=1)
    assert "future" in fields(whale)["time_taken"]


@pytest.mark.parametrize(
    "changes, field, words",
    [
        ({"catcher": " "}, "catcher", "para 20(b)"),
        ({"order": 0}, "order", "from 1"),
        ({"species": "unicorn"}, "species", "unknown species"),
        ({"lat": 91.0}, "lat", "outside"),
        ({"lon": None}, "position", "both"),
        ({"sex": Sex.MALE, "milk_present": True}, "sex", "only for females"),
        ({"sex": Sex.MALE, "foetus": Foetus()}, "foetus", "only for females"),
        ({"sex": Sex.FEMALE, "gland_raw_cm": Decimal(12)}, "gland_raw_cm", "sperm whales only"),
        ({"specimens": (Specimen(SpecimenKind.TOOTH, ""),)}, "specimens[0]", "para 29(c)"),
        ({"specimens": (Specimen(SpecimenKind.TESTES_WEIGHT, "x", Decimal(0)),)}, "specimens[0]", "greater than zero"),
    ],
)
def test_validation_messages_at_the_field(changes, field, words):
    whale = make_catch("minke", "8 m")
    for k, v in changes.items():
        setattr(whale, k, v)
    assert words in fields(whale)[field]


def test_foetus_longer_than_mother_refused():
    whale = make_catch("minke", "8 m", sex=Sex.FEMALE, foetus=Foetus(LengthReading.metres("8.5")))
    assert "longer" in fields(whale)["foetus"]


@pytest.mark.parametrize("gland, lactating", [("9.49", False), ("9.5", True), ("10.5", True), ("3", False)])
def test_sperm_female_lactating_from_logged_gland(gland, lactating):
    whale = make_catch("sperm", "11 m", sex=Sex.FEMALE, gland_raw_cm=Decimal(gland))
    assert whale.lactating is lactating


@pytest.mark.parametrize(
    "milk, gland, lactating",
    [
        (True, "9.49", False),
        (True, "9.5", True),
        (True, "10", True),
        (True, "3", False),
        (False, "9.5", False),
        (False, "10", False),
        (False, "25", False),  # para 1 (b): no milk, not lactating
        (None, "9.49", False),
        (None, "9.5", True),  # milk not recorded: judged on the gland, as `measure gland` does
        (False, None, False),
        (True, None, None),
        (None, None, None),  # no gland measured: only "no milk" decides
    ],
)
def test_sperm_female_lactating_needs_milk_and_a_10_cm_gland(milk, gland, lactating):
    whale = make_catch(
        "sperm", "11 m", sex=Sex.FEMALE, milk_present=milk, gland_raw_cm=None if gland is None else Decimal(gland)
    )
    assert whale.lactating is lactating


def test_sperm_lactating_rule_itself():
    from whalelog_gui.records.measurement import sperm_lactating

    assert sperm_lactating(Decimal(10)) is True and sperm_lactating(Decimal(9)) is False
    assert sperm_lactating(Decimal(10), milk_present=True) is True
    assert sperm_lactating(Decimal(10), milk_present=False) is False
    assert sperm_lactating(Decimal(9), milk_present=True) is False


def test_baleen_female_lactating_when_milk_present_and_para_1_evidence_override():
    whale = make_catch("fin", "20 m", sex=Sex.FEMALE, milk_present=True)
    assert whale.lactating is True
    whale.not_lactating_evidence = "Histology report 2008/14: no calf could depend on her"
    assert whale.lactating is False
    assert make_catch("fin", "20 m", sex=Sex.FEMALE).lactating is None
    assert make_catch("fin", "20 m", sex=Sex.MALE).lactating is None


def test_struck_and_lost():
    lost = StruckLost(
        "Kyo Maru 2", datetime(2008, 1, 2, 3, 4, tzinfo=timezone.utc), species=None, killing_method="compressed air"
    )
    assert lost.validate() == []
    bad = StruckLost("", datetime(2008, 1, 2, 3, 4), species="dragon", lat=1.0)
    assert {e.field for e in bad.validate()} == {"catcher", "time_struck", "species", "position"}


def test_position_and_date_of_taking_as_shown():
    whale = make_catch("minke", "8 m", lat=-62.1, lon=171.3, when=(2008, 1, 15, 20, 0))
    assert whale.position_text == "62°06.000′S 171°18.000′E"
    assert whale.date_taken().isoformat() == "2008-01-15"
    assert whale.date_taken(timezone(timedelta(hours=12))).isoformat() == "2008-01-16"
