"""The Schedule's species list (para 1)."""

import pytest

from whalelog_gui.records.species import SPECIES, TALLY_ROWS, UnknownSpecies, WhaleGroup, species, tally_row


def test_para_1_lists_ten_baleen_and_five_toothed_species():
    assert [s.key for s in SPECIES if s.group is WhaleGroup.BALEEN] == [
        "blue",
        "bowhead",
        "bryde",
        "fin",
        "gray",
        "humpback",
        "minke",
        "pygmy-right",
        "right",
        "sei",
    ]
    assert [s.key for s in SPECIES if s.group is WhaleGroup.TOOTHED] == [
        "beaked",
        "bottlenose",
        "killer",
        "pilot",
        "sperm",
    ]


@pytest.mark.parametrize(
    "name, key",
    [
        ("sulphur bottom", "blue"),
        ("Cachalot", "sperm"),
        ("herring whale", "fin"),
        ("sharp headed finner", "minke"),
        ("Bryde’s whale", "bryde"),
        ("orca", "killer"),
        ("Physeter macrocephalus", "sperm"),
        ("sei", "sei"),
    ],
)
def test_lookup_by_any_name_the_schedule_gives(name, key):
    assert species(name).key == key


def test_ambiguous_and_unknown_names():
    with pytest.raises(UnknownSpecies, match="ambiguous"):
        species("Arctic right whale")  # the Schedule lists it under both bowhead and right whale
    with pytest.raises(UnknownSpecies, match="para 1"):
        species("narwhal")


def test_tally_rows_match_the_daily_sheet():
    assert {s.tally for s in SPECIES} <= set(TALLY_ROWS)
    assert tally_row("gray") == "Others" and tally_row("bryde") == "Bryde's"
