"""One JSON reader for every file that comes from outside (bundles, receipts, journals): a bad file is a
ValueError with a reason, never a crash, whatever its bytes: deep nesting, 5,000-digit numbers, NaN, bad UTF-8."""

from __future__ import annotations

import json

MAX_INT_DIGITS = 30  # no count, sequence or coordinate in a WhaleLog file comes near this


class JSONInputError(ValueError):
    pass


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise JSONInputError(f"a number with {len(text.lstrip('-'))} digits (at most {MAX_INT_DIGITS})")
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > 64:
        raise JSONInputError(f"a number {len(text)} characters long")
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise JSONInputError(f"a number out of range ({text[:20]})")
    return value


def _reject_constant(name: str):
    raise JSONInputError(f"{name} is not a JSON number")


def loads(data: bytes | str):
    """The parsed document; JSONInputError (a ValueError) saying what is wrong."""
    try:
        text = data.decode("utf-8") if isinstance(data, (bytes, bytearray)) else data
    except UnicodeDecodeError as exc:
        raise JSONInputError(f"not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    try:
        return json.loads(text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_reject_constant)
    except JSONInputError:
        raise
    except RecursionError as exc:  # the C scanner stops at the interpreter's recursion limit
        raise JSONInputError("nested too deeply") from exc
    except ValueError as exc:  # JSONDecodeError
        raise JSONInputError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
