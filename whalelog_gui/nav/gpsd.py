"""gpsd as a position source: `gpsd://HOST[:2947]`, reading its TPV reports (gpsd's JSON protocol).

gpsd (the standard Linux GNSS daemon) already decodes the receiver; WhaleLog asks it to WATCH in JSON and
maps each TPV report to the same Fix the NMEA chain makes: mode/status give the quality (status 5 and 6 are
dead reckoning; 7 time-only and 8 simulated are not fixes), speed (m/s) becomes knots. The report's values
pass the same checks as NMEA fields: a number that is not finite, out of range or not a number at all is a
rejected field, never a different position. The reader thread, status states, lost-fix alarm and reconnect
with back-off are the serial source's (reader.py): a closed connection is an OSError like an unplugged cable.
"""

from __future__ import annotations

import json
import math
import select
import socket
from datetime import datetime, timezone

from whalelog_gui.nav.fields import COG_RANGE, SOG_LIMIT_KN
from whalelog_gui.nav.fix import NOT_A_FIX, Fix, SourceCounters
from whalelog_gui.nav.sources import GPSD_SCHEME, Source, host_port

DEFAULT_PORT = 2947
WATCH = b'?WATCH={"enable":true,"json":true}\n'
KNOTS_PER_M_S = 3600.0 / 1852.0
MAX_REPORT = 16_384  # a TPV is a few hundred bytes; a longer line is not gpsd talking
# TPV "status" (gpsd 3.20+): 0/1 plain GNSS, 2 DGPS, 3 RTK fixed, 4 RTK float, 5 DR, 6 GNSS + DR,
# 7 surveyed time only, 8 simulated, 9 P(Y)
TPV_STATUS = {
    0: "gps",
    1: "gps",
    2: "dgps",
    3: "rtk",
    4: "float-rtk",
    5: "dr",
    6: "dr",
    7: "invalid",
    8: "simulator",
    9: "gps",
}


class GpsdSource(Source):
    def __init__(self, url: str, name: str | None = None, connect_timeout: float = 5.0) -> None:
        self.url = url
        host, self.port = host_port(url, GPSD_SCHEME, DEFAULT_PORT)  # ValueError for a malformed URL
        self.host = host or "localhost"
        self.name = name or url
        self.connect_timeout = connect_timeout
        self._sock: socket.socket | None = None

    def decoder(self, allow_missing_checksum: bool = False, sog_limit_kn: float | None = None):
        return TpvDecoder(self.name, sog_limit_kn or SOG_LIMIT_KN)

    def open(self) -> None:
        self.close()
        sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout)  # OSError if down
        try:
            sock.sendall(WATCH)
            sock.setblocking(False)
        except OSError:
            sock.close()
            raise
        self._sock = sock

    def read(self, timeout: float) -> bytes:
        sock = self._sock
        if sock is None:
            raise OSError(f"{self.url} is not open")
        ready, _, _ = select.select([sock], [], [], timeout)
        if not ready:
            return b""
        try:
            data = sock.recv(65536)
        except BlockingIOError:
            return b""
        if not data:
            raise ConnectionResetError(f"gpsd at {self.host}:{self.port} closed the connection")
        return data

    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            sock.close()


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a number")  # json.loads would otherwise accept NaN and Infinity


def _number(report: dict, key: str) -> float | None:
    """A finite JSON number, None when absent; ValueError for anything else (a string, true, NaN)."""
    value = report.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{key} {value!r} is not a number")
    return float(value)


class TpvDecoder:
    """gpsd JSON lines -> Fixes, with the NMEA decoder's interface and counters.

    One line is one report: a TPV is accepted (one epoch), other classes (VERSION, DEVICES, SKY, ...) skipped,
    a line that is not JSON unparsable; bad values inside a TPV are rejected fields.
    """

    def __init__(self, source: str = "", sog_limit_kn: float = SOG_LIMIT_KN) -> None:
        self.source = source
        self.sog_limit_kn = sog_limit_kn
        self.counters = SourceCounters()
        self._pending = b""

    def feed(self, data: bytes, lines: list[bytes] | None = None) -> list[Fix]:
        buf = self._pending + data
        *complete, rest = buf.split(b"\n")
        self._pending = rest if len(rest) <= MAX_REPORT else b""
        out: list[Fix] = []
        for line in complete:
            line = line.strip()
            if not line:
                continue
            if lines is not None:
                lines.append(line)
            self._report(line, out)
        return out

    def flush(self, lines: list[bytes] | None = None) -> list[Fix]:
        rest, self._pending = self._pending, b""
        return self.feed(rest + b"\n", lines) if rest.strip() else []

    def close_epoch(self) -> list[Fix]:
        return []  # every TPV is a whole epoch

    def _report(self, line: bytes, out: list[Fix]) -> None:
        c = self.counters
        c.sentences += 1
        try:
            report = json.loads(line, parse_constant=_reject_constant)
        except ValueError:
            c.unparsable += 1
            return
        if not isinstance(report, dict) or not isinstance(report.get("class"), str):
            c.unparsable += 1
            return
        if report["class"] != "TPV":
            c.skipped += 1
            return
        c.accepted += 1
        out.append(self._fix(report))
        c.epochs += 1
        if out[-1].valid:
            c.valid_fixes += 1

    def _fix(self, tpv: dict) -> Fix:
        c = self.counters
        when = None
        text = tpv.get("time")
        if text is not None:
            try:
                when = datetime.fromisoformat(str(text))  # Python 3.11+ reads a trailing Z
                if when.utcoffset() is None:
                    raise ValueError("time without zone")
                when = when.astimezone(timezone.utc)
            except ValueError:
                c.rejected_fields += 1
                when = None
        mode = tpv.get("mode")
        status = tpv.get("status", 0)
        good = True
        if mode not in (0, 1, 2, 3) or isinstance(mode, bool):
            c.rejected_fields += 1
            mode, good = 0, False
        if status not in TPV_STATUS or isinstance(status, bool):
            c.rejected_fields += 1
            status, good = 0, False
        quality = TPV_STATUS[status] if mode >= 2 else "invalid"  # mode 0/1: no fix
        lat = lon = None
        try:
            la, lo = _number(tpv, "lat"), _number(tpv, "lon")
            if la is not None and lo is not None:
                if not (-90.0 <= la <= 90.0 and -180.0 <= lo <= 180.0):
                    raise ValueError("position out of range")
                lat, lon = la, lo
        except ValueError:
            c.rejected_fields += 1
            good = False
        sog = self._checked(tpv, "speed", lambda v: 0.0 <= v * KNOTS_PER_M_S <= self.sog_limit_kn)
        cog = self._checked(tpv, "track", lambda v: COG_RANGE[0] <= v < COG_RANGE[1])
        valid = good and lat is not None and mode >= 2 and quality not in NOT_A_FIX
        return Fix(
            when,
            when.timetz() if when else None,
            lat,
            lon,
            round(sog * KNOTS_PER_M_S, 3) if sog is not None else None,
            cog,
            valid,
            quality,
            None,
            None,
            self.source,
        )

    def _checked(self, tpv: dict, key: str, ok) -> float | None:
        try:
            value = _number(tpv, key)
        except ValueError:
            value = math.nan
        if value is not None and not (math.isfinite(value) and ok(value)):
            self.counters.rejected_fields += 1
            return None
        return value
