"""Derive the named places of Schedule para 9(c)-(e) stock lines from the Natural Earth land layer.

Run by hand from the repository root:  .venv/bin/python resources/stocks/derive_stocks.py
Reads resources/land/ne_land_simplified.geojson, writes resources/stocks/places.json and prints its SHA-256 (record it
in PROVENANCE.md). Each place has its interpretation note; whalelog_gui/records/stocks.py reads the file.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from shapely.geometry import LineString, box, shape

HERE = Path(__file__).resolve().parent
LAND = HERE.parent / "land" / "ne_land_simplified.geojson"


def _polygons():
    geometry = shape(json.loads(LAND.read_text(encoding="utf-8"))["features"][0]["geometry"])
    return list(geometry.geoms)


def _largest_in(polys, bounds):
    found = [p for p in polys if p.intersects(box(*bounds))]
    return max(found, key=lambda p: p.area)


def _pt(xy) -> list[float]:
    return [round(xy[0], 3), round(xy[1], 3)]


def places() -> dict:
    polys = _polygons()
    greenland = _largest_in(polys, (-60.0, 59.0, -20.0, 84.0))
    kap_farvel = min(greenland.exterior.coords, key=lambda c: c[1])
    jutland = _largest_in(polys, (8.5, 56.0, 9.5, 57.0))
    crossing = jutland.intersection(LineString([(0.0, 56.70), (12.0, 56.70)]))
    thyboron = min((c for g in getattr(crossing, "geoms", [crossing]) for c in g.coords), key=lambda c: c[0])
    # Ryukyu Island chain: every island of at least 0.003 deg^2 between Kyushu and Taiwan, south-west to north-east.
    ryukyu = [p for p in polys if p.intersects(box(122.9, 24.0, 130.5, 30.2)) and 0.003 <= p.area < 1.0]
    chain = sorted((p.representative_point().coords[0] for p in ryukyu), key=lambda c: c[0])
    taiwan = _largest_in(polys, (120.0, 22.0, 122.0, 25.3))
    kyushu = _largest_in(polys, (129.5, 31.0, 132.0, 33.5))
    taiwan_ne = max(taiwan.exterior.coords, key=lambda c: c[0] + c[1])
    kyushu_s = min(kyushu.exterior.coords, key=lambda c: c[1])
    islands = {
        name: _largest_in(polys, bounds).representative_point().coords[0]
        for name, bounds in {
            "Mindanao": (124.0, 7.0, 125.0, 8.0),
            "Luzon": (120.5, 15.0, 121.5, 16.0),
            "Taiwan": (120.5, 23.0, 121.5, 24.0),
            "Kyushu": (130.5, 32.0, 131.0, 33.0),
            "Honshu": (138.0, 36.0, 139.0, 37.0),
            "Hokkaido": (142.0, 43.0, 143.0, 44.0),
            "Sakhalin": (142.5, 49.0, 143.0, 50.0),
        }.items()
    }
    sakhalin = _largest_in(polys, (142.5, 49.0, 143.0, 50.0))
    sakhalin_n = max(sakhalin.exterior.coords, key=lambda c: c[1])
    return {
        "kap_farvel": {
            "point": _pt(kap_farvel),
            "note": "Kap Farvel (South Greenland): the southernmost vertex of "
            "Greenland's mainland polygon in the simplified land layer (the cape itself is on Egger Island, "
            "some 25 km south-east; the line from 59N 44W meets the coast there either way).",
        },
        "thyboron": {
            "point": _pt(thyboron),
            "note": "Thyborøn (western entrance to Limfjorden): where the parallel "
            "56.70N meets Jutland's west coast in the land layer.",
        },
        "ryukyu_chain": {
            "line": [_pt(taiwan_ne), *[_pt(c) for c in chain], _pt(kyushu_s)],
            "note": "The Ryukyu Island chain: from Taiwan's north-east point through a point on each "
            "island of the chain (islands of 0.003 deg2 or more, south-west to north-east) to "
            "Kyushu's southern point. 'West of' the chain is the East China Sea side.",
        },
        "minke_west_pacific_line": {
            "line": [
                [round(islands["Mindanao"][0], 3), 0.0],
                *[_pt(islands[n]) for n in ("Mindanao", "Luzon", "Taiwan")],
                *[_pt(c) for c in chain],
                *[_pt(islands[n]) for n in ("Kyushu", "Honshu", "Hokkaido", "Sakhalin")],
                _pt(sakhalin_n),
                [141.0, 54.5],
                [141.0, 66.0],
            ],
            "note": "'A line through the Philippine Islands, Taiwan, Ryukyu Islands, Kyushu, Honshu, Hokkaido and "
            "Sakhalin Island, north of the Equator': from the Equator due north to Mindanao, then through an "
            "inland point of each named island (and each Ryukyu island), from Sakhalin's northern point "
            "across to the mainland and north over land.",
        },
    }


def main() -> int:
    text = json.dumps(places(), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    (HERE / "places.json").write_text(text, encoding="utf-8")
    print("places.json", hashlib.sha256(text.encode()).hexdigest())
    return 0


if __name__ == "__main__":
    sys.exit(main())
