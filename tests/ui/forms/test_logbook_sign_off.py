"""Sign-off locks the day's sheet; corrections become amendments shown next to the original; previous days."""

from logbook_harness import WHO, DeckFeed, make_page, utc
from PySide6.QtCore import Qt

from whalelog_gui.records.activity_totals import Activity
from whalelog_gui.records.daily_sheet import SignerRole
from whalelog_gui.records.events import EventKind
from whalelog_gui.store import logbook_repo

K = EventKind


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def logged_day(qtbot, db):
    feed = DeckFeed(utc(5))
    page = make_page(qtbot, db, feed)
    for kind, hour in ((K.SEARCH_STARTED, 5), (K.RESTING_STARTED, 12), (K.CEASED, 19)):
        feed.at(hour)
        click(qtbot, page.today_view.buttons.buttons[kind])
    return feed, page


def sign(qtbot, page, name="Insp. Nakamura", role=SignerRole.INSPECTOR):
    view = page.today_view
    assert view.sign_button.isEnabled()
    click(qtbot, view.sign_button)
    dialog = page.today.active_dialog
    assert dialog.name_edit.text() == WHO  # pre-filled with the person at the keyboard
    dialog.name_edit.setText(name)
    dialog.role_buttons[role].setChecked(True)
    click(qtbot, dialog.sign_button)
    return dialog


def test_sign_off_locks_the_page(qtbot, palette, db):
    _feed, page = logged_day(qtbot, db)
    sign(qtbot, page)
    assert page.today.active_dialog is None
    sheet = logbook_repo.load_sheet(db, page.today.sheet.id)
    assert (sheet.signature.name, sheet.signature.role) == ("Insp. Nakamura", SignerRole.INSPECTOR)
    view = page.today_view
    assert "SIGNED by Insp. Nakamura (inspector)" in view.lock_label.text() and not view.lock_label.isHidden()
    assert not any(b.isEnabled() for b in view.buttons.buttons.values())  # one-tap buttons (and their keys) off
    assert not view.sign_button.isEnabled()
    assert not view.event_list.insert_button.isEnabled() and not view.weather.add_button.isEnabled()
    view.event_list.tree.setCurrentItem(view.event_list.tree.topLevelItem(1))
    assert not view.event_list.delete_button.isEnabled()
    assert view.event_list.edit_button.text() == "Amend…"


def test_sign_off_without_a_name_is_refused_at_the_name(qtbot, palette, db):
    _feed, page = logged_day(qtbot, db)
    dialog = sign(qtbot, page, name="  ")
    assert dialog.messages.message("signed_by") == "the signer's name is required"
    assert not logbook_repo.load_sheet(db, page.today.sheet.id).signed


def test_amendment_after_sign_off_is_shown_next_to_the_original(qtbot, palette, db):
    _feed, page = logged_day(qtbot, db)
    sign(qtbot, page, "Capt. Ito", SignerRole.MASTER)
    view = page.today_view
    view.event_list.tree.setCurrentItem(view.event_list.tree.topLevelItem(1))
    click(qtbot, view.event_list.edit_button)
    dialog = page.today.active_dialog
    assert dialog.windowTitle().startswith("Amend")
    dialog.time_edit.setText("2026-12-14 12:30")
    click(qtbot, dialog.save_button)
    assert dialog.messages.message("reason") == "a reason is required to change a saved record"
    dialog.reason_edit.setText("rest began after the engine check, per engine log")
    click(qtbot, dialog.save_button)
    assert page.today.active_dialog is None
    sheet = logbook_repo.load_sheet(db, page.today.sheet.id)
    assert sheet.events[1].at == utc(12)  # the signed original stays as it was
    amendment = sheet.amendments[0]
    assert (amendment.target_id, amendment.reason) == (
        sheet.events[1].id,
        "rest began after the engine check, per engine log",
    )
    assert amendment.changes == {"at": utc(12, 30).isoformat()}
    item = view.event_list.tree.topLevelItem(1)
    assert item.childCount() == 1
    assert "AMENDED by Mate Sato" in item.child(0).text(2) and "engine log" in item.child(0).text(2)


def test_previous_days_open_signed_sheets_read_only(qtbot, palette, db):
    feed, page = logged_day(qtbot, db)
    sign(qtbot, page)
    first_id = page.today.sheet.id
    feed.now = utc(5).replace(day=15)
    page.check_day()
    assert page.today.sheet is None and "Sheet No. (new)" in page.today_view.title_label.text()
    days = page.previous_days
    assert days.tree.topLevelItemCount() == 1
    assert "signed by Insp. Nakamura" in days.tree.topLevelItem(0).text(3)
    days.tree.setCurrentItem(days.tree.topLevelItem(0))
    assert page.previous.sheet.id == first_id
    view = page.previous_view
    assert view.buttons.isHidden()
    assert view.event_list.tree.topLevelItemCount() == 3 and "SIGNED" in view.lock_label.text()
    assert not view.event_list.insert_button.isEnabled()
    assert view.totals.text(Activity.SEARCHING) == "7:00"  # searching 05:00-12:00


def test_weather_on_a_signed_sheet_is_amended_not_changed(qtbot, palette, db):
    from decimal import Decimal

    from whalelog_gui.records.weather import WeatherObservation
    from whalelog_gui.store import sheet_entries

    _feed, page = logged_day(qtbot, db)
    sheet_entries.add_weather(db, page.today.sheet.id, WeatherObservation(utc(6), 3, 4, 200, Decimal("10")), WHO)
    page.today.reload()
    sign(qtbot, page)
    panel = page.today_view.weather
    assert not panel.add_button.isEnabled() and panel.edit_button.text() == "Amend…"
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    click(qtbot, panel.edit_button)
    dialog = page.today.active_dialog
    dialog.wind_force.setCurrentIndex(6)
    dialog.reason_edit.setText("anemometer re-read")
    click(qtbot, dialog.save_button)
    assert page.today.active_dialog is None
    sheet = logbook_repo.load_sheet(db, page.today.sheet.id)
    assert sheet.weather[0].wind_force == 4  # the signed original is untouched
    assert [(a.target_table, a.changes, a.reason) for a in sheet.amendments] == [
        ("weather", {"wind_force": 6}, "anemometer re-read")
    ]
    assert "wind_force → 6" in panel.tree.topLevelItem(0).child(0).text(0)
