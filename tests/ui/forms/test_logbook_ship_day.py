"""One ship's day (issue 15 item 2): with the ship on UTC+12 the sheet is dated, bounded and timed by ship's time.

Before: the sheet rolled over at 00:00 UTC and listed UTC times only, so 10:00-14:45 UTC work (22:00-02:45 ship's
time) was filed on one sheet and the ship's next morning on the same date's sheet.
"""

from datetime import datetime, timezone

from logbook_harness import DeckFeed, dispose_pages, make_page, utc
from PySide6.QtCore import Qt

from whalelog_gui.records.events import EventKind
from whalelog_gui.store import logbook_repo
from whalelog_gui.store.vessel import VesselRegime, save_vessel

K = EventKind


def tap(qtbot, page, kind):
    qtbot.mouseClick(page.today_view.buttons.buttons[kind], Qt.MouseButton.LeftButton)


def test_sheet_is_dated_and_rolled_over_by_the_ships_date_with_ship_time_and_utc(qtbot, palette, db):
    save_vessel(db, VesselRegime(regime={"time_zone": "UTC+12"}), who="Master")
    feed = DeckFeed(utc(10, 0))  # 22:00 on 2026-12-14 ship's time
    page = make_page(qtbot, db, feed)
    try:
        assert page.today.day.isoformat() == "2026-12-14"
        feed.at(10, 0)
        tap(qtbot, page, K.SEARCH_STARTED)
        feed.at(11, 30)  # 23:30 ship's time: same sheet
        tap(qtbot, page, K.RESTING_STARTED)
        first = page.today.sheet
        item = page.today_view.event_list.tree.topLevelItem(0)
        assert item.text(0) == "22:00:00 (10:00 UTC)"
        assert "Ship's time" in page.today_view.event_list.tree.headerItem().text(0)
        assert "2026-12-14" in page.today_view.title_label.text() and "UTC+12" in page.today_view.title_label.text()
        feed.at(12, 5)  # 00:05 on the 15th ship's time, still the 14th in UTC: a new ship's day
        page.check_day()
        assert page.today.day.isoformat() == "2026-12-15"
        tap(qtbot, page, K.SEARCH_STARTED)
        assert page.today.sheet.id != first.id
        assert [s.day.isoformat() for s in logbook_repo.list_sheets(db, page.title_page.id)] == [
            "2026-12-14",
            "2026-12-15",
        ]
        assert "00:05" in page.today_view.logged_label.text() and "12:05:00 UTC" in page.today_view.logged_label.text()
    finally:
        dispose_pages()


def test_a_mid_season_zone_change_is_shown_on_the_sheet_of_that_day(qtbot, palette, db):
    save_vessel(db, VesselRegime(regime={"time_zone": "UTC+12"}), who="Master")
    change = datetime(2026, 12, 14, 2, 0, tzinfo=timezone.utc)  # 14:00 ship's time on the 14th
    save_vessel(db, VesselRegime(regime={"time_zone": "UTC+13"}), who="Master", zone_from=change)
    feed = DeckFeed(utc(3, 0))  # 16:00 UTC+13 on the 14th
    page = make_page(qtbot, db, feed)
    try:
        view = page.today_view
        assert page.today.day.isoformat() == "2026-12-14"
        assert not view.zone_change_label.isHidden()
        assert "UTC+12 to UTC+13" in view.zone_change_label.text()
        assert "2026-12-14 02:00 UTC" in view.zone_change_label.text()
        feed.at(3, 0)
        tap(qtbot, page, K.SEARCH_STARTED)
        assert view.event_list.tree.topLevelItem(0).text(0) == "16:00:00 (03:00 UTC)"
        from whalelog_gui.records.weather import WeatherObservation
        from whalelog_gui.store import sheet_entries

        sheet_entries.add_weather(db, page.today.sheet.id, WeatherObservation(utc(3, 30), 3, 4, 200, None), "Mate Sato")
        page.today.reload()
        assert view.weather.tree.topLevelItem(0).text(0) == "16:30 (03:30 UTC)"
        feed.at(11, 30)  # 00:30 on the 15th in UTC+13
        page.check_day()
        assert page.today.day.isoformat() == "2026-12-15"
        assert view.zone_change_label.isHidden()
    finally:
        dispose_pages()


def test_a_zone_changed_in_settings_moves_today_to_the_new_ships_date(qtbot, palette, db):
    feed = DeckFeed(utc(11, 0))  # 11:00 UTC on the 14th
    page = make_page(qtbot, db, feed)
    try:
        assert page.today.day.isoformat() == "2026-12-14"
        save_vessel(db, VesselRegime(regime={"time_zone": "UTC+13"}), who="Master")  # as Settings saves it
        page.ship_time_changed()  # what the Settings dialog's save calls (ui/pages.py)
        assert page.today.day.isoformat() == "2026-12-15"  # 00:00 on the 15th ship's time
        assert "UTC+13" in page.today_view.title_label.text()
    finally:
        dispose_pages()
