"""ZoneMonitor: inside/distance/approach per fix, ETAs against hand-computed values, hysteresis, poles, 180."""

import argparse
import math
from datetime import datetime, timezone

import pytest
from geographiclib.geodesic import Geodesic

from whalelog_gui.nav.fix import Fix
from whalelog_gui.zones.areas import load_areas
from whalelog_gui.zones.monitor import EXIT_MARGIN_NM, ZoneMonitor

A, E2 = 6378137.0, 0.0066943799901413165
AREAS = load_areas()
T0 = datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc)


def fix(lat, lon, cog=None, sog=None):
    return Fix(time=T0, time_of_day=T0.time(), lat=lat, lon=lon, cog_deg=cog, sog_kn=sog, valid=True)


def meridian_nm(lat_a, lat_b):
    """Hand formula: meridional radius of curvature at the mid-latitude times the latitude difference."""
    mid = math.radians((lat_a + lat_b) / 2.0)
    m = A * (1 - E2) / (1 - E2 * math.sin(mid) ** 2) ** 1.5
    return m * math.radians(abs(lat_b - lat_a)) / 1852.0


def parallel_nm(lat, dlon):
    """Hand formula: radius of the parallel (nu cos lat) times the longitude difference."""
    nu = A / math.sqrt(1 - E2 * math.sin(math.radians(lat)) ** 2)
    return nu * math.cos(math.radians(lat)) * math.radians(abs(dlon)) / 1852.0


def test_unknown_operation_is_refused():
    with pytest.raises(ValueError, match="unknown operation"):
        ZoneMonitor(AREAS, "pelagic")


def test_check_reports_inside_distances_and_applicability():
    m = ZoneMonitor(AREAS, "small-type")
    result = m.check(-45.0, 10.0)
    assert result["inside"] == ["sos"]
    assert set(result["distance_nm"]) == {"ios", "fs-8a", "fs-8b", "fs-8c", "fs-8d", "fs-8e"}
    assert result["distance_nm"]["fs-8b"] == pytest.approx(meridian_nm(40.0, 45.0), rel=1e-3)
    picture = m.update(fix(-45.0, 10.0))
    assert picture.status("sos").applies and not picture.status("fs-8b").applies


def test_approach_eta_along_a_meridian_matches_hand_value():
    m = ZoneMonitor(AREAS, "factory-ship", lookahead_min=30)
    result = m.check(-39.95, 0.0, 180.0, 10.0)  # due south at 10 kn towards the 40 S sanctuary line
    expected = meridian_nm(39.95, 40.0)  # 3.0004 nm
    [approach] = [a for a in result["approaching"] if a["zone"] == "sos"]
    assert approach["distance_nm"] == pytest.approx(expected, abs=0.005)
    assert approach["eta_min"] == pytest.approx(expected / 10.0 * 60.0, abs=0.03)
    assert result["distance_nm"]["sos"] == pytest.approx(expected, rel=1e-3)


def test_approach_eta_along_a_parallel_matches_hand_value():
    m = ZoneMonitor(AREAS, "factory-ship", lookahead_min=30)
    result = m.check(-50.0, -129.9, 270.0, 12.0)  # due west at 12 kn towards the 130 W sanctuary line
    expected = parallel_nm(50.0, 0.1)  # 3.872 nm
    [approach] = [a for a in result["approaching"] if a["zone"] == "sos"]
    assert approach["distance_nm"] == pytest.approx(expected, abs=0.005)
    assert approach["eta_min"] == pytest.approx(expected / 12.0 * 60.0, abs=0.03)


def test_no_approach_beyond_the_lookahead_or_when_stopped_or_sailing_away():
    m = ZoneMonitor(AREAS, "factory-ship", lookahead_min=10)
    assert m.check(-39.95, 0.0, 180.0, 10.0)["approaching"] == []  # 3 nm away, 10 min at 10 kn = 1.67 nm
    assert m.check(-39.99, 0.0, 180.0, 0.0)["approaching"] == []
    assert m.check(-39.99, 0.0, 0.0, 10.0)["approaching"] == []
    assert m.check(-39.99, 0.0)["approaching"] == []


def test_approach_across_the_antimeridian_nearest_first():
    m = ZoneMonitor(AREAS, "factory-ship")
    result = m.check(-39.99, -179.99, 225.0, 12.0)  # south-west across 180 into the sanctuary
    [approach] = result["approaching"]
    expected = meridian_nm(39.99, 40.0) / math.cos(math.radians(45.0))  # rhumb length to gain 0.01 deg south
    assert approach["zone"] == "sos" and approach["distance_nm"] == pytest.approx(expected, abs=0.005)
    # SSE: over 40 S while still west of 20 E (sanctuary, ~0.64 nm), then over 20 E south of 40 S (IOS, ~1.35 nm)
    result = m.check(-39.99, 19.99, 160.0, 20.0)
    assert [a["zone"] for a in result["approaching"]] == ["sos", "ios"]
    sos, ios = (a["distance_nm"] for a in result["approaching"])
    assert sos == pytest.approx(meridian_nm(39.99, 40.0) / math.cos(math.radians(20.0)), abs=0.005)
    assert ios == pytest.approx(parallel_nm(40.0, 0.01) / math.sin(math.radians(20.0)), abs=0.01)


