"""Compliance with real positions: the regulated-area data of whalelog_gui.zones and the ocean basins."""

import pytest

from records_builders import make_catch
from whalelog_gui.records.catch_areas import area_ids_at
from whalelog_gui.records.compliance import context_at, evaluate


@pytest.mark.parametrize(
    "lat, lon, expected",
    [
        (-62.0, 171.0, {"sos"}),  # Ross Sea approaches
        (-30.0, 80.0, {"ios", "fs-8e"}),  # southern Indian Ocean, inside the sanctuary sector
        (15.0, 62.0, {"ios", "fs-8e"}),  # Arabian Sea
        (45.0, -30.0, {"fs-8b", "north-atlantic"}),  # mid North Atlantic
        (-20.0, -20.0, {"fs-8b"}),  # South Atlantic north of 40°S
        (10.0, 160.0, {"fs-8d", "north-pacific", "np-sperm-western"}),  # W Pacific, west of 150°W, 40°S - 20°N
        (30.0, 160.0, {"north-pacific", "np-sperm-western"}),  # NW Pacific north of 20°N: outside para 8(d)
        (10.0, -120.0, {"fs-8c", "north-pacific", "np-sperm-eastern"}),  # east of 150°W, 40°S - 35°N
        (35.0, 18.0, {"fs-8b", "north-atlantic-dependent"}),  # Mediterranean: not the North Atlantic Ocean (18(a))
        (43.0, 34.0, {"fs-8b", "north-atlantic-dependent"}),  # Black Sea
        (58.0, 20.0, {"fs-8b", "north-atlantic-dependent"}),  # Baltic
        (25.0, -90.0, {"fs-8b", "north-atlantic-dependent"}),  # Gulf of Mexico
        (15.0, -75.0, {"fs-8b", "north-atlantic-dependent"}),  # Caribbean
        (60.0, -85.0, {"fs-8b", "north-atlantic-dependent"}),  # Hudson Bay
        (45.0, -3.0, {"fs-8b", "north-atlantic"}),  # Bay of Biscay: the ocean itself
        (28.0, -65.0, {"fs-8b", "north-atlantic"}),  # Sargasso Sea, outside the Antilles
        (62.0, -70.0, {"fs-8b", "north-atlantic"}),  # Hudson Strait, outside Hudson Bay
        (70.0, 0.0, {"fs-8a", "fs-8b", "north-atlantic"}),  # Norwegian Sea: Atlantic dependent waters, > 66°N
    ],
)
def test_area_ids_at_real_positions(lat, lon, expected):
    found = area_ids_at(lat, lon)
    assert found == expected


def test_sperm_size_limit_in_the_north_atlantic_from_the_position():
    whale = make_catch("sperm", "10.0 m", lat=45.0, lon=-30.0)
    assert {f.rule_id for f in evaluate(whale, context_at(whale, "land-station", area_ids_at))} == {
        "18a-north-atlantic",
        "10e",
        "16-north",
    }
    whale = make_catch("sperm", "10.0 m", lat=45.0, lon=160.0)
    assert not {f.rule_id for f in evaluate(whale, context_at(whale, "land-station", area_ids_at))} & {
        "18a",
        "18a-north-atlantic",
    }


@pytest.mark.parametrize(
    "lat, lon", [(35.0, 18.0), (43.0, 34.0), (58.0, 20.0), (25.0, -90.0), (15.0, -75.0), (60.0, -85.0)]
)
def test_18a_35_ft_limit_is_the_north_atlantic_ocean_proper_not_its_dependent_seas(lat, lon):
    # Para 18(a) "North Atlantic Ocean" (18(c) adds "and dependent waters"): 30 ft applies in these seas.
    whale = make_catch("sperm", "33 ft", lat=lat, lon=lon)
    found = {f.rule_id for f in evaluate(whale, context_at(whale, "land-station", area_ids_at))}
    assert not found & {"18a", "18a-north-atlantic"}
    whale = make_catch("sperm", "29 ft", lat=lat, lon=lon)
    assert "18a" in {f.rule_id for f in evaluate(whale, context_at(whale, "land-station", area_ids_at))}
    whale = make_catch("sperm", "33 ft", lat=45.0, lon=-30.0)  # the ocean itself: 35 ft
    assert "18a-north-atlantic" in {f.rule_id for f in evaluate(whale, context_at(whale, "land-station", area_ids_at))}


def test_fin_whale_in_the_southern_ocean_sanctuary_from_a_factory_ship():
    whale = make_catch("fin", "20 m", lat=-65.0, lon=170.0, when=(2008, 1, 15, 6, 0))
    flags = {f.rule_id for f in evaluate(whale, context_at(whale, "factory-ship", area_ids_at))}
    assert flags == {"7b", "10d", "10e"}


def test_compliance_context_uses_ships_date_and_real_areas():
    from datetime import timedelta, timezone

    from whalelog_gui.records.catch_areas import compliance_context

    whale = make_catch("fin", "20 m", lat=-65.0, lon=170.0, when=(2007, 12, 11, 13, 0))
    ctx = compliance_context(whale, "factory-ship", timezone(timedelta(hours=12)))
    assert ctx.area_ids == frozenset({"sos"}) and ctx.local_date.isoformat() == "2007-12-12"
    assert "2a" not in {f.rule_id for f in evaluate(whale, ctx)}  # 12 Dec ship's time: in season
    assert "2a" in {f.rule_id for f in evaluate(whale, compliance_context(whale, "factory-ship"))}  # 11 Dec UTC
