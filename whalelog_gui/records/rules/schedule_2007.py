"""Catch compliance rules of the ICRW Schedule as amended by the Commission in 2007, as data.

An amendment of the Schedule is an edit of this table (or a new table beside it). Each rule:
  id         stable key; the crew's explanation of a flag (para 24(b)(6)) is stored against it
  paragraph  the Schedule paragraph cited on the flag
  kind       forbidden | min_length | max_length | max_hours_in_sea  (interpreted by records/compliance.py)
  when       conditions that must all hold (see CONDITIONS in records/compliance.py)
  summary    the rule in plain words, shown on the flag
Lengths carry both the Schedule's feet and metre figures: a length logged in metres is compared with the
metre figure, one logged in feet with the feet figure (the Schedule gives both; they are not exact conversions).
Latitude limits are inclusive on the side that raises the flag (lat_le / lat_ge only): a position exactly on a
boundary counts as inside, so the crew is warned rather than an infraction missed.
Area ids are those of the regulated-area data (resources/zones) and the ocean basins of whalelog_gui.zones.
"""

FACTORY = ["factory-ship", "factory-catcher"]  # "a factory ship or whale catcher attached thereto"
LAND_STATION_LOCAL = {"operations": ["land-station"], "local_consumption": True}

EDITION = "ICRW Schedule, as amended by the Commission at the 59th Annual Meeting, 2007"

