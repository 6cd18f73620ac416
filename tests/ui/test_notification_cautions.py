"""Para 26(a) notifications due, shown on the bridge as cautions with their due dates (issue 13): from a real
logbook through the real alert manager, and on a running bridge session."""

import itertools
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "records"))
from records_builders import make_catch  # noqa: E402
from whalelog_gui.alerts.manager import AlertManager  # noqa: E402
from whalelog_gui.alerts.model import AlertCategory  # noqa: E402
from whalelog_gui.records.compliance import ComplianceContext  # noqa: E402
from whalelog_gui.settings import AppSettings  # noqa: E402
from whalelog_gui.store.catches import save_catch  # noqa: E402
from whalelog_gui.store.db import open_db  # noqa: E402
from whalelog_gui.store.regime_settings import regime_of  # noqa: E402
from whalelog_gui.store.vessel import VesselRegime, save_vessel  # noqa: E402
from whalelog_gui.ui.notification_cautions import KEY_PREFIX, NotificationCautions  # noqa: E402

FACTORY = ComplianceContext("factory-catcher", frozenset(), flag_state="JP")
SHIP = AppSettings(vessel_name="Nisshin Maru", operation="factory-ship", time_zone="UTC")
numbers = itertools.count(1)


def add_fin(db, when: datetime, lat=-50.0):
    whale = make_catch("fin", "20 m", lat=lat, lon=170.0, when=when.timetuple()[:5])
    whale.order = next(numbers)
    save_catch(db, whale, FACTORY, who="Mate")


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "log.sqlite")
    yield database
    database.conn.close()


def cautions(manager):
    return sorted((a.title, a.note) for a in manager.active() if a.key.startswith(KEY_PREFIX))


def test_weekly_caution_until_two_days_after_the_week_then_cleared(qtbot, db):
    add_fin(db, datetime(2025, 12, 3, 12, 0))  # ISO 2025-W49, due Tuesday 9 December
    manager = AlertManager()
    today = [date(2025, 12, 9)]
    notices = NotificationCautions(manager, db, lambda: SHIP, today=lambda tz: today[0])
    notices.refresh()
    ((title, note),) = cautions(manager)
    assert title == "Para 26(a) weekly notification for 2025-W49 (1 baleen whale(s) south of 40°S) due by 2025-12-09"
    assert "due 2025-12-09" in note and "26(a)" in note
    assert all(a.category is AlertCategory.CAUTION for a in manager.active())
    today[0] = date(2025, 12, 10)  # past its due date: no longer shown
    notices.refresh()
    assert cautions(manager) == []


def test_daily_caution_follows_the_85_percent_switch(qtbot, db):
    add_fin(db, datetime(2025, 12, 3, 12, 0))
    manager = AlertManager()
    notices = NotificationCautions(manager, db, lambda: SHIP, today=lambda tz: date(2025, 12, 3))
    notices.refresh()
    assert [t for t, _ in cautions(manager) if "daily" in t] == []
    save_vessel(db, regime_of(SHIP, VesselRegime(), daily_notification=True), "Master")
    notices.refresh()
    (daily,) = [t for t, _ in cautions(manager) if "daily" in t]
    assert daily.startswith("Para 26(a) daily notification for 2025-12-03 (1 baleen whale(s)")
    save_vessel(db, regime_of(SHIP, VesselRegime(), daily_notification=False), "Master")
    notices.refresh()
    assert [t for t, _ in cautions(manager) if "daily" in t] == []


def test_a_running_bridge_shows_this_weeks_notification(qtbot, palette, settings, tmp_path):
    from whalelog_gui.ui.bridge_session import BridgeSession
    from whalelog_gui.ui.main_window import MainWindow

    path = tmp_path / "log.sqlite"
    db = open_db(path)
    add_fin(db, datetime.now(timezone.utc) - timedelta(minutes=5))
    save_vessel(db, regime_of(SHIP, VesselRegime(flag_state="JP")), "Master")
    db.conn.close()
    window = MainWindow(palette, "test source")
    qtbot.addWidget(window)
    session = BridgeSession(window, settings, officer=lambda: "Mate")
    try:
        session.start(path, None, app_settings=AppSettings())

        def weekly_shown():
            titles = [a.title for a in window.alert_bar.active_alerts()]
            return any(
                t.startswith("Para 26(a) weekly notification for ") and "(1 baleen whale(s)" in t for t in titles
            )

        # read off the GUI thread (issue 14): the caution arrives once the read is done
        qtbot.waitUntil(weekly_shown, timeout=10_000)
        assert session.notices.jobs is not None
    finally:
        session.stop()


