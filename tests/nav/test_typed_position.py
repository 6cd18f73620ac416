"""Typing a position by hand for a catch or the noon position: what is accepted and why the rest is refused."""

import pytest

from whalelog_gui.nav.typed_position import parse_coordinate


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        ("45°12.345′S", "lat", -(45 + 12.345 / 60)),
        ("45 12.345 S", "lat", -(45 + 12.345 / 60)),
        ("S 45 12.345", "lat", -(45 + 12.345 / 60)),
        ("62°06.000'S", "lat", -62.1),
        ("171°18,000′E", "lon", 171.3),
        ("80 30 w", "lon", -80.5),
        ("-45.2057", "lat", -45.2057),
        ("180°00.000′W", "lon", -180.0),
        ("12.5 N", "lat", 12.5),
    ],
)
def test_accepted(text, kind, expected):
    assert parse_coordinate(text, kind) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize(
    "text, kind, reason",
    [
        ("", "lat", "enter the latitude"),
        ("45 12.3", "lat", "add the hemisphere (N or S)"),
        ("45 12.3 E", "lat", "hemisphere must be N or S"),
        ("170 10 S", "lon", "hemisphere must be E or W"),
        ("45 60.0 S", "lat", "minutes must be less than 60"),
        ("91 00 N", "lat", "is outside -90..90"),
        ("-180.5", "lon", "is outside -180..180"),
        ("45.5 30 S", "lat", "give whole degrees when minutes follow"),
        ("N 45 S", "lat", "write it like"),
        ("abc", "lon", "write it like"),
    ],
)
def test_refused_with_reason(text, kind, reason):
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        parse_coordinate(text, kind)
