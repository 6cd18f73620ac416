"""`whalelog nmea parse SOURCE | - | --port PORT [--baud N] [--duration S]`: one JSON line per epoch, then a summary.

The output contract is exact (outside checks depend on it): keys, formats, order, exit codes. Keys are only
ever added (issue 12 added "quality" per epoch and "rejected_fields"/"proprietary" to the summary).
Exit codes: 0 done; 1 the port disappeared before --duration ended (one-line reason on stderr, the summary
still printed); 2 usage or a source that cannot be opened.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from typing import IO

from whalelog_gui.nav.fields import SOG_LIMIT_KN
from whalelog_gui.nav.fix import Fix, SourceCounters
from whalelog_gui.nav.nmea import NmeaDecoder, log_order_hint
from whalelog_gui.nav.sources import Source, source_for

CHUNK = 1 << 16


def fix_record(fix: Fix) -> dict:
    """The JSON object of one epoch, exactly as the `nmea parse` contract specifies."""
    tod = fix.time_of_day
    return {
        "time": fix.time.strftime("%Y-%m-%dT%H:%M:%S.") + f"{fix.time.microsecond // 1000:03d}Z" if fix.time else None,
        "time_of_day": tod.strftime("%H:%M:%S.") + f"{tod.microsecond // 1000:03d}" if tod else None,
        "lat": fix.lat,
        "lon": fix.lon,
        "sog_kn": fix.sog_kn,
        "cog_deg": fix.cog_deg,
        "valid": fix.valid,
        "quality": fix.quality,
    }


def summary_record(counters: SourceCounters) -> dict:
    keys = (
        "sentences",
        "accepted",
        "bad_checksum",
        "unparsable",
        "skipped",
        "epochs",
        "valid_fixes",
        "rejected_fields",
        "proprietary",
    )
    values = asdict(counters)
    return {"summary": {k: values[k] for k in keys}}


def _print_fixes(fixes: list[Fix], out: IO[str]) -> None:
    for fix in fixes:
        out.write(json.dumps(fix_record(fix)) + "\n")


def _parse_stream(stream: IO[bytes], decoder: NmeaDecoder, out: IO[str]) -> None:
    read = getattr(stream, "read1", stream.read)  # read1: stdin lines appear as they arrive
    while True:
        data = read(CHUNK)
        if not data:
            break
        _print_fixes(decoder.feed(data), out)
    _print_fixes(decoder.flush(), out)


def _port_source(port: str, baud: int) -> Source:
    try:
        return source_for(port, baud)
    except ValueError as exc:  # a malformed udp:// or gpsd:// address cannot be opened either
        raise OSError(str(exc)) from exc


def _parse_port(source: Source, port: str, duration: float | None, decoder, out: IO[str]) -> str | None:
    """Read until --duration ends (or Ctrl-C); the reason if the port disappeared first."""
    source.open()  # OSError -> exit 2 in parse_command
    stop_at = None if duration is None else time.monotonic() + duration
    lost = None
    try:
        while stop_at is None or time.monotonic() < stop_at:
            timeout = 0.05 if stop_at is None else max(0.0, min(0.05, stop_at - time.monotonic()))
            try:
                data = source.read(timeout)
            except OSError as exc:  # the port vanished: report what was read, then say so
                lost = f"{port} disappeared: {exc.strerror or exc}"
                break
            _print_fixes(decoder.feed(data) if data else decoder.close_epoch(), out)
            out.flush()
    finally:
        source.close()
    _print_fixes(decoder.flush(), out)
    return lost


def parse_command(args: argparse.Namespace) -> int:
    sog_limit = getattr(args, "sog_limit_kn", None) or SOG_LIMIT_KN
    allow_missing = bool(getattr(args, "allow_missing_checksum", False))
    decoder = NmeaDecoder("cli", allow_missing_checksum=allow_missing, sog_limit_kn=sog_limit)
    out = sys.stdout
    port = getattr(args, "parse_port", None)
    lost = None
    try:
        if port:
            if args.source:
                print("whalelog nmea parse: give a SOURCE or --port, not both", file=sys.stderr)
                return 2
            source = _port_source(port, args.parse_baud or 4800)
            decoder = source.decoder(allow_missing, sog_limit)  # gpsd:// speaks JSON, every other source NMEA
            lost = _parse_port(source, port, args.duration, decoder, out)
        elif args.source == "-":
            _parse_stream(sys.stdin.buffer, decoder, out)
        elif args.source:
            with open(args.source, "rb") as stream:
                decoder.epochs.trailing = log_order_hint(stream)
                _parse_stream(stream, decoder, out)
        else:
            print("whalelog nmea parse: give a log file, - for stdin, or --port PORT", file=sys.stderr)
            return 2
    except OSError as exc:
        where = port or args.source
        reason = exc.strerror or str(exc)
        print(f"whalelog nmea parse: cannot open {where}: {reason}".replace("\n", " "), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass  # Ctrl-C on a port: still print the summary
    out.write(json.dumps(summary_record(decoder.counters)) + "\n")
    out.flush()
    if lost is not None:
        print(f"whalelog nmea parse: {lost}".replace("\n", " "), file=sys.stderr)
        return 1
    return 0
