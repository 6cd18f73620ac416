"""SerialSource over a URL (a real TCP socket) and the port list for the settings UI."""

from __future__ import annotations

import socket
import threading

import pytest
import serial.tools.list_ports
from serial.tools.list_ports_common import ListPortInfo

from whalelog_gui.nav.fix import SourceState
from whalelog_gui.nav.reader import NavReader
from whalelog_gui.nav.sources import PortChoice, SerialSource, list_ports
from tests.nav.conftest import GGA, RMC, VTG, stream, wait_for


def test_socket_url_source_feeds_the_reader():
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    connected = threading.Event()

    def serve():
        conn, _ = server.accept()
        with conn:
            connected.wait(10)  # pyserial's socket open() discards what is already waiting
            conn.sendall(stream(RMC, GGA, VTG))
            conn.recv(1)  # hold the connection until the client goes away

    threading.Thread(target=serve, daemon=True).start()
    fixes, statuses = [], []

    def on_status(status):
        statuses.append(status)
        if status.message == "connected":
            connected.set()

    reader = NavReader(SerialSource(f"socket://127.0.0.1:{port}"), fixes.append, on_status)
    reader.start()
    try:
        assert wait_for(lambda: len(fixes) == 1)
        assert fixes[0].valid and fixes[0].source == f"socket://127.0.0.1:{port}"
        assert wait_for(lambda: statuses[-1].state is SourceState.VALID_FIX)
    finally:
        reader.stop()
        server.close()


def test_malformed_url_is_an_oserror_not_a_crash():
    with pytest.raises(OSError):
        SerialSource("bogus://nowhere").open()


def test_list_ports_gives_device_and_description(monkeypatch):
    # no serial hardware on the test machine: give pyserial's enumerator two adapters as it would report them
    usb = ListPortInfo("/dev/ttyUSB1")
    usb.description = "FT232R USB UART"
    bare = ListPortInfo("/dev/ttyS0")
    bare.description = "n/a"
    monkeypatch.setattr(serial.tools.list_ports, "comports", lambda: [usb, bare])
    assert list_ports() == [PortChoice("/dev/ttyS0", "n/a"), PortChoice("/dev/ttyUSB1", "FT232R USB UART")]
