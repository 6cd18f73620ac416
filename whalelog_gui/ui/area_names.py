"""The regulated areas' names (resources/zones/*.geojson "name"), marked for translation under "Areas".

The GeoJSON keeps the English names the Schedule uses; alert titles carry them as messages.Template("Areas", name)
(alerts/manager.area_name) and the UI shows them translated. pyside6-lupdate cannot read GeoJSON, so the names
are listed here; tests/ui/test_area_names.py fails when a zone file names an area this list lacks.

The interpretation note shown with an area's alert (the first of its "interpretation_notes") is listed the same
way under "AreaNotes" (alerts/manager.area_note).
"""

from whalelog_gui.messages import QT_TRANSLATE_NOOP

AREA_NAMES = (
    #: IWC sanctuary, Schedule para 7(b)
    QT_TRANSLATE_NOOP("Areas", "Southern Ocean Sanctuary"),
    #: IWC sanctuary, Schedule para 7(a)
    QT_TRANSLATE_NOOP("Areas", "Indian Ocean Sanctuary"),
    QT_TRANSLATE_NOOP("Areas", "Factory-ship closed area north of 66 N"),
    QT_TRANSLATE_NOOP("Areas", "Factory-ship closed area: Atlantic north of 40 S"),
    QT_TRANSLATE_NOOP("Areas", "Factory-ship closed area: East Pacific 40 S - 35 N"),
    QT_TRANSLATE_NOOP("Areas", "Factory-ship closed area: Indian Ocean north of 40 S"),
    QT_TRANSLATE_NOOP("Areas", "Factory-ship closed area: West Pacific 40 S - 20 N"),
    QT_TRANSLATE_NOOP("Areas", "Baltic Sea (with the Kattegat)"),
    QT_TRANSLATE_NOOP("Areas", "Gulf of Mexico and Caribbean Sea"),
    QT_TRANSLATE_NOOP("Areas", "Hudson Bay"),
    QT_TRANSLATE_NOOP("Areas", "Mediterranean and Black Sea"),
)

#: How WhaleLog reads each area's boundary where the Schedule's wording leaves room: shown with the area's alert
#: after "Interpretation:". Place names as on the crew's charts; N/S/E/W and figures as written.
AREA_NOTES = (
    # ios
    QT_TRANSLATE_NOOP(
        "AreaNotes",
        "Northern part, taken literally: the waters of the Northern Hemisphere from the coast of Africa to 100 E: the Indian Ocean with the Red Sea, Gulf of Aden, Arabian Sea, Gulf of Oman, the Persian Gulf and the Strait of Malacca west of 100 E, and the western Gulf of Thailand west of 100 E (a Pacific sea, but Northern-Hemisphere water between Africa and 100 E: we warn rather than miss). The Mediterranean and Black Sea (Atlantic, north of Africa, not east of its coast) are outside.",
    ),
    # sos
    QT_TRANSLATE_NOOP(
        "AreaNotes",
        "Line: 40S 50W, east to 20E, south to 55S, east to 130E, north to 40S, east across 180 to 130W, south to 60S, east to 50W, north to 40S.",
    ),
    # fs-8a
    QT_TRANSLATE_NOOP(
        "AreaNotes",
        "Applies to all waters north of 66 N whatever the ocean.",
    ),
    # fs-8b
    QT_TRANSLATE_NOOP(
        "AreaNotes",
        "The Norwegian and Greenland Seas, and Baffin Bay, Davis Strait, Foxe Basin and Hudson Bay south of 66 N, are taken as Atlantic dependent waters (the Schedule's para 9(c) North Atlantic stock areas cover them); the Mediterranean, Black Sea and Baltic are Atlantic.",
    ),
    # fs-8c
    QT_TRANSLATE_NOOP(
        "AreaNotes",
        "Atlantic | Pacific along the Central American isthmus.",
    ),
    # fs-8d
    QT_TRANSLATE_NOOP(
        "AreaNotes",
        "The Gulf of Thailand, South China Sea, Singapore Strait, Java Sea, the seas of the Indonesian archipelago north and east of the Lesser Sunda islands, the Timor and Arafura Seas and Bass Strait are taken as Pacific dependent waters.",
    ),
    # fs-8e
    QT_TRANSLATE_NOOP(
        "AreaNotes",
        "The Strait of Malacca, the Persian Gulf and the Red Sea are taken as Indian Ocean dependent waters.",
    ),
)
