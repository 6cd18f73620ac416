"""Look-ahead over long stretches (up to the 24 h cap, any speed): entries against hand-computed distances.

Hand values come from the Schedule's lines (para 7(b): 40 S from 50 W to 20 E, 20 E to 55 S, 55 S to 130 E, 40 S from
130 E to 130 W, 60 S from 130 W to 50 W; para 8(a): north of 66 N except 150 E - 140 W between 66 N and 72 N) and
independent formulas: meridian arcs from geographiclib (a meridian is both geodesic and rhumb line), parallel arcs
as N cos(lat) dlon, and a loxodrome's longitude as tan(course) times the change of isometric latitude.
"""

import math

import numpy as np
import pytest
from geographiclib.geodesic import Geodesic

from whalelog_gui.zones.areas import load_areas
from whalelog_gui.zones.boundaries import AreaBoundary
from whalelog_gui.zones.crossing import CrossingIndex
from whalelog_gui.zones.geodesy import rhumb_track
from whalelog_gui.zones.monitor import MAX_LOOKAHEAD_MIN, ZoneMonitor

AREAS = load_areas()
BY_ID = {a.id: a for a in AREAS}
A, F = 6378137.0, 1 / 298.257223563
E2 = F * (2 - F)


def meridian_nm(lat1, lat2):
    return Geodesic.WGS84.Inverse(lat1, 0.0, lat2, 0.0)["s12"] / 1852.0


def parallel_nm(lat, dlon_deg):
    n = A / math.sqrt(1 - E2 * math.sin(math.radians(lat)) ** 2)
    return n * math.cos(math.radians(lat)) * math.radians(dlon_deg) / 1852.0


def isometric(lat):
    s, e = math.sin(math.radians(lat)), math.sqrt(E2)
    return math.atanh(s) - e * math.atanh(e * s)


def approach(lat, lon, cog, sog, zone, lookahead=MAX_LOOKAHEAD_MIN):
    result = ZoneMonitor(AREAS, "factory-ship", lookahead).check(lat, lon, cog, sog)
    found = [a for a in result["approaching"] if a["zone"] == zone]
    return found[0] if found else None


@pytest.mark.parametrize(
    "lat,lon,sog,entry_lat",
    [
        (-30.0, 10.0, 30.0, -40.0),  # 10 E: the 40 S line from 50 W to 20 E
        (-30.0, 0.0, 3000.0, -40.0),  # the reviewer's case: 1440 min at 3000 kn runs far past the pole
        (-30.0, 25.0, 100.0, -55.0),  # 25 E: the 55 S line from 20 E to 130 E (inside the IOS on the way)
        (-35.0, -100.0, 100.0, -60.0),  # 100 W: the 60 S line from 130 W to 50 W
        (-35.0, 180.0, 20.0, -40.0),  # on the antimeridian: the 40 S line from 130 E to 130 W
    ],
)
def test_due_south_into_the_southern_ocean_sanctuary(lat, lon, sog, entry_lat):
    expected = meridian_nm(lat, entry_lat)
    found = approach(lat, lon, 180.0, sog, "sos")
    assert found["distance_nm"] == pytest.approx(expected, abs=0.01)
    assert found["eta_min"] == pytest.approx(expected / sog * 60.0, abs=0.01)


def test_the_reviewers_long_stretch_is_599_nm():
    found = approach(-30.0, 0.0, 180.0, 3000.0, "sos")
    assert found["distance_nm"] == pytest.approx(599.04, abs=0.01) and found["eta_min"] == pytest.approx(11.98)


def test_due_north_past_the_pole_finds_the_72n_line_and_the_track_stops_at_the_pole():
    expected = meridian_nm(67.0, 72.0)  # 160 E lies in the 8(a) exception: north of 72 N is closed
    found = approach(67.0, 160.0, 0.0, 1000.0, "fs-8a")  # 24 000 nm of reach, the pole is 1 380 nm off
    assert found["distance_nm"] == pytest.approx(expected, abs=0.01)
    lats, lons = rhumb_track(67.0, 160.0, 0.0, [100.0, 5000.0, 24000.0])
    assert lats[0] < 89.0 and lats[1] == pytest.approx(90.0, abs=1e-9) == lats[2]  # no way back down the far meridian
    lats, _ = rhumb_track(-30.0, 0.0, 180.0, [1e5])
    assert lats[0] == pytest.approx(-90.0, abs=1e-9)


