"""`whalelog zones check` and `whalelog zones list`: the headless contract outside checks depend on (issue 3).

check: stdin CSV lines `lat,lon[,cog_deg,sog_kn]` (no header) -> one JSON object per line on stdout; a malformed
line prints {"error": ..., "line": n} and processing continues; blank lines are skipped; exit status 0.
"""

from __future__ import annotations

import json
import sys

from whalelog_gui.nav.fields import COG_RANGE, SIGNED_DECIMAL, SOG_LIMIT_KN
from whalelog_gui.zones.areas import AreaDataError, load_areas
from whalelog_gui.zones.monitor import ZoneMonitor


def parse_check_line(text: str, sog_limit_kn: float = SOG_LIMIT_KN) -> tuple[float, float, float | None, float | None]:
    """One `lat,lon[,cog_deg,sog_kn]` line -> numbers; ValueError with a message naming the bad field.

    COG must be in [0, 360) and SOG in [0, sog_limit_kn], the limits the NMEA chain puts on the same fields.
    """
    fields = [f.strip() for f in text.split(",")]
    if len(fields) not in (2, 4):
        raise ValueError(f"expected lat,lon or lat,lon,cog_deg,sog_kn; got {len(fields)} fields")
    names = ("lat", "lon", "cog_deg", "sog_kn")
    values = []
    for name, field in zip(names, fields):
        if SIGNED_DECIMAL.fullmatch(field) is None:  # no exponent, underscore, NaN, infinity or other digits
            raise ValueError(f"{name} is not a number: {field!r}")
        values.append(float(field))
    lat, lon = values[0], values[1]
    if not -90.0 <= lat <= 90.0:
        raise ValueError(f"lat {lat} outside -90..90")
    if not -180.0 <= lon <= 180.0:
        raise ValueError(f"lon {lon} outside -180..180")
    if len(values) == 2:
        return lat, lon, None, None
    cog, sog = values[2], values[3]
    if not COG_RANGE[0] <= cog < COG_RANGE[1]:
        raise ValueError(f"cog_deg {cog:g} outside [0, 360)")
    if sog < 0.0:
        raise ValueError(f"sog_kn {sog:g} is negative")
    if sog > sog_limit_kn:
        raise ValueError(f"sog_kn {sog:g} above the {sog_limit_kn:g} kn limit")
    return lat, lon, cog, sog


def command_monitor(prog: str, operation: str, lookahead_min: float) -> ZoneMonitor | int:
    """The ZoneMonitor a command asks for, or its exit status once the reason is on stderr: 1 when the
    regulated-area data cannot be read, 2 for a bad --lookahead-min (a usage error, like argparse's own)."""
    try:
        return ZoneMonitor(load_areas(), operation, lookahead_min)
    except AreaDataError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        return 2


def check_command(args) -> int:
    monitor = command_monitor("whalelog zones check", args.operation, args.lookahead_min)
    if isinstance(monitor, int):
        return monitor
    out = sys.stdout
    for n, raw in enumerate(sys.stdin.buffer, start=1):
        text = raw.decode("utf-8", errors="replace").strip().lstrip("\ufeff")
        if not text:
            continue
        try:
            result = monitor.check(*parse_check_line(text, getattr(args, "sog_limit_kn", None) or SOG_LIMIT_KN))
        except ValueError as exc:
            result = {"error": str(exc), "line": n}
        out.write(json.dumps(result) + "\n")
        out.flush()
    return 0


def list_command(args) -> int:
    try:
        areas = [a.to_properties() for a in load_areas()]
    except AreaDataError as exc:
        print(f"whalelog zones list: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(json.dumps({"areas": areas}, indent=2, ensure_ascii=False) + "\n")
    return 0
