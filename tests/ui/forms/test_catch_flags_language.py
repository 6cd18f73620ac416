"""The catch screen's flags panel in the crew's language (issue 16): the rule's summary, what was found and who is
(not) bound by the paragraph (the Schedule's footnotes) are the core's English Messages, said translated on screen
and again after a live switch; the record keeps the English."""

from __future__ import annotations

import pytest

from whalelog_gui.records.catch_areas import compliance_context
from whalelog_gui.records.catch_check import parse_catch
from whalelog_gui.records.compliance import evaluate
from whalelog_gui.records.flag_state import state_name
from whalelog_gui.records.rules.footnotes_2007 import FOOTNOTES, STATE_NAMES
from whalelog_gui.ui.forms.catches.flags_panel import FlagsPanel
from whalelog_gui.ui.i18n import LanguageController

NORWEGIAN_MINKE = {
    "species": "minke",
    "sex": "female",
    "length": {"value": "7.0", "unit": "m"},
    "taken": "2026-06-10T10:00:00Z",
    "lat": 68.0,
    "lon": 14.0,
    "operation": "small-type",
    "flag_state": "NO",
}
ENGLISH_NOTE = "not binding on Norway: objection lodged, not withdrawn (Schedule footnote 5)"


@pytest.fixture
def language(qapp, settings):
    controller = LanguageController(qapp, settings)
    yield controller
    controller.apply("en", remember=False)


def _flags(**changes):
    catch, vessel = parse_catch({**NORWEGIAN_MINKE, **changes})
    return evaluate(catch, compliance_context(catch, vessel["operation"], flag_state=vessel["flag_state"]))


def test_the_footnote_state_names_are_the_flag_state_names():
    assert {entry["state"] for entry in FOOTNOTES} <= set(STATE_NAMES)
    assert all(name == state_name(code) for code, name in STATE_NAMES.items())  # the English stays as it was


def test_the_binding_notes_stay_english_in_the_record():
    (flag,) = _flags()
    assert (flag.paragraph, flag.binding, flag.binding_note) == ("10(e)", False, ENGLISH_NOTE)
    (flag,) = _flags(flag_state="IS", species="fin", length={"value": "20", "unit": "m"}, operation="land-station")
    assert flag.binding_note == (
        "not binding on Iceland: reservation made on adherence (instrument deposited 10 October 2002), objected to "
        "by 18 Governments (footnote 7) (Schedule footnote 6)"
    )


@pytest.mark.parametrize(
    "lang, note",
    [
        ("nb", "ikke bindende for Norge: innsigelse inngitt, ikke trukket tilbake (Reglementets fotnote 5)"),
        ("is", "ekki bindandi fyrir Noreg: andmæli lögð fram, ekki dregin til baka (neðanmálsgrein 5 í"),
        ("ja", "ノルウェーを拘束しない: 異議申立て済み、撤回されていない(附表脚注 5)"),
    ],
)
def test_the_flag_text_and_its_footnote_note_are_said_in_the_crew_language(qtbot, language, lang, note):
    panel = FlagsPanel()
    qtbot.addWidget(panel)
    panel.set_flags(_flags())
    (row,) = panel.rows.values()
    english = row.summary.text()
    assert english.startswith("Catch limits for the killing") and english.endswith(ENGLISH_NOTE)
    language.apply(lang, remember=False)  # the panel is open: it is said again
    qtbot.waitUntil(lambda: note in row.summary.text(), timeout=2000)
    said = row.summary.text()
    assert "Catch limits" not in said and "binding" not in said and "footnote" not in said
    assert "information" not in row.paragraph.text()
    panel.set_flags(_flags())  # a re-check after typing says it in the language showing too
    assert note in row.summary.text()
