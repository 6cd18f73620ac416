"""Schedule para 23 length rounding and para 1 mammary gland rounding, exact with Decimal.

Binary floats cannot hold 10.15 or 10.25 exactly, so every reading is parsed from its text (a float is
taken through repr, which gives back the digits the user typed) and rounded half up on the exact value.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message, Template

# Readings beyond these are typing errors, not whales (and keep Decimal far inside its precision).
MAX_LENGTH_READING = Decimal(1000)
MAX_GLAND_CM = Decimal(100)
SPERM_LACTATING_CM = Decimal(10)  # Schedule para 1, "lactating whale" (b)
INCHES_PER_FOOT = 12
MAX_DECIMAL_PLACES = 20
MAX_INTEGER_DIGITS = (
    12  # exponent bound (13 integer digits): no length or thickness comes near; beyond, a typing accident
)
TENTH = Decimal("0.1")  # Schedule para 23: metres are logged to 0.1 m, and stored with that one decimal


class MeasurementError(ValueError):
    """A reading the user must correct; the message says what is wrong, in one line (a Message: English in the CLI,
    in the crew's language at the field, messages.reason_of)."""


# What was read, named in a refusal ({what}); context Measurement, as the tape helper's own words.
READING = QT_TRANSLATE_NOOP("Measurement", "reading")
LENGTH_IN_METRES = QT_TRANSLATE_NOOP("Measurement", "length in metres")
FEET = QT_TRANSLATE_NOOP("Measurement", "feet")
INCHES = QT_TRANSLATE_NOOP("Measurement", "inches")
GLAND_IN_CM = QT_TRANSLATE_NOOP("Measurement", "gland thickness in cm")
#: {text}: the reading as typed, quoted
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Measurement", "{what}: {text} is not a number")
EXPECTED_A_NUMBER = QT_TRANSLATE_NOOP("Measurement", "{what}: expected a number, got {text}")
NOT_FINITE = QT_TRANSLATE_NOOP("Measurement", "{what}: {text} is not a finite number")
NEGATIVE = QT_TRANSLATE_NOOP("Measurement", "{what}: {number} is negative")
TOO_PRECISE = QT_TRANSLATE_NOOP("Measurement", "{what}: more than {places} decimal places")
FAR_TOO_LARGE = QT_TRANSLATE_NOOP("Measurement", "{what}: {text} is far too large")
LOGS_TO_ZERO_M = QT_TRANSLATE_NOOP(
    "Measurement", "length {value} m logs to 0.0 m: a whale's length must log above zero"
)
#: {read}: the reading, e.g. "0 ft 2 in"
LOGS_TO_ZERO_FT = QT_TRANSLATE_NOOP("Measurement", "length {read} logs to 0 ft: a whale's length must log above zero")
INCHES_UNDER_12 = QT_TRANSLATE_NOOP("Measurement", "inches: {inches} must be less than 12 (add whole feet to the feet)")
ABOVE_ZERO = QT_TRANSLATE_NOOP("Measurement", "length must be greater than zero")
NOT_A_WHALE = QT_TRANSLATE_NOOP("Measurement", "length {value} {unit} is too large to be a whale")
WHOLE_FEET = QT_TRANSLATE_NOOP("Measurement", "feet: {feet} must be a whole number when inches are given")
GLAND_TOO_LARGE = QT_TRANSLATE_NOOP("Measurement", "gland thickness {value} cm is too large")


def _named(what: str) -> str:
    return Message(what) if isinstance(what, Template) else what


class LengthUnit(str, enum.Enum):
    METRES = "m"
    FEET = "ft"


def parse_reading(value: str | int | float | Decimal, what: str = READING) -> Decimal:
    """A finite, non-negative Decimal from user text (or a number); MeasurementError otherwise. `what` names the
    reading in the refusal (a Template is said in the crew's language)."""
    what = _named(what)
    if isinstance(value, bool):
        raise MeasurementError(Message(EXPECTED_A_NUMBER, what=what, text=repr(value)))
    if isinstance(value, float):
        value = repr(value)  # shortest repr is the decimal the user meant: 10.15, not 10.1499999...
    text = str(value).strip().replace(",", ".") if not isinstance(value, Decimal) else value
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        raise MeasurementError(Message(NOT_A_NUMBER, what=what, text=repr(str(value).strip()))) from None
    if not number.is_finite():
        raise MeasurementError(Message(NOT_FINITE, what=what, text=repr(str(value).strip())))
    if number < 0:
        raise MeasurementError(Message(NEGATIVE, what=what, number=number))
    exponent = number.as_tuple().exponent  # an int for a finite number ('n', 'N', 'F' only for NaN and infinity)
    if isinstance(exponent, int) and exponent < -MAX_DECIMAL_PLACES:
        raise MeasurementError(Message(TOO_PRECISE, what=what, places=MAX_DECIMAL_PLACES))
    if number.adjusted() > MAX_INTEGER_DIGITS:  # "1e100000000" parses, but no arithmetic survives it
        raise MeasurementError(Message(FAR_TOO_LARGE, what=what, text=repr(str(value).strip()[:20])))
    return number + Decimal(0)  # normalise -0 to 0


def _round_half_up(value: Fraction) -> int:
    # Schedule para 23: a value exactly on the half is logged at the next unit up.
    return int((value + Fraction(1, 2)).__floor__())


def log_metres(metres: str | int | float | Decimal) -> Decimal:
    """Schedule para 23: nearest 0.1 m, exact 0.05 goes up (10.25 -> 10.3, 10.15 -> 10.2)."""
    value = _checked_length(parse_reading(metres, LENGTH_IN_METRES), "m")
    logged = (Decimal(_round_half_up(Fraction(value) * 10)) / 10).quantize(TENTH)  # 17 m is logged "17.0"
    if logged == 0:
        raise MeasurementError(Message(LOGS_TO_ZERO_M, value=value))
    return logged


def log_feet(feet: str | int | float | Decimal, inches: str | int | float | Decimal = 0) -> Decimal:
    """Schedule para 23: nearest foot, exact half foot goes up (76 ft 6 in -> 77 ft)."""
    ft = parse_reading(feet, FEET)
    inch = parse_reading(inches, INCHES)
    if inch >= INCHES_PER_FOOT:
        raise MeasurementError(Message(INCHES_UNDER_12, inches=inch))
    total = Fraction(ft) + Fraction(inch) / INCHES_PER_FOOT
    if total == 0:
        raise MeasurementError(Message(ABOVE_ZERO))
    if ft > MAX_LENGTH_READING:
        raise MeasurementError(Message(NOT_A_WHALE, value=ft, unit="ft"))
    logged = Decimal(_round_half_up(total))
    if logged == 0:
        read = f"{ft} ft {inch} in" if inch else f"{ft} ft"
        raise MeasurementError(Message(LOGS_TO_ZERO_FT, read=read))
    return logged


def _checked_length(value: Decimal, unit: str) -> Decimal:
    if value == 0:
        raise MeasurementError(Message(ABOVE_ZERO))
    if value > MAX_LENGTH_READING:
        raise MeasurementError(Message(NOT_A_WHALE, value=value, unit=unit))
    return value


@dataclass(frozen=True)
class LengthReading:
    """A tape reading as entered and the value logged from it (Schedule para 23); both are kept and shown."""

    raw: Decimal  # the reading in `unit` (metres, decimal feet, or the whole feet of a feet-and-inches reading)
    unit: LengthUnit
    logged: Decimal  # metres to 0.1, or whole feet
    raw_inches: Decimal | None = None  # the inches of a feet-and-inches reading

    @property
    def raw_text(self) -> str:
        if self.raw_inches is not None:
            return f"{self.raw} ft {self.raw_inches} in"
        return f"{self.raw} {self.unit.value}"

    @classmethod
    def metres(cls, value: str | int | float | Decimal) -> "LengthReading":
        raw = parse_reading(value, LENGTH_IN_METRES)
        return cls(raw=raw, unit=LengthUnit.METRES, logged=log_metres(raw))

    @classmethod
    def feet(
        cls, feet: str | int | float | Decimal, inches: str | int | float | Decimal | None = None
    ) -> "LengthReading":
        ft = parse_reading(feet, FEET)
        if inches is None:
            return cls(raw=ft, unit=LengthUnit.FEET, logged=log_feet(ft))
        inch = parse_reading(inches, INCHES)
        if ft != ft.to_integral_value():
            raise MeasurementError(Message(WHOLE_FEET, feet=ft))
        return cls(raw=ft, unit=LengthUnit.FEET, logged=log_feet(ft, inch), raw_inches=inch)

    @classmethod
    def restore(cls, raw: str, unit: str, raw_inches: str | None = None) -> "LengthReading":
        """Rebuild from stored text; the logged value is recomputed, never trusted from storage."""
        if LengthUnit(unit) is LengthUnit.METRES:
            return cls.metres(raw)
        return cls.feet(raw, raw_inches)

    def in_unit_exact(self) -> Fraction:
        """The reading itself (not the logged value) in its unit, exactly."""
        inches = Fraction(self.raw_inches) / INCHES_PER_FOOT if self.raw_inches is not None else 0
        return Fraction(self.raw) + inches

    @property
    def logged_text(self) -> str:
        return f"{self.logged:.1f}" if self.unit is LengthUnit.METRES else f"{self.logged:.0f}"

    def __str__(self) -> str:
        return f"{self.logged_text} {self.unit.value} (read {self.raw_text})"


def parse_length(value: str, unit: str) -> LengthReading:
    """VALUE and UNIT as typed ("m"/"metres" or "ft"/"feet"): the reading with its logged value."""
    unit_key = unit.strip().lower()
    if unit_key in ("m", "metre", "metres", "meter", "meters"):
        return LengthReading.metres(value)
    if unit_key in ("ft", "foot", "feet"):
        return LengthReading.feet(value)
    raise MeasurementError(f"unit: {unit!r} is not m or ft")


def log_gland_cm(cm: str | int | float | Decimal) -> Decimal:
    """Schedule para 1: mammary gland thickness to the nearest cm, exact 0.5 goes up (9.5 -> 10, 10.5 -> 11)."""
    value = parse_reading(cm, GLAND_IN_CM)
    if value > MAX_GLAND_CM:
        raise MeasurementError(Message(GLAND_TOO_LARGE, value=value))
    return Decimal(_round_half_up(Fraction(value)))


def sperm_lactating(logged_cm: Decimal, milk_present: bool | None = None) -> bool:
    """Schedule para 1 (b): a sperm whale female is lactating when milk is present in a mammary gland whose logged
    thickness is 10 cm or more. Milk not recorded (None) counts as present: a missed lactating whale is the worse
    error (paras 17, 22), and `measure gland` judges from the thickness alone. Milk explicitly absent: not lactating."""
    if milk_present is False:
        return False
    return logged_cm >= SPERM_LACTATING_CM


def baleen_lactating(milk_present: bool) -> bool:
    """Schedule para 1 (a): a baleen whale female is lactating when any milk is present in a mammary gland."""
    return bool(milk_present)
