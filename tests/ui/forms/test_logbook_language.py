"""The logbook page in the crew's language (issue 16): a live switch re-says every label and keeps what was typed."""

from __future__ import annotations

import pytest
from logbook_harness import DeckFeed, make_page, utc
from PySide6.QtCore import Qt

from whalelog_gui.records.events import EventKind
from whalelog_gui.ui.forms.logbook.typed_values import FieldValues
from whalelog_gui.ui.i18n import LanguageController

K = EventKind


@pytest.fixture
def language(qapp, settings):
    controller = LanguageController(qapp, settings)
    yield controller
    controller.apply("en", remember=False)


def test_switching_language_keeps_what_is_typed_on_the_logbook_page(qtbot, palette, db, language):
    feed = DeckFeed(utc(5, 0))
    page = make_page(qtbot, db, feed)
    page.show()
    feed.at(5, 30)
    qtbot.mouseClick(page.today_view.buttons.buttons[K.SEARCH_STARTED], Qt.MouseButton.LeftButton)
    assert page.today_view.logged_label.text().startswith("Logged: Start / resume searching at ")
    page.title_form.inputs["engine_type"].setText("Bolinder 4 cyl. (typed, not saved)")
    feed.at(7, 10)
    qtbot.mouseClick(page.today_view.buttons.buttons[K.WHALES_SEEN], Qt.MouseButton.LeftButton)
    dialog = page.today.active_dialog
    dialog.details.species.setCurrentIndex(dialog.details.species.findData("minke"))
    dialog.details.number_seen.setValue(4)
    dialog.note_edit.setText("blows to port (typed, not saved)")
    english_title = dialog.windowTitle()

    language.apply("is", remember=False)
    qtbot.waitUntil(lambda: page.tabs.tabText(0) != "Today's sheet")  # Qt posts LanguageChange to each window
    qtbot.waitUntil(lambda: dialog.windowTitle() != english_title)
    assert page.tabs.tabText(0) == "Skráning dagsins"
    assert dialog.windowTitle() == "Skrá: Hvalir séðir / tilkynntir"
    assert dialog.details.species.currentText() == "Hrefna"  # the Appendix A species name, same entry chosen
    assert page.today_view.logged_label.text().startswith("Skráð: Hefja / halda áfram leit ")  # re-said
    assert page.today_view.event_list.tree.headerItem().text(0) == "Skipstími (UTC)"
    assert page.title_form.save_button.text() == "Vista titilsíðu"
    # what was typed stays where it was
    assert page.title_form.inputs["engine_type"].text() == "Bolinder 4 cyl. (typed, not saved)"
    assert dialog.note_edit.text() == "blows to port (typed, not saved)"
    assert dialog.details.species.currentData() == "minke" and dialog.details.number_seen.value() == 4

    language.apply("en", remember=False)
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Today's sheet")
    qtbot.waitUntil(lambda: dialog.windowTitle() == english_title)
    assert page.today_view.logged_label.text().startswith("Logged: Start / resume searching at ")
    assert dialog.details.species.currentText() == "Minke"
    dialog.reject()


def test_a_typing_error_is_english_in_the_core_and_said_in_the_language_at_the_field(qtbot, palette, db, language):
    parsed = FieldValues()
    assert parsed.integer("year_built", "19x8") is None
    assert parsed.errors[0].reason == "'19x8' is not a whole number"  # the core's text stays English
    language.apply("nb", remember=False)
    page = make_page(qtbot, db, DeckFeed(utc(5, 0)))
    page.title_form.inputs["year_built"].setText("19x8")
    page.title_form.save()
    assert page.title_form.messages.message("year_built") == "«19x8» er ikke et heltall"
