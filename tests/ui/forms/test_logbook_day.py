"""Tapping through a realistic catching day on the logbook page, with a fix feed of real Fix objects."""

from datetime import datetime, timedelta, timezone

import pytest
from logbook_harness import WHO, DeckFeed, make_page, utc
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from whalelog_gui.records.activity_totals import Activity
from whalelog_gui.records.events import EventKind
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.store import logbook_repo

K = EventKind


def tap(qtbot, page, kind):
    qtbot.mouseClick(page.today_view.buttons.buttons[kind], Qt.MouseButton.LeftButton)


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_a_realistic_day_is_logged_with_gps_stamps_and_totals(qtbot, palette, db):
    feed = DeckFeed(utc(5, 0))
    page = make_page(qtbot, db, feed)
    stamps = {}

    def one_tap(kind, hour, minute):
        feed.at(hour, minute)
        stamps[kind] = (feed.fix.time, feed.fix.lat, feed.fix.lon)
        tap(qtbot, page, kind)
        return page.today.active_dialog

    assert one_tap(K.SEARCH_STARTED, 5, 30) is None  # one tap, no dialog
    dialog = one_tap(K.WHALES_SEEN, 7, 10)
    assert dialog.details.species.hasFocus() or dialog.focusWidget() is dialog.details.species
    dialog.details.species.setCurrentIndex(dialog.details.species.findData("fin"))
    dialog.details.number_seen.setValue(5)
    dialog.details.groups.setValue(2)
    assert dialog.details.found_by.text() == "Toshi Maru No. 25"  # pre-filled: our own catcher found them
    save(qtbot, dialog)
    dialog = one_tap(K.CHASE_STARTED, 7, 20)
    assert dialog.details.asdic_yes.isChecked()  # pre-filled from the title page's asdic set
    save(qtbot, dialog)
    one_tap(K.WHALE_SHOT, 8, 5)
    dialog = one_tap(K.FLAGGED_ALONGSIDE, 8, 35)
    dialog.details.catch_serial.setText("KM7-0042")
    save(qtbot, dialog)
    one_tap(K.PICKUP_STARTED, 11, 0)
    one_tap(K.TOWING_STARTED, 11, 30)
    dialog = one_tap(K.DELIVERED, 14, 0)
    assert dialog.details.delivered_at.text() == "2026-12-14 14:00"
    save(qtbot, dialog)
    one_tap(K.RESTING_STARTED, 15, 0)
    one_tap(K.RESTING_FINISHED, 16, 0)
    one_tap(K.CEASED, 19, 0)
    assert page.today.active_dialog is None

    sheet = logbook_repo.load_sheet(db, page.today.sheet.id)
    assert sheet.sheet_no == 1 and sheet.day == utc(0).date()
    assert [e.kind for e in sheet.events] == [
        K.SEARCH_STARTED,
        K.WHALES_SEEN,
        K.CHASE_STARTED,
        K.WHALE_SHOT,
        K.FLAGGED_ALONGSIDE,
        K.PICKUP_STARTED,
        K.TOWING_STARTED,
        K.DELIVERED,
        K.RESTING_STARTED,
        K.RESTING_FINISHED,
        K.CEASED,
    ]
    for event in sheet.events:
        assert (event.at, event.lat, event.lon) == stamps[event.kind] and not event.no_fix
    seen = sheet.events[1]
    assert (seen.species, seen.number_seen, seen.number_of_groups) == (SeenSpecies.FIN, 5, 2)
    assert (seen.found_lat, seen.found_lon) == stamps[K.WHALES_SEEN][1:]
    assert sheet.events[2].asdic_used is True and sheet.events[4].catch_serial == "KM7-0042"
    assert sheet.events[7].delivered_at == utc(14, 0)
    assert {r["who"] for r in logbook_repo.sheet_audit_trail(db, sheet.id)} == {WHO}

    totals = page.today_view.totals
    assert {a: totals.text(a) for a in Activity} == {
        Activity.SEARCHING: "8:15",  # 05:30-07:20, 08:35-11:00, 14-15, 16-19
        Activity.CHASING_WITH_ASDIC: "0:45",
        Activity.CHASING_WITHOUT_ASDIC: "0:00",
        Activity.HANDLING: "0:30",
        Activity.TOWING: "3:00",
        Activity.RESTING: "1:00",
        Activity.OTHER: "0:00",
    }
    assert "13:30" in totals.span_label.text() and "ceased" in totals.span_label.text()
    assert page.today_view.whales_seen.row_text() == {"Fin": (5, 2, False)}
    tree = page.today_view.event_list.tree
    assert tree.topLevelItemCount() == 11
    assert [tree.topLevelItem(i).text(2) for i in (2, 4)] == [
        "Start chasing: asdic used",
        "Flagged / alongside: serial KM7-0042",
    ]
    assert tree.topLevelItem(1).text(2).startswith("Whales seen / reported: Fin, 5 seen, 2 groups, found 62°")


