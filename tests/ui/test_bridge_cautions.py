"""The bridge's standing alerts about the session (issue 16): English in the alert history and logs, exactly as
before, and said in the crew's language on the alert bar, with the language's plural forms."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from whalelog_gui.alerts.manager import AlertManager, area_note
from whalelog_gui.alerts.model import AlertCategory
from whalelog_gui.store.held_writes import TRACK_POINTS_HELD, StorageState
from whalelog_gui.store.position_sources import DEMO, REAL, REPLAY, SIMULATOR, refusal
from whalelog_gui.ui import bridge_cautions
from whalelog_gui.ui.alert_bar import AlertBar
from whalelog_gui.ui.area_names import AREA_NOTES
from whalelog_gui.ui.bridge_cautions import (
    NOT_RECORDED_KEY,
    PLURAL_TEMPLATES,
    REGIME_KEY,
    STORAGE_KEY,
    TRACK_GAP_KEY,
    BridgeCautions,
)
from whalelog_gui.ui.i18n import LanguageController, tr_message

CATALOGUES = Path(bridge_cautions.__file__).parent.parent / "translations"
FAILING = StorageState(True, "disk I/O error", held_track=1, held_alerts=3)
FAILING_AND_DROPPED = StorageState(True, "disk I/O error", held_track=5, held_alerts=1, dropped_track=21)
RECOVERED_WITH_GAP = StorageState(
    False,
    "disk I/O error",
    dropped_track=21,
    dropped_from=datetime(2026, 1, 10, 3, 5, tzinfo=timezone.utc),
    dropped_to=datetime(2026, 1, 10, 4, 40, tzinfo=timezone.utc),
)


@pytest.fixture
def language(qapp, settings):
    controller = LanguageController(qapp, settings)
    yield controller
    controller.apply("en", remember=False)


def _raised(show, *args):
    """The alerts a caution function leaves on a fresh manager, by key (rectified ones included)."""
    alerts = AlertManager()
    show(alerts, *args)
    return {a.key: a for a in alerts.active()}


def test_the_plural_templates_are_plural_entries_in_every_catalogue():
    class Sources(BridgeCautions):
        def tr(self, text, _disambiguation=None, _n=-1):  # the source text, as lupdate reads it
            return text

    assert Sources().plural_sources() == tuple(map(str, PLURAL_TEMPLATES))
    for code in ("en", "nb", "is", "ja"):
        root = ET.parse(CATALOGUES / f"whalelog_{code}.ts").getroot()
        context = next(c for c in root.iter("context") if c.findtext("name") == "BridgeCautions")
        numerus = {m.findtext("source") for m in context.iter("message") if m.get("numerus") == "yes"}
        assert set(map(str, PLURAL_TEMPLATES)) <= numerus, code


def test_the_english_of_the_alert_history_is_as_before():
    """The texts bridge_session.py built with f-strings, byte for byte (they go into the history and bundles)."""
    storage = _raised(bridge_cautions.show_storage, FAILING_AND_DROPPED)[STORAGE_KEY]
    assert storage.title == "Logbook storage failing: track and alerts NOT written to disk"
    assert storage.note == (
        "disk I/O error. 5 track point(s) and 1 alert change(s) are kept in memory and will be written when "
        f"storage recovers; do not close WhaleLog. The oldest 21 track point(s) were dropped (at most "
        f"{TRACK_POINTS_HELD} are kept in memory)."
    )
    assert _raised(bridge_cautions.show_storage, FAILING)[STORAGE_KEY].note == (
        "disk I/O error. 1 track point(s) and 3 alert change(s) are kept in memory and will be written when "
        "storage recovers; do not close WhaleLog."
    )
    gap = _raised(bridge_cautions.show_storage, RECOVERED_WITH_GAP)[TRACK_GAP_KEY]
    assert gap.title == "Track gap: 21 track point(s) between 2026-01-10 03:05 and 04:40 UTC were not stored"
    assert gap.note == "Storage failed (disk I/O error) for longer than the memory could hold."
    regime = _raised(bridge_cautions.show_regime, False, {})[REGIME_KEY]
    assert regime.title == "Vessel settings missing in this logbook: open Settings"
    assert regime.note == (
        "This logbook has no vessel name, operation or flag State yet. The rules are applied with the defaults "
        "until they are set."
    )
    problems = {"time_zone": "unknown time zone 'Mars/Olympus'", "operation": "choose an operation"}
    assert _raised(bridge_cautions.show_regime, True, problems)[REGIME_KEY].note == (
        "time_zone: unknown time zone 'Mars/Olympus'; operation: choose an operation The rules are applied with "
        "the defaults until they are set."
    )
    assert refusal(REAL, SIMULATOR) == (
        "Simulated positions are not recorded: this is the ship's real logbook. Start the demo or replay without "
        "--db (it uses its own logbook), or name a demo/replay logbook with --db"
    )
    assert refusal(REAL, REPLAY).startswith("Replayed positions are not recorded") and refusal(DEMO, SIMULATOR) is None


@pytest.mark.parametrize(
    "lang, failing, one_point, many_points, gap",
    [
        (
            "nb",
            "ALARM: Lagring av loggboken svikter",
            "1 sporpunkt og 3 varselendringer holdes i minnet",
            "5 sporpunkter og 1 varselendring holdes i minnet",
            "ALARM: Hull i sporet: 21 sporpunkter mellom 2026-01-10 03:05 og 04:40 UTC ble ikke lagret",
        ),
        (
            "is",
            "HÆTTUBOÐ: Vistun dagbókar bilar",
            "1 ferilpunktur og 3 boðabreytingar eru geymd í minni",
            "5 ferilpunktar og 1 boðabreyting eru geymd í minni",
            # Icelandic: 21 takes the singular (it ends in 1, not in 11)
            "HÆTTUBOÐ: Gat í ferli: 21 ferilpunktur milli 2026-01-10 03:05 og 04:40 UTC var ekki vistaður",
        ),
        (
            "ja",
            "警報: 日誌の保存に失敗",
            "航跡点 1 件と警報の変化 3 件はメモリに保持され",
            "航跡点 5 件と警報の変化 1 件はメモリに保持され",
            "警報: 航跡の欠落: 2026-01-10 03:05 から 04:40 UTC までの航跡点 21 件が保存されませんでした",
        ),
    ],
)
def test_the_storage_alarm_and_track_gap_are_said_in_the_crew_language(
    qtbot, palette, language, lang, failing, one_point, many_points, gap
):
    bar = AlertBar()
    qtbot.addWidget(bar)
    language.apply(lang, remember=False)
    bar.show_alerts([_raised(bridge_cautions.show_storage, FAILING)[STORAGE_KEY]])
    assert bar.title_label.text().startswith(failing) and "storage" not in bar.title_label.text()
    assert one_point in bar.note_label.text() and "track point" not in bar.note_label.text()
    bar.show_alerts([_raised(bridge_cautions.show_storage, FAILING_AND_DROPPED)[STORAGE_KEY]])
    assert many_points in bar.note_label.text() and "dropped" not in bar.note_label.text()
    bar.show_alerts([_raised(bridge_cautions.show_storage, RECOVERED_WITH_GAP)[TRACK_GAP_KEY]])
    assert bar.title_label.text() == gap


def test_english_on_screen_says_singular_and_plural_where_the_record_says_point_s(qtbot, palette, language):
    bar = AlertBar()
    qtbot.addWidget(bar)
    language.apply("en", remember=False)
    bar.show_alerts([_raised(bridge_cautions.show_storage, FAILING)[STORAGE_KEY]])
    assert "1 track point and 3 alert changes are kept in memory" in bar.note_label.text()


@pytest.mark.parametrize(
    "lang, title, detail",
    [
        ("nb", "Fartøyinnstillinger mangler", "Reglene brukes med standardverdiene"),
        ("is", "Skipsstillingar vantar", "Reglunum er beitt með sjálfgefnum gildum"),
        ("ja", "船舶設定がありません", "既定値で適用されます"),
    ],
)
def test_the_regime_and_not_recorded_cautions_are_translated(language, lang, title, detail):
    language.apply(lang, remember=False)
    regime = _raised(bridge_cautions.show_regime, False, {})[REGIME_KEY]
    assert title in tr_message(regime.title) and detail in tr_message(regime.note)
    positions = _raised(bridge_cautions.show_not_recorded, refusal(REAL, SIMULATOR), False)[NOT_RECORDED_KEY]
    said = tr_message(positions.title) + tr_message(positions.note)
    assert "NOT recorded" not in said and "Simulated" not in said and "--db" in said
    assert positions.note.startswith("Simulated positions are not recorded")  # the record stays English


@pytest.mark.parametrize(
    "lang, interpretation", [("en", "Interpretation: "), ("nb", "Tolkning: "), ("is", "Túlkun: "), ("ja", "解釈: ")]
)
def test_only_an_area_note_is_called_an_interpretation(qtbot, palette, language, lang, interpretation):
    bar = AlertBar()
    qtbot.addWidget(bar)
    language.apply(lang, remember=False)
    storage = _raised(bridge_cautions.show_storage, FAILING)[STORAGE_KEY]
    bar.show_alerts([storage])
    assert bar.note_label.text() == tr_message(storage.note)
    assert bar.note_label.text().startswith("disk I/O error")  # the operating system's reason, as it said it
    regime = _raised(bridge_cautions.show_regime, False, {})[REGIME_KEY]
    bar.show_alerts([regime])
    assert bar.note_label.text() == tr_message(regime.note) and interpretation not in bar.note_label.text()
    # a regulated area's note is WhaleLog's reading of the Schedule, and says so
    area = AlertManager()
    area.raise_condition("inside:sos", AlertCategory.ALARM, "Inside Southern Ocean Sanctuary")
    indian_ocean = replace(area.active()[0], area_id="ios", paragraph="7(a)", note=area_note(str(AREA_NOTES[0])))
    bar.show_alerts([indian_ocean])
    assert bar.note_label.text() == interpretation + tr_message(indian_ocean.note)
