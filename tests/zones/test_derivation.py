"""The checked-in GeoJSON is exactly what resources/zones/derive_zones.py derives (reproducible, not hand-edited)."""

import importlib.util
import json

import pytest
import shapely
from shapely.geometry import shape

from whalelog_gui.resources import resource_path


def _derive_module():
    spec = importlib.util.spec_from_file_location("derive_zones", resource_path("zones", "derive_zones.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_areas_geojson_matches_the_derivation_script():
    derive = _derive_module()
    derived = derive.areas(derive.basins())
    stored = json.loads(resource_path("zones", "areas.geojson").read_text())["features"]
    assert [f["properties"]["id"] for f in stored] == [p["id"] for p, _ in derived]
    for feature, (props, geom) in zip(stored, derived):
        assert {k: v for k, v in feature["properties"].items() if k != "schedule_edition"} == props
        assert shape(feature["geometry"]).symmetric_difference(derive._multi(derive._round(geom))).area < 1e-12


def test_basins_tile_the_globe_without_overlap():
    derive = _derive_module()
    basins = derive.basins()
    total = sum(g.area for g in basins.values())
    assert abs(total - 360.0 * 180.0) < 1e-6
    assert shapely.union_all(list(basins.values())).area == pytest.approx(total)
    names = list(basins)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert basins[a].intersection(basins[b]).area < 1e-9, (a, b)
