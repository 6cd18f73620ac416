"""Who is bound (issue 13): the Schedule's footnotes, each date on both sides, for Norway, Japan, Iceland and the
Russian Federation (and Brazil and Peru, whose withdrawals the footnotes date)."""

from datetime import date

import pytest

from records_builders import make_catch
from whalelog_gui.records.catch import Weapon
from whalelog_gui.records.compliance import ComplianceContext, check_catch, evaluate, missing_explanations


def flag(catch, rule_id, state, operation="small-type", areas=(), day=None, **ctx):
    context = ComplianceContext(operation, frozenset(areas), day, flag_state=state, **ctx)
    found = [f for f in evaluate(catch, context) if f.rule_id == rule_id]
    return found[0] if found else None


def at(day: date, species="minke", length="8 m", lat=65.0, lon=10.0, **kw):
    return make_catch(species, length, lat=lat, lon=lon, when=(day.year, day.month, day.day, 12, 0), **kw)


# --- para 10(e), footnotes 5-7 ---------------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["NO", "RU"])
def test_10e_not_binding_on_norway_and_russia_objection_not_withdrawn(state):
    f = flag(at(date(2026, 6, 1)), "10e", state)
    assert f is not None and f.binding is False and f.needs_explanation is False
    assert "objection" in f.binding_note and "not withdrawn" in f.binding_note
    assert "(Schedule footnote 5)" in f.binding_note
    assert f.binding_note.startswith("not binding on " + ("Norway" if state == "NO" else "the Russian Federation"))


def test_10e_norway_message_as_the_issue_words_it():
    f = flag(at(date(2026, 6, 1)), "10e", "NO")
    assert f.paragraph == "10(e)"
    assert f.binding_note == "not binding on Norway: objection lodged, not withdrawn (Schedule footnote 5)"
    assert f.reason.endswith("— not binding on Norway: objection lodged, not withdrawn (Schedule footnote 5)")


@pytest.mark.parametrize("state", ["NO", "JP", "IS", "RU", None])
@pytest.mark.parametrize(
    "operation, day, raised",
    [
        ("small-type", date(1985, 12, 31), False),
        ("small-type", date(1986, 1, 1), True),  # 1986 coastal season
        ("land-station", date(1985, 12, 31), False),
        ("land-station", date(1986, 1, 1), True),
        ("factory-ship", date(1985, 6, 30), False),
        ("factory-ship", date(1985, 7, 1), True),  # 1985/86 pelagic season
    ],
)
def test_10e_from_the_1986_coastal_and_1985_86_pelagic_seasons(state, operation, day, raised):
    assert (flag(at(day), "10e", state, operation) is not None) is raised


@pytest.mark.parametrize(
    "operation, species, day, binding",
    [
        # pelagic: withdrawn with effect from 1 May 1987
        ("factory-ship", "minke", date(1987, 4, 30), False),
        ("factory-ship", "minke", date(1987, 5, 1), True),
        ("factory-catcher", "fin", date(1987, 4, 30), False),
        ("factory-catcher", "fin", date(1987, 5, 1), True),
        # coastal minke and Bryde's: from 1 October 1987
        ("small-type", "minke", date(1987, 9, 30), False),
        ("small-type", "minke", date(1987, 10, 1), True),
        ("land-station", "bryde", date(1987, 9, 30), False),
        ("land-station", "bryde", date(1987, 10, 1), True),
        # coastal sperm: from 1 April 1988
        ("land-station", "sperm", date(1988, 3, 31), False),
        ("land-station", "sperm", date(1988, 4, 1), True),
        ("land-station", "sperm", date(1987, 10, 1), False),
        # coastal whaling of any other species: not withdrawn
        ("small-type", "bottlenose", date(2026, 6, 1), False),
        ("land-station", "fin", date(2026, 6, 1), False),
    ],
)
def test_10e_japan_withdrew_in_three_steps(operation, species, day, binding):
    f = flag(
        at(day, species, "20 m" if species == "fin" else "9 m" if species != "sperm" else "12 m"),
        "10e",
        "JP",
        operation,
    )
    assert f is not None and f.binding is binding and f.needs_explanation is binding
    assert "footnote 5" in f.binding_note


