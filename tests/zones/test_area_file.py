"""A missing or malformed area file gives a clear message naming the file and the problem."""

import json

import pytest

from whalelog_gui.zones.areas import AreaDataError, default_path, load_areas


def test_missing_file(tmp_path):
    with pytest.raises(AreaDataError, match="cannot read regulated areas"):
        load_areas(tmp_path / "nope.geojson")


def test_feature_without_paragraph(tmp_path):
    data = json.loads(default_path().read_text())
    del data["features"][1]["properties"]["paragraph"]
    path = tmp_path / "areas.geojson"
    path.write_text(json.dumps(data))
    with pytest.raises(AreaDataError, match="feature 2 is malformed"):
        load_areas(path)


def test_unknown_operation_in_file(tmp_path):
    data = json.loads(default_path().read_text())
    data["features"][0]["properties"]["applies_to"] = ["pirates"]
    path = tmp_path / "areas.geojson"
    path.write_text(json.dumps(data))
    with pytest.raises(AreaDataError, match="'ios' has bad operations"):
        load_areas(path)
