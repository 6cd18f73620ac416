"""Which regulated areas and ocean regions contain a catch position: the area ids the compliance rules name.

Regulated areas (paras 7, 8) come from whalelog_gui.zones; the ocean regions the size rules name (para 18:
"North Atlantic Ocean", "North Pacific Ocean") are a basin of resources/zones/basins.geojson north of the
Equator (the Equator itself counted in, so the stricter limit is checked there). Loaded once, lazily, so the
measurement command never pays for shapely.
"""

from __future__ import annotations

import functools
import json
from datetime import tzinfo

from whalelog_gui.resources import resource_path

# region id -> (basin id in basins.geojson, hemisphere)
REGIONS: dict[str, tuple[str, str]] = {
    "north-atlantic": ("atlantic", "north"),
    "north-pacific": ("pacific", "north"),
}


@functools.cache
def _areas():
    from whalelog_gui.zones.areas import load_areas

    return tuple(load_areas())


@functools.cache
def _basins() -> dict[str, object]:
    import shapely
    from shapely.geometry import shape

    features = json.loads(resource_path("zones", "basins.geojson").read_text(encoding="utf-8"))["features"]
    basins = {}
    for feature in features:
        geometry = shape(feature["geometry"])
        shapely.prepare(geometry)
        basins[feature["properties"]["id"]] = geometry
    return basins


def _in_basin(basin_id: str, lat: float, lon: float) -> bool:
    import shapely

    lon = (lon + 180.0) % 360.0 - 180.0
    geometry = _basins()[basin_id]
    return bool(shapely.intersects_xy(geometry, lon, lat)) or (
        lon == -180.0 and bool(shapely.intersects_xy(geometry, 180.0, lat)))


def area_ids_at(lat: float, lon: float) -> frozenset[str]:
    """Ids of the regulated areas (ios, sos, fs-8a ... fs-8e) and regions (north-atlantic, north-pacific) here."""
    ids = {area.id for area in _areas() if area.covers(lat, lon)}
    for region, (basin, hemisphere) in REGIONS.items():
        if (lat >= 0 if hemisphere == "north" else lat <= 0) and _in_basin(basin, lat, lon):
            ids.add(region)
    return frozenset(ids)


def compliance_context(catch, operation: str, ship_tz: tzinfo | None = None):
    """The ComplianceContext for a catch at its recorded position: the area ids looked up here, the ship's date.

    If the area data cannot be read the ids are None, so area rules are flagged as not ruled out, never passed.
    """
    from whalelog_gui.records.compliance import context_at

    local_date = None if ship_tz is None else catch.date_taken(ship_tz)
    try:
        return context_at(catch, operation, area_ids_at, local_date)
    except (OSError, ValueError, KeyError):  # AreaDataError is a ValueError
        return context_at(catch, operation, None, local_date)