def test_totals_run_on_as_time_passes(qtbot, palette, db):
    feed = DeckFeed(utc(5, 0))
    page = make_page(qtbot, db, feed)
    feed.at(5, 30)
    tap(qtbot, page, K.SEARCH_STARTED)
    assert page.today_view.totals.text(Activity.SEARCHING) == "0:00"
    feed.at(6, 15)
    qtbot.waitUntil(lambda: page.today_view.totals.text(Activity.SEARCHING) == "0:45", timeout=3000)
    assert page.today_view.activity_label.text() == "Now: searching"


def test_keyboard_shortcuts_log_events(qtbot, palette, db):
    feed = DeckFeed(utc(5, 0))
    page = make_page(qtbot, db, feed)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    assert QTest.qWaitForWindowActive(page, 3000)
    feed.at(5, 30)
    assert "[F2]" in page.today_view.buttons.buttons[K.SEARCH_STARTED].text()
    qtbot.keyClick(page.today_view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: page.today.sheet is not None and len(page.today.sheet.events) == 1, timeout=3000)
    feed.at(19, 0)
    qtbot.keyClick(page.today_view, Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(page.today.sheet.events) == 2, timeout=3000)
    kinds = [e.kind for e in logbook_repo.load_sheet(db, page.today.sheet.id).events]
    assert kinds == [K.SEARCH_STARTED, K.CEASED]


@pytest.mark.parametrize("fix_age_s", [None, 30.0])
def test_without_a_fresh_fix_the_event_is_logged_as_no_fix(qtbot, palette, db, fix_age_s):
    feed = DeckFeed(utc(5, 0))
    if fix_age_s is not None:  # a valid fix, but too old to be "the position now"
        feed.at(5, 29, 30)
        feed.wait(fix_age_s)
    page = make_page(qtbot, db, feed)
    tap(qtbot, page, K.SEARCH_STARTED)
    event = logbook_repo.load_sheet(db, page.today.sheet.id).events[0]
    assert event.no_fix and event.lat is None and event.lon is None
    assert event.at == feed.now
    view = page.today_view
    assert view.event_list.tree.topLevelItem(0).text(1) == "NO FIX"
    assert "NO FIX" in view.logged_label.text() and view.logged_label.property("role") == "alarm"
    assert "NO FIX" in view.fix_label.text() and view.fix_label.property("role") == "alarm"
    if fix_age_s is not None:  # the stale position is shown nowhere as current
        assert "62°" not in view.fix_label.text() + view.logged_label.text()


def test_a_day_runs_into_the_next_sheet_number(qtbot, palette, db):
    feed = DeckFeed(utc(5, 0))
    page = make_page(qtbot, db, feed)
    tap(qtbot, page, K.SEARCH_STARTED)
    feed.now += timedelta(days=1)
    feed.fix = None
    page.check_day()
    tap(qtbot, page, K.SEARCH_STARTED)
    assert [s.sheet_no for s in logbook_repo.list_sheets(db, page.title_page.id)] == [1, 2]
    assert page.previous_days.tree.topLevelItemCount() == 2


def test_previous_days_are_read_when_their_tab_is_first_shown(qtbot, palette, db):
    """Issue 14: the window starts on today's sheet; the season's index and yesterday's sheet (~30 ms on a
    200-day season) are read when the officer first looks at Previous days, then kept up to date as before."""
    feed = DeckFeed(utc(5, 0))
    page = make_page(qtbot, db, feed)
    tap(qtbot, page, K.SEARCH_STARTED)
    yesterday = page.today.sheet.id
    feed.now += timedelta(days=1)
    page = make_page(qtbot, db, feed)  # the next day's start: yesterday's sheet is in the logbook
    assert page.previous_days.tree.topLevelItemCount() == 0 and page.previous.sheet is None  # not read yet
    page.tabs.setCurrentWidget(page.previous_days)
    assert page.previous_days.tree.topLevelItemCount() == 1 and page.previous.sheet.id == yesterday
    page.tabs.setCurrentWidget(page.today_view)
    tap(qtbot, page, K.SEARCH_STARTED)  # today's first event makes today's sheet: the index follows
    assert page.previous_days.tree.topLevelItemCount() == 2


