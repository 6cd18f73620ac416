"""The closed-form look-ahead crossing agrees with a dense shapely search refined by bisection, on every area."""

import random

import numpy as np
import pytest

from whalelog_gui.zones.areas import load_areas
from whalelog_gui.zones.boundaries import AreaBoundary
from whalelog_gui.zones.geodesy import rhumb_destination, rhumb_track

AREAS = {a.id: a for a in load_areas()}


def sampled_entry(area, lat, lon, course, reach, samples=400):
    """Reference: first of `samples` track points inside the polygon, then bisection to 0.001 nm on covers()."""
    s = reach * np.arange(0, samples + 1) / samples
    hits = area.covers_many(*rhumb_track(lat, lon, course, s))
    if not hits.any():
        return None
    k = int(np.argmax(hits))
    lo, hi = float(s[k - 1]), float(s[k])
    while hi - lo > 0.001:
        mid = (lo + hi) / 2.0
        lo, hi = (lo, mid) if area.covers(*rhumb_destination(lat, lon, course, mid)) else (mid, hi)
    return hi


@pytest.mark.parametrize(
    "area_id,lat_range,lon_range,course_range",
    [
        (*c, (0.0, 360.0))[:4]
        for c in [
            ("sos", (-40.1, -39.9), (-180.0, 180.0)),  # the 40 S line, including across 180
            ("sos", (-61.0, -39.0), (129.9, 130.1)),  # the 130 E meridian
            ("sos", (-61.0, -39.0), (-130.1, -129.9)),  # the 130 W meridian
            ("fs-8a", (65.9, 72.1), (149.9, 150.1)),  # 8(a) exception corner at 150 E
            ("fs-8a", (65.9, 72.1), (-140.1, -139.9)),  # and at 140 W
            ("ios", (-1.0, 1.0), (99.0, 101.0)),  # equator / 100 E corner
            ("fs-8b", (-40.2, -39.8), (19.8, 20.2)),  # 40 S meets 20 E
            (
                "fs-8e",
                (-6.3, -5.9),
                (104.85, 105.1),
                (180.0, 270.0),
            ),  # Sunda Strait: Java Head - Vlakke Hoek, heading SW
            ("fs-8d", (20.0, 20.05), (179.9, 180.0)),  # 20 N near 180
            ("fs-8e", (-13.0, -10.5), (122.0, 127.0)),  # Roti - Cape Londonderry
            ("fs-8c", (34.8, 35.2), (-150.3, -149.7)),  # 35 N / 150 W corner
        ]
    ],
)
def test_closed_form_matches_sampling(area_id, lat_range, lon_range, course_range):
    area = AREAS[area_id]
    boundary = AreaBoundary(area.geometry)
    rng = random.Random(area_id + str(lat_range))
    compared = found = 0
    while compared < 40:
        lat, lon = rng.uniform(*lat_range), rng.uniform(*lon_range)
        if area.covers(lat, lon):
            continue
        course, reach = rng.uniform(*course_range), rng.uniform(0.5, 15.0)
        distance = boundary.nearest(lat, lon).distance_nm
        exact = boundary.crossings.first_crossing(lat, lon, course, reach)
        sampled = sampled_entry(area, lat, lon, course, reach)
        if sampled is None:
            # sampling may miss a corner clipped by less than a sample step; never the other way round
            assert exact is None or exact >= distance * 0.99
        else:
            found += 1
            assert exact == pytest.approx(sampled, abs=0.01)
        compared += 1
    assert found >= 3  # the sample really exercised crossings


def test_sailing_along_a_line_never_crosses_it_and_exact_distances():
    crossings = AreaBoundary(AREAS["sos"].geometry).crossings
    assert crossings.first_crossing(-39.99, 0.0, 90.0, 20.0) is None
    assert crossings.first_crossing(-39.99, 0.0, 180.0, 0.5) is None  # 0.6 nm away
    assert crossings.first_crossing(-39.99, 0.0, 180.0, 1.0) == pytest.approx(0.6, abs=0.01)


def test_the_edge_latitudes_are_sorted_and_distinct_as_np_unique_gives_them():
    import math

    from whalelog_gui.zones.geodesy import isometric_lat

    for area in load_areas():
        index = AreaBoundary(area.geometry).crossings
        ends = np.concatenate([index._south, index._north])
        expected = np.unique([isometric_lat(math.radians(x)) for x in ends])
        assert np.array_equal(index._edge_psi, expected)


def test_the_zone_monitor_is_built_without_importing_numpy_ma():
    """np.unique imports numpy.ma (~25 ms on the bridge's start-up, before the watch can run)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from whalelog_gui.operations import OPERATIONS\n"
        "from whalelog_gui.zones.areas import load_areas\n"
        "from whalelog_gui.zones.monitor import ZoneMonitor\n"
        "ZoneMonitor(load_areas(), OPERATIONS[0])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[:2] == ['numpy', 'ma']))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
