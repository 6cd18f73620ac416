"""Shared pieces for the GPS chain tests: NMEA sentence builders and a real pseudo-terminal."""

from __future__ import annotations

import os
import threading
import time
import tty

import pytest

from whalelog_gui.nav.nmea import with_checksum


def s(body: str) -> str:
    """'GPRMC,...' -> '$GPRMC,...*hh' with a correct checksum."""
    return with_checksum(body)


def stream(*bodies: str, ending: str = "\r\n") -> bytes:
    return "".join(s(b) + ending for b in bodies).encode()


RMC = "GPRMC,120001.00,A,4512.3450,S,16030.0000,E,11.5,181.2,010524,,,A"
GGA = "GPGGA,120001.00,4512.3450,S,16030.0000,E,1,09,0.9,12.0,M,-30.0,M,,"
VTG = "GPVTG,181.2,T,,M,11.5,N,21.3,K,A"
GSA = "GPGSA,A,3,01,02,03,04,05,06,07,08,09,,,,1.6,0.8,1.3"
LAT = -(45 + 12.345 / 60)
LON = 160.5


class Pty:
    """A real serial line: WhaleLog opens `path` (the slave, or a symlink to it); the test writes to master."""

    def __init__(self, link: str | None = None) -> None:
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)
        self.port = os.ttyname(self.slave)
        self.path = self.port
        if link:
            if os.path.lexists(link):
                os.unlink(link)
            os.symlink(self.port, link)
            self.path = link
        self.closed = False

    def write(self, data: bytes) -> None:
        os.write(self.master, data)

    def unplug(self) -> None:
        """The receiver vanishes: close both ends we hold, so the reader's next read fails."""
        if not self.closed:
            os.close(self.master)
            os.close(self.slave)
            self.closed = True


@pytest.fixture
def pty():
    line = Pty()
    yield line
    line.unplug()


def wait_for(predicate, timeout: float = 10.0, step: float = 0.01) -> bool:
    """Poll until predicate() is true (a condition, not a timing assertion); False on timeout."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


def reader_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("nav-reader")]
