"""The NMEA 0183 field grammar: a raw field is checked here before any number is made from it.

pynmea2's typed accessors are lenient (Python's float() takes " 6000", "+6000", "1_000", "1e9", "nan",
non-ASCII digits), so the raw text is matched first; a field that does not match raises FieldError and
is rejected (counted), never turned into a different number (a latitude " 6000.000" is not 6°).
"""

from __future__ import annotations

import re

# ASCII digits only ([0-9], not \d, which also matches other scripts' digits), at most one decimal point
DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
SIGNED_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")  # decimal degrees typed by people (CSV)
INTEGER = re.compile(r"[0-9]+")
LATITUDE = re.compile(r"([0-9]{2})([0-9]{2}\.[0-9]+)")  # ddmm.m…
LONGITUDE = re.compile(r"([0-9]{3})([0-9]{2}\.[0-9]+)")  # dddmm.m…
HEMISPHERES = {"lat": ("N", "S"), "lon": ("E", "W")}

SOG_LIMIT_KN = 100.0  # default limit: faster than every surface vessel, so a higher SOG is a bad field
COG_RANGE = (0.0, 360.0)  # [0, 360): 360 is not a course a receiver may send


class FieldError(ValueError):
    """One field of a checksum-valid sentence that does not follow the grammar (or its limits)."""

    def __init__(self, field: str, text: str, why: str = "does not match the NMEA 0183 grammar") -> None:
        super().__init__(f"{field} {text!r} {why}")
        self.field, self.text = field, text


def decimal(text: str, field: str) -> float:
    """An unsigned NMEA decimal field ('11.5', '0.9') as a float; FieldError otherwise."""
    if DECIMAL.fullmatch(text) is None:
        raise FieldError(field, text)
    return float(text)


def integer(text: str, field: str) -> int:
    if INTEGER.fullmatch(text) is None:
        raise FieldError(field, text)
    return int(text)


def check_coordinate(value: str, hemisphere: str, axis: str) -> None:
    """Raise FieldError unless value/hemisphere are a latitude (axis 'lat') or longitude ('lon') in range."""
    match = (LATITUDE if axis == "lat" else LONGITUDE).fullmatch(value)
    if match is None:
        raise FieldError(axis, value)
    if hemisphere not in HEMISPHERES[axis]:
        raise FieldError(f"{axis} hemisphere", hemisphere, "is not " + " or ".join(HEMISPHERES[axis]))
    degrees, minutes = int(match.group(1)), float(match.group(2))
    if not minutes < 60.0:
        raise FieldError(axis, value, "has 60 or more minutes")
    if degrees + minutes / 60.0 > (90.0 if axis == "lat" else 180.0):
        raise FieldError(axis, value, "is beyond " + ("90°" if axis == "lat" else "180°"))


def speed_kn(text: str, limit_kn: float, field: str = "sog") -> float:
    """SOG in knots within [0, limit_kn]: beyond it no surface vessel moves, so the field is wrong."""
    value = decimal(text, field)
    if value > limit_kn:
        raise FieldError(field, text, f"is above the {limit_kn:g} kn limit")
    return value


def course_deg(text: str, field: str = "cog") -> float:
    value = decimal(text, field)
    if not COG_RANGE[0] <= value < COG_RANGE[1]:
        raise FieldError(field, text, "is outside [0, 360)")
    return value
