"""Para 9 stocks from species and position, on both sides of the Schedule's lines."""

import importlib.util
import json

import pytest

from whalelog_gui.messages import Message, Template
from whalelog_gui.records.stocks import (
    STOCK_NAMES,
    north_atlantic_rings,
    north_pacific_sperm_division,
    stock_of,
    stock_text,
)
from whalelog_gui.resources import resource_path


def name(species, lat, lon):
    found = stock_of(species, lat, lon)
    return None if found is None else found["stock"]


NORTH_ATLANTIC = [
    # 9(c) fin: 42 W between 20 N and 46 N separates Nova Scotia from East Greenland-Iceland
    ("fin", 30.0, -42.1, "Nova Scotia"),
    ("fin", 30.0, -41.9, "East Greenland-Iceland"),
    # 18 W separates East Greenland-Iceland from Spain-Portugal-British Isles
    ("fin", 40.0, -18.1, "East Greenland-Iceland"),
    ("fin", 40.0, -17.9, "Spain-Portugal-British Isles"),
    # 61 N between 16 W and 0 separates the British Isles from West Norway-Faroe
    ("fin", 60.9, -5.0, "Spain-Portugal-British Isles"),
    ("fin", 61.1, -5.0, "West Norway-Faroe Islands"),
    # 67 N east of 0 separates West Norway-Faroe from North Norway
    ("fin", 66.9, 8.0, "West Norway-Faroe Islands"),
    ("fin", 67.1, 8.0, "North Norway"),
    # 59 W north of 61 N separates Newfoundland-Labrador (Canada) from West Greenland
    ("fin", 65.0, -59.1, "Newfoundland-Labrador"),
    ("fin", 65.0, -58.9, "West Greenland"),
    ("fin", 64.0, -22.0, "East Greenland-Iceland"),
    ("minke", 64.0, -20.0, "Central"),
    ("minke", 70.0, 10.0, "Northeastern"),
    ("minke", 75.0, -10.0, "Northeastern"),
    ("minke", 73.0, -10.0, "Central"),
    ("minke", 50.0, -50.0, "Canadian East Coast"),
    ("minke", 65.0, -55.0, "West Greenland"),
    ("sei", 44.0, -60.0, "Nova Scotia"),
    ("sei", 64.0, -25.0, "Iceland-Denmark Strait"),
    ("sei", 70.0, 10.0, "Eastern"),
]


@pytest.mark.parametrize("species, lat, lon, expected", NORTH_ATLANTIC)
def test_north_atlantic_stocks_9c(species, lat, lon, expected):
    found = stock_of(species, lat, lon)
    assert found["paragraph"] == "9(c)" and found["stock"] == expected


@pytest.mark.parametrize(
    "lat, lon, division",
    [
        (60.0, 179.9, "western"),
        (60.0, -179.9, "eastern"),
        (60.0, 180.0, "eastern"),  # north of 50 N: the 180 line
        (49.9, -160.1, "western"),
        (49.9, -159.9, "eastern"),
        (50.0, -170.0, "eastern"),
        (39.9, -150.1, "western"),
        (39.9, -149.9, "eastern"),
        (40.1, -155.0, "eastern"),
        (10.0, 140.0, "western"),
    ],
)
def test_north_pacific_sperm_divisions_9d(lat, lon, division):
    assert north_pacific_sperm_division(lat, lon) == division
    assert name("sperm", lat, lon) == f"{division.capitalize()} Division"


NORTH_PACIFIC = [
    ("bryde", 28.0, 125.0, "East China Sea"),
    ("bryde", 26.0, 130.0, "Western"),  # either side of the Ryukyus
    ("bryde", 20.0, -160.1, "Western"),
    ("bryde", 20.0, -159.9, "Eastern"),
    ("minke", 38.0, 135.0, "Sea of Japan-Yellow Sea-East China Sea"),
    ("minke", 38.0, 145.0, "Okhotsk Sea-West Pacific"),
    ("minke", 55.0, 150.0, "Okhotsk Sea-West Pacific"),
    ("minke", 50.0, -170.0, "Remainder"),
    ("minke", 30.0, 179.9, "Okhotsk Sea-West Pacific"),
    ("minke", 30.0, -179.9, "Remainder"),
]


