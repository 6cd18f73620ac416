"""Schedule para 9: which stock a catch belongs to, from its species and position.

Lines given by parallels and meridians are exact here; lines through named places (Kap Farvel, Thyborøn, the
Ryukyu Island chain, the Philippine Islands ... Sakhalin) are built by resources/stocks/derive_stocks.py from the
Natural Earth land layer, each with its interpretation note (resources/stocks/PROVENANCE.md). Southern Hemisphere
Areas I-VI and sperm whale Divisions (paras 9(a), 9(b)) are defined in Schedule Tables 1 and 3, which the reference
text does not contain: such catches are "not classified (Table 1/3 not available)", never guessed.
"""

from __future__ import annotations

import functools
import json

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message


def _lon(lon: float) -> float:
    """Longitude in (-180, 180]."""
    lon = (lon + 180.0) % 360.0 - 180.0
    return 180.0 if lon == -180.0 else lon


def north_pacific_sperm_division(lat: float, lon: float) -> str:
    """Para 9(d): "western" west of the line 180° (from the ice-edge) - 180°,50°N - 160°W,50°N - 160°W,40°N -
    150°W,40°N - 150°W to the Equator; "eastern" east of it. A position exactly on the line counts as eastern, so
    para 16's Western-Division exception is never granted on the line (warn rather than miss)."""
    lon = _lon(lon)
    if 0.0 < lon < 180.0:
        return "western"
    if lon == 180.0:
        return "eastern" if lat >= 50.0 else "western"
    if lat >= 50.0 or lon == 0.0:
        return "eastern"
    if lat > 40.0:
        return "western" if lon < -160.0 else "eastern"
    if lat == 40.0:
        return "western" if lon < -160.0 else "eastern"  # the 40°N segment runs 160°W - 150°W
    return "western" if lon < -150.0 else "eastern"


# --- para 9(c) North Atlantic: rings from the Schedule's points (lon, lat); named places from places.json ----------
# Each stock is its ring intersected with the Atlantic and Arctic basins north of the Equator; rings are tried in
# the Schedule's order and a position on a shared line goes to the first stock listed.
FIN, MINKE, SEI = "fin", "minke", "sei"
_NL_LINE = [(-73.5, 75.0), (-59.0, 69.0), (-59.0, 61.0), (-42.0, 52.0 + 20.0 / 60.0)]
_NS_LINE = [(-54.0, 47.0), (-54.5, 46.0), (-42.0, 46.0), (-42.0, 20.0)]
_NS_CLOSE = [(-100.0, 20.0), (-100.0, 47.0), (-60.4, 47.0), (-59.3, 47.6), (-55.0, 48.0)]  # Cabot Strait, Newfoundland
_EAST_LINE = [(-18.0, 20.0), (-18.0, 60.0), (3.0, 68.0), (3.0, 74.0)]  # 20N 18W, 60N 18W, 68N 3E, 74N 3E


def north_atlantic_rings(kf, thy) -> dict[str, list[tuple[str, list]]]:
    ns = [*_NS_LINE, *_NS_CLOSE]
    nl = [
        *_NL_LINE,
        (-42.0, 46.0),
        (-54.5, 46.0),
        (-54.0, 47.0),
        (-55.0, 48.0),
        (-59.3, 47.6),
        (-60.4, 47.0),
        (-100.0, 47.0),
        (-100.0, 80.0),
        (-73.5, 80.0),
    ]
    wg = [*_NL_LINE, (-42.0, 59.0), (-44.0, 59.0), kf, (-44.0, 62.0), (-45.0, 80.0), (-73.5, 80.0)]
    egi = [kf, (-44.0, 59.0), (-42.0, 59.0), (-42.0, 20.0), *_EAST_LINE, (-40.0, 74.0), (-44.0, 62.0)]
    nn = [
        (-22.0, 74.0),
        (3.0, 74.0),
        (3.0, 68.0),
        (0.0, 67.0),
        (14.0, 67.0),
        (25.0, 65.0),
        (45.0, 60.0),
        (60.0, 60.0),
        (60.0, 85.0),
        (-22.0, 85.0),
    ]
    wnf = [
        (14.0, 67.0),
        (0.0, 67.0),
        (-18.0, 60.0),
        (-16.0, 61.0),
        (0.0, 61.0),
        thy,
        (9.5, 56.9),
        (10.6, 57.74),
        (11.45, 57.9),
        (13.0, 60.0),
    ]
    spbi = [
        thy,
        (0.0, 61.0),
        (-16.0, 61.0),
        (-11.0, 63.0),
        (-18.0, 60.0),
        (-18.0, 22.0),
        (45.0, 22.0),
        (45.0, 60.0),
        (25.0, 65.0),
        (13.0, 60.0),
        (11.45, 57.9),
        (10.6, 57.74),
        (9.5, 56.9),
    ]
    cec = [*_NL_LINE, (-42.0, 20.0), (-100.0, 20.0), (-100.0, 80.0), (-73.5, 80.0)]
    ne = [*_EAST_LINE, (-22.0, 74.0), (-22.0, 85.0), (60.0, 85.0), (60.0, 20.0)]
    return {
        FIN: [
            ("Nova Scotia", ns),
            ("Newfoundland-Labrador", nl),
            ("West Greenland", wg),
            ("East Greenland-Iceland", egi),
            ("North Norway", nn),
            ("West Norway-Faroe Islands", wnf),
            ("Spain-Portugal-British Isles", spbi),
        ],
        MINKE: [("Canadian East Coast", cec), ("Central", egi), ("West Greenland", wg), ("Northeastern", ne)],
        SEI: [("Nova Scotia", ns), ("Iceland-Denmark Strait", egi), ("Eastern", ne)],
    }