@pytest.mark.parametrize(
    "day, binding",
    [
        (date(2002, 10, 9), True),  # before the instrument of adherence: no reservation
        (date(2002, 10, 10), True),
        (date(2005, 12, 31), True),  # undertaking: no commercial whaling before 2006
        (date(2006, 1, 1), False),
        (date(2026, 6, 1), False),  # the reservation
    ],
)
def test_10e_iceland_reservation_and_its_undertaking(day, binding):
    f = flag(at(day, "fin", "20 m", lat=64.0, lon=-22.0), "10e", "IS", "land-station")
    assert f is not None and f.binding is binding
    if binding and day >= date(2002, 10, 10):
        assert "before 2006" in f.binding_note and "footnote 6" in f.binding_note
    if not binding:
        assert "reservation" in f.binding_note and "footnote 6" in f.binding_note and "footnote 7" in f.binding_note


@pytest.mark.parametrize(
    "state, day, binding",
    [
        ("PE", date(1986, 1, 1), True),  # Peru withdrew on 22 July 1983, before 10(e) applied to any season
        ("GB", date(2026, 6, 1), True),
        ("US", date(2026, 6, 1), True),
    ],
)
def test_10e_binds_every_other_government(state, day, binding):
    assert flag(at(day), "10e", state).binding is binding


# --- para 6 second sentence (minke, cold grenade), footnote 1 ---------------------------------------------------


@pytest.mark.parametrize(
    "state, day, binding",
    [
        ("JP", date(2026, 6, 1), False),
        ("RU", date(2026, 6, 1), False),
        ("NO", date(1985, 7, 8), False),
        ("NO", date(1985, 7, 9), True),
        ("BR", date(1992, 1, 7), False),
        ("BR", date(1992, 1, 8), True),
        ("IS", date(1992, 6, 29), False),
        ("IS", date(2026, 6, 1), True),
        ("GB", date(1983, 1, 1), True),
    ],
)
def test_6_minke_objections(state, day, binding):
    f = flag(at(day, weapon=Weapon.COLD_GRENADE), "6-minke", state)
    assert f is not None and f.binding is binding and f.paragraph == "6"
    assert "footnote 1" in f.binding_note or state == "GB"


@pytest.mark.parametrize("state", ["JP", "RU", "NO", "IS"])
def test_6_first_sentence_binds_everyone(state):
    f = flag(at(date(2026, 6, 1), "fin", "20 m", weapon=Weapon.COLD_GRENADE), "6", state, "land-station")
    assert f is not None and f.binding and f.binding_note == ""


# --- para 7(b), footnote 3 --------------------------------------------------------------------------------------

SOS = {"sos"}


@pytest.mark.parametrize(
    "species, state, day, binding",
    [
        ("minke", "JP", date(2026, 1, 15), False),  # objection for the Antarctic minke whale stocks
        ("fin", "JP", date(2026, 1, 15), True),  # ... only
        ("minke", "RU", date(1994, 12, 6), True),  # withdrawn on 26 October 1994, before 7(b) came into force
        ("minke", "NO", date(2026, 1, 15), True),
        ("minke", "IS", date(2026, 1, 15), True),
    ],
)
def test_7b_japan_objects_for_antarctic_minke_only(species, state, day, binding):
    whale = at(day, species, "20 m" if species == "fin" else "8 m", lat=-65.0, lon=170.0)
    f = flag(whale, "7b", state, "factory-ship", SOS)
    assert f is not None and f.binding is binding


@pytest.mark.parametrize("day, raised", [(date(1994, 12, 5), False), (date(1994, 12, 6), True)])
def test_7b_in_force_from_6_december_1994(day, raised):
    assert (flag(at(day, lat=-65.0, lon=170.0), "7b", "NO", "factory-ship", SOS) is not None) is raised


# --- only binding flags need the crew's explanation before sign-off --------------------------------------------


def test_non_binding_flags_are_information_and_do_not_block_sign_off():
    whale = check_catch(at(date(2026, 6, 1)), ComplianceContext("small-type", frozenset(), flag_state="NO"))
    assert [(f.rule_id, f.binding) for f in whale.flags] == [("10e", False)]
    assert missing_explanations(whale) == []
    japanese = check_catch(at(date(2026, 6, 1)), ComplianceContext("small-type", frozenset(), flag_state="JP"))
    assert [f.rule_id for f in missing_explanations(japanese)] == ["10e"]


def test_unknown_flag_state_treats_every_paragraph_as_binding():
    f = flag(at(date(2026, 6, 1)), "10e", None)
    assert f.binding is True and f.binding_note == ""