@pytest.mark.parametrize("species, lat, lon, expected", NORTH_PACIFIC)
def test_north_pacific_bryde_and_minke_9d(species, lat, lon, expected):
    found = stock_of(species, lat, lon)
    assert found["paragraph"] == "9(d)" and found["stock"] == expected


SOUTHERN_BRYDE = [
    (-30.0, 19.9, "South Atlantic"),
    (-30.0, 20.1, "Southern Indian Ocean"),  # 20 E (offshore)
    (-30.0, 129.9, "Southern Indian Ocean"),
    (-30.0, 130.1, "Western South Pacific"),
    (-10.0, 160.0, "Solomon Islands"),
    (-20.1, 160.0, "Western South Pacific"),
    (-30.0, -149.9, "Eastern South Pacific"),
    (-30.0, -150.1, "Western South Pacific"),
    (-5.0, -85.0, "Peruvian"),
    (5.0, -85.0, "Peruvian"),
    (-10.1, -85.0, "Eastern South Pacific"),
    (-5.0, -110.1, "Eastern South Pacific"),
    (-30.0, -69.9, "South Atlantic"),
    (-34.0, 18.0, "South African Inshore"),
    (-40.0, 10.0, "South Atlantic"),
]


@pytest.mark.parametrize("lat, lon, expected", SOUTHERN_BRYDE)
def test_southern_hemisphere_bryde_9e(lat, lon, expected):
    found = stock_of("bryde", lat, lon)
    assert found["paragraph"] == "9(e)" and found["stock"] == expected


@pytest.mark.parametrize("species, paragraph", [("fin", "9(a)"), ("minke", "9(a)"), ("sperm", "9(b)")])
def test_tables_1_and_3_are_not_guessed(species, paragraph):
    assert stock_of(species, -60.0, 30.0) == {
        "paragraph": paragraph,
        "species": species,
        "stock": None,
        "classified": False,
        "note": "not classified (Table 1/3 not available)",
    }


def test_species_without_para_9_stocks():
    assert stock_of("killer", 60.0, 0.0) is None and stock_of("fin", 10.0, 60.0) is None


def test_places_file_is_what_the_script_derives():
    spec = importlib.util.spec_from_file_location("derive_stocks", resource_path("stocks", "derive_stocks.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    stored = json.loads(resource_path("stocks", "places.json").read_text(encoding="utf-8"))
    assert stored == json.loads(json.dumps(module.places()))
    for place in stored.values():
        assert place["note"]  # every named place has its written interpretation


def test_every_stock_name_is_listed_for_translation():
    """STOCK_NAMES (the catalogue's list) holds exactly the names stock_of() gives: every 9(c) ring, the sperm
    whale Divisions and every name the cases above reach."""
    rings = north_atlantic_rings((0.0, 0.0), (0.0, 0.0))
    given = {name for stocks in rings.values() for name, _ring in stocks}
    given |= {f"{division.capitalize()} Division" for division in ("western", "eastern")}
    given |= {case[-1] for case in NORTH_ATLANTIC + NORTH_PACIFIC + SOUTHERN_BRYDE}
    assert set(STOCK_NAMES) == given
    assert all(isinstance(name, Template) and name.context == "Stocks" for name in STOCK_NAMES.values())


@pytest.mark.parametrize(
    "stock, english",
    [
        (stock_of("minke", 70.0, 10.0), "para 9(c): Northeastern stock"),
        (stock_of("sperm", 10.0, 140.0), "para 9(d): Western Division stock"),
        (stock_of("fin", -60.0, 30.0), "para 9(a): not classified (Table 1/3 not available)"),
        ({"paragraph": "9(b)", "species": "sperm", "stock": None, "classified": False}, "para 9(b): not classified"),
        (None, "no para 9 stock for this species here"),
    ],
)
def test_the_stock_line_stays_english_in_the_record_and_carries_its_template(stock, english):
    line = stock_text(stock)
    assert line == english and isinstance(line, Message)
    # as the record files hold it: read back from JSON, the same line and the same templates
    again = stock_text(json.loads(json.dumps(stock)))
    assert again == english and again.template == line.template and again.values == line.values
    assert all(isinstance(v, Template) for k, v in again.values.items() if k in ("stock", "note"))
