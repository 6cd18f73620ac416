"""Catch compliance rules of the ICRW Schedule as amended by the Commission in 2007, as data.

An amendment of the Schedule is an edit of this table (or a new table beside it). Each rule:
  id         stable key; the crew's explanation of a flag (para 24(b)(6)) is stored against it
  paragraph  the Schedule paragraph cited on the flag
  kind       forbidden | min_length | max_length | max_hours_in_sea  (interpreted by records/compliance.py)
  when       conditions that must all hold (see CONDITIONS in records/compliance.py)
  summary    the rule in plain words, shown on the flag (English in records and bundles, translated at the UI
             under "ScheduleRules")
Lengths carry both the Schedule's feet and metre figures: a length logged in metres is compared with the
metre figure, one logged in feet with the feet figure (the Schedule gives both; they are not exact conversions).
Latitude limits are inclusive on the side that raises the flag (lat_le / lat_ge only): a position exactly on a
boundary counts as inside, so the crew is warned rather than an infraction missed.
Area ids are those of the regulated-area data (resources/zones) and the ocean basins of whalelog_gui.zones.
"""

from whalelog_gui.messages import QT_TRANSLATE_NOOP

FACTORY = ["factory-ship", "factory-catcher"]  # "a factory ship or whale catcher attached thereto"
COASTAL = ["land-station", "small-type", "transit"]  # every profile that is not pelagic: coastal seasons
LAND_STATION_LOCAL = {"operations": ["land-station"], "local_consumption": True}

EDITION = "ICRW Schedule, as amended by the Commission at the 59th Annual Meeting, 2007"

