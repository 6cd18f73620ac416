"""Chart projection without Qt: Mercator, the antimeridian (the Southern Ocean Sanctuary as one band), poles."""

import math

import pytest
import shapely
from shapely.geometry import LineString, Polygon

import chart_sample_areas as samples
from whalelog_gui.ui.chart.layers import load_chart_areas, load_land
from whalelog_gui.ui.chart.projection import (
    MAX_LAT,
    Viewport,
    copy_shifts,
    graticule_step,
    latitude_of,
    mercator_y,
    rhumb_destination,
    scale_bar,
    world_polygon,
    world_ring,
    wrap_lon,
)


def test_mercator_round_trips_and_is_identity_at_the_equator():
    assert mercator_y(0.0) == pytest.approx(0.0)
    assert mercator_y(1.0) == pytest.approx(1.0, rel=1e-3)
    for lat in (-70.0, -45.5, 12.25, 60.0, 80.0):
        assert latitude_of(mercator_y(lat)) == pytest.approx(lat, abs=1e-9)


def test_poles_are_clamped_so_the_chart_stays_finite():
    assert mercator_y(90.0) == mercator_y(MAX_LAT) == pytest.approx(-mercator_y(-90.0))
    assert math.isfinite(mercator_y(-90.0))
    # 80°N and 70°S are usable: stretched (sec φ) but well inside the clamp.
    assert mercator_y(80.0) < mercator_y(MAX_LAT) - 20
    assert mercator_y(-70.0) > mercator_y(-MAX_LAT) + 40


def test_wrap_longitudes():
    assert wrap_lon(180.0) == -180.0
    assert wrap_lon(190.0) == pytest.approx(-170.0)
    assert wrap_lon(-540.0) == -180.0


def _scanline(ring_points, lat, x0, x1):
    """x intervals of a world ring (x, mercator y) along one parallel, clipped to [x0, x1]."""
    shape = shapely.make_valid(Polygon(ring_points))
    y = mercator_y(lat)
    cut = shape.intersection(LineString([(x0, y), (x1, y)]))
    parts = [g for g in getattr(cut, "geoms", [cut]) if not g.is_empty and g.length > 0]
    intervals = sorted((min(p.xy[0]), max(p.xy[0])) for p in parts)
    merged = []
    for lo, hi in intervals:
        if merged and lo <= merged[-1][1] + 1e-9:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _sos_rings():
    real = [a for a in load_chart_areas() if a.id == "sos"]
    rings = {"past-180": world_ring(samples.SOS_PAST_180), "pole-closed": world_ring(samples.SOS_POLE_CLOSED)}
    for n, polygon in enumerate(real[0].polygons if real else ()):
        rings[f"resources-{n}"] = polygon[0]
    return rings


@pytest.mark.parametrize("form", sorted(_sos_rings()))
def test_southern_ocean_sanctuary_is_one_band_across_the_antimeridian(form):
    ring = _sos_rings()[form]
    view = Viewport.at(-50.0, 180.0, 1000 / 360, 1000, 700)
    x0, x1 = view.x_range()
    assert (x0, x1) == pytest.approx((-360.0, 0.0))  # centre 180° = -180 in [-180, 180)
    # Draw every copy the view asks for, as the chart does, then read parallels across the window.
    copies = copy_shifts(*ring.x_extent, x0, x1)
    pieces = [[(x + s, y) for x, y in ring.points] for s in copies]
    rows = {lat: _merge(sum((_scanline(p, lat, x0, x1) for p in pieces), [])) for lat in (-45.0, -50.0, -58.0)}
    # At 45°S and 50°S: the Pacific sector 130°E -> 180° -> 130°W is ONE interval of 100° around the centre,
    # and the Atlantic sector 50°W -> 20°E is a second one; nothing else.
    for lat in (-45.0, -50.0):
        assert _flat(rows[lat]) == pytest.approx([-360.0, -340.0, -230.0, -130.0, -50.0, 0.0], abs=1e-6)
    # At 58°S only 130°W -> 50°W is outside the sanctuary: one band of 280° wrapping round the window.
    assert _flat(rows[-58.0]) == pytest.approx([-360.0, -130.0, -50.0, 0.0], abs=1e-6)
    # Nothing smeared: no drawn edge jumps across the map.
    for piece in ring.edges:
        assert max(abs(b[0] - a[0]) for a, b in zip(piece, piece[1:])) <= 110.0 + 1e-9


def _flat(intervals):
    return [v for interval in intervals for v in interval]


