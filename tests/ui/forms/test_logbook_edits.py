"""Editing and inserting events after the fact: a reason is required, the core audits old -> new, and refused
input is shown at the field that caused it."""

import pytest
from logbook_harness import WHO, DeckFeed, make_page, utc
from PySide6.QtCore import Qt

from whalelog_gui.records.events import EventKind
from whalelog_gui.store import logbook_repo

K = EventKind


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def log(qtbot, page, feed, kind, hour, minute, **details):
    feed.at(hour, minute)
    click(qtbot, page.today_view.buttons.buttons[kind])
    dialog = page.today.active_dialog
    if dialog is not None:
        for name, value in details.items():
            getattr(dialog.details, name).setText(value)
        click(qtbot, dialog.save_button)
        assert page.today.active_dialog is None, dialog.messages.general.text()


def select(page, index):
    tree = page.today_view.event_list.tree
    tree.setCurrentItem(tree.topLevelItem(index))


def test_edit_needs_a_reason_and_is_audited(qtbot, palette, db):
    feed = DeckFeed(utc(5))
    page = make_page(qtbot, db, feed)
    log(qtbot, page, feed, K.SEARCH_STARTED, 5, 30)
    event = page.today.sheet.events[0]
    select(page, 0)
    click(qtbot, page.today_view.event_list.edit_button)
    dialog = page.today.active_dialog
    assert dialog.time_edit.text() == "2026-12-14 05:30:00"
    dialog.time_edit.setText("2026-12-14 05:25")
    click(qtbot, dialog.save_button)
    assert dialog.messages.message("reason") == "a reason is required to change a saved record"
    assert logbook_repo.load_sheet(db, page.today.sheet.id).events[0].at == utc(5, 30)  # nothing half-saved
    dialog.reason_edit.setText("bridge clock shows search began 05:25")
    click(qtbot, dialog.save_button)
    assert page.today.active_dialog is None
    assert page.today.sheet.events[0].at == utc(5, 25)
    assert page.today_view.event_list.tree.topLevelItem(0).text(0) == "05:25:00 (05:25 UTC)"
    updates = [
        r
        for r in logbook_repo.sheet_audit_trail(db, page.today.sheet.id)
        if r["action"] == "update" and r["record_id"] == event.id
    ]
    assert len(updates) == 1
    assert updates[0]["reason"] == "bridge clock shows search began 05:25" and updates[0]["who"] == WHO
    assert updates[0]["old"] == {"at": utc(5, 30).isoformat()} and updates[0]["new"] == {"at": utc(5, 25).isoformat()}


def test_out_of_order_edit_is_refused_at_the_time_field(qtbot, palette, db):
    feed = DeckFeed(utc(5))
    page = make_page(qtbot, db, feed)
    log(qtbot, page, feed, K.SEARCH_STARTED, 5, 30)
    feed.at(7, 20)
    click(qtbot, page.today_view.buttons.buttons[K.CHASE_STARTED])
    click(qtbot, page.today.active_dialog.save_button)
    log(qtbot, page, feed, K.WHALE_SHOT, 8, 5)
    select(page, 2)
    click(qtbot, page.today_view.event_list.edit_button)
    dialog = page.today.active_dialog
    dialog.time_edit.setText("2026-12-14 07:00")
    dialog.reason_edit.setText("typo")
    click(qtbot, dialog.save_button)
    assert "chase ends before it started (07:20 UTC)" in dialog.messages.message("at")
    assert dialog.isVisible() and dialog.time_edit.text() == "2026-12-14 07:00"  # what was typed is kept
    assert logbook_repo.load_sheet(db, page.today.sheet.id).events[2].at == utc(8, 5)


@pytest.mark.parametrize(
    "field, text, expected",
    [
        ("species", None, "a sighting needs a species"),
        ("found_lat", "95°00.000′S", "latitude '95°00.000′S' is outside -90..90"),
        ("found_lat", "sixty", "latitude 'sixty': write it like"),
    ],
)
def test_sighting_refused_at_the_field(qtbot, palette, db, field, text, expected):
    feed = DeckFeed(utc(5))
    page = make_page(qtbot, db, feed)
    feed.at(7, 10)
    click(qtbot, page.today_view.buttons.buttons[K.WHALES_SEEN])
    dialog = page.today.active_dialog
    if field != "species":
        dialog.details.species.setCurrentIndex(dialog.details.species.findData("sei"))
        dialog.details.found_lat.setText(text)
    click(qtbot, dialog.save_button)
    assert expected in dialog.messages.message(field)
    assert not dialog.messages.general.isVisible() or not dialog.messages.general.text()
    assert logbook_repo.load_sheet(db, page.today.sheet.id).events == []


def test_flagged_without_serial_is_refused_at_the_serial_field(qtbot, palette, db):
    feed = DeckFeed(utc(5))
    page = make_page(qtbot, db, feed)
    feed.at(8, 35)
    click(qtbot, page.today_view.buttons.buttons[K.FLAGGED_ALONGSIDE])
    dialog = page.today.active_dialog
    assert dialog.focusWidget() is dialog.details.catch_serial
    click(qtbot, dialog.save_button)
    assert dialog.messages.message("catch_serial") == "the serial number of the catch is required"


