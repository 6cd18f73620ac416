"""Bytes from a receiver -> framed sentences -> checksum -> pynmea2 -> epochs -> Fix.

Framing survives what real receivers and cables deliver: CRLF, LF, CR or mixed endings, `$$`,
two sentences fused on one line, NUL and other binary noise, over-long and truncated lines.
Well-formed `!` (AIS encapsulation), proprietary `$P...` (also counted as proprietary) and other unused
sentences are counted as skipped; anything that is not a syntactically valid sentence is unparsable (or
bad_checksum if it ends in a checksum that fails). Nothing here raises on any input: every sentence lands
in exactly one counter, so sentences = accepted + bad_checksum + unparsable + skipped. Fields of accepted
sentences that break the grammar are counted in rejected_fields (sentences.py).

Cost: the checksum is verified here on bytes and pynmea2 gets the body without it (so it is not
computed twice). Every sentence is parsed: there is no cache of repeated lines. Measured end to end
(`nmea parse` to JSON) against bare pynmea2 and gpsdecode in tests/benchmarks/test_bench_nav.py.
"""

from __future__ import annotations

import re
from typing import BinaryIO
from functools import reduce
from operator import xor

import pynmea2

from whalelog_gui.nav.epochs import EpochAssembler
from whalelog_gui.nav.fields import SOG_LIMIT_KN, FieldError
from whalelog_gui.nav.fix import Fix, SourceCounters
from whalelog_gui.nav.sentences import FORMATTERS, HANDLERS

MAX_SENTENCE = 120  # NMEA 0183 allows 82 incl. CRLF; some receivers exceed it, nothing valid is this long
LOG_END_BYTES = 2048  # how much of a log's start and end shows its sentence order
MAX_PENDING = 4096  # bytes kept while waiting for a line ending; more is noise without terminators
_HEX = {f"{i:02X}".encode(): i for i in range(256)} | {f"{i:02x}".encode(): i for i in range(256)}
_SPLIT = re.compile(rb"(?=[$!])")  # a new sentence starts at every $ or !
# NMEA 0183 syntax: start, address (talker + formatter, or P + maker [+ type]), comma, printable ASCII to the end
_WELL_FORMED = re.compile(rb"[$!](?:[A-Z]{5}|P[A-Z]{3}[A-Z0-9]{0,6}),[\x20-\x7e]*")


class NmeaDecoder:
    """Stateful decoder for one source. `feed(bytes)` returns the Fixes of the epochs it completed."""

    def __init__(
        self,
        source: str = "",
        allow_missing_checksum: bool = False,
        sog_limit_kn: float = SOG_LIMIT_KN,
        timeless_trail: bool = False,
    ) -> None:
        """timeless_trail: the input is a log known to send VTG/GSA after the timed sentences of their epoch."""
        self.source = source
        self.allow_missing_checksum = allow_missing_checksum
        self.counters = SourceCounters()
        self.epochs = EpochAssembler(source, self.counters, sog_limit_kn)
        self.epochs.trailing = timeless_trail
        self._pending = b""

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
        kind = raw[3:6]
        if raw[1] == 80 and raw[0] == 36:  # $P...: a maker's own sentence, no standard fields to check
            c.proprietary += 1
            c.skipped += 1
            return
        if kind not in FORMATTERS or raw[6:7] != b"," or raw[0] == 33:
            # ! = AIS encapsulation, other formatters: well-formed but not position data
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
            sentence = pynmea2.parse(text)
            HANDLERS[type(sentence)](sentence, self.epochs, out)
        except FieldError:  # a position, status or quality field that breaks the grammar: no place for it
            c.rejected_fields += 1
            c.unparsable += 1
            return
        except Exception:  # a time that is no time, or a pynmea2 surprise: count it, never raise out of the reader
            c.unparsable += 1
            return
        c.accepted += 1
        self.epochs.sentence_done(kind, out)


_TIMED = frozenset((b"RMC", b"GGA", b"GLL", b"GNS", b"ZDA"))
_ADDRESS = re.compile(rb"\$[A-Z]{2}([A-Z]{3}),")


def timeless_sentences_trail(head: bytes, tail: bytes) -> bool:
    """Whether a log's VTG/GSA trail the timed sentences of their epoch, judged from its first and last lines.

    Inside a log the two orders look alike; only its ends differ. A log that ends with timeless sentences
    after its last timed one, and starts with some before its first, was cut mid-epoch at the start (the
    usual receiver order, VTG after GGA); one that ends on a timed sentence sends its timeless ones first.
    """

    def kinds(data: bytes) -> list[bytes]:
        return [m.group(1) for m in _ADDRESS.finditer(data) if m.group(1) in FORMATTERS]

    first, last = kinds(head), kinds(tail)
    if not first or not last or first[0] in _TIMED:
        return False  # no prefix to misplace
    return last[-1] not in _TIMED


def log_order_hint(stream: BinaryIO) -> bool:
    """For a seekable log file: whether its VTG/GSA trail their epoch (timeless_sentences_trail)."""
    try:
        if not stream.seekable():
            return False
        head = stream.read(LOG_END_BYTES)
        size = stream.seek(0, 2)
        stream.seek(max(0, size - LOG_END_BYTES))
        tail = stream.read(LOG_END_BYTES)
        stream.seek(0)
    except OSError:
        return False
    return timeless_sentences_trail(head, tail)


def decode_lines(
    lines: list[str], source: str = "", allow_missing_checksum: bool = False
) -> tuple[list[Fix], SourceCounters]:
    """Convenience for tests and tools: decode text lines as one stream (a log: see timeless_sentences_trail)."""
    data = "".join(line + "\r\n" for line in lines).encode("latin-1", "replace")
    decoder = NmeaDecoder(
        source,
        allow_missing_checksum,
        timeless_trail=timeless_sentences_trail(data[:LOG_END_BYTES], data[-LOG_END_BYTES:]),
    )
    fixes = decoder.feed(data)
    fixes += decoder.flush()
    return fixes, decoder.counters


def checksum(body: str) -> str:
    """The two-hex-digit NMEA checksum of the text between `$` and `*`."""
    return f"{reduce(xor, body.encode('latin-1'), 0):02X}"


def with_checksum(body: str) -> str:
    """'GPRMC,...' -> '$GPRMC,...*hh'."""
    return f"${body}*{checksum(body)}"
