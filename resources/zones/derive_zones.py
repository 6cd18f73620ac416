"""Derive the ocean basins (IHO S-23, 1953) and the regulated areas of Schedule paras 7 and 8 as GeoJSON.

Run by hand from the repository root:  .venv/bin/python resources/zones/derive_zones.py
Writes resources/zones/basins.geojson, areas.geojson and seas.geojson (para 18(a)) and prints their SHA-256 (record them in
PROVENANCE.md). Uses shapely only. Coordinates are (lon, lat), WGS84 decimal degrees, all in [-180, 180]; anything
that crosses the antimeridian is split there (RFC 7946 section 3.1.9), so the areas are MultiPolygons.

Basin lines may run over land: a line only has to keep each sea on its own side, so over a continent the vertices
are inland points chosen by hand (checked against the coasts on a chart to stay inland by >= ~15 km), while at sea the
vertices are the S-23 points. South of 40 S no area depends on the basin (para 8 stops at 40 S, paras 7 are parallels
and meridians), so there the lines are drawn to the S-23 meridians only.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon, Polygon, box, mapping
from shapely.ops import unary_union

HERE = Path(__file__).resolve().parent
SOUTH, NORTH = -90.0, 90.0
WORLD = box(-180.0, SOUTH, 180.0, NORTH)

# --- Atlantic | Indian: S-23 "the meridian of Cape Agulhas (20 E)" from Antarctica, then Africa, then Suez -------
CAPE_AGULHAS = (20.0, -34.83)  # southern tip of Africa, on the 20 E meridian used by S-23
AFRICA_INLAND = [(24.0, -30.0), (25.0, -15.0), (28.0, 0.0), (30.0, 10.0), (30.0, 20.0), (32.3, 29.9)]  # over land
SUEZ = (32.55, 29.95)  # head of the Gulf of Suez: S-23 Red Sea northern limit; the canal belongs to neither sea
# Over Sinai and the Levant: keeps the Gulf of Aqaba (Indian) south and the Mediterranean coast (31.1 N) north.
LEVANT = [(33.5, 30.0), (35.0, 30.5), (38.0, 33.0)]
# Atlantic (Black Sea, Baltic) | Eurasian interior (Caspian) | Arctic (White Sea): inland points.
ATLANTIC_EURASIA = [(42.0, 37.5), (44.0, 41.5), (44.0, 46.0), (45.0, 55.0), (30.0, 64.0), (28.0, 69.0)]
# Norwegian and Greenland Seas are Atlantic (decision): S-23 Norwegian Sea NE limit and Greenland Sea N limit.
NORTH_CAPE_NORWAY = (25.78, 71.17)
BEAR_ISLAND = (19.05, 74.43)
SORKAPP_SPITSBERGEN = (16.55, 76.48)
SPITSBERGEN_INLAND = (17.0, 78.5)
VERLEGENHUKEN_SPITSBERGEN = (16.25, 80.06)  # taken as the northern point of Spitsbergen
CAPE_MORRIS_JESUP = (-33.37, 83.66)  # northernmost point of Greenland
GREENLAND_INLAND = [(-40.0, 80.0), (-45.0, 66.0)]
# Baffin Bay, Davis Strait, Foxe Basin, Hudson Bay south of 66 N are Atlantic (decision): the 66 N parallel west to
# an inland point in Canada, then over North America to the Central American isthmus.
NORTH_AMERICA_INLAND = [(-110.0, 66.0), (-110.0, 55.0), (-105.0, 40.0), (-106.0, 28.0), (-100.0, 20.0)]
# Atlantic | Pacific over the isthmus (Tehuantepec, Chiapas, Honduras, L. Nicaragua, Costa Rica, Panama, Darien).
ISTHMUS_INLAND = [
    (-94.8, 17.3),
    (-92.0, 16.0),
    (-89.0, 14.8),
    (-86.5, 13.5),
    (-85.5, 11.5),
    (-83.8, 9.9),
    (-82.0, 8.6),
    (-80.5, 8.6),
    (-79.7, 9.15),
    (-78.9, 9.2),
    (-77.5, 8.1),
    (-76.8, 7.0),
]
SOUTH_AMERICA_INLAND = [(-74.0, 5.0), (-72.0, 0.0), (-70.0, -10.0), (-66.0, -20.0), (-70.5, -40.0), (-71.0, -50.0)]
CAPE_VIRGINS = (-68.36, -52.33)  # S-23: eastern entrance of Magellan Strait, Cape Virgins - Cape Espiritu Santo
CAPE_ESPIRITU_SANTO = (-68.6, -52.66)
TIERRA_DEL_FUEGO_INLAND = (-68.5, -54.5)
CAPE_HORN = (-67.27, -55.98)  # S-23: the meridian of Cape Horn, 67 16' W, from Tierra del Fuego to Antarctica
CAPE_HORN_MERIDIAN = -67.0 - 16.0 / 60.0

# --- Indian | Pacific ---------------------------------------------------------------------------------------------
SOUTH_EAST_CAPE_MERIDIAN = 146.0 + 55.0 / 60.0  # S-23: meridian of South East Cape, Tasmania, to Antarctica
SOUTH_EAST_CAPE = (SOUTH_EAST_CAPE_MERIDIAN, -43.64)
TASMANIA_INLAND = (146.0, -42.0)
CAPE_GRIM = (144.69, -40.68)  # S-23 Bass Strait western limit: Cape Otway - King Island - Cape Grim
KING_ISLAND_SOUTH = (143.96, -40.15)  # Stokes Point
KING_ISLAND_NORTH = (143.94, -39.58)  # Cape Wickham
CAPE_OTWAY = (143.51, -38.86)
AUSTRALIA_INLAND = [(141.0, -33.0), (132.0, -20.0)]  # keeps Spencer Gulf / St Vincent Gulf on the Indian side
CAPE_LONDONDERRY = (126.95, -13.73)  # S-23 Timor Sea western limit: Roti - Cape Londonderry
# Lesser Sunda islands, east to west: Roti, Savu, Sumba (Savu Sea north of the line is on the Pacific side),
# then through the straits between Sumbawa, Lombok, Bali and along the spine of Java.
LESSER_SUNDA = [
    (122.85, -10.93),
    (121.8, -10.5),
    (120.8, -10.1),
    (119.0, -9.6),
    (117.8, -8.75),
    (116.3, -8.6),
    (115.1, -8.35),
]
JAVA_INLAND = [
    (114.2, -8.2),
    (113.5, -8.0),
    (112.0, -7.6),
    (110.5, -7.3),
    (109.0, -7.25),
    (107.5, -6.9),
    (106.0, -6.45),
]
JAVA_HEAD = (105.2, -6.78)  # S-23 Java Sea western limit (Sunda Strait): Java Head - Vlakke Hoek
VLAKKE_HOEK = (104.58, -5.92)
SUMATRA_INLAND = [(104.3, -5.0), (103.5, -3.5), (102.0, -1.0)]
# S-23 Malacca Strait southeastern/southwestern limits.
TANJONG_KEDABU = (102.0 + 58.0 / 60.0, 1.1)
KLEIN_KARIMOEN = (103.0 + 23.5 / 60.0, 1.0 + 10.0 / 60.0)
THE_BROTHERS = (103.35, 1.0 + 11.5 / 60.0)
TANJONG_PIAI = (103.0 + 31.0 / 60.0, 1.0 + 16.0 / 60.0)
# Up the Malay Peninsula, Kra Isthmus and Tenasserim (Malacca/Andaman west, Gulf of Thailand east), to Tibet.
MALAY_INLAND = [
    (103.6, 1.6),
    (103.0, 2.5),
    (102.0, 4.0),
    (100.6, 6.5),
    (99.5, 8.0),
    (98.95, 10.5),
    (99.2, 13.0),
    (98.8, 16.0),
]
INDIAN_NORTH_INLAND = [(97.0, 25.0), (90.0, 30.0), (72.0, 36.0), (60.0, 33.0), (52.0, 33.0), (45.0, 33.0)]

ARCTIC_LAT = 66.0  # north of this (outside the Atlantic) is Arctic; only labels depend on it, para 8(a) is 66 N anyway


def _atlantic() -> Polygon:
    ring = [
        (20.0, SOUTH),
        CAPE_AGULHAS,
        *AFRICA_INLAND,
        SUEZ,
        *LEVANT,
        *ATLANTIC_EURASIA,
        NORTH_CAPE_NORWAY,
        BEAR_ISLAND,
        SORKAPP_SPITSBERGEN,
        SPITSBERGEN_INLAND,
        VERLEGENHUKEN_SPITSBERGEN,
        CAPE_MORRIS_JESUP,
        *GREENLAND_INLAND,
        *NORTH_AMERICA_INLAND,
        *ISTHMUS_INLAND,
        *SOUTH_AMERICA_INLAND,
        CAPE_VIRGINS,
        CAPE_ESPIRITU_SANTO,
        TIERRA_DEL_FUEGO_INLAND,
        CAPE_HORN,
        (CAPE_HORN_MERIDIAN, SOUTH),
    ]
    return _valid(Polygon(ring))


def _indian() -> Polygon:
    ring = [
        (20.0, SOUTH),
        (SOUTH_EAST_CAPE_MERIDIAN, SOUTH),
        SOUTH_EAST_CAPE,
        TASMANIA_INLAND,
        CAPE_GRIM,
        KING_ISLAND_SOUTH,
        KING_ISLAND_NORTH,
        CAPE_OTWAY,
        *AUSTRALIA_INLAND,
        CAPE_LONDONDERRY,
        *LESSER_SUNDA,
        *JAVA_INLAND,
        JAVA_HEAD,
        VLAKKE_HOEK,
        *SUMATRA_INLAND,
        TANJONG_KEDABU,
        KLEIN_KARIMOEN,
        THE_BROTHERS,
        TANJONG_PIAI,
        *MALAY_INLAND,
        *INDIAN_NORTH_INLAND,
        LEVANT[2],
        LEVANT[1],
        LEVANT[0],
        SUEZ,
        *reversed(AFRICA_INLAND),
        CAPE_AGULHAS,
    ]
    return _valid(Polygon(ring))


def _eurasian_interior() -> Polygon:
    """Land-locked Eurasia (Caspian, Aral): belongs to no ocean, so it is kept out of the Pacific remainder."""
    ring = [
        (38.0, 33.0),
        *ATLANTIC_EURASIA[:4],
        (100.0, 55.0),
        (100.0, 30.0),
        (90.0, 30.0),
        (72.0, 36.0),
        (60.0, 33.0),
        (52.0, 33.0),
        (45.0, 33.0),
    ]
    return _valid(Polygon(ring))


def _arctic(atlantic: Polygon) -> Polygon:
    # White Sea, Barents, Kara, Laptev: the Arctic reaches south of 66 N over Russia, north of the Sea of Okhotsk.
    russia = Polygon(
        [(30.0, 64.0), (45.0, 55.0), (100.0, 55.0), (130.0, 62.0), (160.0, ARCTIC_LAT), (28.0, ARCTIC_LAT)]
    )
    return _valid(unary_union([box(-180.0, ARCTIC_LAT, 180.0, NORTH), russia]).difference(atlantic))


def _valid(geom):
    if not geom.is_valid:
        sys.exit(f"invalid geometry: {shapely.is_valid_reason(geom)}")
    return geom


def basins() -> dict[str, object]:
    atlantic, indian = _atlantic(), _indian()
    interior = _eurasian_interior()
    arctic = _arctic(atlantic)
    pacific = WORLD.difference(unary_union([atlantic, indian, arctic, interior]))
    return {"atlantic": atlantic, "indian": indian, "pacific": pacific, "arctic": arctic, "interior": interior}


def _multi(geom) -> MultiPolygon:
    polys = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type == "Polygon" and g.area > 1e-9]
    return _valid(MultiPolygon(polys))


def areas(b: dict[str, object]) -> list[tuple[dict, MultiPolygon]]:
    """Schedule paras 7 and 8 (2007 edition) built from the basins and the parallels/meridians of the text."""
    # Para 7(a) taken literally: "the waters of the Northern Hemisphere from the coast of Africa to 100 E", so every
    # sea east of Africa and west of 100 E (Indian Ocean and the western Gulf of Thailand); southern part = sector box.
    north_of_equator_to_100e = box(0.0, 0.0, 100.0, NORTH)
    ios = unary_union(
        [
            b["indian"].intersection(north_of_equator_to_100e),
            b["pacific"].intersection(north_of_equator_to_100e),
            box(20.0, -55.0, 130.0, 0.0),
        ]
    )
    # Para 7(b): south of 40S 50W -> 20E -> 55S -> 130E -> 40S -> 130W -> 60S -> 50W -> 40S (crosses 180).
    sos = unary_union(
        [
            box(-50.0, SOUTH, 20.0, -40.0),
            box(20.0, SOUTH, 130.0, -55.0),
            box(130.0, SOUTH, 180.0, -40.0),
            box(-180.0, SOUTH, -130.0, -40.0),
            box(-130.0, SOUTH, -50.0, -60.0),
        ]
    )
    # Para 8(a): north of 66 N, except 150 E eastwards to 140 W between 66 N and 72 N.
    fs8a = box(-180.0, 66.0, 180.0, NORTH).difference(
        unary_union([box(150.0, 66.0, 180.0, 72.0), box(-180.0, 66.0, -140.0, 72.0)])
    )
    fs8b = b["atlantic"].intersection(box(-180.0, -40.0, 180.0, NORTH))
    fs8c = b["pacific"].intersection(box(-150.0, -40.0, 0.0, 35.0))
    fs8d = b["pacific"].intersection(unary_union([box(0.0, -40.0, 180.0, 20.0), box(-180.0, -40.0, -150.0, 20.0)]))
    fs8e = b["indian"].intersection(box(-180.0, -40.0, 180.0, NORTH))
    return [(p, _multi(g)) for p, g in zip(AREA_PROPERTIES, (ios, sos, fs8a, fs8b, fs8c, fs8d, fs8e))]


# --- Para 18(a) "North Atlantic Ocean" (proper) vs para 18(c) "... and dependent waters" -------------------------
# The Atlantic's dependent seas that are not the North Atlantic Ocean itself, as rings over land and across each
# sea's S-23 entrance; the sea is the ring's intersection with the Atlantic basin. Entrances are straight lines
# between the named points; accuracy tens of km at the entrances, none needed over land.
CAPE_SPARTEL = (-5.92, 35.79)  # S-23 Mediterranean western limit: Cape Spartel - Cape Trafalgar
CAPE_TRAFALGAR = (-6.03, 36.18)
MEDITERRANEAN_RING = [
    (-5.5, 30.0),
    (-5.5, 35.0),
    CAPE_SPARTEL,
    CAPE_TRAFALGAR,
    (-5.0, 37.5),
    (-2.0, 42.0),
    (0.5, 44.0),
    (4.0, 47.0),
    (12.0, 48.0),
    (42.0, 48.0),
    (42.0, 30.0),
]  # with the Black Sea
SKAGEN = (10.6, 57.74)  # S-23 Baltic (with the Kattegat) western limit: the Skaw - Paternoster Skaer - Sweden
PATERNOSTER_SKAER = (11.45, 57.9)
BALTIC_RING = [
    (10.0, 53.0),
    (9.3, 55.5),
    (10.0, 57.3),
    SKAGEN,
    PATERNOSTER_SKAER,
    (12.5, 58.5),
    (20.0, 66.0),
    (32.0, 66.0),
    (32.0, 53.0),
]
# Gulf of Mexico and Caribbean: Florida Keys - Cuba, the Greater Antilles, the Lesser Antilles arc to Trinidad.
GULF_CARIBBEAN_RING = [
    (-81.5, 27.5),
    (-81.0, 25.1),
    (-81.0, 23.1),
    (-78.0, 21.5),
    (-74.13, 20.24),
    (-73.4, 19.8),
    (-71.0, 19.0),
    (-67.2, 18.5),
    (-66.5, 18.2),
    (-64.6, 18.4),
    (-63.0, 18.0),
    (-62.0, 17.0),
    (-61.3, 15.5),
    (-61.0, 14.0),
    (-61.2, 13.2),
    (-61.7, 12.1),
    (-61.5, 10.7),
    (-62.0, 10.0),
    (-70.0, 9.0),
    *reversed(ISTHMUS_INLAND),
    (-99.0, 20.0),
    (-99.0, 26.0),
    (-98.5, 28.5),
    (-95.0, 30.5),
    (-90.0, 31.0),
    (-85.0, 31.5),
    (-82.3, 29.5),
]
NUVUK_POINT = (-78.1, 62.35)  # S-23 Hudson Bay: Nuvuk Point - Leyson Point (Southampton Island)
LEYSON_POINT = (-80.3, 63.6)
HUDSON_BAY_RING = [
    (-96.0, 50.0),
    (-96.0, 65.5),
    (-86.5, 65.5),
    (-84.0, 64.0),
    LEYSON_POINT,
    NUVUK_POINT,
    (-75.0, 55.0),
    (-80.0, 48.0),
]


def dependent_seas(b: dict[str, object]) -> list[tuple[dict, MultiPolygon]]:
    """The North Atlantic's dependent seas named in issue 13: outside "the North Atlantic Ocean" of para 18(a)."""
    rings = [
        ("mediterranean-black-sea", "Mediterranean and Black Sea", MEDITERRANEAN_RING),
        ("baltic", "Baltic Sea (with the Kattegat)", BALTIC_RING),
        ("gulf-of-mexico-caribbean", "Gulf of Mexico and Caribbean Sea", GULF_CARIBBEAN_RING),
        ("hudson-bay", "Hudson Bay", HUDSON_BAY_RING),
    ]
    return [
        (
            {
                "id": key,
                "name": name,
                "dependent_of": "north-atlantic",
                "paragraph": "18(a)",
                "interpretation_notes": [
                    "A dependent sea of the North Atlantic, not the North Atlantic Ocean itself: para 18(a)'s 35 ft "
                    'limit does not apply here (the 30 ft limit does); para 18(c) by contrast says "and dependent '
                    'waters".',
                    "Entrance after IHO S-23 (1953), a straight line between the named points; "
                    "accuracy tens of km at the entrance.",
                ],
            },
            _multi(b["atlantic"].intersection(_valid(Polygon(ring)))),
        )
        for key, name, ring in rings
    ]