def test_a_previous_day_asked_for_opens_without_yesterday_opened_first(qtbot, palette, db):
    feed = DeckFeed(utc(5, 0))
    page = make_page(qtbot, db, feed)
    tap(qtbot, page, K.SEARCH_STARTED)
    first = page.today.sheet.id
    for _ in range(2):
        feed.now += timedelta(days=1)
        page.check_day()
        tap(qtbot, page, K.SEARCH_STARTED)
    feed.now += timedelta(days=1)
    page = make_page(qtbot, db, feed)
    opened = []
    real_open = page.previous.open_sheet
    page.previous.open_sheet = lambda sheet_id: (opened.append(sheet_id), real_open(sheet_id))[1]
    page.open_previous(first)  # e.g. from an amendment's link
    assert page.previous.sheet.id == first and opened == [first]

    from whalelog_gui.ui.palette_colours import DAY, NIGHT

    feed = DeckFeed(utc(5))
    page = make_page(qtbot, db, feed)
    tap(qtbot, page, K.SEARCH_STARTED)
    item = page.today_view.event_list.tree.topLevelItem(0)
    assert item.foreground(1).color().name() == DAY.alarm
    palette.apply("night")
    item = page.today_view.event_list.tree.topLevelItem(0)
    assert item.text(1) == "NO FIX" and item.foreground(1).color().name() == NIGHT.alarm


def test_a_tap_the_day_refuses_says_why_and_logs_nothing(qtbot, palette, db):
    feed = DeckFeed(utc(5))
    page = make_page(qtbot, db, feed)
    feed.at(19, 0)
    tap(qtbot, page, K.CEASED)
    feed.at(19, 30)
    tap(qtbot, page, K.WHALE_SHOT)
    label = page.today_view.logged_label
    assert label.text() == "NOT logged: Whale shot — after operations ceased at 19:00 UTC"
    assert label.property("role") == "alarm"
    assert [e.kind for e in logbook_repo.load_sheet(db, page.today.sheet.id).events] == [K.CEASED]


def test_event_keys_do_not_clash_with_the_alert_bar():
    from whalelog_gui.ui.alert_bar import ACK_KEYS, SILENCE_KEYS
    from whalelog_gui.ui.forms.logbook.event_buttons import SHORTCUTS

    keys = list(SHORTCUTS.values())
    assert len(set(keys)) == len(keys) == len(K)  # one distinct key per Table 1 event
    assert not set(keys) & set(ACK_KEYS + SILENCE_KEYS + ("F1",))


def test_in_the_main_window_with_the_bridge_fix_feed(qtbot, palette, db, request):
    """Wired as the shell does it: LatestFix on a NavBridge, the page added with add_page("Logbook", ...)."""
    import shiboken6

    from whalelog_gui.nav.fix import Fix
    from whalelog_gui.ui.forms.logbook import LogbookPage
    from whalelog_gui.ui.forms.logbook.latest_fix import LatestFix
    from whalelog_gui.ui.main_window import MainWindow
    from whalelog_gui.ui.nav_bridge import NavBridge

    window = MainWindow(palette)
    request.addfinalizer(lambda: shiboken6.delete(window))  # deleted, not just closed (see dispose_pages)
    bridge = NavBridge(window)
    latest = LatestFix(bridge.fix_received, parent=window)
    page = LogbookPage(db, latest, lambda: WHO)
    window.add_page("Logbook", page)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window, 3000)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    with qtbot.waitSignal(bridge.fix_received, timeout=2000):
        bridge.on_fix(Fix(now, now.time(), -62.25, 171.5, valid=True, quality=1, source="test"))
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: page.today.sheet is not None and bool(page.today.sheet.events), timeout=3000)
    event = page.today.sheet.events[0]
    assert (event.kind, event.at, event.lat, event.lon, event.no_fix) == (K.SEARCH_STARTED, now, -62.25, 171.5, False)
