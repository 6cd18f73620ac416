"""The running bridge with real parts: SimulatorSource -> NavReader thread -> NavBridge -> zones -> alerts -> UI + store."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from whalelog_gui.alerts.model import AlertCategory, AlertState
from whalelog_gui.nav.simulator import SimulatorSource
from whalelog_gui.store.alert_log import alert_history
from whalelog_gui.store.db import open_db
from whalelog_gui.store.track import track_count
from whalelog_gui.ui.bridge_session import BridgeSession
from whalelog_gui.ui.main_window import MainWindow

VOYAGE = Path(__file__).parent / "data" / "sos_crossing.json"
OFFICER = "J. Smith"


@pytest.fixture
def bridge(qtbot, palette, settings, tmp_path):
    window = MainWindow(palette, "test source")
    qtbot.addWidget(window)
    window.show()
    session = BridgeSession(window, settings, officer=lambda: OFFICER)
    yield window, session
    session.stop()


def test_demo_window_shows_a_fix_from_the_simulator(qtbot, bridge, tmp_path):
    window, session = bridge
    session.start(tmp_path / "log.sqlite", SimulatorSource(rate_hz=10))
    panel = window.position_panel
    qtbot.waitUntil(lambda: panel.lat_label.text().endswith("S"), timeout=5000)
    assert panel.lat_label.text().startswith("59°59.")  # the demo voyage starts at 59°59.85′S 90°W
    assert panel.lon_label.text() == "090°00.000′W"
    qtbot.waitUntil(lambda: panel.state_label.text().startswith("VALID FIX"), timeout=5000)
    assert "accepted" in panel.counters_label.text()


def test_voyage_into_the_sanctuary_alarms_is_acknowledged_and_clears(qtbot, bridge, tmp_path):
    window, session = bridge
    # a land-station catcher: the sanctuary (para 7(b)) binds it, the factory-ship areas of para 8 do not
    session.settings.setValue("vessel/operation", "land-station")
    db_path = tmp_path / "log.sqlite"
    session.start(db_path, SimulatorSource(VOYAGE, rate_hz=10, time_scale=30))
    bar, sound = window.alert_bar, session.sound

    # first the look-ahead warning (Schedule para 7(b) area ahead), with its tone requested
    qtbot.waitUntil(lambda: bar.current is not None and bar.current.key == "approach:sos", timeout=5000)
    assert bar.current.category is AlertCategory.WARNING and bar.role in ("warning", "dim")
    assert sound.requested == "warning"

    # then the alarm: inside the sanctuary
    qtbot.waitUntil(lambda: bar.current is not None and bar.current.key == "inside:sos", timeout=10000)
    assert bar.title_label.text() == "ALARM: Inside Southern Ocean Sanctuary"
    assert "Schedule para 7(b)" in bar.details_label.text()
    assert bar.flashing and sound.requested == "alarm"
    if not sound.available:
        assert "sound unavailable" in bar.sound_label.text()

    alarm_id = bar.current.id
    qtbot.mouseClick(bar.ack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.current is not None and bar.current.state is AlertState.ACKNOWLEDGED, timeout=2000)
    assert bar.current.id == alarm_id
    assert bar.state_label.text() == f"acknowledged by {OFFICER}"
    assert not bar.flashing and sound.requested is None

    # the ship leaves: the acknowledged alarm is rectified; north of 40°S only the para 8(d) area remains,
    # shown as a caution because it does not bind a land-station catcher
    qtbot.waitUntil(lambda: all(a.key != "inside:sos" for a in session.watch.alerts.active()), timeout=15000)
    qtbot.waitUntil(lambda: bar.current is not None and bar.current.category is AlertCategory.CAUTION, timeout=2000)
    assert "not applicable" in bar.title_label.text() and sound.requested is None

    session.stop()
    db = open_db(db_path)
    changes = [(e.change, e.who) for e in reversed(alert_history(db, limit=None)) if e.alert_id == alarm_id]
    assert changes == [("raised", None), ("acknowledged", OFFICER), ("rectified", None)]
    assert track_count(db) > 0
    db.conn.close()


def test_without_a_source_the_window_says_so(qtbot, bridge, tmp_path):
    window, session = bridge
    session.start(tmp_path / "log.sqlite", None)
    assert window.position_panel.state_label.text() == "No GPS source"
    assert session.reader is None
