"""Reading what was typed into a form field into domain values; a bad entry becomes a FieldError for that field.

Qt-free so the rules read the same in the GUI and in tests. Positions are accepted as decimal degrees
(-62.1) or degrees and decimal minutes with hemisphere (62°06.000′S, "62 06.0 S").
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message, reason_of
from whalelog_gui.nav.typed_position import parse_coordinate
from whalelog_gui.records.field_error import FieldError


class FieldValues:
    """Collects parsed values and the errors met while parsing, field by field."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, field: str, reason: str) -> None:
        """reason: a Message where it can be (FieldMessages shows it in the language showing)."""
        self.errors.append(FieldError(field, reason))

    def decimal(self, field: str, text: str) -> Decimal | None:
        text = text.strip().replace(",", ".")
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            self.fail(field, Message(QT_TRANSLATE_NOOP("FieldValues", "'{text}' is not a number"), text=text))
            return None
        if not value.is_finite():
            self.fail(field, Message(QT_TRANSLATE_NOOP("FieldValues", "must be a finite number")))
            return None
        return value

    def integer(self, field: str, text: str) -> int | None:
        text = text.strip()
        if not text:
            return None
        if not re.fullmatch(r"[+-]?\d+", text):
            self.fail(field, Message(QT_TRANSLATE_NOOP("FieldValues", "'{text}' is not a whole number"), text=text))
            return None
        return int(text)

    def day(self, field: str, text: str) -> date | None:
        text = text.strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.fail(
                field,
                Message(QT_TRANSLATE_NOOP("FieldValues", "'{text}' is not a date (write it as YYYY-MM-DD)"), text=text),
            )
            return None

    def utc_time(self, field: str, text: str) -> datetime | None:
        text = text.strip().removesuffix("UTC").strip()
        try:
            value = datetime.fromisoformat(text.replace(" ", "T", 1)) if text else None
        except ValueError:
            value = None
        if value is None:
            self.fail(field, Message(QT_TRANSLATE_NOOP("FieldValues", "write the time as YYYY-MM-DD HH:MM (UTC)")))
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)

    def coordinate(self, field: str, text: str, axis: str) -> float | None:
        """axis "lat" or "lon"; empty is None (the record decides whether a position is required)."""
        if not text.strip():
            return None
        try:
            return parse_coordinate(text, axis)
        except ValueError as exc:
            self.fail(field, reason_of(exc))
            return None