@functools.cache
def _places() -> dict:
    from whalelog_gui.resources import resource_path

    return json.loads(resource_path("stocks", "places.json").read_text(encoding="utf-8"))


@functools.cache
def _polygons() -> dict:
    """Every stock polygon, keyed by (paragraph, species): [(stock name, prepared geometry)]."""
    import shapely
    from shapely.geometry import Polygon, box
    from shapely.ops import unary_union

    from whalelog_gui.records.catch_areas import basin

    p = _places()
    kf, thy = tuple(p["kap_farvel"]["point"]), tuple(p["thyboron"]["point"])
    north = box(-180.0, 0.0, 180.0, 90.0)
    atlantic_north = unary_union([basin("atlantic"), basin("arctic")]).intersection(north)
    pacific_north = basin("pacific").intersection(north)
    out: dict = {}
    for species, rings in north_atlantic_rings(kf, thy).items():
        out[("9(c)", species)] = [(name, Polygon(ring).buffer(0).intersection(atlantic_north)) for name, ring in rings]
    minke_line = [tuple(c) for c in p["minke_west_pacific_line"]["line"]]
    minke_west = Polygon([*minke_line, (100.0, 66.0), (100.0, 0.0)]).buffer(0).intersection(pacific_north)
    chain = [tuple(c) for c in p["ryukyu_chain"]["line"]]
    east_china_sea = Polygon([*chain, (130.0, 33.8), (126.0, 34.0), (119.0, 34.0), (119.0, 25.0)]).buffer(0)
    east_china_sea = east_china_sea.intersection(pacific_north)
    out["minke_west"], out["east_china_sea"] = minke_west, east_china_sea
    for geometries in out.values():
        for item in geometries if isinstance(geometries, list) else [geometries]:
            shapely.prepare(item[1] if isinstance(item, tuple) else item)
    return out


def _inside(geometry, lat: float, lon: float) -> bool:
    import shapely

    return bool(shapely.intersects_xy(geometry, lon, lat))


#: a para 9(a)/(b) catch in the Southern Hemisphere: Schedule Tables 1 and 3 (Areas I-VI, sperm whale Divisions)
#: are not in WhaleLog, so its stock is left unnamed rather than guessed
NOT_CLASSIFIED = QT_TRANSLATE_NOOP("Stocks", "not classified (Table 1/3 not available)")
#: a stock record without its reason (written before the reason was kept)
NOT_CLASSIFIED_SHORT = QT_TRANSLATE_NOOP("Stocks", "not classified")
#: the stock line under the catch form; {paragraph}: a Schedule paragraph such as 9(c), {stock}: a para 9 stock name
STOCK_LINE = QT_TRANSLATE_NOOP("CatchRecord", "para {paragraph}: {stock} stock")
#: {note}: why no stock is named (e.g. "not classified (Table 1/3 not available)")
UNCLASSIFIED_LINE = QT_TRANSLATE_NOOP("CatchRecord", "para {paragraph}: {note}")

