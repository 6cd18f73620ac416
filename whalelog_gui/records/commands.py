"""`whalelog measure ...`: the para 23 / para 1 rounding for outside checks, through the same functions the
catch dialog uses. Output is one JSON object on stdout; bad input is one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys

from whalelog_gui.records.measurement import (
    LengthReading,
    MeasurementError,
    log_gland_cm,
    parse_length,
    sperm_lactating,
)

EXIT_BAD_INPUT = 2


def _fail(message: str) -> int:
    print(f"whalelog measure: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def reading_from_args(args: argparse.Namespace) -> LengthReading:
    """`VALUE m|ft` or `--feet F [--inches I]`, exactly one of the two forms."""
    reading = list(args.reading or [])
    if args.feet is not None or args.inches is not None:
        if reading:
            raise MeasurementError("give either VALUE UNIT or --feet F --inches I, not both")
        if args.feet is None:
            raise MeasurementError("--inches needs --feet (use --feet 0 for less than a foot)")
        return LengthReading.feet(args.feet, args.inches)
    if len(reading) == 1:
        # "10.25m" or "76.5ft" typed as one word
        word = reading[0].strip().lower()
        for unit in ("ft", "m"):
            if word.endswith(unit) and len(word) > len(unit):
                return parse_length(word[: -len(unit)], unit)
        raise MeasurementError(f"missing unit after {reading[0]!r}: write VALUE m or VALUE ft")
    if len(reading) != 2:
        raise MeasurementError("expected VALUE m|ft, or --feet F --inches I")
    return parse_length(reading[0], reading[1])


def length_command(args: argparse.Namespace) -> int:
    try:
        reading = reading_from_args(args)
    except MeasurementError as exc:
        return _fail(str(exc))
    print(json.dumps({"logged": reading.logged_text, "unit": reading.unit.value}))
    return 0


def gland_command(args: argparse.Namespace) -> int:
    try:
        logged = log_gland_cm(args.cm)
    except MeasurementError as exc:
        return _fail(str(exc))
    print(json.dumps({"logged_cm": str(logged), "lactating": sperm_lactating(logged)}))
    return 0
