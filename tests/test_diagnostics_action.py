"""The "Save diagnostics…" menu action writes the zip where the user chose, with the recent NMEA it was given."""

import json
import logging
import os
import threading
import time
import zipfile

from PySide6.QtWidgets import QMainWindow, QMessageBox

from whalelog_gui import logging_setup
from whalelog_gui.nav.reader import NavReader
from whalelog_gui.nav.sources import SerialSource
from whalelog_gui.settings import AppSettings
from whalelog_gui.ui.diagnostics_action import save_diagnostics_action


def test_action_saves_zip_with_logs_settings_and_recent_nmea(qtbot, tmp_path):
    logs = tmp_path / "logs"
    logger = logging.getLogger("whalelog")
    before = list(logger.handlers)
    logging_setup.configure_logging(logs, stderr=False)
    try:
        logging.getLogger("whalelog.nav").info("fix 45°12.345′S 170°00.000′E")
    finally:
        for handler in [h for h in logger.handlers if h not in before]:
            logger.removeHandler(handler)
            handler.close()
    # the raw lines come from a real reader on a real serial line (a pty), noise included
    master, slave = os.openpty()
    connected = threading.Event()
    reader = NavReader(
        SerialSource(os.ttyname(slave)),
        on_fix=lambda f: None,
        on_status=lambda s: s.message == "connected" and connected.set(),
    )
    reader.start()
    try:
        assert connected.wait(10)  # pyserial flushes input on open: write only once the port is open
        os.write(master, b"$GPRMC,120000.00,A,4512.345,S,17000.000,E,10.0,90.0,010524,,,A*7B\r\n\x00\xff\r\n")
        deadline = time.monotonic() + 5
        while len(reader.recent_raw(600)) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        reader.stop()
        os.close(master)
        os.close(slave)
    window = QMainWindow()
    qtbot.addWidget(window)
    settings = AppSettings(vessel_name="Kyo Maru")
    chosen = tmp_path / "out" / "report"  # the user typed no extension
    action = save_diagnostics_action(
        window, lambda: settings, lambda: reader, log_dir=logs, choose_path=lambda parent, suggested: str(chosen)
    )
    action.trigger()
    assert action.last_saved == tmp_path / "out" / "report.zip"
    with zipfile.ZipFile(action.last_saved) as archive:
        assert json.loads(archive.read("settings.json"))["vessel_name"] == "Kyo Maru"
        assert archive.read("nmea-recent.txt").decode().splitlines() == [
            "$GPRMC,120000.00,A,4512.345,S,17000.000,E,10.0,90.0,010524,,,A*7B",
            "\\x00\\xff",
        ]
        assert "fix 45°12.345′S" in archive.read("logs/whalelog.log").decode("utf-8")
    box = action.last_message
    assert isinstance(box, QMessageBox) and box.isVisible() and "report.zip" in box.text()
    box.close()


def test_cancelled_file_dialog_writes_nothing(qtbot, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    action = save_diagnostics_action(window, AppSettings(), None, log_dir=tmp_path, choose_path=lambda p, s: "")
    action.trigger()
    assert action.last_saved is None and list(tmp_path.iterdir()) == []


def test_unwritable_destination_is_reported_not_raised(qtbot, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    action = save_diagnostics_action(
        window, AppSettings(), lambda: ["$GPGGA"], log_dir=tmp_path, choose_path=lambda p, s: str(blocker / "d.zip")
    )
    action.trigger()
    assert action.last_saved is None
    assert action.last_message.icon() == QMessageBox.Icon.Critical
    assert "Could not write" in action.last_message.text()
    action.last_message.close()
