"""Messages the core hands to the bridge (issue 16): English in the core, the crew's language at the UI.

Compliance flags and para 26(a) notification cautions are Messages: the records, the CLI and the bundles keep the
English text (tests/records/test_check_catch_cli.py, tests/store/test_reports.py check the bytes); tr_message
says the same message in the language showing, each part (the rule's summary, what was found) translated.
"""

from __future__ import annotations

import pytest

from whalelog_gui.messages import Message
from whalelog_gui.records.catch_areas import compliance_context
from whalelog_gui.records.catch_check import parse_catch
from whalelog_gui.records.compliance import evaluate
from whalelog_gui.ui.i18n import LanguageController, tr_message

SEI_WITHOUT_POSITION = {
    "species": "sei",
    "sex": "female",
    "length": {"value": "10.0", "unit": "m"},
    "taken": "2026-01-10T10:00:00Z",
    "lat": None,
    "lon": None,
    "operation": "factory-ship",
    "flag_state": "JP",
}


@pytest.fixture
def language(qapp, settings):
    controller = LanguageController(qapp, settings)
    yield controller
    controller.apply("en", remember=False)


def flags_by_paragraph():
    catch, vessel = parse_catch(SEI_WITHOUT_POSITION)
    flags = evaluate(catch, compliance_context(catch, vessel["operation"], flag_state=vessel["flag_state"]))
    return {flag.paragraph: flag for flag in flags}


@pytest.mark.parametrize(
    "lang, found, not_ruled_out",
    [
        ("nb", "Funnet: ført 10.0 m, under 12.2 m.", "Kunne ikke utelukkes: fangstposisjonen er ikke registrert."),
        ("is", "Fundið: skráð 10.0 m, undir 12.2 m.", "Ekki hægt að útiloka: staðsetning veiðinnar er ekki skráð."),
        ("ja", "確認内容: 記録値 10.0 m、12.2 m 未満。", "否定できません: 捕獲位置が記録されていません。"),
    ],
)
def test_a_compliance_flag_is_english_in_the_record_and_translated_at_the_bridge(language, lang, found, not_ruled_out):
    flags = flags_by_paragraph()
    size, sanctuary = flags["15(a)"].explanation, flags["7(b)"].explanation
    assert isinstance(size, Message) and size.endswith("Found: logged 10.0 m, below 12.2 m.")
    english_size, english_sanctuary = tr_message(size), tr_message(sanctuary)
    assert (english_size, english_sanctuary) == (str(size), str(sanctuary))  # English at the UI is the record's
    language.apply(lang, remember=False)
    said = tr_message(size)
    assert said.endswith(found) and "Found" not in said and "size limit" not in said  # the summary is translated
    assert tr_message(sanctuary).endswith(not_ruled_out)
    assert str(size) == english_size  # the record itself is untouched by the language showing


def test_a_notification_caution_is_said_in_the_crew_language(language):
    from whalelog_gui.store.notifications import WEEKLY_DUE

    caution = Message(WEEKLY_DUE, week="2025-W49", total=3, due="2025-12-09")
    language.apply("nb", remember=False)
    assert (
        tr_message(caution)
        == "§ 26(a) ukentlig melding for 2025-W49 (bardehval sør for 40°S: 3) skal sendes innen 2025-12-09"
    )
    assert caution == "Para 26(a) weekly notification for 2025-W49 (3 baleen whale(s) south of 40°S) due by 2025-12-09"


def test_the_clock_change_line_is_english_on_the_form_and_translated_on_the_sheet(language):
    from datetime import datetime, timezone

    from whalelog_gui.records.ship_time import ShipClock, ZoneChange

    change = ZoneChange(datetime(2026, 1, 20, 2, 0, tzinfo=timezone.utc), "UTC+13")
    line = ShipClock([ZoneChange(None, "UTC+12"), change]).change_text(change, "UTC+12")
    english = "Ship's clocks changed from UTC+12 to UTC+13 at 2026-01-20 02:00 UTC (that day is 23 h long)"
    assert line == english  # the printed Appendix A sheet (export/pdf_forms.py) keeps the English
    language.apply("is", remember=False)
    assert (
        tr_message(line)
        == "Klukkum skipsins breytt úr UTC+12 í UTC+13 2026-01-20 02:00 UTC (sá dagur er 23 klst. langur)"
    )
    assert line == english