COMMERCIAL = ["factory-ship", "factory-catcher", "land-station", "small-type"]
FACTORY = ["factory-ship", "factory-catcher"]
ON_BOUNDARY = "A position exactly on a boundary counts as inside (we warn rather than miss)."
BASIN_NOTE = (
    "Ocean limits after IHO S-23 (1953); lines over land are drawn inland by hand, accurate to a few km at sea."
)
FS_RULE = "No factory ship or catcher attached to one may take or treat baleen whales, except minke whales, here"

AREA_PROPERTIES = [
    {
        "id": "ios",
        "name": "Indian Ocean Sanctuary",
        "paragraph": "7(a)",
        "applies_to": COMMERCIAL,
        "rule": "Commercial whaling, pelagic or from land stations, is prohibited here.",
        "interpretation_notes": [
            "Northern part, taken literally: the waters of the Northern Hemisphere from the coast of Africa to 100 E: "
            "the Indian Ocean with the Red Sea, Gulf of Aden, Arabian Sea, Gulf of Oman, the Persian Gulf and the Strait "
            "of Malacca west of 100 E, and the western Gulf of Thailand west of 100 E (a Pacific sea, but Northern-"
            "Hemisphere water between Africa and 100 E: we warn rather than miss). The Mediterranean and Black Sea "
            "(Atlantic, north of Africa, not east of its coast) are outside.",
            "Southern part: the whole sector 20 E - 130 E from the equator to 55 S, whatever the ocean.",
            BASIN_NOTE,
            ON_BOUNDARY,
        ],
    },
    {
        "id": "sos",
        "name": "Southern Ocean Sanctuary",
        "paragraph": "7(b)",
        "applies_to": COMMERCIAL,
        "rule": "Commercial whaling, pelagic or from land stations, is prohibited south of the sanctuary line.",
        "interpretation_notes": [
            "Line: 40S 50W, east to 20E, south to 55S, east to 130E, north to 40S, east across 180 to 130W, south to "
            "60S, east to 50W, north to 40S.",
            ON_BOUNDARY,
        ],
    },
    {
        "id": "fs-8a",
        "name": "Factory-ship closed area north of 66 N",
        "paragraph": "8(a)",
        "applies_to": FACTORY,
        "rule": FS_RULE + " (north of 66 N; allowed between 66 N and 72 N from 150 E eastwards to 140 W).",
        "interpretation_notes": ["Applies to all waters north of 66 N whatever the ocean.", ON_BOUNDARY],
    },
    {
        "id": "fs-8b",
        "name": "Factory-ship closed area: Atlantic north of 40 S",
        "paragraph": "8(b)",
        "applies_to": FACTORY,
        "rule": FS_RULE + " (Atlantic Ocean and dependent waters north of 40 S).",
        "interpretation_notes": [
            "The Norwegian and Greenland Seas, and Baffin Bay, Davis Strait, Foxe Basin and Hudson Bay south of 66 N, "
            "are taken as Atlantic dependent waters (the Schedule's para 9(c) North Atlantic stock areas cover them); "
            "the Mediterranean, Black Sea and Baltic are Atlantic.",
            BASIN_NOTE,
            ON_BOUNDARY,
        ],
    },
    {
        "id": "fs-8c",
        "name": "Factory-ship closed area: East Pacific 40 S - 35 N",
        "paragraph": "8(c)",
        "applies_to": FACTORY,
        "rule": FS_RULE + " (Pacific Ocean and dependent waters east of 150 W, 40 S - 35 N).",
        "interpretation_notes": ["Atlantic | Pacific along the Central American isthmus.", BASIN_NOTE, ON_BOUNDARY],
    },
    {
        "id": "fs-8d",
        "name": "Factory-ship closed area: West Pacific 40 S - 20 N",
        "paragraph": "8(d)",
        "applies_to": FACTORY,
        "rule": FS_RULE + " (Pacific Ocean and dependent waters west of 150 W, 40 S - 20 N).",
        "interpretation_notes": [
            "The Gulf of Thailand, South China Sea, Singapore Strait, Java Sea, the seas of the Indonesian archipelago "
            "north and east of the Lesser Sunda islands, the Timor and Arafura Seas and Bass Strait are taken as "
            "Pacific dependent waters.",
            BASIN_NOTE,
            ON_BOUNDARY,
        ],
    },
    {
        "id": "fs-8e",
        "name": "Factory-ship closed area: Indian Ocean north of 40 S",
        "paragraph": "8(e)",
        "applies_to": FACTORY,
        "rule": FS_RULE + " (Indian Ocean and dependent waters north of 40 S).",
        "interpretation_notes": [
            "The Strait of Malacca, the Persian Gulf and the Red Sea are taken as Indian Ocean dependent waters.",
            BASIN_NOTE,
            ON_BOUNDARY,
        ],
    },
]


def _round(geom, ndigits: int = 6):
    return shapely.set_precision(geom, 10.0**-ndigits)


def _write(path: Path, features: list[dict]) -> str:
    text = json.dumps({"type": "FeatureCollection", "features": features}, indent=1, sort_keys=True) + "\n"
    path.write_text(text)
    return hashlib.sha256(text.encode()).hexdigest()


def main() -> int:
    b = basins()
    basin_features = [
        {"type": "Feature", "properties": {"id": k}, "geometry": mapping(_multi(_round(g)))} for k, g in b.items()
    ]
    area_features = [
        {"type": "Feature", "geometry": mapping(_multi(_round(g))), "properties": {**p, "schedule_edition": "2007"}}
        for p, g in areas(b)
    ]
    print(f"shapely {shapely.__version__}")
    print("basins.geojson", _write(HERE / "basins.geojson", basin_features))
    print("areas.geojson ", _write(HERE / "areas.geojson", area_features))
    sea_features = [
        {"type": "Feature", "geometry": mapping(_multi(_round(g))), "properties": p} for p, g in dependent_seas(b)
    ]
    print("seas.geojson  ", _write(HERE / "seas.geojson", sea_features))
    return 0


if __name__ == "__main__":
    sys.exit(main())
