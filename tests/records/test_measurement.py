"""Schedule para 23 (length) and para 1 (mammary gland) rounding: both sides of every edge, floats included."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from whalelog_gui.records.measurement import (
    LengthReading,
    LengthUnit,
    MeasurementError,
    baleen_lactating,
    log_feet,
    log_gland_cm,
    log_metres,
    parse_length,
    sperm_lactating,
)


@pytest.mark.parametrize(
    "reading, logged",
    [
        # the Schedule's own examples (para 23)
        ("10.15", "10.2"),
        ("10.25", "10.3"),
        ("10.35", "10.4"),
        ("10.1499", "10.1"),
        ("10.2499999", "10.2"),
        ("10.2500001", "10.3"),
        ("10.3499", "10.3"),
        ("10.2", "10.2"),
        ("10", "10.0"),
        ("9.95", "10.0"),
        ("9.9499", "9.9"),
        ("0.05", "0.1"),
        ("2.675", "2.7"),
        ("1.005", "1.0"),
        ("17.35", "17.4"),
        ("17.34", "17.3"),
    ],
)
def test_metres_logged_to_nearest_tenth_half_up(reading, logged):
    assert log_metres(reading) == Decimal(logged)
    assert LengthReading.metres(reading).logged_text == logged


@pytest.mark.parametrize(
    "value, ndigits, float_round, logged",
    [
        (10.25, 1, 10.2, "10.3"),
        (10.35, 1, 10.3, "10.4"),
        (10.45, 1, 10.4, "10.5"),
        (2.675, 2, 2.67, "2.7"),
        (10.15, 1, 10.2, "10.2"),
        (0.125, 2, 0.12, "0.1"),
    ],
)
def test_binary_float_traps_round_as_the_typed_decimal(value, ndigits, float_round, logged):
    assert round(value, ndigits) == float_round  # what float rounding gives (the trap, where it differs)
    assert log_metres(value) == Decimal(logged)


@pytest.mark.parametrize(
    "feet, inches, logged",
    [
        (76, 6, 77),
        (75, 6, 76),
        (76, "5.99", 76),
        (76, "6.01", 77),
        (76, 0, 76),
        (76, "11.9", 77),
        (77, 5, 77),
        (77, 6, 78),
        (39, 6, 40),
        (39, "5.9", 39),
        (0, 6, 1),
    ],
)
def test_feet_and_inches_logged_to_nearest_foot_half_up(feet, inches, logged):
    assert log_feet(feet, inches) == Decimal(logged)


@pytest.mark.parametrize("feet, logged", [("76.5", 77), ("75.5", 76), ("76.49", 76), ("76.51", 77), (76.5, 77)])
def test_decimal_feet(feet, logged):
    assert log_feet(feet) == Decimal(logged)
    assert parse_length(str(feet), "ft").logged_text == str(logged)


@pytest.mark.parametrize(
    "reading, text",
    [
        ("17", "17.0"),
        ("17.0", "17.0"),
        ("17.00", "17.0"),
        ("16.96", "17.0"),
        ("0.05", "0.1"),
        ("10.25", "10.3"),
        ("1E+1", "10.0"),
    ],
)
def test_logged_metres_carry_one_decimal_as_logged(reading, text):
    # Schedule para 23: logged to 0.1 m, so 17 m is stored and exported as "17.0", never "17"
    assert str(log_metres(reading)) == text
    assert str(LengthReading.metres(reading).logged) == text


def test_readings_that_log_just_above_zero_are_kept():
    assert log_metres("0.05") == Decimal("0.1") and log_feet(0, 6) == 1 and log_feet("0.5") == 1


def test_reading_keeps_raw_and_logged():
    r = LengthReading.feet("76", "6")
    assert (r.raw, r.raw_inches, r.logged, r.unit) == (Decimal(76), Decimal(6), Decimal(77), LengthUnit.FEET)
    assert str(r) == "77 ft (read 76 ft 6 in)"
    m = LengthReading.metres("10.25")
    assert (m.raw, m.logged, m.raw_text) == (Decimal("10.25"), Decimal("10.3"), "10.25 m")
    assert LengthReading.restore("10.25", "m") == m
    assert LengthReading.restore("76", "ft", "6") == r


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: log_metres("nan"), "not a finite number"),
        (lambda: log_metres("inf"), "not a finite number"),
        (lambda: log_metres("-1"), "negative"),
        (lambda: log_metres("ten"), "not a number"),
        (lambda: log_metres(""), "not a number"),
        (lambda: log_metres("0"), "greater than zero"),
        (lambda: log_metres("5000"), "too large"),
        (lambda: log_metres("1e-40"), "decimal places"),
        (lambda: log_feet(0, 0), "greater than zero"),
        (lambda: log_metres("0.04"), "0.04 m logs to 0.0 m"),
        (lambda: log_metres("0.0499999"), "logs to 0.0 m"),
        (lambda: log_metres(0.04), "logs to 0.0 m"),
        (lambda: log_feet(0, 5), "0 ft 5 in logs to 0 ft"),
        (lambda: log_feet(0, "5.99"), "logs to 0 ft"),
        (lambda: log_feet("0.49"), "0.49 ft logs to 0 ft"),
        (lambda: LengthReading.metres("0.04"), "logs to 0.0 m"),
        (lambda: LengthReading.feet("0", "5"), "logs to 0 ft"),
        (lambda: log_feet(5000), "too large"),
        (lambda: log_metres(float("nan")), "not a finite number"),
        (lambda: log_feet(76, 12), "less than 12"),
        (lambda: log_feet(76, "-1"), "negative"),
        (lambda: LengthReading.feet("76.5", "3"), "whole number"),
        (lambda: parse_length("10", "yd"), "not m or ft"),
        (lambda: log_gland_cm("x"), "not a number"),
        (lambda: log_gland_cm("-0.5"), "negative"),
        (lambda: log_gland_cm("500"), "too large"),
    ],
)
def test_bad_readings_are_refused_with_a_reason(call, message):
    with pytest.raises(MeasurementError, match=message):
        call()


@pytest.mark.parametrize(
    "cm, logged, lactating",
    [
        ("9.5", 10, True),
        ("9.49", 9, False),
        ("10.5", 11, True),
        ("10.49", 10, True),
        ("9.4999", 9, False),
        ("10", 10, True),
        ("0", 0, False),
        (9.5, 10, True),
    ],
)
def test_gland_logged_to_nearest_cm_and_sperm_lactation(cm, logged, lactating):
    assert log_gland_cm(cm) == Decimal(logged)
    assert sperm_lactating(log_gland_cm(cm)) is lactating


def test_baleen_lactating_when_any_milk():
    assert baleen_lactating(True) is True and baleen_lactating(False) is False


def _fraction_half_up(value: Fraction, step: Fraction) -> Fraction:
    units = value / step
    floor = units.numerator // units.denominator
    return (floor + (1 if units - floor >= Fraction(1, 2) else 0)) * step


@given(st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("999"), places=4, allow_nan=False))
def test_metres_match_exact_fraction_arithmetic(value):
    expected = _fraction_half_up(Fraction(value), Fraction(1, 10))
    if expected == 0:  # logs to zero: refused like 0 m itself
        with pytest.raises(MeasurementError, match="logs to 0.0 m"):
            log_metres(value)
        return
    assert Fraction(log_metres(value)) == expected
    assert log_metres(value).as_tuple().exponent == -1  # always one decimal, as logged (para 23)


@given(st.integers(min_value=0, max_value=200), st.fractions(min_value=0, max_value=Fraction(119, 10)))
def test_feet_inches_match_exact_fraction_arithmetic(feet, inches):
    inches = Fraction(round(inches * 100), 100)
    if feet == 0 and inches == 0:
        return
    inch_text = str(Decimal(inches.numerator) / Decimal(inches.denominator))
    total = feet + inches / 12
    expected = _fraction_half_up(total, Fraction(1))
    if expected == 0:  # logs to zero: refused like 0 ft itself
        with pytest.raises(MeasurementError, match="logs to 0 ft"):
            log_feet(feet, inch_text)
        return
    assert Fraction(log_feet(feet, inch_text)) == expected


@given(st.decimals(min_value=0, max_value=99, places=3, allow_nan=False))
def test_gland_matches_exact_fraction_arithmetic(value):
    assert Fraction(log_gland_cm(value)) == _fraction_half_up(Fraction(value), Fraction(1))


@given(st.floats(min_value=0.1, max_value=999, allow_nan=False, allow_infinity=False))
def test_floats_round_as_their_shortest_decimal_repr(value):
    assert log_metres(value) == log_metres(repr(value))
