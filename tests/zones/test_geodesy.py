"""WGS84 distances within 0.5 % (checked against geographiclib) and rhumb lines against hand-computed values."""

import math
import random

import numpy as np
import pytest
from geographiclib.geodesic import Geodesic

from whalelog_gui.zones.geodesy import distance_nm, distances_nm, normalize_lon, rhumb_destination, rhumb_track

G = Geodesic.WGS84
A, E2 = 6378137.0, 0.0066943799901413165


def _exact(lat1, lon1, lat2, lon2):
    return G.Inverse(lat1, lon1, lat2, lon2)["s12"] / 1852.0


def test_distance_matches_geographiclib_within_a_thousandth_over_random_pairs():
    rng = random.Random(7)
    for i in range(400):
        lat1, lon1 = rng.uniform(-90, 90), rng.uniform(-180, 180)
        if i % 2:
            lat2 = max(-90.0, min(90.0, lat1 + rng.uniform(-0.5, 0.5)))
            lon2 = lon1 + rng.uniform(-0.5, 0.5)
        else:
            lat2, lon2 = rng.uniform(-90, 90), rng.uniform(-180, 180)
        exact = _exact(lat1, lon1, lat2, lon2)
        assert distance_nm(lat1, lon1, lat2, lon2) == pytest.approx(exact, rel=1e-3, abs=1e-6)
        assert float(distances_nm(lat1, lon1, np.array([lat2]), np.array([lon2]))[0]) == pytest.approx(
            exact, rel=1e-3, abs=1e-6
        )


def test_distance_across_the_antimeridian_and_at_the_poles():
    assert distance_nm(0.0, 179.9, 0.0, -179.9) == pytest.approx(_exact(0, 179.9, 0, -179.9), rel=1e-4)
    assert distance_nm(0.0, 179.9, 0.0, -179.9) < 13.0  # 0.2 deg of equator, not 359.8
    assert distance_nm(89.9, 0.0, 89.9, 180.0) == pytest.approx(_exact(89.9, 0, 89.9, 180), rel=1e-4)
    assert distance_nm(-90.0, 0.0, -89.0, 77.0) == pytest.approx(_exact(-90, 0, -89, 77), rel=1e-4)
    assert distance_nm(10.0, 20.0, 10.0, 20.0) == 0.0
    assert distance_nm(0.0, 0.0, 0.0, 180.0) == pytest.approx(_exact(0, 0, 0, 180), rel=1e-6)  # antipodal


def test_rhumb_due_north_follows_the_meridian_arc():
    # Hand value: 60 nm = 111120 m north from the equator; meridional radius M(0) = a(1-e2) = 6335439 m,
    # so dlat ~ 111120 / 6335439 rad = 1.00493 deg (M grows slowly with latitude: allow 1e-4 deg).
    lat, lon = rhumb_destination(0.0, 10.0, 0.0, 60.0)
    assert lat == pytest.approx(math.degrees(111120.0 / (A * (1 - E2))), abs=1e-4) and lon == pytest.approx(10.0)
    assert distance_nm(0.0, 10.0, lat, lon) == pytest.approx(60.0, abs=1e-3)  # documented: < 1 m error


def test_rhumb_due_east_follows_the_parallel_and_wraps():
    # Hand value: parallel radius at 60 deg = a cos60 / sqrt(1 - e2 sin^2 60) = 3197172 m; 10 nm = 18520 m
    # -> dlon = 18520 / 3197172 rad = 0.331885 deg, from 179.9 E that is 179.768 W.
    radius = A * math.cos(math.radians(60)) / math.sqrt(1 - E2 * math.sin(math.radians(60)) ** 2)
    lat, lon = rhumb_destination(60.0, 179.9, 90.0, 10.0)
    assert lat == pytest.approx(60.0, abs=1e-9)
    assert lon == pytest.approx(normalize_lon(179.9 + math.degrees(18520.0 / radius)), abs=1e-6)
    assert lon < 0.0


def test_rhumb_on_a_diagonal_keeps_its_course_and_length():
    lats, lons = rhumb_track(-30.0, 40.0, 135.0, np.array([0.0, 50.0, 100.0]))
    # constant course: equal along-track steps; geodesic chord slightly shorter than the rhumb length
    d1, d2 = _exact(lats[0], lons[0], lats[1], lons[1]), _exact(lats[1], lons[1], lats[2], lons[2])
    assert d1 == pytest.approx(50.0, rel=1e-3) and d2 == pytest.approx(50.0, rel=1e-3)
    inv = G.Inverse(lats[0], lons[0], lats[1], lons[1])  # the chord's mean azimuth is the rhumb course
    assert (inv["azi1"] + inv["azi2"]) / 2.0 == pytest.approx(135.0, abs=0.01)


def test_rhumb_to_the_pole_stops_there():
    lats, _ = rhumb_track(89.9, 0.0, 0.0, np.array([5.0, 50.0]))
    assert lats[0] == pytest.approx(89.9 + 5.0 / 60.0, abs=1e-3) and lats[1] == pytest.approx(90.0)


def test_short_track_fast_path_agrees_with_the_closed_form():
    from whalelog_gui.zones.geodesy import rhumb_closed_form

    rng = random.Random(3)
    for _ in range(300):
        lat, lon, course = rng.uniform(-70, 70), rng.uniform(-180, 180), rng.uniform(0, 360)
        s = np.sort(np.array([rng.uniform(0, 60) for _ in range(5)]))
        lats, lons = rhumb_track(lat, lon, course, s)
        phi1 = math.radians(lat)
        ref_lats, dlon = rhumb_closed_form(phi1, math.radians(course), s * 1852.0, 1 - E2 * math.sin(phi1) ** 2)
        ref_lons = (lon + np.degrees(dlon) + 180.0) % 360.0 - 180.0
        for a, b, c, d in zip(lats, lons, ref_lats, ref_lons):
            assert _exact(a, b, c, d) * 1852.0 < 5.0  # metres