def test_a_catch_saved_from_the_catches_page_updates_the_cautions_and_reports(qtbot, palette, settings, tmp_path):
    from whalelog_gui.ui.bridge_session import BridgeSession
    from whalelog_gui.ui.main_window import MainWindow
    from whalelog_gui.ui.pages import install_pages

    path = tmp_path / "log.sqlite"
    db = open_db(path)
    save_vessel(db, regime_of(SHIP, VesselRegime(flag_state="JP")), "Master")
    db.conn.close()
    window = MainWindow(palette, "test source")
    qtbot.addWidget(window)
    session = BridgeSession(window, settings, officer=lambda: "Mate")
    try:
        session.start(path, None, app_settings=AppSettings())
        pages = install_pages(window, session, palette)
        qtbot.waitUntil(lambda: not session.notices.jobs.busy and pages.reports.reports is not None)
        assert not [a for a in session.watch.alerts.active() if a.key.startswith(KEY_PREFIX)]
        assert pages.reports.week.count() == 0
        dialog = pages.catches.new_catch()
        add_fin(session.db, datetime.now(timezone.utc) - timedelta(minutes=5))  # what the dialog saves
        dialog.reject()  # the dialog closes: the page re-reads and says the records changed
        # both read off the GUI thread (issue 14): they follow once the reads are done
        qtbot.waitUntil(lambda: any(a.key.startswith(KEY_PREFIX) for a in session.watch.alerts.active()))
        qtbot.waitUntil(lambda: pages.reports.week.count() == 1)
    finally:
        session.stop()


def test_notifications_read_in_the_background_arrive_and_a_failed_read_is_a_warning(qtbot, db, tmp_path):
    """The bridge's read runs on a pool thread with its own connection; its result raises the caution on the GUI
    thread, and a read that fails is a warning on the bridge (no caution must never look like none due)."""
    import threading

    from whalelog_gui.ui import notification_cautions

    add_fin(db, datetime(2025, 12, 3, 8, tzinfo=timezone.utc))
    save_vessel(db, regime_of(SHIP, VesselRegime(flag_state="JP")), "Master")
    manager = AlertManager()
    read_on = []
    real_due = notification_cautions._due

    def recorded(db, **kw):
        read_on.append(threading.get_ident())
        return real_due(db, **kw)

    notices = NotificationCautions(
        manager, None, lambda: SHIP, today=lambda tz: date(2025, 12, 4), db_path=tmp_path / "log.sqlite"
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(notification_cautions, "_due", recorded)
        assert notices.refresh() is None  # nothing yet: the result comes later
        qtbot.waitUntil(lambda: len(cautions(manager)) == 1, timeout=10_000)
    assert read_on and read_on[0] != threading.get_ident()
    assert cautions(manager)[0][0].startswith("Para 26(a) weekly notification for 2025-W49")

    broken = NotificationCautions(
        manager, None, lambda: SHIP, today=lambda tz: date(2025, 12, 4), db_path=tmp_path / "missing.sqlite"
    )
    broken.refresh()
    qtbot.waitUntil(lambda: any(a.key == notification_cautions.UNREAD_KEY for a in manager.active()), timeout=10_000)
    warning = next(a for a in manager.active() if a.key == notification_cautions.UNREAD_KEY)
    assert warning.category is AlertCategory.WARNING and "missing.sqlite" in str(warning.note)
    assert len(cautions(manager)) == 1  # the caution read before stays: a failed read clears nothing
    notices.stop()
    broken.stop()
