"""Which regulated areas and ocean regions contain a catch position: the area ids the compliance rules name.

Regulated areas (paras 7, 8) come from whalelog_gui.zones; the ocean regions the size rules name (para 18:
"North Atlantic Ocean", "North Pacific Ocean") are a basin of resources/zones/basins.geojson north of the
Equator (the Equator itself counted in, so the stricter limit is checked there). Para 18(a) says "North Atlantic
Ocean" where 18(c) says "North Pacific Ocean and dependent water": the Atlantic's dependent seas
(resources/zones/seas.geojson: Mediterranean, Black Sea, Baltic, Gulf of Mexico, Caribbean, Hudson Bay) are
"north-atlantic-dependent", not "north-atlantic". The para 9(d) sperm whale divisions add "np-sperm-western" /
"np-sperm-eastern" (para 16's exception). Loaded once, lazily, so the
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
def _prepared_shapes(file_name: str) -> dict[str, object]:
    """The features of one resources/zones file by id, as prepared shapely geometries (read once per process)."""
    import shapely
    from shapely.geometry import shape

    features = json.loads(resource_path("zones", file_name).read_text(encoding="utf-8"))["features"]
    shapes = {}
    for feature in features:
        geometry = shape(feature["geometry"])
        shapely.prepare(geometry)
        shapes[feature["properties"]["id"]] = geometry
    return shapes


def _basins() -> dict[str, object]:
    return _prepared_shapes("basins.geojson")


def _dependent_seas() -> dict[str, object]:
    return _prepared_shapes("seas.geojson")


def dependent_sea_at(lat: float, lon: float) -> str | None:
    """The id of the North Atlantic dependent sea containing the position (para 18(a)), or None."""
    import shapely

    for sea_id, geometry in _dependent_seas().items():
        if shapely.intersects_xy(geometry, lon, lat):
            return sea_id
    return None


def basin(basin_id: str):
    """The prepared shapely geometry of an ocean basin of resources/zones/basins.geojson."""
    return _basins()[basin_id]


def _in_basin(basin_id: str, lat: float, lon: float) -> bool:
    import shapely

    lon = (lon + 180.0) % 360.0 - 180.0
    geometry = _basins()[basin_id]
    return bool(shapely.intersects_xy(geometry, lon, lat)) or (
        lon == -180.0 and bool(shapely.intersects_xy(geometry, 180.0, lat))
    )


def area_ids_at(lat: float, lon: float) -> frozenset[str]:
    """Ids of the regulated areas (ios, sos, fs-8a ... fs-8e) and regions (north-atlantic, north-pacific) here."""
    from whalelog_gui.records.stocks import north_pacific_sperm_division

    ids = {area.id for area in _areas() if area.covers(lat, lon)}
    for region, (basin, hemisphere) in REGIONS.items():
        if (lat >= 0 if hemisphere == "north" else lat <= 0) and _in_basin(basin, lat, lon):
            ids.add(region)
    if "north-atlantic" in ids and dependent_sea_at(lat, lon) is not None:
        ids.discard("north-atlantic")  # para 18(a) "North Atlantic Ocean": the ocean proper only
        ids.add("north-atlantic-dependent")
    if "north-pacific" in ids:
        ids.add(f"np-sperm-{north_pacific_sperm_division(lat, lon)}")
    return frozenset(ids)


def compliance_context(catch, operation: str, ship_tz: tzinfo | None = None, **vessel):
    """The ComplianceContext for a catch at its recorded position: the area ids looked up here, the ship's date.

    `vessel`: flag_state, default_weapon, closure_date. If the area data cannot be read the ids are None, so area
    rules are flagged as not ruled out, never passed.
    """
    from whalelog_gui.records.compliance import context_at

    local_date = None if ship_tz is None else catch.date_taken(ship_tz)
    try:
        return context_at(catch, operation, area_ids_at, local_date, **vessel)
    except (OSError, ValueError, KeyError):  # AreaDataError is a ValueError
        return context_at(catch, operation, None, local_date, **vessel)
