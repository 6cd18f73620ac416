"""Table 1's "Other activity" in the crew's language (issue 16): a picked suggestion is stored as its English source
(what the printed English Appendix A form and the bundles show) and shown translated; typed text is kept as typed."""

from __future__ import annotations

import pytest
from logbook_harness import DeckFeed, make_page, utc
from PySide6.QtCore import Qt

from whalelog_gui.records.events import EventKind
from whalelog_gui.store import logbook_repo
from whalelog_gui.ui.forms.logbook.other_activity import SUGGESTIONS, shown_activity, stored_activity
from whalelog_gui.ui.i18n import LanguageController

K = EventKind


@pytest.fixture
def language(qapp, settings):
    controller = LanguageController(qapp, settings)
    yield controller
    controller.apply("en", remember=False)


def _other_activity(qtbot, page, feed, minute):
    feed.at(9, minute)
    qtbot.mouseClick(page.today_view.buttons.buttons[K.OTHER_ACTIVITY], Qt.MouseButton.LeftButton)
    return page.today.active_dialog


def _activities(db, page) -> list[str]:
    return [e.other_text for e in logbook_repo.load_sheet(db, page.today.sheet.id).events if e.kind is K.OTHER_ACTIVITY]


def _listed(page) -> str:
    tree = page.today_view.event_list.tree
    return "\n".join(tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount()))


def test_a_picked_suggestion_is_stored_in_english_and_shown_in_the_crew_language(qtbot, palette, db, language):
    language.apply("nb", remember=False)
    feed = DeckFeed(utc(5, 0))
    page = make_page(qtbot, db, feed)
    dialog = _other_activity(qtbot, page, feed, 0)
    combo = dialog.details.other_text
    combo.setCurrentIndex(1)  # the first suggestion, as the crew picks it
    assert combo.currentText() == "bunkring"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _activities(db, page) == ["bunkering"]  # the English source: the printed form and the bundle say it
    qtbot.waitUntil(lambda: "bunkring" in _listed(page), timeout=2000)  # the day's list says it in Bokmål
    assert "bunkering" not in _listed(page)

    # typed by the crew: stored as typed, even in a language with a suggestion of its own
    dialog = _other_activity(qtbot, page, feed, 30)
    dialog.details.other_text.setEditText("bøtte garn")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _activities(db, page) == ["bunkering", "bøtte garn"]


def test_an_open_field_follows_a_language_switch_and_keeps_the_english_source(qtbot, palette, db, language):
    feed = DeckFeed(utc(5, 0))
    page = make_page(qtbot, db, feed)
    dialog = _other_activity(qtbot, page, feed, 0)
    combo = dialog.details.other_text
    combo.setCurrentIndex(2)
    assert combo.currentText() == "in port"
    language.apply("ja", remember=False)
    qtbot.waitUntil(lambda: combo.currentText() == "入港中", timeout=2000)
    assert combo.itemText(1) == "燃料補給"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _activities(db, page) == ["in port"]


def test_stored_and_shown_activities_round_trip(language):
    language.apply("is", remember=False)
    for suggestion in SUGGESTIONS:
        shown = shown_activity(str(suggestion))
        assert shown != str(suggestion) and stored_activity(shown) == str(suggestion)
        assert stored_activity(str(suggestion)) == str(suggestion)  # the English typed in is the same activity
    assert shown_activity("landað í Hvalfirði") == "landað í Hvalfirði"
    assert stored_activity("  landað í Hvalfirði ") == "landað í Hvalfirði"


def test_an_empty_activity_is_refused_in_the_crew_language(qtbot, palette, db, language):
    from whalelog_gui.records.events import LogEvent

    (error,) = LogEvent(K.OTHER_ACTIVITY, utc(9, 0), lat=-60.0, lon=170.0).validate()
    assert error.reason == "say what the activity was (e.g. bunkering, in port)"  # the core's English
    language.apply("nb", remember=False)
    feed = DeckFeed(utc(5, 0))
    page = make_page(qtbot, db, feed)
    dialog = _other_activity(qtbot, page, feed, 0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    said = dialog.messages.message("other_text").lower()
    assert "oppgi hva aktiviteten var (f.eks. bunkring, i havn)" in said and "say what" not in said
    assert _activities(db, page) == []