def test_distances_across_the_antimeridian_are_symmetric_and_true():
    m = ZoneMonitor(AREAS, "factory-ship")
    east, west = m.check(-39.9, 179.99), m.check(-39.9, -179.99)
    assert east["distance_nm"]["sos"] == pytest.approx(west["distance_nm"]["sos"], rel=1e-6)
    assert east["distance_nm"]["sos"] == pytest.approx(meridian_nm(39.9, 40.0), rel=1e-3)
    exact = Geodesic.WGS84.Inverse(0.0, 179.9, 0.0, -150.0)["s12"] / 1852.0  # nearest point of 150 W on the equator
    assert m.check(0.0, 179.9)["distance_nm"]["fs-8c"] == pytest.approx(exact, rel=5e-3)


def test_near_the_poles():
    m = ZoneMonitor(AREAS, "factory-ship")
    south = m.check(-89.9, 75.0)
    assert "sos" in south["inside"]
    exact = Geodesic.WGS84.Inverse(-89.9, 75.0, -55.0, 75.0)["s12"] / 1852.0  # up the meridian to 55 S
    assert south["distance_nm"]["ios"] == pytest.approx(exact, rel=5e-3)
    north = m.check(90.0, 0.0)
    assert north["inside"] == ["fs-8a"]
    assert m.check(89.99, -120.0, 200.0, 15.0)["inside"] == ["fs-8a"]


def test_hysteresis_holds_inside_until_clearly_out():
    m = ZoneMonitor(AREAS, "factory-ship")
    margin_deg = EXIT_MARGIN_NM * 1852.0 / 111000.0
    assert not m.update(fix(-39.99, 0.0)).status("sos").inside
    assert m.update(fix(-40.0, 0.0)).status("sos").inside  # on the line: inside at once
    jitter = -40.0 + margin_deg * 0.5  # ~0.025 nm out: GPS jitter, still inside
    assert m.update(fix(jitter, 0.0)).status("sos").inside
    assert not m.check(jitter, 0.0)["inside"].count("sos")  # the stateless check has no hysteresis
    assert m.update(fix(-40.0 + margin_deg * 0.5, 0.0)).status("sos").distance_nm is None
    left = m.update(fix(-40.0 + margin_deg * 1.6, 0.0)).status("sos")  # ~0.08 nm out: left
    assert not left.inside and left.distance_nm == pytest.approx(EXIT_MARGIN_NM * 1.6, rel=0.05)
    assert not m.update(fix(jitter, 0.0)).status("sos").inside  # no re-entry until really inside


def test_cached_distances_stay_within_two_thousandths_of_a_fresh_check():
    m = ZoneMonitor(AREAS, "factory-ship")
    for i in range(300):  # 12 kn at 1 Hz towards the sanctuary
        lat = -39.0 - i * 12.0 / 3600.0 / 60.0
        picture = m.update(fix(lat, 5.0, 180.0, 12.0))
        fresh = m.check(lat, 5.0)["distance_nm"]
        for area_id, d in picture.distances.items():
            assert d == pytest.approx(fresh[area_id], rel=2.5e-3)


def test_fix_without_position_gives_an_empty_untrusted_picture():
    m = ZoneMonitor(AREAS, "factory-ship")
    picture = m.update(Fix(time=T0, time_of_day=T0.time(), lat=None, lon=None))
    assert not picture.has_position and picture.areas == ()


def test_picture_lists_non_applicable_areas_as_information():
    m = ZoneMonitor(AREAS, "transit")
    picture = m.update(fix(-45.0, 10.0))
    assert picture.inside == ["sos"] and not picture.status("sos").applies
    assert picture.status("sos").note


def test_operations_match_the_cli_contract_and_bad_settings_are_refused():
    from whalelog_gui.cli import build_parser
    from whalelog_gui.operations import OPERATIONS

    def operation_choices(*command: str) -> tuple:
        parser = build_parser()
        for name in command:  # down the subcommands to the one that takes --operation
            (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
            parser = commands.choices[name]
        (operation,) = [a for a in parser._actions if "--operation" in a.option_strings]
        return tuple(operation.choices)

    assert OPERATIONS == ("factory-ship", "factory-catcher", "land-station", "small-type", "transit")
    assert operation_choices("zones", "check") == operation_choices("watch") == OPERATIONS
    m = ZoneMonitor(AREAS, "factory-ship")
    with pytest.raises(ValueError, match="look-ahead"):
        m.lookahead_min = -1
    with pytest.raises(ValueError, match="unknown operation"):
        m.operation = "whatever"
    m.operation = "transit"
    assert not m.update(fix(-45.0, 10.0)).status("sos").applies


def test_picture_approaching_is_nearest_first():
    m = ZoneMonitor(AREAS, "factory-ship")
    picture = m.update(fix(-39.99, 19.99, 160.0, 20.0))
    assert [a.area_id for a in picture.approaching] == ["sos", "ios"]
    assert picture.status("sos").approach.eta_min == pytest.approx(picture.status("sos").approach.distance_nm * 3.0)
