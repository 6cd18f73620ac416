"""Nearest boundary point: both search paths agree, and distances match a brute-force search of the boundary."""

import random

import numpy as np
import pytest

from whalelog_gui.zones import boundaries
from whalelog_gui.zones.areas import load_areas
from whalelog_gui.zones.geodesy import distances_nm

AREAS = load_areas()


def test_plain_python_and_numpy_searches_agree(monkeypatch):
    small = [boundaries.AreaBoundary(a.geometry) for a in AREAS]
    monkeypatch.setattr(boundaries, "SMALL_BOUNDARY", 0)
    vectorised = [boundaries.AreaBoundary(a.geometry) for a in AREAS]
    assert any(b._rows is not None for b in small) and all(b._rows is None for b in vectorised)
    rng = random.Random(11)
    for _ in range(300):
        lat, lon = rng.uniform(-90, 90), rng.uniform(-180, 180)
        for s, v in zip(small, vectorised):
            assert s.nearest(lat, lon).distance_nm == pytest.approx(v.nearest(lat, lon).distance_nm, abs=1e-9)


def _brute_force(area, lat, lon):
    """Distance to the boundary densified every 0.02 deg, seams at +-180 and pole edges removed."""
    xs, ys = [], []
    for line in getattr(area.geometry.boundary, "geoms", [area.geometry.boundary]):
        c = np.asarray(line.segmentize(0.02).coords)
        xs.append(c[:, 0])
        ys.append(c[:, 1])
    xs, ys = np.concatenate(xs), np.concatenate(ys)
    keep = ~((np.abs(xs) == 180.0) | (np.abs(ys) == 90.0))
    return float(distances_nm(lat, lon, ys[keep], xs[keep]).min())


@pytest.mark.parametrize("area_index", range(len(AREAS)))
def test_distance_matches_brute_force_within_half_a_percent(area_index):
    area = AREAS[area_index]
    boundary = boundaries.AreaBoundary(area.geometry)
    rng = random.Random(area_index)
    checked = 0
    while checked < 8:
        lat, lon = rng.uniform(-85, 85), rng.uniform(-180, 180)
        if area.covers(lat, lon):
            continue
        expected = _brute_force(area, lat, lon)
        # the brute force is itself up to 0.01 deg (0.6 nm) long of the truth near a straight edge
        assert boundary.nearest(lat, lon).distance_nm == pytest.approx(expected, rel=5e-3, abs=0.6)
        checked += 1
