"""Points on both sides of every boundary line of Schedule paras 7 and 8, across 180, near the poles, marginal seas.

Each row: (lat, lon, area id, expected inside). Offsets of 0.05 deg (3 nm) put a point clearly on one side.
"""

import pytest

from whalelog_gui.zones.areas import AREA_IDS, load_areas

AREAS = {a.id: a for a in load_areas()}

CASES = [
    # --- para 7(a) Indian Ocean Sanctuary: northern part (Africa .. 100 E) -------------------------------------
    (5.0, 99.95, "ios", True),
    (5.0, 100.05, "ios", False),
    (5.0, 100.0, "ios", True),  # 100 E, on it = inside
    (0.05, 60.0, "ios", True),
    (-0.05, 60.0, "ios", True),  # across the equator both parts join
    (0.5, 110.0, "ios", False),
    (-0.5, 110.0, "ios", True),  # 100-130 E: southern sector only
    (20.0, 38.0, "ios", True),  # Red Sea
    (27.0, 51.0, "ios", True),  # Persian Gulf (decision: Indian)
    (25.0, 58.0, "ios", True),
    (15.0, 65.0, "ios", True),
    (12.0, 45.0, "ios", True),  # Oman, Arabian Sea, Aden
    (4.0, 99.8, "ios", True),  # Strait of Malacca west of 100 E (decision: Indian)
    (10.0, 97.0, "ios", True),  # Andaman Sea
    (10.0, 99.9, "ios", True),  # western Gulf of Thailand west of 100 E: para 7(a) "to 100°E" taken literally
    (10.0, 100.1, "ios", False),  # Gulf of Thailand east of 100 E
    (11.0, 99.95, "ios", True),
    (11.0, 100.05, "ios", False),  # western Gulf of Thailand, both sides of 100 E
    (35.0, 20.0, "ios", False),
    (43.0, 34.0, "ios", False),  # Mediterranean, Black Sea: north of Africa, outside
    (34.0, 25.0, "ios", False),
    (5.0, -5.0, "ios", False),  # Mediterranean, Gulf of Guinea
    # southern part: the whole sector 20-130 E, equator to 55 S
    (-45.0, 20.05, "ios", True),
    (-45.0, 19.95, "ios", False),
    (-50.0, 129.95, "ios", True),
    (-50.0, 130.05, "ios", False),
    (-54.95, 90.0, "ios", True),
    (-55.05, 90.0, "ios", False),
    (-55.0, 90.0, "ios", True),
    (-5.0, 110.0, "ios", True),  # Java Sea: in the sector whatever the ocean
    # --- para 7(b) Southern Ocean Sanctuary ---------------------------------------------------------------------
    (-40.05, 0.0, "sos", True),
    (-39.95, 0.0, "sos", False),
    (-40.0, 0.0, "sos", True),  # 40 S, 50 W .. 20 E
    (-50.0, -49.95, "sos", True),
    (-50.0, -50.05, "sos", False),  # 50 W, 40-60 S
    (-60.05, -60.0, "sos", True),
    (-59.95, -60.0, "sos", False),  # 60 S, 130 W .. 50 W
    (-45.0, 19.95, "sos", True),
    (-45.0, 20.05, "sos", False),  # 20 E, 40-55 S
    (-55.05, 60.0, "sos", True),
    (-54.95, 60.0, "sos", False),  # 55 S, 20-130 E
    (-45.0, 129.95, "sos", False),
    (-45.0, 130.05, "sos", True),  # 130 E, 40-55 S
    (-40.05, 179.99, "sos", True),
    (-40.05, -179.99, "sos", True),
    (-40.05, 180.0, "sos", True),
    (-40.05, -180.0, "sos", True),
    (-39.95, 180.0, "sos", False),
    (-39.95, -179.99, "sos", False),  # across 180
    (-50.0, -129.95, "sos", False),
    (-50.0, -130.05, "sos", True),  # 130 W, 40-60 S
    (-89.99, 0.0, "sos", True),
    (-90.0, 0.0, "sos", True),
    (-90.0, 123.0, "sos", True),
    (-89.9, -100.0, "sos", True),
    # --- para 8(a): north of 66 N, except 150 E .. 140 W between 66 and 72 N -----------------------------------
    (66.05, 0.0, "fs-8a", True),
    (65.95, 0.0, "fs-8a", False),
    (66.0, 0.0, "fs-8a", True),
    (70.0, 160.0, "fs-8a", False),
    (72.05, 160.0, "fs-8a", True),
    (72.0, 160.0, "fs-8a", True),
    (70.0, 149.95, "fs-8a", True),
    (70.0, 150.05, "fs-8a", False),
    (70.0, -139.95, "fs-8a", True),
    (70.0, -140.05, "fs-8a", False),
    (70.0, 180.0, "fs-8a", False),
    (70.0, -180.0, "fs-8a", False),
    (71.95, 179.99, "fs-8a", False),
    (72.05, -179.99, "fs-8a", True),
    (90.0, 0.0, "fs-8a", True),
    (89.99, 170.0, "fs-8a", True),
    (75.0, -70.0, "fs-8a", True),  # Baffin Bay north of 66 N
    # --- para 8(b): Atlantic and dependent waters north of 40 S -------------------------------------------------
    (-39.95, 0.0, "fs-8b", True),
    (-40.05, 0.0, "fs-8b", False),
    (-36.0, 19.95, "fs-8b", True),
    (-36.0, 20.05, "fs-8b", False),  # 20 E south of Cape Agulhas
    (68.0, 2.0, "fs-8b", True),
    (74.0, -5.0, "fs-8b", True),  # Norwegian and Greenland Seas (decision)
    (60.0, -85.0, "fs-8b", True),
    (64.0, -58.0, "fs-8b", True),  # Hudson Bay, Davis Strait (decision)
    (34.0, 25.0, "fs-8b", True),
    (43.0, 34.0, "fs-8b", True),
    (58.0, 20.0, "fs-8b", True),  # Med, Black, Baltic
    (25.0, -90.0, "fs-8b", True),
    (15.0, -75.0, "fs-8b", True),  # Gulf of Mexico, Caribbean
    (7.0, -80.0, "fs-8b", False),
    (20.0, 38.0, "fs-8b", False),  # Pacific off Panama, Red Sea
    (29.0, 33.0, "fs-8b", False),
    (31.5, 33.0, "fs-8b", True),  # Gulf of Suez | Mediterranean off Port Said
    # --- para 8(c): Pacific east of 150 W, 40 S - 35 N --------------------------------------------------------
    (0.0, -149.95, "fs-8c", True),
    (0.0, -150.05, "fs-8c", False),
    (34.95, -140.0, "fs-8c", True),
    (35.05, -140.0, "fs-8c", False),
    (-39.95, -100.0, "fs-8c", True),
    (-40.05, -100.0, "fs-8c", False),
    (27.0, -111.0, "fs-8c", True),
    (7.0, -80.0, "fs-8c", True),
    (15.0, -75.0, "fs-8c", False),
    # --- para 8(d): Pacific west of 150 W, 40 S - 20 N ------------------------------------------------------------
    (19.95, 150.0, "fs-8d", True),
    (20.05, 150.0, "fs-8d", False),
    (-39.95, 160.0, "fs-8d", True),
    (-40.05, 160.0, "fs-8d", False),
    (0.0, 179.99, "fs-8d", True),
    (0.0, -179.99, "fs-8d", True),
    (0.0, 180.0, "fs-8d", True),
    (0.0, -150.05, "fs-8d", True),
    (0.0, -149.95, "fs-8d", False),
    (12.0, 112.0, "fs-8d", True),
    (10.0, 101.0, "fs-8d", True),  # South China Sea, Gulf of Thailand
    (-5.0, 110.0, "fs-8d", True),
    (-9.0, 110.0, "fs-8d", False),  # Java Sea | Indian Ocean south of Java
    (-6.0, 105.5, "fs-8d", True),
    (-7.0, 104.5, "fs-8d", False),  # Sunda Strait | off Vlakke Hoek
    (-11.2, 125.5, "fs-8d", True),
    (-12.5, 124.0, "fs-8d", False),  # Timor Sea | west of Roti-Londonderry
    (-39.5, 145.0, "fs-8d", True),
    (-39.0, 142.0, "fs-8d", False),  # Bass Strait | west of Otway-King Island
    # --- para 8(e): Indian Ocean and dependent waters north of 40 S -------------------------------------------------
    (-39.95, 80.0, "fs-8e", True),
    (-40.05, 80.0, "fs-8e", False),
    (20.0, 38.0, "fs-8e", True),
    (27.0, 51.0, "fs-8e", True),
    (4.0, 100.5, "fs-8e", True),
    (-9.0, 110.0, "fs-8e", True),
    (-12.5, 124.0, "fs-8e", True),
    (-39.0, 142.0, "fs-8e", True),
    (12.0, 112.0, "fs-8e", False),
    (-36.0, 20.05, "fs-8e", True),
    (-36.0, 19.95, "fs-8e", False),
    (41.0, 51.0, "fs-8e", False),  # Caspian Sea: no ocean
]


