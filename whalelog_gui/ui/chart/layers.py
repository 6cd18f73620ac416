"""The chart's static layers in world coordinates: land (Natural Earth) and the regulated areas. Pure Python.

Areas come from whalelog_gui.zones.areas.load_areas (the monitor's own data and containment test); GeoJSON
documents (one feature per area, properties id, paragraph, name) can be drawn too, e.g. in tests.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import shapely
from shapely.geometry import Point, Polygon, mapping

from whalelog_gui.resources import resource_path
from whalelog_gui.ui.chart.projection import WorldRing, latitude_of, world_polygon, world_ring

LAND_FILE = ("land", "ne_land_simplified.geojson")
LAND_CHART_FILE = ("land", "ne_land_chart.bin")  # derived by resources/land/derive_land.py
COARSE_TOLERANCE_DEG = 0.2
log = logging.getLogger("whalelog.chart")
_PICK_SHIFTS = (-720.0, -360.0, 0.0, 360.0, 720.0)


def _polygons_of(geometry: dict) -> list[Sequence[Sequence[Sequence[float]]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["coordinates"])
    raise ValueError(f"chart layers draw polygons only, not {geometry['type']}")


def world_polygons(geometry: dict) -> list[list[WorldRing]]:
    """Every polygon of a GeoJSON (Multi)Polygon as [outer, *holes] world rings."""
    return [world_polygon(rings) for rings in _polygons_of(geometry)]


def parse_land(path: Path) -> tuple[tuple[WorldRing, ...], ...]:
    """Every land polygon of a GeoJSON file as (outer, *holes) world rings."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return tuple(tuple(polygon) for feature in data["features"] for polygon in world_polygons(feature["geometry"]))


def coarse_polygons(land) -> tuple[tuple[WorldRing, ...], ...]:
    """Outer rings simplified at 0.2° for small scales (a fifth of the vertices); islets below that vanish."""
    out = []
    for polygon in land:
        outer = [(x, latitude_of(y)) for x, y in polygon[0].points]
        if len(outer) < 4:
            continue
        simple = shapely.simplify(shapely.Polygon(outer), COARSE_TOLERANCE_DEG, preserve_topology=True)
        if simple.is_empty or simple.area < COARSE_TOLERANCE_DEG**2:
            continue  # islets below the tolerance vanish at these scales anyway
        out.append((world_ring(list(simple.exterior.coords)),))
    return tuple(out)


def derive_land_layers(path: Path) -> dict[str, tuple[tuple[WorldRing, ...], ...]]:
    """What resources/land/derive_land.py stores in the chart land file: fine and coarse polygons."""
    fine = parse_land(path)
    return {"fine": fine, "coarse": coarse_polygons(fine)}


@functools.lru_cache(maxsize=1)
def chart_land() -> dict[str, tuple[tuple[WorldRing, ...], ...]]:
    from whalelog_gui.ui.chart.land_cache import LandCacheStale, read_land_cache

    source = resource_path(*LAND_FILE)
    try:
        return read_land_cache(resource_path(*LAND_CHART_FILE), source)
    except LandCacheStale as exc:  # the chart is still right, only slower to start: said in the log
        log.warning("chart land file not used (%s); deriving land in memory", exc)
        return derive_land_layers(source)


@functools.lru_cache(maxsize=2)
def load_land(path: Path | None = None) -> tuple[tuple[WorldRing, ...], ...]:
    """Every land polygon as (outer, *holes) world rings (the derived chart file unless a GeoJSON is named)."""
    return parse_land(path) if path is not None else chart_land()["fine"]


def load_coarse_land() -> tuple[tuple[WorldRing, ...], ...]:
    return chart_land()["coarse"]


@dataclass(frozen=True)
class ChartArea:
    """One regulated area as the chart draws and picks it."""

    id: str
    paragraph: str
    name: str
    polygons: tuple[tuple[WorldRing, ...], ...]  # each [outer, *holes], world coordinates
    covers: Callable[[float, float], bool] | None = field(default=None, compare=False, repr=False)

    @functools.cached_property
    def _pick_shape(self):
        # Unwrapped longitude against latitude, so containment is tested in degrees as the data is written.
        parts = [
            Polygon(
                [(x, latitude_of(y)) for x, y in rings[0].points],
                [[(x, latitude_of(y)) for x, y in r.points] for r in rings[1:]],
            )
            for rings in self.polygons
        ]
        shape = shapely.make_valid(shapely.union_all(parts))
        shapely.prepare(shape)
        return shape

    def contains(self, lat: float, lon: float) -> bool:
        """True on the boundary too (issue 3: a position exactly on a boundary counts as inside)."""
        if self.covers is not None:
            return self.covers(lat, lon)  # the zone monitor's own answer, so chart and alarms agree
        return any(self._pick_shape.covers(Point(lon + shift, lat)) for shift in _PICK_SHIFTS)

    @functools.cached_property
    def edge_lines(self):
        """The real boundary lines (no ±180 cuts) in world x/y, for clipping to the view before stroking."""
        lines = [piece for rings in self.polygons for ring in rings for piece in ring.edges]
        return shapely.MultiLineString(lines)

    @functools.cached_property
    def mercator_shape(self):
        """The area in world x/y, for placing its label inside the visible part."""
        parts = [Polygon([p for p in rings[0].points], [list(r.points) for r in rings[1:]]) for rings in self.polygons]
        return shapely.make_valid(shapely.union_all(parts))


def chart_area_from_feature(feature: dict) -> ChartArea:
    props = feature.get("properties") or {}
    area_id = props.get("id")
    if not area_id:
        raise ValueError("zone feature without an 'id' property")
    return ChartArea(
        id=str(area_id),
        paragraph=str(props.get("paragraph", "")),
        name=str(props.get("name", area_id)),
        polygons=tuple(tuple(p) for p in world_polygons(feature["geometry"])),
    )


def chart_areas_from_geojson(documents: Iterable[dict]) -> list[ChartArea]:
    """Features with a Schedule paragraph; helper geometry beside them (ocean basins) is not a regulated area."""
    areas = []
    for doc in documents:
        features = doc["features"] if doc.get("type") == "FeatureCollection" else [doc]
        areas.extend(chart_area_from_feature(f) for f in features if (f.get("properties") or {}).get("paragraph"))
    return areas


def chart_area_from_zone(area) -> ChartArea:
    """A whalelog_gui.zones.areas.Area as the chart draws it; picking asks the Area itself."""
    return ChartArea(
        id=area.id,
        paragraph=area.paragraph,
        name=area.name,
        polygons=tuple(tuple(p) for p in world_polygons(mapping(area.geometry))),
        covers=area.covers,
    )


def load_chart_areas(directory: Path | None = None) -> list[ChartArea]:
    """The regulated areas from whalelog_gui.zones (raises its AreaDataError if the data is broken: a chart
    silently without areas would mislead); with a directory, every *.geojson in it instead, sorted by id."""
    if directory is None:
        from whalelog_gui.zones.areas import load_areas

        return [chart_area_from_zone(a) for a in load_areas()]
    directory = Path(directory)
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.geojson"))]
    return sorted(chart_areas_from_geojson(docs), key=lambda a: a.id)
