"""Reading what was typed into a form field into domain values; a bad entry becomes a FieldError for that field.

Qt-free so the rules read the same in the GUI and in tests. Positions are accepted as decimal degrees
(-62.1) or degrees and decimal minutes with hemisphere (62°06.000′S, "62 06.0 S").
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation

from whalelog_gui.records.field_error import FieldError

_DM = re.compile(r"^\s*(\d{1,3})\s*[°\s]\s*(\d{1,2}(?:\.\d+)?)\s*['′]?\s*([NSEWnsew])\s*$")


class FieldValues:
    """Collects parsed values and the errors met while parsing, field by field."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, field: str, reason: str) -> None:
        self.errors.append(FieldError(field, reason))

    def decimal(self, field: str, text: str) -> Decimal | None:
        text = text.strip().replace(",", ".")
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            self.fail(field, f"'{text}' is not a number")
            return None
        if not value.is_finite():
            self.fail(field, "must be a finite number")
            return None
        return value

    def integer(self, field: str, text: str) -> int | None:
        text = text.strip()
        if not text:
            return None
        if not re.fullmatch(r"[+-]?\d+", text):
            self.fail(field, f"'{text}' is not a whole number")
            return None
        return int(text)

    def day(self, field: str, text: str) -> date | None:
        text = text.strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.fail(field, f"'{text}' is not a date (write it as YYYY-MM-DD)")
            return None

    def utc_time(self, field: str, text: str) -> datetime | None:
        text = text.strip().removesuffix("UTC").strip()
        try:
            value = datetime.fromisoformat(text.replace(" ", "T", 1)) if text else None
        except ValueError:
            value = None
        if value is None:
            self.fail(field, "write the time as YYYY-MM-DD HH:MM (UTC)")
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)

    def coordinate(self, field: str, text: str, axis: str) -> float | None:
        """axis "lat" or "lon"; a range error is left to the record's own validation."""
        text = text.strip()
        if not text:
            return None
        value = parse_coordinate(text, axis)
        if value is None:
            example = "62°06.000′S or -62.1" if axis == "lat" else "171°18.000′E or 171.3"
            self.fail(field, f"'{text}' is not a {'latitude' if axis == 'lat' else 'longitude'} (e.g. {example})")
        return value


def parse_coordinate(text: str, axis: str) -> float | None:
    try:
        return float(Decimal(text.replace(",", ".")))
    except InvalidOperation:
        pass
    match = _DM.match(text)
    if match is None:
        return None
    degrees, minutes, hemisphere = int(match[1]), float(match[2]), match[3].upper()
    if minutes >= 60 or hemisphere not in ("NS" if axis == "lat" else "EW"):
        return None
    value = degrees + minutes / 60
    return -value if hemisphere in "SW" else value