# The para 9 stock names as the Schedule writes them (English in the catch record, the CLI and the printed form);
# on screen in the crew's language, with the names their fishery authority uses (translations/glossary.tsv).
# tests/records/test_stocks.py keeps this list equal to the names stock_of() gives.
STOCK_NAMES = {
    name: name
    for name in (
        #: a Schedule para 9(c) North Atlantic stock (fin whale, sei whale): the area the stock is managed in
        QT_TRANSLATE_NOOP("Stocks", "Nova Scotia"),
        #: a Schedule para 9(c) North Atlantic fin whale stock
        QT_TRANSLATE_NOOP("Stocks", "Newfoundland-Labrador"),
        #: a Schedule para 9(c) North Atlantic stock (fin whale, minke whale)
        QT_TRANSLATE_NOOP("Stocks", "West Greenland"),
        #: a Schedule para 9(c) North Atlantic fin whale stock
        QT_TRANSLATE_NOOP("Stocks", "East Greenland-Iceland"),
        #: a Schedule para 9(c) North Atlantic fin whale stock
        QT_TRANSLATE_NOOP("Stocks", "North Norway"),
        #: a Schedule para 9(c) North Atlantic fin whale stock
        QT_TRANSLATE_NOOP("Stocks", "West Norway-Faroe Islands"),
        #: a Schedule para 9(c) North Atlantic fin whale stock
        QT_TRANSLATE_NOOP("Stocks", "Spain-Portugal-British Isles"),
        #: a Schedule para 9(c) North Atlantic minke whale stock
        QT_TRANSLATE_NOOP("Stocks", "Canadian East Coast"),
        #: the Central North Atlantic minke whale stock (Schedule para 9(c)): Iceland, Jan Mayen, East Greenland
        QT_TRANSLATE_NOOP("Stocks", "Central"),
        #: the Northeastern North Atlantic minke whale stock (Schedule para 9(c)): the Norwegian minke hunt
        QT_TRANSLATE_NOOP("Stocks", "Northeastern"),
        #: a Schedule para 9(c) North Atlantic sei whale stock
        QT_TRANSLATE_NOOP("Stocks", "Iceland-Denmark Strait"),
        #: the Eastern stock: North Atlantic sei whale (para 9(c)) or North Pacific Bryde's whale (para 9(d))
        QT_TRANSLATE_NOOP("Stocks", "Eastern"),
        #: the Western stock of North Pacific Bryde's whales (Schedule para 9(d))
        QT_TRANSLATE_NOOP("Stocks", "Western"),
        #: the Western Division of North Pacific sperm whales (Schedule para 9(d))
        QT_TRANSLATE_NOOP("Stocks", "Western Division"),
        #: the Eastern Division of North Pacific sperm whales (Schedule para 9(d))
        QT_TRANSLATE_NOOP("Stocks", "Eastern Division"),
        #: a Schedule para 9(d) North Pacific Bryde's whale stock
        QT_TRANSLATE_NOOP("Stocks", "East China Sea"),
        #: a Schedule para 9(d) North Pacific minke whale stock (the "J stock")
        QT_TRANSLATE_NOOP("Stocks", "Sea of Japan-Yellow Sea-East China Sea"),
        #: a Schedule para 9(d) North Pacific minke whale stock (the "O stock")
        QT_TRANSLATE_NOOP("Stocks", "Okhotsk Sea-West Pacific"),
        #: the North Pacific minke whales outside the two named stocks (Schedule para 9(d) "Remainder")
        QT_TRANSLATE_NOOP("Stocks", "Remainder"),
        #: a Schedule para 9(e) Southern Hemisphere Bryde's whale stock (the shelf inside the 200 m isobath)
        QT_TRANSLATE_NOOP("Stocks", "South African Inshore"),
        #: a Schedule para 9(e) Bryde's whale stock
        QT_TRANSLATE_NOOP("Stocks", "Peruvian"),
        #: a Schedule para 9(e) Bryde's whale stock
        QT_TRANSLATE_NOOP("Stocks", "Solomon Islands"),
        #: a Schedule para 9(e) Bryde's whale stock
        QT_TRANSLATE_NOOP("Stocks", "Southern Indian Ocean"),
        #: a Schedule para 9(e) Bryde's whale stock
        QT_TRANSLATE_NOOP("Stocks", "Western South Pacific"),
        #: a Schedule para 9(e) Bryde's whale stock
        QT_TRANSLATE_NOOP("Stocks", "Eastern South Pacific"),
        #: a Schedule para 9(e) Bryde's whale stock
        QT_TRANSLATE_NOOP("Stocks", "South Atlantic"),
    )
}


def _stock(paragraph: str, species: str, name: str | None, note: str = "") -> dict:
    return {
        "paragraph": paragraph,
        "species": species,
        "stock": name,
        "classified": name is not None,
        **({"note": note} if note else {}),
    }


