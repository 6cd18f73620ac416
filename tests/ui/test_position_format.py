from datetime import datetime, time, timezone

import pytest

from whalelog_gui.nav.format import (
    format_cog,
    format_distance_nm,
    format_eta_min,
    format_lat,
    format_lon,
    format_position,
    format_sog,
    format_utc,
)


def test_lat_lon_as_degrees_and_decimal_minutes_with_hemisphere():
    assert format_lat(-(45 + 12.345 / 60)) == "45°12.345′S"
    assert format_lon(160.0) == "160°00.000′E"
    assert format_lat(0.5) == "00°30.000′N"
    assert format_lon(-(7 + 3.2 / 60)) == "007°03.200′W"


def test_rounding_carries_into_the_next_degree():
    assert format_lat(44.9999999) == "45°00.000′N"
    assert format_lon(-179.99999999) == "180°00.000′W"


def test_antimeridian_and_poles():
    assert format_lon(180.0) == "180°00.000′E"
    assert format_lon(-180.0) == "180°00.000′W"
    assert format_lat(-90.0) == "90°00.000′S"


def test_missing_and_out_of_range():
    assert format_lat(None) == "—"
    assert format_position(None, 3.0) == "—"
    with pytest.raises(ValueError):
        format_lat(91.0)
    with pytest.raises(ValueError):
        format_lon(180.5)


def test_speed_course_time_distance_eta():
    assert format_sog(12.345) == "12.3 kn"
    assert format_cog(359.6) == "000°T"
    assert format_cog(5.2) == "005°T"
    assert format_utc(datetime(2024, 5, 1, 12, 0, 1, tzinfo=timezone.utc)) == "2024-05-01 12:00:01 UTC"
    assert format_utc(None, time(23, 59, 58)) == "23:59:58 UTC (no date)"
    assert format_distance_nm(3.04) == "3.0 NM"
    assert format_distance_nm(250.4) == "250 NM"
    assert format_eta_min(75.4) == "1 h 15 min"
    assert format_eta_min(12.0) == "12 min"
    assert format_eta_min(0.2) == "< 1 min"