@pytest.mark.parametrize("lat,lon,area_id,expected", CASES)
def test_boundary_sides(lat, lon, area_id, expected):
    assert AREAS[area_id].covers(lat, lon) is expected


def test_area_ids_and_properties_are_fixed():
    assert tuple(AREAS) == AREA_IDS
    paragraphs = {a.id: a.paragraph for a in AREAS.values()}
    assert paragraphs == {
        "ios": "7(a)",
        "sos": "7(b)",
        "fs-8a": "8(a)",
        "fs-8b": "8(b)",
        "fs-8c": "8(c)",
        "fs-8d": "8(d)",
        "fs-8e": "8(e)",
    }
    for area in AREAS.values():
        assert area.schedule_edition == "2007" and area.rule and area.interpretation_notes


def test_sanctuaries_bind_all_commercial_whaling_and_para_8_only_factory_operations():
    for op in ("factory-ship", "factory-catcher", "land-station", "small-type"):
        assert AREAS["ios"].applies(op) and AREAS["sos"].applies(op)
    assert not AREAS["sos"].applies("transit")
    for area_id in ("fs-8a", "fs-8b", "fs-8c", "fs-8d", "fs-8e"):
        assert AREAS[area_id].applies("factory-ship") and AREAS[area_id].applies("factory-catcher")
        assert not AREAS[area_id].applies("land-station") and not AREAS[area_id].applies("small-type")


def test_longitude_beyond_180_wraps():
    assert AREAS["sos"].covers(-45.0, 190.0) == AREAS["sos"].covers(-45.0, -170.0) is True