def _southern_bryde(lat: float, lon: float) -> str | None:
    """Para 9(e), in the Schedule's order; the exclusions ("excluding the ... stock area") by testing those first."""
    from whalelog_gui.records.catch_areas import basin

    if lon <= 27.0 and lat <= -28.0 and _inside(_south_african_shelf(), lat, lon):
        return "South African Inshore"
    if -110.0 <= lon <= -70.0 and -10.0 <= lat <= 10.0 and _inside(basin("pacific"), lat, lon):
        return "Peruvian"
    if lat > 0.0:
        return None
    if 150.0 <= lon <= 170.0 and lat >= -20.0:
        return "Solomon Islands"
    if 20.0 <= lon <= 130.0:
        return "Southern Indian Ocean"
    if lon >= 130.0 or lon <= -150.0:
        return "Western South Pacific"
    if -150.0 <= lon <= -70.0:
        return "Eastern South Pacific"
    return "South Atlantic"  # 70 W to 20 E


@functools.cache
def _south_african_shelf():
    """'South African coast west of 27°E and out to the 200 metre isobath': the land layer has no bathymetry, so the
    shelf is taken as the waters within 1.5° (about 150 km, the Agulhas Bank's width) of Africa's coast south of
    28°S and west of 27°E (interpretation, resources/stocks/PROVENANCE.md)."""
    import shapely
    from shapely.geometry import box, shape

    from whalelog_gui.resources import resource_path

    land = shape(
        json.loads(resource_path("land", "ne_land_simplified.geojson").read_text(encoding="utf-8"))["features"][0][
            "geometry"
        ]
    )
    africa = max((g for g in land.geoms if g.intersects(box(20.0, -34.0, 21.0, -33.0))), key=lambda g: g.area)
    shelf = africa.intersection(box(10.0, -36.0, 28.0, -27.0)).buffer(1.5).difference(africa)
    shelf = shelf.intersection(box(-180.0, -90.0, 27.0, -28.0))
    shapely.prepare(shelf)
    return shelf


def stock_of(species: str, lat: float, lon: float) -> dict | None:
    """The para 9 stock of a whale of `species` taken at (lat, lon); None when para 9 classifies no stock for it.

    {"paragraph": "9(c)", "species": "fin", "stock": "East Greenland-Iceland", "classified": true} or, for the
    Southern Hemisphere Areas and Divisions of Tables 1 and 3, {"stock": null, "classified": false, "note": ...}.
    """
    from whalelog_gui.records.catch_areas import basin
    from whalelog_gui.records.species import BY_KEY

    lon = _lon(lon)
    sp = BY_KEY.get(species)
    if sp is None:
        return None
    if species == "bryde":
        name = _southern_bryde(lat, lon)
        if name is not None:
            return _stock("9(e)", species, name)
    if lat < 0.0:  # para 9(a)/(b): "between the ice-edge and the Equator"; on the Equator the northern stocks
        if species == "sperm":
            return _stock("9(b)", species, None, NOT_CLASSIFIED)
        if sp.is_baleen and species != "bryde":
            return _stock("9(a)", species, None, NOT_CLASSIFIED)
        return None
    polygons = _polygons()
    if species in (FIN, MINKE, SEI):
        for name, geometry in polygons.get(("9(c)", species), []):
            if _inside(geometry, lat, lon):
                return _stock("9(c)", species, name)
    if not _inside(basin("pacific"), lat, lon):
        return None
    if species == "sperm":
        return _stock("9(d)", species, f"{north_pacific_sperm_division(lat, lon).capitalize()} Division")
    if species == "bryde":
        if _inside(polygons["east_china_sea"], lat, lon):
            return _stock("9(d)", species, "East China Sea")
        return _stock("9(d)", species, "Eastern" if lon >= -160.0 and lon < 0.0 else "Western")
    if species == "minke":
        if _inside(polygons["minke_west"], lat, lon):
            return _stock("9(d)", species, "Sea of Japan-Yellow Sea-East China Sea")
        return _stock("9(d)", species, "Okhotsk Sea-West Pacific" if lon > 0.0 else "Remainder")
    return None


def stock_text(stock: dict | None) -> str:
    """One line for the crew, the record files and the printed form: "para 9(c): East Greenland-Iceland stock"
    (a Message: English here, said in the crew's language on screen through ui/i18n.tr_message)."""
    if stock is None:
        return Message(QT_TRANSLATE_NOOP("CatchRecord", "no para 9 stock for this species here"))
    if not stock["classified"]:
        note = stock.get("note", NOT_CLASSIFIED_SHORT)
        note = {NOT_CLASSIFIED: NOT_CLASSIFIED, NOT_CLASSIFIED_SHORT: NOT_CLASSIFIED_SHORT}.get(note, note)
        return Message(UNCLASSIFIED_LINE, paragraph=stock["paragraph"], note=note)
    # a record read back from JSON holds the plain name: look its template up (a name not listed stays English)
    return Message(STOCK_LINE, paragraph=stock["paragraph"], stock=STOCK_NAMES.get(stock["stock"], stock["stock"]))
