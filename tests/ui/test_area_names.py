"""Every regulated area the zone files name can be shown translated (issue 16)."""

import json

from whalelog_gui.resources import resource_path
from whalelog_gui.ui.area_names import AREA_NAMES


def test_every_zone_name_is_listed_for_translation():
    names = set()
    for path in resource_path("zones").glob("*.geojson"):
        for feature in json.loads(path.read_text(encoding="utf-8")).get("features", []):
            if "name" in feature.get("properties", {}):
                names.add(feature["properties"]["name"])
    assert names, "no zone names found"
    assert names - set(AREA_NAMES) == set(), "add the new area names to whalelog_gui/ui/area_names.py"
