"""Each supported sentence from any talker, and what makes a fix valid."""

from __future__ import annotations

from datetime import datetime, time, timezone

import pytest

from whalelog_gui.nav.nmea import decode_lines
from tests.nav.conftest import GGA, GSA, LAT, LON, RMC, VTG, s

TALKERS = ["GP", "GN", "GL", "GA", "GB", "BD", "GQ", "IN"]


def one(*bodies: str, **kw):
    fixes, counters = decode_lines([s(b) for b in bodies], source="t", **kw)
    assert counters.accepted == len(bodies), counters
    assert len(fixes) == 1, fixes
    return fixes[0]


@pytest.mark.parametrize("talker", TALKERS)
def test_rmc_from_any_talker(talker):
    fix = one(talker + RMC[2:])
    assert fix.valid and fix.lat == pytest.approx(LAT) and fix.lon == pytest.approx(LON)
    assert fix.sog_kn == 11.5 and fix.cog_deg == 181.2
    assert fix.time == datetime(2024, 5, 1, 12, 0, 1, tzinfo=timezone.utc)
    assert fix.source == "t"


@pytest.mark.parametrize("talker", TALKERS)
def test_gga_from_any_talker_has_quality_satellites_hdop_but_no_date(talker):
    fix = one(talker + GGA[2:])
    assert fix.valid and fix.quality == "gps" and fix.satellites == 9 and fix.hdop == 0.9
    assert fix.time is None and fix.time_of_day == time(12, 0, 1, tzinfo=timezone.utc)


def test_gll_position_and_status():
    fix = one("GNGLL,4512.3450,S,16030.0000,E,120001.00,A,A")
    assert fix.valid and fix.lat == pytest.approx(LAT) and fix.time_of_day == time(12, 0, 1, tzinfo=timezone.utc)
    assert not one("GNGLL,4512.3450,S,16030.0000,E,120001.00,V,N").valid


def test_gns_mode_letters():
    fix = one("GNGNS,120001.00,4512.3450,S,16030.0000,E,AAN,14,0.7,12.0,-30.0,,")
    assert fix.valid and fix.satellites == 14 and fix.hdop == 0.7
    assert not one("GNGNS,120001.00,4512.3450,S,16030.0000,E,NNN,00,,,,,").valid


def test_vtg_gives_course_and_speed_to_its_epoch():
    fix = one(GGA, VTG)
    assert fix.cog_deg == 181.2 and fix.sog_kn == 11.5


def test_gsa_hdop_used_when_gga_has_none():
    fix = one("GPGGA,120001.00,4512.3450,S,16030.0000,E,1,09,,12.0,M,-30.0,M,,", GSA)
    assert fix.hdop == 0.8


def test_zda_gives_the_date_to_a_gga_epoch():
    fix = one("GPZDA,120001.00,01,05,2024,00,00", GGA)
    assert fix.time == datetime(2024, 5, 1, 12, 0, 1, tzinfo=timezone.utc)


def test_rmc_status_v_is_not_valid():
    assert not one(RMC.replace(",A,4512", ",V,4512")).valid


def test_rmc_mode_n_is_not_valid():
    assert not one(RMC[:-1] + "N").valid


def test_gga_quality_zero_is_not_valid_even_with_valid_rmc():
    assert not one(RMC, GGA.replace(",E,1,09", ",E,0,09")).valid


def test_empty_position_is_not_valid_and_has_no_lat_lon():
    fix = one("GPRMC,120001.00,A,,,,,,,010524,,,A")
    assert not fix.valid and fix.lat is None and fix.lon is None
    assert fix.time == datetime(2024, 5, 1, 12, 0, 1, tzinfo=timezone.utc)


def test_north_east_south_west_signs():
    fix = one("GPRMC,120001.00,A,0130.0000,N,00130.0000,W,0.0,0.0,010524,,,A")
    assert fix.lat == pytest.approx(1.5) and fix.lon == pytest.approx(-1.5)


def test_millisecond_time_and_two_digit_year_80_to_99_is_19xx():
    fix = one("GPRMC,235959.123,A,4512.3450,S,16030.0000,E,0.0,0.0,311285,,,A")
    assert fix.time == datetime(1985, 12, 31, 23, 59, 59, 123000, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "body",
    [
        "GPRMC,250001.00,A,4512.3450,S,16030.0000,E,11.5,181.2,010524,,,A",  # hour 25
        "GPRMC,120001.00,A,4512.3450,X,16030.0000,E,11.5,181.2,010524,,,A",  # hemisphere X
        "GPRMC,120001.00,A,4572.3450,S,16030.0000,E,11.5,181.2,010524,,,A",  # 72 minutes
        "GPRMC,120001.00,A,9512.3450,S,16030.0000,E,11.5,181.2,010524,,,A",  # 95 degrees
        "GPRMC,120001.00,A,4512.3450,S,18130.0000,E,11.5,181.2,010524,,,A",  # 181 degrees
        "GPGGA,12:00:01,4512.3450,S,16030.0000,E,1,09,0.9,12.0,M,-30.0,M,,",
    ],
)
def test_impossible_values_are_unparsable(body):
    fixes, c = decode_lines([s(body)])
    assert c.unparsable == 1 and c.accepted == 0 and fixes == []
