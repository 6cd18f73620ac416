"""Every regulated area the zone files name can be shown translated (issue 16)."""

import json

from whalelog_gui.resources import resource_path
from whalelog_gui.ui.area_names import AREA_NAMES


def test_every_zone_name_is_listed_for_translation():
    names = set()
    for path in resource_path("zones").glob("*.geojson"):
        for feature in json.loads(path.read_text(encoding="utf-8")).get("features", []):
            if "name" in feature.get("properties", {}):
                names.add(feature["properties"]["name"])
    assert names, "no zone names found"
    assert names - set(AREA_NAMES) == set(), "add the new area names to whalelog_gui/ui/area_names.py"


def test_every_alert_interpretation_note_is_listed_for_translation():
    from whalelog_gui.ui.area_names import AREA_NOTES

    notes = set()
    for feature in json.loads(resource_path("zones", "areas.geojson").read_text(encoding="utf-8"))["features"]:
        notes.update(feature["properties"]["interpretation_notes"][:1])  # the one shown with an alert
    assert notes, "no interpretation notes found"
    assert notes - set(AREA_NOTES) == set(), "add the new notes to whalelog_gui/ui/area_names.py (AREA_NOTES)"


def test_an_area_alert_note_is_english_in_the_core_and_translated_at_the_bridge(qapp, settings):
    """The alert's note is the GeoJSON's English text (the alert log, `whalelog watch` JSON); the bar says it in
    the crew's language."""
    from whalelog_gui.alerts.manager import AlertManager
    from whalelog_gui.ui.i18n import LanguageController, tr_message
    from whalelog_gui.zones.areas import load_areas
    from whalelog_gui.zones.monitor import ZoneMonitor

    from datetime import datetime, timezone

    from whalelog_gui.nav.fix import Fix

    when = datetime(2026, 1, 10, 12, 0, tzinfo=timezone.utc)
    fix = Fix(when, when.time(), -60.0, 0.0, sog_kn=10.0, cog_deg=180.0, valid=True, quality=1, satellites=9, hdop=0.9)
    sos = next(a for a in load_areas() if a.id == "sos")
    manager = AlertManager(clock=lambda: when)
    manager.update_zones(ZoneMonitor(load_areas(), "factory-ship").update(fix), fix)
    (alert,) = [a for a in manager.active() if a.area_id == "sos"]
    assert alert.note == sos.note and json.dumps(alert.note) == json.dumps(sos.note)
    language = LanguageController(qapp, settings)
    try:
        language.apply("nb", remember=False)
        said = tr_message(alert.note)
        assert said != sos.note and "40S 50W" in said
    finally:
        language.apply("en", remember=False)
