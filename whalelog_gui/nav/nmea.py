"""Bytes from a receiver -> framed sentences -> checksum -> pynmea2 -> epochs -> Fix.

Framing survives what real receivers and cables deliver: CRLF, LF, CR or mixed endings, `$$`,
two sentences fused on one line, NUL and other binary noise, over-long and truncated lines.
Well-formed `!` (AIS encapsulation), proprietary `$P...` and other unused sentences are counted as
skipped; anything that is not a syntactically valid sentence is unparsable (or bad_checksum if it
ends in a checksum that fails). Nothing here raises on any input: every sentence lands in exactly
one counter, so sentences = accepted + bad_checksum + unparsable + skipped.

Cost: the checksum is verified here on bytes and pynmea2 gets the body without it (so it is not
computed twice); byte-identical repeats of timeless sentences (GSA, VTG at steady course) reuse the
fields parsed a moment ago. Measured against bare pynmea2.parse in tests/benchmarks/test_bench_nav.py.
"""

from __future__ import annotations

import re
from functools import reduce
from operator import xor

import pynmea2

from whalelog_gui.nav.epochs import EpochAssembler
from whalelog_gui.nav.fix import Fix, SourceCounters
from whalelog_gui.nav.sentences import HANDLERS

MAX_SENTENCE = 120  # NMEA 0183 allows 82 incl. CRLF; some receivers exceed it, nothing valid is this long
MAX_PENDING = 4096  # bytes kept while waiting for a line ending; more is noise without terminators
_HEX = {f"{i:02X}".encode(): i for i in range(256)} | {f"{i:02x}".encode(): i for i in range(256)}
_TIMELESS = {b"VTG", b"GSA"}
_SPLIT = re.compile(rb"(?=[$!])")  # a new sentence starts at every $ or !
# NMEA 0183 syntax: start, address (talker + formatter, or P + maker [+ type]), comma, printable ASCII to the end
_WELL_FORMED = re.compile(rb"[$!](?:[A-Z]{5}|P[A-Z]{3}[A-Z0-9]{0,6}),[\x20-\x7e]*")


class NmeaDecoder:
    """Stateful decoder for one source. `feed(bytes)` returns the Fixes of the epochs it completed."""

    def __init__(self, source: str = "", allow_missing_checksum: bool = False) -> None:
        self.source = source
        self.allow_missing_checksum = allow_missing_checksum
        self.counters = SourceCounters()
        self.epochs = EpochAssembler(source, self.counters)
        self._pending = b""
        self._repeats: dict[bytes, list[str]] = {}  # recent timeless sentences -> pynmea2 fields

    def feed(self, data: bytes, lines: list[bytes] | None = None) -> list[Fix]:
        """Decode a chunk; a trailing partial line is kept for the next chunk.

        If `lines` is given, every complete physical line (noise included) is appended to it.
        """
        out: list[Fix] = []
        buf = self._pending + data if self._pending else data
        cut = max(buf.rfind(b"\n"), buf.rfind(b"\r"))
        if cut < 0:
            self._pending = self._bounded(buf)
            return out
        self._pending = self._bounded(buf[cut + 1 :])
        body = buf[:cut]
        chunk = body.splitlines()  # bytes split only on \r, \n and \r\n
        if lines is not None:
            lines.extend(line for line in chunk if line)
        sentence = self._sentence
        for line in chunk:
            if not line:
                continue
            if line[0] == 36 and line.find(b"$", 1) < 0 and line.find(b"!") < 0:  # one clean "$..." line
                sentence(line, out)
            else:
                for piece in _SPLIT.split(line):
                    if len(piece) > 1 and piece[0] in b"$!":
                        sentence(piece, out)
        return out

    def flush(self, lines: list[bytes] | None = None) -> list[Fix]:
        """End of input (EOF) or an idle line: decode the unterminated remainder and close the open epoch."""
        rest, self._pending = self._pending, b""
        out = self.feed(rest + b"\n", lines) if rest.strip() else []
        self.epochs.flush(out)
        return out

    def close_epoch(self) -> list[Fix]:
        """The line went quiet: the open epoch is complete, emit it now rather than at the next epoch."""
        out: list[Fix] = []
        self.epochs.flush(out)
        return out

    def _bounded(self, rest: bytes) -> bytes:
        if len(rest) <= MAX_PENDING:
            return rest
        start = max(rest.rfind(b"$"), rest.rfind(b"!"))  # keep only the latest sentence start
        return rest[start:] if start >= 0 and len(rest) - start <= MAX_SENTENCE else b""

    def _sentence(self, raw: bytes, out: list[Fix]) -> None:
        c = self.counters
        c.sentences += 1
        if raw[-1] <= 32:
            raw = raw.rstrip()
        repeated = self._repeats.get(raw)
        if repeated is not None:  # the very same bytes verified and parsed a moment ago (GSA, steady VTG)
            HANDLERS[raw[3:6]](repeated, self.epochs, out)
            c.accepted += 1
            self.epochs.sentence_done(raw[3:6], out)
            return
        n = len(raw)
        star = n - 3
        expected = _HEX.get(raw[n - 2 :]) if n > 3 and raw[star] == 42 else None  # "*hh" at the end
        if expected is not None and reduce(xor, raw[1:star], 0) != expected:
            c.bad_checksum += 1
            return
        if n > MAX_SENTENCE or _WELL_FORMED.fullmatch(raw) is None:
            # not a sentence at all: bad address field, control or non-ASCII bytes, line noise
            c.unparsable += 1
            return
        handler = HANDLERS.get(raw[3:6])
        if handler is None or raw[6:7] != b"," or raw[0] == 33 or raw[1] == 80:
            # ! = AIS encapsulation, $P = proprietary, other formatters: well-formed but not position data
            c.skipped += 1
            return
        if expected is None:
            if self.allow_missing_checksum and raw.find(b"*") < 0:
                star = n
            else:  # missing, or a truncated/garbled checksum field
                c.bad_checksum += 1
                return
        text = raw[:star].decode()
        try:
            # checksum already verified above; hand pynmea2 the body only so it is not computed twice
            data = pynmea2.parse(text).data
            handler(data, self.epochs, out)
        except Exception:  # any malformed field or pynmea2 surprise: count it, never raise out of the reader
            c.unparsable += 1
            return
        c.accepted += 1
        kind = raw[3:6]
        if kind in _TIMELESS:  # these repeat byte for byte from epoch to epoch; timed ones never do
            if len(self._repeats) >= 64:
                self._repeats.clear()
            self._repeats[raw] = data
        self.epochs.sentence_done(kind, out)


def decode_lines(lines: list[str], source: str = "", allow_missing_checksum: bool = False) -> tuple[list[Fix], SourceCounters]:
    """Convenience for tests and tools: decode text lines as one stream."""
    decoder = NmeaDecoder(source, allow_missing_checksum)
    data = "".join(line + "\r\n" for line in lines).encode("latin-1", "replace")
    fixes = decoder.feed(data)
    fixes += decoder.flush()
    return fixes, decoder.counters


def checksum(body: str) -> str:
    """The two-hex-digit NMEA checksum of the text between `$` and `*`."""
    return f"{reduce(xor, body.encode('latin-1'), 0):02X}"


def with_checksum(body: str) -> str:
    """'GPRMC,...' -> '$GPRMC,...*hh'."""
    return f"${body}*{checksum(body)}"

