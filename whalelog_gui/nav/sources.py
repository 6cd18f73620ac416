"""Where NMEA bytes come from: a serial port (or URL), a recorded log, or the simulator.

One small interface so the reader thread does not care which: open(), read(timeout) -> bytes
(b"" when nothing arrived in time), close(), and a name for status lines. open() and read()
raise OSError when the device is missing or vanishes (serial.SerialException is an OSError);
read() raises EndOfStream when a finite source has nothing more to give.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import serial
import serial.tools.list_ports

Clock = Callable[[], float]
Sleep = Callable[[float], None]


class EndOfStream(Exception):
    """A finite source (a log without loop) has delivered everything."""


class Source:
    """Base of every NMEA byte source. Subclasses set `name` and implement the three methods."""

    name: str = "source"

    def open(self) -> None:
        raise NotImplementedError

    def read(self, timeout: float) -> bytes:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class PortChoice:
    device: str  # what to pass to SerialSource: /dev/ttyUSB0, COM3
    description: str  # for people: "u-blox GNSS receiver", "USB-Serial Controller"


def list_ports() -> list[PortChoice]:
    """Serial ports present now, for the settings UI (sorted by device name)."""
    found = serial.tools.list_ports.comports()
    return sorted((PortChoice(p.device, p.description or p.device) for p in found), key=lambda p: p.device)


class SerialSource(Source):
    """A receiver on a serial line: /dev/ttyUSB0, /dev/gps0, COM3, socket://host:10110, rfc2217://host:port."""

    def __init__(self, port: str, baud: int = 4800, name: str | None = None) -> None:
        self.port = port
        self.baud = baud
        self.name = name or port
        self._serial: serial.SerialBase | None = None

    def open(self) -> None:
        self.close()
        # serial_for_url raises SerialException (an OSError) or ValueError for a malformed URL
        try:
            self._serial = serial.serial_for_url(self.port, baudrate=self.baud, timeout=0.1)
        except ValueError as exc:
            raise OSError(f"{self.port}: {exc}") from exc

    def read(self, timeout: float) -> bytes:
        port = self._serial
        if port is None:
            raise OSError(f"{self.port} is not open")
        if port.timeout != timeout:
            port.timeout = timeout
        data = port.read(port.in_waiting or 1)  # block for the first byte, then take what is buffered
        if data:
            more = port.in_waiting
            if more:
                data += port.read(more)
        return data

    def close(self) -> None:
        port, self._serial = self._serial, None
        if port is not None:
            try:
                port.close()
            except (OSError, ValueError):
                pass  # the device is already gone; nothing left to release


_TIMED = {b"RMC": 1, b"GGA": 1, b"GNS": 1, b"ZDA": 1, b"GLL": 5}  # field holding the time of day
MAX_GAP_S = 60.0  # a longer silence in a log is skipped rather than waited out


def line_time_s(line: bytes) -> float | None:
    """Seconds since midnight of a sentence that carries a time of day, else None."""
    start = line.find(b"$")
    field = _TIMED.get(line[start + 3 : start + 6]) if start >= 0 else None
    if field is None:
        return None
    try:
        t = line[start:].split(b",")[field].split(b"*")[0]
        return int(t[0:2]) * 3600 + int(t[2:4]) * 60 + float(t[4:])
    except (IndexError, ValueError):
        return None


class ReplaySource(Source):
    """A recorded NMEA log, paced by the sentences' own times / speed, or as fast as possible (speed None)."""

    def __init__(
        self,
        path: str | Path,
        speed: float | None = 1.0,
        loop: bool = False,
        name: str | None = None,
        clock: Clock = time.monotonic,
        sleep: Sleep = time.sleep,
    ) -> None:
        if speed is not None and not speed > 0:
            raise ValueError("replay speed must be > 0 (or None for as fast as possible)")
        self.path = Path(path)
        self.speed = speed
        self.loop = loop
        self.name = name or f"replay {self.path.name}"
        self._clock, self._sleep = clock, sleep
        self._lines: list[bytes] = []
        self._next = 0

    def open(self) -> None:
        self._lines = self.path.read_bytes().splitlines(keepends=True)  # OSError if missing
        self._restart()

    def _restart(self) -> None:
        self._next = 0
        self._anchor: float | None = None  # wall clock of the first timed line
        self._stream_s = 0.0  # stream time since the first timed line (gaps and midnight handled)
        self._previous: float | None = None

    def read(self, timeout: float) -> bytes:
        if self._next >= len(self._lines):
            if not self.loop or not self._lines:
                raise EndOfStream(self.name)
            self._restart()
        if self.speed is None:
            chunk = self._lines[self._next : self._next + 512]
            self._next += len(chunk)
            return b"".join(chunk)
        out: list[bytes] = []
        deadline = self._clock() + timeout
        while self._next < len(self._lines):
            line = self._lines[self._next]
            t = line_time_s(line)
            if t is not None and t != self._previous:
                due = self._due(t)
                now = self._clock()
                if due > now:
                    if out or now >= deadline:
                        break
                    if due > deadline:
                        self._sleep(deadline - now)
                        break
                    self._sleep(due - now)
                self._commit(t)
            out.append(line)
            self._next += 1
        return b"".join(out)

    def _step(self, t: float) -> float:
        if self._previous is None:
            return 0.0
        delta = t - self._previous
        if delta < -43_200:
            delta += 86_400  # the log crossed midnight
        return delta if 0 <= delta <= MAX_GAP_S else 0.0

    def _due(self, t: float) -> float:
        if self._anchor is None:
            self._anchor = self._clock()
        return self._anchor + (self._stream_s + self._step(t)) / self.speed  # type: ignore[operator]

    def _commit(self, t: float) -> None:
        self._stream_s += self._step(t)
        self._previous = t

    def close(self) -> None:
        self._lines = []


def __getattr__(name: str):
    # the simulator lives in its own module; re-exported here so callers find every source in one place
    if name == "SimulatorSource":
        from whalelog_gui.nav.simulator import SimulatorSource

        return SimulatorSource
    raise AttributeError(name)