@pytest.mark.parametrize(
    "lat,lon,cog,sog,zone,dlon",
    [
        (-50.0, -120.0, 270.0, 20.0, "sos", 10.0),  # west along 50 S to the 130 W meridian
        (-50.0, -120.0, 90.0, 200.0, "sos", 70.0),  # east along 50 S to the 50 W meridian
        (70.0, 160.0, 90.0, 100.0, "fs-8a", 60.0),  # east along 70 N across 180 to 140 W
        (70.0, -170.0, 270.0, 100.0, "fs-8a", 40.0),  # west along 70 N across 180 to 150 E
    ],
)
def test_along_parallels_over_long_stretches(lat, lon, cog, sog, zone, dlon):
    expected = parallel_nm(lat, dlon)
    found = approach(lat, lon, cog, sog, zone)
    assert found["distance_nm"] == pytest.approx(expected, abs=0.01)
    assert found["eta_min"] == pytest.approx(expected / sog * 60.0, abs=0.01)


def test_a_loxodrome_winding_round_the_globe_several_times_before_66n():
    course = 89.85
    turns = math.degrees(math.tan(math.radians(course)) * (isometric(66.0) - isometric(60.0)))
    lon_at_66 = (turns + 180.0) % 360.0 - 180.0
    assert turns > 3 * 360.0 and -140.0 <= lon_at_66 <= 150.0  # outside the exception: it enters at 66 N
    expected = meridian_nm(60.0, 66.0) / math.cos(math.radians(course))
    crossings = AreaBoundary(BY_ID["fs-8a"].geometry).crossings
    assert crossings.first_crossing(60.0, 0.0, course, expected * 1.01) == pytest.approx(expected, rel=1e-6)
    assert crossings.first_crossing(60.0, 0.0, course, expected * 0.99) is None
    found = approach(60.0, 0.0, course, 10000.0, "fs-8a")  # ~137 500 nm: 14 h at 10 000 kn
    assert found["distance_nm"] == pytest.approx(expected, rel=1e-6)


def test_a_loxodrome_across_180_meets_the_140w_meridian_of_the_exception():
    course = 80.0
    # from 66.5 N 151 E, longitude grows by tan(80) * dpsi: solve for where it reaches 220 E (= 140 W)
    psi = isometric(66.5) + math.radians(220.0 - 151.0) / math.tan(math.radians(course))
    lat = 66.5
    for _ in range(60):  # invert the isometric latitude by bisection-free fixed point on the sphere-corrected form
        lat += math.degrees((psi - isometric(lat)) * math.cos(math.radians(lat)))
    assert 66.5 < lat < 72.0
    expected = meridian_nm(66.5, lat) / math.cos(math.radians(course))
    found = approach(66.5, 151.0, course, 100.0, "fs-8a")
    assert found["distance_nm"] == pytest.approx(expected, abs=0.01)


def test_lookahead_is_capped_at_24_hours():
    ZoneMonitor(AREAS, "transit", MAX_LOOKAHEAD_MIN)
    ZoneMonitor(AREAS, "transit", 0.0)
    for bad in (MAX_LOOKAHEAD_MIN + 0.5, 1e9, math.inf, math.nan, -1.0):
        with pytest.raises(ValueError, match="0 to 1440 minutes"):
            ZoneMonitor(AREAS, "transit", bad)


def test_a_spiral_skips_empty_turns_and_finds_a_crossing_many_turns_on():
    # two short parallel segments, 0-1 E at 5 N and at 20 N; from the equator on course 89.99 the track winds
    # hundreds of times between them; start it so that it meets 20 N at 0.5 E, and check it misses the 5 N piece
    course = 89.99
    tan = math.tan(math.radians(course))
    turns_to_20 = math.degrees(tan * isometric(20.0))
    start = (0.5 - turns_to_20) % 360.0 - 360.0 * (((0.5 - turns_to_20) % 360.0) >= 180.0)
    lon_at_5 = (start + math.degrees(tan * isometric(5.0))) % 360.0
    assert turns_to_20 > 100 * 360.0 and not lon_at_5 <= 1.0
    index = CrossingIndex(np.array([[5.0, 0.0, 5.0, 1.0], [20.0, 0.0, 20.0, 1.0]]))
    expected = meridian_nm(0.0, 20.0) / math.cos(math.radians(course))
    assert index.first_crossing(0.0, start, course, expected * 1.001) == pytest.approx(expected, rel=1e-6)
    assert index.first_crossing(0.0, start, course, expected * 0.999) is None
    assert index.first_crossing(0.0, start, course, 1e9) == pytest.approx(expected, rel=1e-6)
