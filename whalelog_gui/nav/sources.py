"""Where NMEA bytes come from: a serial port (or pyserial URL), NMEA over UDP, gpsd, a recorded log, the simulator.

One small interface so the reader thread does not care which: open(), read(timeout) -> bytes
(b"" when nothing arrived in time), close(), and a name for status lines. open() and read()
raise OSError when the device is missing or vanishes (serial.SerialException is an OSError);
read() raises EndOfStream when a finite source has nothing more to give. A source whose bytes are
not NMEA (gpsd's JSON) says how to decode them with decoder(); every other source is NMEA.
`source_for(text)` turns what a user typed (a device, socket://, rfc2217://, udp://, gpsd://) into a Source.
"""

from __future__ import annotations

import select
import socket
import struct
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import serial
import serial.tools.list_ports

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message

# Imported now, on the thread that imports this module, rather than on a reader thread at its first connection
# (getaddrinfo's first host name imports encodings.idna; serial_for_url imports its URL handler): PySide's import
# hook, run for every import once Qt is loaded, has crashed with two threads importing at once.
import encodings.idna  # noqa: F401,E402
import serial.urlhandler.protocol_rfc2217  # noqa: F401,E402
import serial.urlhandler.protocol_socket  # noqa: F401,E402

Clock = Callable[[], float]
Sleep = Callable[[float], None]


class EndOfStream(Exception):
    """A finite source (a log without loop) has delivered everything."""


class Source:
    """Base of every NMEA byte source. Subclasses set `name` and implement the three methods."""

    name: str = "source"

    def decoder(self, allow_missing_checksum: bool = False, sog_limit_kn: float | None = None):
        """The decoder for this source's bytes: NMEA 0183 unless the source says otherwise."""
        from whalelog_gui.nav.fields import SOG_LIMIT_KN
        from whalelog_gui.nav.nmea import NmeaDecoder

        return NmeaDecoder(self.name, allow_missing_checksum, sog_limit_kn or SOG_LIMIT_KN)

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


UDP_SCHEME, GPSD_SCHEME = "udp://", "gpsd://"
NETWORK_CHOICES = (  # offered beside the serial ports in the first-run walkthrough and Settings
    PortChoice("udp://:10110", "NMEA over UDP port 10110 (multiplexer, chart plotter, OpenCPN)"),
    PortChoice("gpsd://localhost:2947", "gpsd on this computer"),
)


def host_port(text: str, scheme: str, default_port: int | None) -> tuple[str, int]:
    host, sep, port = text[len(scheme) :].rstrip("/").rpartition(":")
    if not sep:
        host, port = port, ""
    if not port:
        if default_port is None:
            raise ValueError(f"{text}: give a port ({scheme}HOST:PORT or {scheme}:PORT)")
        port = str(default_port)
    if not port.isascii() or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"{text}: {port!r} is not a port number")
    return host, int(port)


class UdpSource(Source):
    """NMEA datagrams: `udp://:10110` (any local address), `udp://ADDR:PORT`, `udp://GROUP:PORT` (multicast).

    A datagram is one or more whole sentences: one without a final line ending gets one, so it is never
    fused with the next. UDP has no connection: the reader's "no data" and lost-fix clock cover silence.
    """

    def __init__(self, url: str, name: str | None = None) -> None:
        self.url = url
        self.host, self.port = host_port(url, UDP_SCHEME, None)  # ValueError for a malformed URL
        self.name = name or url
        self._sock: socket.socket | None = None

    @property
    def multicast(self) -> bool:
        try:
            return socket.inet_aton(self.host)[0] & 0xF0 == 0xE0  # 224.0.0.0/4
        except OSError:
            return False

    def open(self) -> None:
        self.close()
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # OpenCPN may listen on the same port
            if self.multicast:
                sock.bind(("", self.port))
                self._join(sock)
            else:
                sock.bind((self.host, self.port))
            sock.setblocking(False)
        except OSError:
            sock.close()
            raise
        self._sock = sock

    def _join(self, sock: socket.socket) -> None:
        """Join the group on the default interface and on loopback (a plotter or OpenCPN on this same PC)."""
        joined, error = 0, None
        for interface in ("0.0.0.0", "127.0.0.1"):
            group = struct.pack("4s4s", socket.inet_aton(self.host), socket.inet_aton(interface))
            try:
                sock.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, group)
                joined += 1
            except OSError as exc:  # no default route (a bridge PC on an isolated network): loopback may still do
                error = exc
        if not joined and error is not None:
            raise error

    @property
    def local_port(self) -> int:
        """The bound port (useful when the URL said :0 in tests)."""
        if self._sock is None:
            raise OSError(f"{self.url} is not open")
        return self._sock.getsockname()[1]

    def read(self, timeout: float) -> bytes:
        sock = self._sock
        if sock is None:
            raise OSError(f"{self.url} is not open")
        ready, _, _ = select.select([sock], [], [], timeout)
        out = []
        while ready:
            try:
                datagram = sock.recv(65535)
            except BlockingIOError:
                break
            out.append(datagram if datagram.endswith((b"\n", b"\r")) else datagram + b"\r\n")
            if len(out) >= 256:
                break  # let the reader decode; the rest is still queued in the socket
        return b"".join(out)

    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            sock.close()


def address_error(text: str) -> str | None:
    """Why a udp:// or gpsd:// address cannot be used (None if it can, or if it is a serial port/URL)."""
    try:
        if text.startswith(UDP_SCHEME):
            host_port(text, UDP_SCHEME, None)
        elif text.startswith(GPSD_SCHEME):
            host_port(text, GPSD_SCHEME, 2947)
    except ValueError as exc:
        return str(exc)
    return None


def source_for(text: str, baud: int = 4800, name: str | None = None) -> Source:
    """The Source for what a user chose: udp://, gpsd://, or a serial device / pyserial URL.

    ValueError (with the reason) for a malformed udp:// or gpsd:// address; serial errors come at open().
    """
    if text.startswith(UDP_SCHEME):
        return UdpSource(text, name)
    if text.startswith(GPSD_SCHEME):
        from whalelog_gui.nav.gpsd import GpsdSource

        return GpsdSource(text, name)
    return SerialSource(text, baud, name)


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
        self.name = name or Message(QT_TRANSLATE_NOOP("GpsSource", "replay {file}"), file=self.path.name)
        self._clock, self._sleep = clock, sleep
        self._lines: list[bytes] = []
        self._next = 0

    def decoder(self, allow_missing_checksum: bool = False, sog_limit_kn: float | None = None):
        """As any NMEA source, told from the log's ends whether VTG/GSA trail their epoch (a log cut mid-epoch)."""
        from whalelog_gui.nav.nmea import log_order_hint

        decoder = super().decoder(allow_missing_checksum, sog_limit_kn)
        try:
            with open(self.path, "rb") as log:
                decoder.epochs.trailing = log_order_hint(log)
        except OSError:
            pass  # open() will say it cannot read the log
        return decoder

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
