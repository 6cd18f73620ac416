"""Issue 15 items 5 and 6, with real parts (a simulator source on the reader thread, a temp-file store).

5. With no GPS source the bar said "Regulated areas are being monitored"; now it is a caution saying they are
   NOT monitored, the port is chosen from there (the settings dialog opens on its GPS page), and the panel's hint
   gives no command-line flags and is not clipped.
6. Ctrl+Q closed the alert monitor at once with an unacknowledged warning; now a quit with alerts active or the
   monitor running asks first (No by default), and the window's own close button asks too.
"""

from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from screen_fit import fit_problems
from whalelog_gui.alerts.model import Alert, AlertCategory, AlertState
from whalelog_gui.nav.simulator import SimulatorSource
from whalelog_gui.store.db import open_db
from whalelog_gui.store.vessel import VesselRegime, save_vessel
from whalelog_gui.ui.alert_bar import NOT_MONITORED
from whalelog_gui.ui.bridge_session import BridgeSession
from whalelog_gui.ui.main_window import MainWindow
from whalelog_gui.ui.pages import install_pages
from whalelog_gui.ui.screen_size import fit_to_screen

T0 = datetime(2026, 5, 2, 9, 30, tzinfo=timezone.utc)
WARNING = Alert(
    "w1",
    "approach:sos",
    AlertCategory.WARNING,
    AlertState.ACTIVE_UNACKNOWLEDGED,
    "Approaching Southern Ocean Sanctuary",
    "7(b)",
    "sos",
    T0,
    T0,
    distance_nm=3.0,
    eta_min=15,
)
VOYAGE = Path(__file__).parent / "data" / "sos_crossing.json"


@pytest.fixture
def bridge(qtbot, palette, settings, tmp_path):
    window = MainWindow(palette, "test")
    qtbot.addWidget(window)
    session = BridgeSession(window, settings, officer=lambda: "J. Smith")
    asked = []

    def answer_no(_window, reasons):
        asked.append(reasons)
        return False

    window.confirm_quit = answer_no
    db_path = tmp_path / "log.sqlite"
    db = open_db(db_path)  # an installed vessel: its logbook holds the regime (issue 13), so no "settings missing"
    save_vessel(db, VesselRegime(regime={"vessel_name": "Kyo Maru", "operation": "factory-ship"}), "Master")
    db.conn.close()
    yield window, session, asked, db_path
    session.stop()


def test_no_gps_is_a_caution_that_areas_are_not_monitored(qtbot, bridge):
    window, session, _asked, db_path = bridge
    session.start(db_path, None)
    bar = window.alert_bar
    assert bar.title_label.text() == NOT_MONITORED
    assert bar.role == "caution"
    assert "being monitored" not in bar.details_label.text() + bar.note_label.text()
    assert bar.choose_port_button.isVisibleTo(bar) and not bar.ack_button.isVisibleTo(bar)
    hint = window.position_panel.counters_label.text()
    assert "--" not in hint and "Settings" in hint  # no command-line advice
    fit_to_screen(window, QSize(1024, 600))
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    assert not [p for p in fit_problems(window) if "counters" in p or "GPS" in p]


def test_the_bar_says_monitored_only_while_a_valid_position_comes_in(qtbot, bridge):
    window, session, _asked, db_path = bridge
    session.start(db_path, SimulatorSource(rate_hz=10))
    bar = window.alert_bar
    assert not bar.monitored  # nothing received yet
    qtbot.waitUntil(lambda: bar.monitored, timeout=5000)
    bar.show_alerts([])  # the demo voyage soon warns of the sanctuary ahead; the quiet bar is what is checked
    assert bar.title_label.text() == "No active alerts"
    assert bar.role == "ok" and "being monitored" in bar.details_label.text()
    assert not bar.choose_port_button.isVisibleTo(bar)


def test_choose_port_opens_the_gps_settings_page(qtbot, bridge):
    window, session, _asked, db_path = bridge
    session.start(db_path, None)
    install_pages(window, session, window.palette_controller)
    seen = {}

    def look():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen["title"] = dialog.windowTitle()
        seen["tab"] = dialog.tabs.tabText(dialog.tabs.currentIndex())
        dialog.reject()

    QTimer.singleShot(0, look)
    window.alert_bar.choose_port_button.click()
    assert seen == {"title": "WhaleLog settings", "tab": "GPS receiver"}


def test_ctrl_q_with_an_unacknowledged_warning_asks_and_no_keeps_the_window(qtbot, bridge):
    window, session, asked, db_path = bridge
    session.start(db_path, None)
    window.show()
    window.alert_bar.show_alerts([WARNING])
    window.quit_action.trigger()
    assert window.isVisible()
    assert asked and "1 alert active, 1 not acknowledged" in asked[0]


def test_quit_while_monitoring_asks_and_yes_closes(qtbot, bridge):
    window, session, asked, db_path = bridge
    session.start(db_path, SimulatorSource(rate_hz=10))
    window.show()
    window.confirm_quit = lambda _w, reasons: asked.append(reasons) or True
    window.quit_action.trigger()
    assert not window.isVisible()
    assert any("monitor is running" in r for r in asked[0])


def test_quit_with_nothing_running_and_no_alert_does_not_ask(qtbot, bridge):
    window, session, asked, db_path = bridge
    session.start(db_path, None)
    window.show()
    window.quit_action.trigger()
    assert not window.isVisible() and asked == []


def test_the_window_close_button_asks_too(qtbot, bridge):
    window, session, asked, db_path = bridge
    session.start(db_path, None)
    window.show()
    window.alert_bar.show_alerts([WARNING])
    event = QCloseEvent()
    event.setAccepted(True)
    # a close from the window manager is spontaneous; QApplication.sendEvent of a plain event is not, so
    # exercise the same handler the window manager reaches, flagged as the window system does
    event.spontaneous = lambda: True
    window.closeEvent(event)
    assert not event.isAccepted() and asked
