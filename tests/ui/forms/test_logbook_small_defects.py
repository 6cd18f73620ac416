"""Issue 15 item 9 (logbook part): F-keys after sign-off refuse with a reason instead of doing nothing, and the
status after "Ceased operations" says so instead of "Now: other"."""

from logbook_harness import utc
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from test_logbook_sign_off import logged_day, sign
from whalelog_gui.records.events import EventKind
from whalelog_gui.store import logbook_repo

K = EventKind


def test_status_after_ceased_operations_says_ceased(qtbot, palette, db):
    _feed, page = logged_day(qtbot, db)  # search, rest, ceased
    assert page.today_view.activity_label.text() == "Now: operations ceased"


def test_f_key_on_a_signed_sheet_says_why_nothing_is_logged(qtbot, palette, db):
    feed, page = logged_day(qtbot, db)
    sign(qtbot, page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    assert QTest.qWaitForWindowActive(page, 3000)
    before = len(logbook_repo.load_sheet(db, page.today.sheet.id).events)
    qtbot.keyClick(page.today_view, Qt.Key.Key_F2)
    label = page.today_view.logged_label
    qtbot.waitUntil(lambda: "Not logged" in label.text(), timeout=3000)
    assert "signed" in label.text() and "amendment" in label.text()
    assert len(logbook_repo.load_sheet(db, page.today.sheet.id).events) == before


def test_event_list_shows_six_rows_and_scrolls_to_the_event_just_logged(qtbot, palette):
    from datetime import date, timedelta

    from whalelog_gui.records.daily_sheet import DailyRecordSheet
    from whalelog_gui.records.events import LogEvent
    from whalelog_gui.ui.forms.logbook.event_list import EventList

    events = [
        LogEvent(K.OTHER_ACTIVITY, utc(5) + timedelta(minutes=10 * i), no_fix=True, other_text="gear", id=f"e{i}")
        for i in range(30)
    ]
    listing = EventList()
    qtbot.addWidget(listing)
    listing.resize(500, 300)
    listing.show()
    qtbot.waitExposed(listing)
    assert listing.tree.minimumHeight() >= 6 * 30
    listing.show_sheet(DailyRecordSheet("lb", date(2026, 5, 2), 1, events=events[:29]))
    listing.tree.setCurrentItem(listing.tree.topLevelItem(0))  # the officer looked at the first event
    listing.tree.scrollToTop()
    listing.show_sheet(DailyRecordSheet("lb", date(2026, 5, 2), 1, events=events))
    qtbot.wait(10)
    newest = listing.tree.topLevelItem(29)
    rect = listing.tree.visualItemRect(newest)
    assert rect.isValid() and listing.tree.viewport().rect().contains(rect), "the new event is out of view"


def test_weather_dialog_shows_every_refusal_at_once_and_a_fixed_field_clears(qtbot, palette):
    from whalelog_gui.records.weather import WeatherObservation
    from whalelog_gui.ui.forms.logbook.weather import WeatherDialog

    saved = []
    dialog = WeatherDialog(WeatherObservation(utc(9), 3, 4, 220), lambda obs, reason: saved.append(obs), editing=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.direction.setText("400")  # a number, out of range: the record's rule
    dialog.visibility.setText("far")  # not a number: the parser's refusal
    dialog.accept()
    labels = dialog.messages.labels
    assert labels["wind_direction_deg"].isVisibleTo(dialog) and "0 to 360" in labels["wind_direction_deg"].text()
    assert labels["visibility_nm"].isVisibleTo(dialog)
    assert saved == []
    dialog.visibility.setText("5")
    assert not labels["visibility_nm"].isVisibleTo(dialog)  # fixed: the error goes at once
    assert labels["wind_direction_deg"].isVisibleTo(dialog)  # not fixed yet: it stays