RULES: list[dict] = [
    # Para 6, first sentence: all whales but minke, from the 1980/81 pelagic and 1981 coastal seasons.
    {
        "id": "6",
        "paragraph": "6",
        "kind": "forbidden",
        "when": {
            "species_not": ["minke"],
            "weapon_para_6": True,
            "season_from": {"pelagic": "1980-07-01", "coastal": "1981-01-01"},
        },
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Killed with the cold grenade (non-explosive grenade) harpoon, forbidden for commercial whaling of "
            "whales other than minke from the 1980/81 pelagic and 1981 coastal seasons.",
        ),
    },
    # Para 6, second sentence (footnote 1 objections): minke whales, from the 1982/83 pelagic and 1983 coastal seasons.
    {
        "id": "6-minke",
        "paragraph": "6",
        "kind": "forbidden",
        "when": {
            "species": ["minke"],
            "weapon_para_6": True,
            "season_from": {"pelagic": "1982-07-01", "coastal": "1983-01-01"},
        },
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Minke whale killed with the cold grenade (non-explosive grenade) harpoon, forbidden for commercial "
            "whaling from the 1982/83 pelagic and 1983 coastal seasons.",
        ),
    },
    {
        "id": "7a",
        "paragraph": "7(a)",
        "kind": "forbidden",
        "when": {"areas_any": ["ios"]},
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Taken inside the Indian Ocean Sanctuary, where commercial whaling, pelagic or from land "
            "stations, is prohibited.",
        ),
    },
    # Footnote 3: para 7(b) came into force on 6 December 1994.
    {
        "id": "7b",
        "paragraph": "7(b)",
        "kind": "forbidden",
        "when": {"areas_any": ["sos"], "date_from": "1994-12-06"},
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Taken inside the Southern Ocean Sanctuary, where commercial whaling, pelagic or from land "
            "stations, is prohibited.",
        ),
    },
    {
        "id": "8a",
        "paragraph": "8(a)",
        "kind": "forbidden",
        "when": {"operations": FACTORY, "species": ["baleen"], "species_not": ["minke"], "areas_any": ["fs-8a"]},
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Baleen whale (not minke) taken by a factory ship or attached catcher north of 66°N (outside "
            "the 150°E–140°W band between 66°N and 72°N).",
        ),
    },
    {
        "id": "8b",
        "paragraph": "8(b)",
        "kind": "forbidden",
        "when": {"operations": FACTORY, "species": ["baleen"], "species_not": ["minke"], "areas_any": ["fs-8b"]},
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Baleen whale (not minke) taken by a factory ship or attached catcher in the Atlantic Ocean north of 40°S.",
        ),
    },
    {
        "id": "8c",
        "paragraph": "8(c)",
        "kind": "forbidden",
        "when": {"operations": FACTORY, "species": ["baleen"], "species_not": ["minke"], "areas_any": ["fs-8c"]},
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Baleen whale (not minke) taken by a factory ship or attached catcher in the Pacific Ocean "
            "east of 150°W between 40°S and 35°N.",
        ),
    },
    {
        "id": "8d",
        "paragraph": "8(d)",
        "kind": "forbidden",
        "when": {"operations": FACTORY, "species": ["baleen"], "species_not": ["minke"], "areas_any": ["fs-8d"]},
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Baleen whale (not minke) taken by a factory ship or attached catcher in the Pacific Ocean "
            "west of 150°W between 40°S and 20°N.",
        ),
    },
    {
        "id": "8e",
        "paragraph": "8(e)",
        "kind": "forbidden",
        "when": {"operations": FACTORY, "species": ["baleen"], "species_not": ["minke"], "areas_any": ["fs-8e"]},
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Baleen whale (not minke) taken by a factory ship or attached catcher in the Indian Ocean north of 40°S.",
        ),
    },
    # Para 10(d): "This moratorium applies to sperm whales, killer whales and baleen whales, except minke whales."
    {
        "id": "10d",
        "paragraph": "10(d)",
        "kind": "forbidden",
        "when": {"operations": FACTORY, "species": ["sperm", "killer", "baleen"], "species_not": ["minke"]},
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Moratorium on the taking, killing or treating of sperm, killer and baleen whales (except minke) "
            "by factory ships or catchers attached to them.",
        ),
    },
    # Para 10(e): zero catch limits for commercial whaling of all stocks (footnotes 5-7: who is not bound).
    {
        "id": "10e",
        "paragraph": "10(e)",
        "kind": "forbidden",
        "when": {"season_from": {"pelagic": "1985-07-01", "coastal": "1986-01-01"}},
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Catch limits for the killing for commercial purposes of whales from all stocks are zero from the "
            "1985/86 pelagic and 1986 coastal seasons (explain if taken otherwise, e.g. under special permit, "
            "Article VIII, or aboriginal subsistence, para 13).",
        ),
    },
    # Para 16: sperm whales zero in the Southern Hemisphere (1981/82 pelagic, 1982 coastal on) ...
    {
        "id": "16-south",
        "paragraph": "16",
        "kind": "forbidden",
        "when": {"species": ["sperm"], "lat_le": 0, "season_from": {"pelagic": "1981-07-01", "coastal": "1982-01-01"}},
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Sperm whale catch limits are zero in the Southern Hemisphere from the 1981/82 pelagic and 1982 "
            "coastal seasons.",
        ),
    },
    # ... and for Northern-Hemisphere coastal seasons from 1982, except the Western Division of the North Pacific
    # (para 9(d) line), whose limits "remain undetermined".
    {
        "id": "16-north",
        "paragraph": "16",
        "kind": "forbidden",
        "when": {
            "species": ["sperm"],
            "lat_ge": 0,
            "operations": COASTAL,
            "date_from": "1982-01-01",
            "areas_none": ["np-sperm-western"],
        },
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Sperm whale catch limits are zero for Northern-Hemisphere coastal seasons from 1982, except in the "
            "Western Division of the North Pacific (para 9(d)).",
        ),
    },
    {
        "id": "2a",
        "paragraph": "2(a)",
        "kind": "forbidden",
        "when": {
            "operations": FACTORY,
            "species": ["baleen"],
            "species_not": ["minke"],
            "lat_le": -40,
            "date_outside": ["12-12", "04-07"],
        },
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Baleen whale (not minke) taken by a factory ship or attached catcher south of 40°S outside "
            "the season 12 December to 7 April, both days inclusive.",
        ),
    },
    # Para 14 stands under "Baleen Whale Catch Limits", para 17 under "Sperm Whale Catch Limits"; neither text names
    # a species, so other toothed whales are cited under 17 with sperm whales (warn rather than miss).
    {
        "id": "14",
        "paragraph": "14",
        "kind": "forbidden",
        "when": {"species": ["baleen"], "calf": True},
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules", "Suckling calf, or female accompanied by a calf, taken or killed (baleen whales, para 14)."
        ),
    },
    {
        "id": "17",
        "paragraph": "17",
        "kind": "forbidden",
        "when": {"species": ["toothed"], "calf": True},
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Suckling calf, or female accompanied by a calf, taken or killed (sperm and other toothed whales, "
            "para 17).",
        ),
    },
    {
        "id": "15a",
        "paragraph": "15(a)",
        "kind": "min_length",
        "when": {"species": ["sei", "bryde"]},
        "min": {"ft": "40", "m": "12.2"},
        "instead": [{"when": LAND_STATION_LOCAL, "min": {"ft": "35", "m": "10.7"}}],
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Sei or Bryde's whale below the size limit: 40 ft (12.2 m); 35 ft (10.7 m) for delivery to "
            "land stations when the meat is for local consumption.",
        ),
    },
    {
        "id": "15b-south",
        "paragraph": "15(b)",
        "kind": "min_length",
        "when": {"species": ["fin"], "lat_le": 0},
        "min": {"ft": "57", "m": "17.4"},
        "instead": [{"when": LAND_STATION_LOCAL, "min": {"ft": "55", "m": "16.8"}}],
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Fin whale below the Southern Hemisphere size limit: 57 ft (17.4 m); 55 ft (16.8 m) for "
            "delivery to land stations when the meat is for local consumption.",
        ),
    },
    {
        "id": "15b-north",
        "paragraph": "15(b)",
        "kind": "min_length",
        "when": {"species": ["fin"], "lat_ge": 0},
        "min": {"ft": "55", "m": "16.8"},
        "instead": [{"when": LAND_STATION_LOCAL, "min": {"ft": "50", "m": "15.2"}}],
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Fin whale below the Northern Hemisphere size limit: 55 ft (16.8 m); 50 ft (15.2 m) for "
            "delivery to land stations when the meat is for local consumption.",
        ),
    },
    {
        "id": "18a",
        "paragraph": "18(a)",
        "kind": "min_length",
        "when": {"species": ["sperm"], "areas_none": ["north-atlantic"]},
        "min": {"ft": "30", "m": "9.2"},
        "summary": QT_TRANSLATE_NOOP("ScheduleRules", "Sperm whale below the size limit of 30 ft (9.2 m)."),
    },
    {
        "id": "18a-north-atlantic",
        "paragraph": "18(a)",
        "kind": "min_length",
        "when": {"species": ["sperm"], "areas_any": ["north-atlantic"]},
        "min": {"ft": "35", "m": "10.7"},
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules", "Sperm whale below the North Atlantic Ocean size limit of 35 ft (10.7 m)."
        ),
    },
    {
        "id": "18b",
        "paragraph": "18(b)",
        "kind": "max_length",
        "when": {"species": ["sperm"], "lat_le": 0, "lat_ge": -40, "months": [10, 11, 12, 1]},
        "max": {"ft": "45", "m": "13.7"},
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Sperm whale over 45 ft (13.7 m) taken in the Southern Hemisphere north of 40°S in October to January.",
        ),
    },
    {
        "id": "18c",
        "paragraph": "18(c)",
        "kind": "max_length",
        "when": {"species": ["sperm"], "areas_any": ["north-pacific"], "lat_le": 40, "months": [3, 4, 5, 6]},
        "max": {"ft": "45", "m": "13.7"},
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Sperm whale over 45 ft (13.7 m) taken in the North Pacific south of 40°N in March to June.",
        ),
    },
    # Para 26(b): after midnight of the closure date notified to the master, south of 40°S.
    {
        "id": "26b",
        "paragraph": "26(b)",
        "kind": "forbidden",
        "when": {
            "operations": FACTORY,
            "species": ["baleen"],
            "species_not": ["minke"],
            "lat_le": -40,
            "after_closure": True,
        },
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Baleen whale (not minke) taken south of 40°S by a factory ship or attached catcher after midnight "
            "of the closure date notified to the master.",
        ),
    },
    {
        "id": "20a",
        "paragraph": "20(a)",
        "kind": "max_hours_in_sea",
        "when": {"operations": FACTORY, "used_as_fender": False},
        "hours": "33",
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Carcass in the sea more than 33 hours from killing to hauling up for treatment by the factory ship.",
        ),
    },
    {
        "id": "1-small-type",
        "paragraph": "1",
        "kind": "forbidden",
        "when": {"operations": ["small-type"], "species_not": ["minke", "bottlenose", "beaked", "pilot", "killer"]},
        "summary": QT_TRANSLATE_NOOP(
            "ScheduleRules",
            "Small-type whaling hunts exclusively for minke, bottlenose, beaked, pilot or killer whales.",
        ),
    },
]
