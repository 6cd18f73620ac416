""" "Test port" on real lines: a pseudo-terminal (pyserial on the slave) and a loopback TCP stream."""

import contextlib
import os
import socket
import threading
from functools import reduce
from operator import xor

import pytest
from PySide6.QtCore import QSettings

from whalelog_gui.ui.first_run import FirstRunWizard
from whalelog_gui.ui.port_test import PortTestPanel


def nmea(body: str) -> bytes:
    return f"${body}*{reduce(xor, body.encode('ascii'), 0):02X}\r\n".encode("ascii")


RMC = nmea("GPRMC,120000.00,A,6000.000,S,10000.000,E,10.0,90.0,010524,,,A")
GGA = nmea("GPGGA,120000.00,6000.000,S,10000.000,E,1,08,0.9,10.0,M,0.0,M,,")


class Talker:
    """Writes sentences to a file descriptor or socket every 0.1 s until stopped (a receiver at 10 Hz)."""

    def __init__(self, send, payload: bytes):
        self._send, self._payload = send, payload
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.wait(0.1):
            try:
                self._send(self._payload)
            except OSError:
                return  # the listener went away

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(2)


@pytest.fixture
def pty_port():
    master, slave = os.openpty()
    name = os.ttyname(slave)
    yield master, name
    os.close(master)
    os.close(slave)


def test_wizard_test_port_shows_live_sentences_from_a_pty(qtbot, tmp_path, pty_port):
    master, name = pty_port
    from whalelog_gui.store.db import open_db

    db = open_db(tmp_path / "logbook.sqlite")
    wizard = FirstRunWizard(
        store=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), port_lister=lambda: [], db=db
    )
    qtbot.addWidget(wizard)
    wizard.show()
    gps = wizard.gps_page
    gps.port_test.seconds = 2.0
    wizard.next()
    wizard.currentPage().fields.vessel_name.setText("Kyo Maru")
    wizard.next()
    wizard.next()
    assert wizard.currentPage().fields is gps
    gps.gps_port.setEditText(name)
    # waitSignal is armed before the click: under load the test period may end during the waits inside
    with (
        Talker(lambda data: os.write(master, data), RMC + GGA),
        qtbot.waitSignal(gps.port_test.finished, timeout=15000) as done,
    ):
        gps.port_test.test_button.click()
        assert gps.port_test.running
    shown = gps.port_test.sentences.toPlainText()
    assert "$GPGGA,120000.00,6000.000,S" in shown and "$GPRMC,120000.00,A,6000.000,S,10000.000,E" in shown
    assert done.args[0] >= 2
    assert not gps.port_test.running and gps.port_test.test_button.isEnabled()
    assert "the receiver is talking" in gps.port_test.status_label.text()
    assert gps.port_test.status_label.property("role") == "ok"


def test_wrong_baud_noise_is_told_apart_from_silence(qtbot, pty_port):
    master, name = pty_port
    panel = PortTestPanel(seconds=1.5)
    qtbot.addWidget(panel)
    with (
        Talker(lambda data: os.write(master, data), b"\xf0\x0f\xe3\x81\x00\x7f\r\n"),
        qtbot.waitSignal(panel.finished, timeout=10000),
    ):
        panel.start(name, 4800)
    assert panel.lines_seen >= 1
    assert "not NMEA" in panel.status_label.text() and "4800" in panel.status_label.text()
    assert panel.status_label.property("role") == "alarm"


def test_silent_and_missing_ports_say_nothing_was_received(qtbot, pty_port, tmp_path):
    master, name = pty_port
    panel = PortTestPanel(seconds=0.8)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.finished, timeout=10000) as done:
        panel.start(name, 4800)  # open but silent
    assert done.args == [0] and "Nothing received" in panel.status_label.text()
    panel.seconds = 60  # a port that cannot be opened is reported at once, not after the test period
    with qtbot.waitSignal(panel.finished, timeout=10000):
        panel.start(str(tmp_path / "ttyUSB-not-there"), 4800)
    assert panel.status_label.text().startswith(f"Cannot open {tmp_path / 'ttyUSB-not-there'}: ")
    assert "No such file" in panel.status_label.text()
    panel.start("", 4800)
    assert not panel.running and panel.status_label.text() == "Choose or type a port first."


def test_test_port_reads_a_tcp_stream(qtbot):
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    accepted = []
    threading.Thread(target=lambda: accepted.append(server.accept()[0]), daemon=True).start()
    panel = PortTestPanel(seconds=3.0)
    qtbot.addWidget(panel)
    with contextlib.ExitStack() as cleanup:
        cleanup.callback(server.close)
        cleanup.callback(lambda: [conn.close() for conn in accepted])
        with qtbot.waitSignal(panel.finished, timeout=15000):
            panel.start(f"socket://127.0.0.1:{port}", 4800)
            qtbot.waitUntil(lambda: bool(accepted), timeout=5000)
            cleanup.enter_context(Talker(accepted[0].sendall, RMC))
    assert "$GPRMC,120000.00,A,6000.000,S" in panel.sentences.toPlainText()
    assert "the receiver is talking" in panel.status_label.text()


def test_closing_the_page_mid_test_releases_the_port(qtbot, pty_port):
    master, name = pty_port
    panel = PortTestPanel(seconds=30)
    qtbot.addWidget(panel)
    panel.show()
    panel.start(name, 4800)
    assert panel.running
    panel.hide()
    assert not panel.running


def test_test_port_listens_for_nmea_over_udp(qtbot):
    """Issue 12: udp:// is offered beside the serial ports; the test listens on a real socket."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    panel = PortTestPanel(seconds=2.0)
    qtbot.addWidget(panel)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as tx, qtbot.waitSignal(panel.finished, timeout=15000):
        panel.start(f"udp://127.0.0.1:{port}", 4800)
        assert panel.status_label.text().startswith(f"Listening on udp://127.0.0.1:{port} for")
        cleanup = Talker(lambda data: tx.sendto(data, ("127.0.0.1", port)), RMC + GGA)
        with cleanup:
            qtbot.waitUntil(lambda: panel.lines_seen >= 2, timeout=10000)
    assert "$GPRMC,120000.00,A,6000.000,S" in panel.sentences.toPlainText()
    assert "the receiver is talking" in panel.status_label.text()


def test_silent_udp_port_hint_is_about_the_network_not_wiring(qtbot):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    panel = PortTestPanel(seconds=0.8)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.finished, timeout=10000):
        panel.start(f"udp://127.0.0.1:{port}", 4800)
    assert "Nothing received" in panel.status_label.text() and "wiring" not in panel.status_label.text()
    assert "sends to this computer" in panel.status_label.text()
