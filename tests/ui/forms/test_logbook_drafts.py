"""An unsaved form is kept as a draft while it is typed and offered back after a crash (real file, reopened)."""

import shiboken6
from logbook_harness import DeckFeed, dispose_pages, make_page, open_test_db, utc
from PySide6.QtCore import Qt

from whalelog_gui.records.events import EventKind
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.store import logbook_repo
from whalelog_gui.store.db import open_db
from whalelog_gui.store.drafts import load_drafts

K = EventKind


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def crash(page, db) -> None:
    """The app dies with the form open: no Save, no Cancel, the connection just goes away."""
    shiboken6.delete(page)
    db.close()


def test_sighting_draft_is_restored_with_its_original_stamp(qtbot, palette, tmp_path):
    path = tmp_path / "whalelog.sqlite"
    first = open_test_db(path)
    feed = DeckFeed(utc(5))
    feed.at(7, 10)
    stamp = (feed.fix.time, feed.fix.lat, feed.fix.lon)
    page = make_page(qtbot, first, feed)
    click(qtbot, page.today_view.buttons.buttons[K.WHALES_SEEN])
    dialog = page.today.active_dialog
    dialog.details.species.setCurrentIndex(dialog.details.species.findData("sperm"))
    dialog.details.number_seen.setValue(7)
    dialog.details.groups.setValue(3)
    dialog.details.found_by.setText("Kyo Maru No. 8")
    key = f"event:{page.today.sheet.id}"

    def kept():
        draft = load_drafts(first).get(key)
        return draft is not None and draft.data["details"]["found_by_catcher"] == "Kyo Maru No. 8"

    qtbot.waitUntil(kept, timeout=3000)  # debounced: written once typing pauses
    crash(page, first)

    second = open_db(path, synchronous="OFF")
    try:
        feed.at(7, 40)  # the app comes back later: the sighting must keep its 07:10 stamp
        page = make_page(qtbot, second, feed)
        offers = page.draft_offers
        assert not offers.isHidden() and list(offers.rows) == [key]
        label = offers.rows[key].findChildren(type(page.today_view.logged_label))[0]
        assert "'Whales seen / reported' stamped 07:10:00 UTC" in label.text()
        click(qtbot, offers.rows[key].findChild(type(page.new_season_button), "restore"))
        dialog = page.today.active_dialog
        assert dialog.details.species.currentData() == "sperm" and dialog.details.number_seen.value() == 7
        assert dialog.details.found_by.text() == "Kyo Maru No. 8"
        click(qtbot, dialog.save_button)
        assert page.today.active_dialog is None
        event = logbook_repo.load_sheet(second, page.today.sheet.id).events[0]
        assert (event.at, event.lat, event.lon) == stamp
        assert (event.species, event.number_seen, event.number_of_groups) == (SeenSpecies.SPERM, 7, 3)
        assert key not in load_drafts(second)
    finally:
        dispose_pages()
        second.close()


def test_cancelled_dialog_leaves_no_draft(qtbot, palette, tmp_path):
    db = open_test_db(tmp_path / "whalelog.sqlite")
    try:
        feed = DeckFeed(utc(5))
        feed.at(8, 35)
        page = make_page(qtbot, db, feed)
        click(qtbot, page.today_view.buttons.buttons[K.FLAGGED_ALONGSIDE])
        dialog = page.today.active_dialog
        dialog.details.catch_serial.setText("KM7-00")
        assert f"event:{page.today.sheet.id}" in load_drafts(db)  # the stamp is kept from the first moment
        dialog.reject()
        assert load_drafts(db) == {}
        assert logbook_repo.load_sheet(db, page.today.sheet.id).events == []
    finally:
        dispose_pages()
        db.close()


def test_title_page_draft_is_restored_and_saved_with_a_reason(qtbot, palette, tmp_path):
    path = tmp_path / "whalelog.sqlite"
    first = open_test_db(path)
    feed = DeckFeed(utc(5))
    page = make_page(qtbot, first, feed)
    form = page.title_form
    form.inputs["engine_type"].setText("triple-expansion steam")
    form.inputs["horsepower"].setText("1850")
    key = f"title-page:{page.title_page.id}"
    qtbot.waitUntil(
        lambda: key in load_drafts(first) and load_drafts(first)[key].data["horsepower"] == "1850", timeout=3000
    )
    crash(page, first)

    second = open_db(path, synchronous="OFF")
    try:
        page = make_page(qtbot, second, feed)
        assert list(page.draft_offers.rows) == [key]
        page.restore_draft(load_drafts(second)[key])
        form = page.title_form
        assert page.tabs.currentWidget() is form
        assert form.inputs["engine_type"].text() == "triple-expansion steam"
        click(qtbot, form.save_button)
        reason = form.reason_dialog
        click(qtbot, reason.ok_button)
        assert reason.messages.message("reason") == "a reason is required to change a saved record"
        reason.reason_edit.setText("engine particulars were missing")
        click(qtbot, reason.ok_button)
        saved = logbook_repo.load_title_page(second, page.title_page.id)
        assert (saved.engine_type, str(saved.horsepower)) == ("triple-expansion steam", "1850")
        assert key not in load_drafts(second)
    finally:
        dispose_pages()
        second.close()


def test_weather_draft_is_restored_after_a_crash(qtbot, palette, tmp_path):
    path = tmp_path / "whalelog.sqlite"
    first = open_test_db(path)
    feed = DeckFeed(utc(5))
    feed.at(6, 0)
    page = make_page(qtbot, first, feed)
    click(qtbot, page.today_view.weather.add_button)
    dialog = page.today.active_dialog
    dialog.sea_state.setCurrentIndex(6)
    dialog.wind_force.setCurrentIndex(8)
    dialog.direction.setText("270")
    key = f"weather:{page.today.sheet.id}"
    qtbot.waitUntil(
        lambda: key in load_drafts(first) and load_drafts(first)[key].data["direction"] == "270", timeout=3000
    )
    crash(page, first)

    second = open_db(path, synchronous="OFF")
    try:
        feed.at(6, 20)
        page = make_page(qtbot, second, feed)
        click(qtbot, page.draft_offers.rows[key].findChild(type(page.new_season_button), "restore"))
        dialog = page.today.active_dialog
        assert (dialog.sea_state.currentIndex(), dialog.wind_force.currentIndex()) == (6, 8)
        assert dialog.time_edit.text() == "2026-12-14 06:00"  # the observation time typed before the crash
        click(qtbot, dialog.save_button)
        obs = logbook_repo.load_sheet(second, page.today.sheet.id).weather[0]
        assert (obs.at, obs.sea_state, obs.wind_force, obs.wind_direction_deg) == (utc(6), 6, 8, 270)
        assert load_drafts(second) == {}
    finally:
        dispose_pages()
        second.close()


def test_discarded_draft_is_gone(qtbot, palette, tmp_path):
    path = tmp_path / "whalelog.sqlite"
    first = open_test_db(path)
    feed = DeckFeed(utc(5))
    page = make_page(qtbot, first, feed)
    page.title_form.inputs["crew_count"].setText("21")
    page.title_form.keeper.flush()
    crash(page, first)
    second = open_db(path, synchronous="OFF")
    try:
        page = make_page(qtbot, second, feed)
        [key] = page.draft_offers.rows
        click(qtbot, page.draft_offers.rows[key].findChild(type(page.new_season_button), "discard"))
        assert load_drafts(second) == {} and page.draft_offers.isHidden()
    finally:
        dispose_pages()
        second.close()