def _merge(intervals):
    merged = []
    for lo, hi in sorted(intervals):
        if merged and lo <= merged[-1][1] + 1e-6:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def test_the_band_needs_the_copy_on_the_far_side_of_the_antimeridian():
    """The check above can fail: drawn once, as written, the cut sanctuary ends at the centre line."""
    ring = world_ring(samples.SOS_POLE_CLOSED)
    view = Viewport.at(-50.0, 180.0, 1000 / 360, 1000, 700)
    x0, x1 = view.x_range()
    assert copy_shifts(*ring.x_extent, x0, x1) == [-360.0, 0.0]
    once = _merge(_scanline(ring.points, -50.0, x0, x1))
    assert _flat(once) == pytest.approx([-180.0, -130.0, -50.0, 0.0], abs=1e-6)  # 130°E-180° missing


@pytest.mark.parametrize("cut", [False, True], ids=["past-180", "cut-at-180"])
def test_box_across_the_antimeridian_is_contiguous(cut):
    rings = [world_ring(samples.PACIFIC_BOX)] if not cut else [world_polygon([r])[0] for r in samples.PACIFIC_BOX_CUT]
    view = Viewport.at(-50.0, 180.0, 5.0, 1000, 700)
    x0, x1 = view.x_range()
    pieces = [[(x + s, y) for x, y in r.points] for r in rings for s in copy_shifts(*r.x_extent, x0, x1)]
    row = _merge(sum((_scanline(p, -50.0, x0, x1) for p in pieces), []))
    # 150°E..140°W is x -30..+40 around the centre: one interval.
    assert _flat(row) == pytest.approx([-180.0 - 30.0, -180.0 + 40.0], abs=1e-6)
    # The cut along 180° is filled but never stroked.
    for ring in rings:
        for piece in ring.edges:
            assert not any(abs(abs(a[0]) - 180) < 1e-9 and a[0] == b[0] for a, b in zip(piece, piece[1:]))


def test_land_cut_at_the_antimeridian_is_not_stroked_along_the_cut():
    land = load_land()
    antarctica = [p for p in land if p[0].x_extent == (-180.0, 180.0)]
    assert len(antarctica) == 1  # Natural Earth's Antarctica runs round the world, closed along the pole
    assert all(len(piece) > 100 for piece in antarctica[0][0].edges)  # its coast, without the cut or the pole
    for polygon in land:
        for ring in polygon:
            for piece in ring.edges:
                for a, b in zip(piece, piece[1:]):
                    on_cut = abs(abs(wrap_lon(a[0])) - 180) < 1e-6 and abs(abs(wrap_lon(b[0])) - 180) < 1e-6
                    assert not (on_cut and a[1] != b[1])


def test_viewport_round_trips_near_the_poles():
    for lat, lon in ((80.0, 15.0), (-70.0, -179.9), (-70.0, 179.9), (0.0, 0.0)):
        view = Viewport.at(lat, lon, 40.0, 800, 600)
        sx, sy = view.geo_to_screen(lat + 0.5, lon + 1.0)
        back = view.screen_to_geo(sx, sy)
        assert back[0] == pytest.approx(lat + 0.5, abs=1e-9)
        assert wrap_lon(back[1] - (lon + 1.0)) == pytest.approx(0.0, abs=1e-9)


def test_geo_to_screen_picks_the_copy_nearest_the_centre():
    view = Viewport.at(-60.0, 179.0, 10.0, 1000, 600)
    sx, _ = view.geo_to_screen(-60.0, -179.0)  # 2° east across the antimeridian, not 358° west
    assert sx == pytest.approx(500 + 2 * 10.0)


def test_scale_in_nautical_miles_at_the_centre_latitude():
    equator = Viewport.at(0.0, 0.0, 60.0, 800, 600)
    sixty = Viewport.at(60.0, 0.0, 60.0, 800, 600)
    assert equator.nm_per_px() == pytest.approx(1.0)
    assert sixty.nm_per_px() == pytest.approx(0.5)
    assert scale_bar(1.0, 150.0) == (100, 100.0)
    assert scale_bar(0.5, 150.0) == (50, 100.0)


def test_rhumb_destination():
    assert rhumb_destination(0.0, 0.0, 0.0, 60.0) == pytest.approx((1.0, 0.0))
    assert rhumb_destination(0.0, 0.0, 90.0, 60.0) == pytest.approx((0.0, 1.0))
    lat, lon = rhumb_destination(-60.0, 179.5, 90.0, 60.0)  # 1° of longitude is 30 nm at 60°S
    assert lat == pytest.approx(-60.0) and lon == pytest.approx(-178.5)
    lat, lon = rhumb_destination(-60.0, 0.0, 45.0, 100.0)
    assert lat == pytest.approx(-60.0 + 100 * math.cos(math.radians(45)) / 60)


def test_graticule_step_keeps_lines_apart():
    assert graticule_step(2.8, 90.0) == 30.0  # whole world in 1000 px: the widest step there is
    assert graticule_step(1000.0, 90.0) == pytest.approx(10 / 60)  # 10′ when zoomed in
