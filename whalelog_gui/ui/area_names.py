"""The regulated areas' names (resources/zones/*.geojson "name"), marked for translation under "Areas".

The GeoJSON keeps the English names the Schedule uses; alert titles carry them as messages.Template("Areas", name)
(alerts/manager.area_name) and the UI shows them translated. pyside6-lupdate cannot read GeoJSON, so the names
are listed here; tests/ui/test_area_names.py fails when a zone file names an area this list lacks.
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