def test_insert_after_the_fact_with_typed_time_and_position(qtbot, palette, db):
    feed = DeckFeed(utc(5))
    page = make_page(qtbot, db, feed)
    log(qtbot, page, feed, K.SEARCH_STARTED, 5, 30)
    feed.at(9, 0)
    click(qtbot, page.today_view.event_list.insert_button)
    dialog = page.today.active_dialog
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(K.OTHER_ACTIVITY.value))
    dialog.time_edit.setText("2026-12-14 08:00")
    dialog.no_fix_check.setChecked(False)
    dialog.lat_edit.setText("62°10.500′S")
    dialog.lon_edit.setText("171 30.0 E")
    click(qtbot, dialog.save_button)
    assert "say what the activity was" in dialog.messages.message("other_text")
    dialog.details.other_text.setCurrentText("bunkering")
    dialog.note_edit.setText("entered from the engine log")
    click(qtbot, dialog.save_button)
    assert page.today.active_dialog is None
    inserted = logbook_repo.load_sheet(db, page.today.sheet.id).events[1]
    assert (inserted.kind, inserted.at, inserted.other_text) == (K.OTHER_ACTIVITY, utc(8, 0), "bunkering")
    assert inserted.lat == pytest.approx(-62.175) and inserted.lon == pytest.approx(171.5)
    assert not inserted.no_fix


def test_delete_needs_a_reason(qtbot, palette, db):
    feed = DeckFeed(utc(5))
    page = make_page(qtbot, db, feed)
    log(qtbot, page, feed, K.SEARCH_STARTED, 5, 30)
    log(qtbot, page, feed, K.RESTING_STARTED, 6, 0)
    select(page, 1)
    click(qtbot, page.today_view.event_list.delete_button)
    dialog = page.today.active_dialog
    click(qtbot, dialog.ok_button)
    assert dialog.messages.message("reason") == "a reason is required to change a saved record"
    dialog.reason_edit.setText("tapped by mistake")
    click(qtbot, dialog.ok_button)
    assert [e.kind for e in logbook_repo.load_sheet(db, page.today.sheet.id).events] == [K.SEARCH_STARTED]
    deleted = [r for r in logbook_repo.sheet_audit_trail(db, page.today.sheet.id) if r["action"] == "delete"]
    assert deleted[0]["reason"] == "tapped by mistake"


def test_weather_observation_and_a_bad_visibility(qtbot, palette, db):
    feed = DeckFeed(utc(5))
    page = make_page(qtbot, db, feed)
    feed.at(6, 0)
    click(qtbot, page.today_view.weather.add_button)
    dialog = page.today.active_dialog
    dialog.sea_state.setCurrentIndex(4)
    dialog.wind_force.setCurrentIndex(5)
    dialog.direction.setText("225")
    dialog.visibility.setText("-3")
    click(qtbot, dialog.save_button)
    assert dialog.messages.message("visibility_nm") == "visibility cannot be negative"
    dialog.visibility.setText("8")
    click(qtbot, dialog.save_button)
    assert page.today.active_dialog is None
    obs = logbook_repo.load_sheet(db, page.today.sheet.id).weather[0]
    assert (obs.at, obs.sea_state, obs.wind_force, obs.wind_direction_deg, str(obs.visibility_nm)) == (
        utc(6, 0),
        4,
        5,
        225,
        "8",
    )
    assert page.today_view.weather.tree.topLevelItem(0).text(2) == "Bf 5 from 225°"


def test_whales_seen_tally_corrected_with_a_reason(qtbot, palette, db):
    feed = DeckFeed(utc(5))
    page = make_page(qtbot, db, feed)
    feed.at(7, 10)
    click(qtbot, page.today_view.buttons.buttons[K.WHALES_SEEN])
    dialog = page.today.active_dialog
    dialog.details.species.setCurrentIndex(dialog.details.species.findData("minke"))
    dialog.details.number_seen.setValue(3)
    click(qtbot, dialog.save_button)
    panel = page.today_view.whales_seen
    assert panel.row_text() == {"Minke": (3, 1, False)}
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    click(qtbot, panel.edit_button)
    dialog = page.today.active_dialog
    dialog.number.setValue(4)
    dialog.accept()
    assert dialog.messages.message("reason") == "a reason is required to change the tally"
    dialog.reason_edit.setText("lookout counted a fourth animal")
    dialog.accept()
    assert panel.row_text() == {"Minke": (4, 1, True)}


def test_a_time_in_the_future_beyond_the_gps_clock_is_refused(qtbot, palette, db):
    feed = DeckFeed(utc(5))
    page = make_page(qtbot, db, feed)
    log(qtbot, page, feed, K.SEARCH_STARTED, 5, 30)
    feed.at(6, 0)
    click(qtbot, page.today_view.event_list.insert_button)
    dialog = page.today.active_dialog
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(K.RESTING_STARTED.value))
    dialog.time_edit.setText("2026-12-14 06:30")
    click(qtbot, dialog.save_button)
    assert dialog.messages.message("at") == "time is in the future (GPS clock is 06:00 UTC)"
    dialog.time_edit.setText("2026-12-14 05:50")
    click(qtbot, dialog.save_button)
    assert page.today.active_dialog is None
    stored = logbook_repo.load_sheet(db, page.today.sheet.id).events[1]
    assert (stored.kind, stored.at, stored.no_fix) == (K.RESTING_STARTED, utc(5, 50), True)
    assert page.today_view.event_list.tree.topLevelItem(1).text(1) == "NO FIX"


def test_weather_correction_needs_a_reason(qtbot, palette):
    from whalelog_gui.records.weather import WeatherObservation
    from whalelog_gui.ui.forms.logbook.weather import WeatherDialog

    saved = []
    obs = WeatherObservation(utc(9), 3, 4, 220)
    dialog = WeatherDialog(obs, lambda obs, reason: saved.append((obs.wind_force, reason)), editing=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.wind_force.setCurrentIndex(5)
    dialog.accept()
    assert dialog.messages.message("reason") == "a reason is required to change a saved record"
    assert saved == []
    dialog.reason_edit.setText("force read off the wrong gauge")
    dialog.accept()
    assert saved == [(5, "force read off the wrong gauge")]