RULES: list[dict] = [
    {"id": "6", "paragraph": "6", "kind": "forbidden", "when": {"killing_method_contains": ["cold grenade"]},
     "summary": "Killed with the cold grenade harpoon, forbidden for commercial whaling (all whales but minke "
                "from 1980/81; minke from 1982/83; the minke sentence is not binding on Governments that "
                "objected, see the footnote to para 6)."},
    {"id": "7a", "paragraph": "7(a)", "kind": "forbidden", "when": {"areas_any": ["ios"]},
     "summary": "Taken inside the Indian Ocean Sanctuary, where commercial whaling, pelagic or from land "
                "stations, is prohibited."},
    {"id": "7b", "paragraph": "7(b)", "kind": "forbidden", "when": {"areas_any": ["sos"]},
     "summary": "Taken inside the Southern Ocean Sanctuary, where commercial whaling, pelagic or from land "
                "stations, is prohibited."},
    {"id": "8a", "paragraph": "8(a)", "kind": "forbidden",
     "when": {"operations": FACTORY, "species": ["baleen"], "species_not": ["minke"], "areas_any": ["fs-8a"]},
     "summary": "Baleen whale (not minke) taken by a factory ship or attached catcher north of 66°N (outside "
                "the 150°E–140°W band between 66°N and 72°N)."},
    {"id": "8b", "paragraph": "8(b)", "kind": "forbidden",
     "when": {"operations": FACTORY, "species": ["baleen"], "species_not": ["minke"], "areas_any": ["fs-8b"]},
     "summary": "Baleen whale (not minke) taken by a factory ship or attached catcher in the Atlantic Ocean "
                "north of 40°S."},
    {"id": "8c", "paragraph": "8(c)", "kind": "forbidden",
     "when": {"operations": FACTORY, "species": ["baleen"], "species_not": ["minke"], "areas_any": ["fs-8c"]},
     "summary": "Baleen whale (not minke) taken by a factory ship or attached catcher in the Pacific Ocean "
                "east of 150°W between 40°S and 35°N."},
    {"id": "8d", "paragraph": "8(d)", "kind": "forbidden",
     "when": {"operations": FACTORY, "species": ["baleen"], "species_not": ["minke"], "areas_any": ["fs-8d"]},
     "summary": "Baleen whale (not minke) taken by a factory ship or attached catcher in the Pacific Ocean "
                "west of 150°W between 40°S and 20°N."},
    {"id": "8e", "paragraph": "8(e)", "kind": "forbidden",
     "when": {"operations": FACTORY, "species": ["baleen"], "species_not": ["minke"], "areas_any": ["fs-8e"]},
     "summary": "Baleen whale (not minke) taken by a factory ship or attached catcher in the Indian Ocean "
                "north of 40°S."},
    {"id": "10d", "paragraph": "10(d)", "kind": "forbidden",
     "when": {"operations": FACTORY, "species_not": ["minke"]},
     "summary": "Moratorium on the taking, killing or treating of whales other than minke whales by factory "
                "ships or catchers attached to them."},
    {"id": "2a", "paragraph": "2(a)", "kind": "forbidden",
     "when": {"operations": FACTORY, "species": ["baleen"], "species_not": ["minke"], "lat_le": -40,
              "date_outside": ["12-12", "04-07"]},
     "summary": "Baleen whale (not minke) taken by a factory ship or attached catcher south of 40°S outside "
                "the season 12 December to 7 April, both days inclusive."},
    {"id": "14", "paragraph": "14", "kind": "forbidden", "when": {"species": ["baleen"], "calf": True},
     "summary": "Suckling calf, or female accompanied by a calf, taken or killed."},
    {"id": "17", "paragraph": "17", "kind": "forbidden", "when": {"species": ["toothed"], "calf": True},
     "summary": "Suckling calf, or female accompanied by a calf, taken or killed."},
    {"id": "15a", "paragraph": "15(a)", "kind": "min_length", "when": {"species": ["sei", "bryde"]},
     "min": {"ft": "40", "m": "12.2"},
     "instead": [{"when": LAND_STATION_LOCAL, "min": {"ft": "35", "m": "10.7"}}],
     "summary": "Sei or Bryde's whale below the size limit: 40 ft (12.2 m); 35 ft (10.7 m) for delivery to "
                "land stations when the meat is for local consumption."},
    {"id": "15b-south", "paragraph": "15(b)", "kind": "min_length", "when": {"species": ["fin"], "lat_le": 0},
     "min": {"ft": "57", "m": "17.4"},
     "instead": [{"when": LAND_STATION_LOCAL, "min": {"ft": "55", "m": "16.8"}}],
     "summary": "Fin whale below the Southern Hemisphere size limit: 57 ft (17.4 m); 55 ft (16.8 m) for "
                "delivery to land stations when the meat is for local consumption."},
    {"id": "15b-north", "paragraph": "15(b)", "kind": "min_length", "when": {"species": ["fin"], "lat_ge": 0},
     "min": {"ft": "55", "m": "16.8"},
     "instead": [{"when": LAND_STATION_LOCAL, "min": {"ft": "50", "m": "15.2"}}],
     "summary": "Fin whale below the Northern Hemisphere size limit: 55 ft (16.8 m); 50 ft (15.2 m) for "
                "delivery to land stations when the meat is for local consumption."},
    {"id": "18a", "paragraph": "18(a)", "kind": "min_length",
     "when": {"species": ["sperm"], "areas_none": ["north-atlantic"]}, "min": {"ft": "30", "m": "9.2"},
     "summary": "Sperm whale below the size limit of 30 ft (9.2 m)."},
    {"id": "18a-north-atlantic", "paragraph": "18(a)", "kind": "min_length",
     "when": {"species": ["sperm"], "areas_any": ["north-atlantic"]}, "min": {"ft": "35", "m": "10.7"},
     "summary": "Sperm whale below the North Atlantic size limit of 35 ft (10.7 m)."},
    {"id": "18b", "paragraph": "18(b)", "kind": "max_length",
     "when": {"species": ["sperm"], "lat_le": 0, "lat_ge": -40, "months": [10, 11, 12, 1]},
     "max": {"ft": "45", "m": "13.7"},
     "summary": "Sperm whale over 45 ft (13.7 m) taken in the Southern Hemisphere north of 40°S in "
                "October to January."},
    {"id": "18c", "paragraph": "18(c)", "kind": "max_length",
     "when": {"species": ["sperm"], "areas_any": ["north-pacific"], "lat_le": 40, "months": [3, 4, 5, 6]},
     "max": {"ft": "45", "m": "13.7"},
     "summary": "Sperm whale over 45 ft (13.7 m) taken in the North Pacific south of 40°N in March to June."},
    {"id": "20a", "paragraph": "20(a)", "kind": "max_hours_in_sea",
     "when": {"operations": FACTORY, "used_as_fender": False}, "hours": "33",
     "summary": "Carcass in the sea more than 33 hours from killing to hauling up for treatment by the "
                "factory ship."},
    {"id": "1-small-type", "paragraph": "1", "kind": "forbidden",
     "when": {"operations": ["small-type"], "species_not": ["minke", "bottlenose", "beaked", "pilot", "killer"]},
     "summary": "Small-type whaling hunts exclusively for minke, bottlenose, beaked, pilot or killer whales."},
]
