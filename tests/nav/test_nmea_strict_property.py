"""Issue 12 property: any checksum-valid RMC/GGA built from random field strings gives either a valid fix whose
latitude/longitude equal what a strict decoder gives, or no valid fix at all. Never a different position.

The reference decoder here is written independently of whalelog_gui.nav (exact Decimal arithmetic on the NMEA
0183 grammar), so a lenient conversion anywhere in the chain (float(" 6000"), "1_000", "-0900", "nan") fails it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from whalelog_gui.nav.nmea import decode_lines, with_checksum

# characters that make fields look almost right: signs, spaces, exponent, underscore, a second point, hex,
# non-ASCII digits (superscripts are str.isdigit() in Python), letters of nan/inf
NOISE = "0123456789.+- e_xabfnNiIS\u00b2\u00b3\u00b9"
LAT_LIKE = st.one_of(
    st.from_regex(r"\A[0-9]{4}\.[0-9]{1,6}\Z"),  # grammatical; may still be out of range
    st.from_regex(r"\A[0-9]{2}[0-5][0-9]\.[0-9]{1,4}\Z"),
    st.text(alphabet=NOISE, max_size=12),
    st.sampled_from(
        [
            " 6000.000",
            "+6000.000",
            "-6000.000",
            "6000.000 ",
            "60_00.000",
            "6e3",
            "nan",
            "inf",
            "",
            "9000.000",
            "9000.0001",
            "0000.000",
            "5959.9999",
        ]
    ),
)
LON_LIKE = st.one_of(
    st.from_regex(r"\A[0-9]{5}\.[0-9]{1,6}\Z"),
    st.from_regex(r"\A1[0-7][0-9][0-5][0-9]\.[0-9]{1,4}\Z"),
    st.text(alphabet=NOISE, max_size=12),
    st.sampled_from(["-9000.000", "-09000.000", "09000.000", "18000.000", "18000.001", "17959.999", ""]),
)
HEMI = st.sampled_from(["N", "S", "E", "W", "n", "s", "", " S", "NS", "0"])
NUMBER_LIKE = st.one_of(st.from_regex(r"\A[0-9]{1,3}(\.[0-9]{1,2})?\Z"), st.text(alphabet=NOISE, max_size=8))


def strict_coordinate(value: str, hemisphere: str, degree_digits: int, limit: int, negative: str, positive: str):
    """The NMEA 0183 reading of a coordinate field pair, or None if it is not one."""
    if re.fullmatch(r"[0-9]{%d}[0-9]{2}\.[0-9]+" % degree_digits, value) is None:
        return None
    if hemisphere not in (negative, positive):
        return None
    degrees, minutes = Decimal(value[:degree_digits]), Decimal(value[degree_digits:])
    if minutes >= 60:
        return None
    result = degrees + minutes / 60
    if result > limit:
        return None
    return -result if hemisphere == negative else result


def check(body: str, lat: str, lat_h: str, lon: str, lon_h: str) -> None:
    try:
        sentence = with_checksum(body)
    except UnicodeEncodeError:
        return
    fixes, counters = decode_lines([sentence])
    assert counters.sentences == 1 and counters.bad_checksum == 0
    expected_lat = strict_coordinate(lat, lat_h, 2, 90, "S", "N")
    expected_lon = strict_coordinate(lon, lon_h, 3, 180, "W", "E")
    for fix in fixes:
        if fix.lat is not None or fix.lon is not None:
            assert expected_lat is not None and expected_lon is not None, (sentence, fix)
            assert abs(Decimal(fix.lat) - expected_lat) < Decimal("1e-9"), (sentence, fix.lat, expected_lat)
            assert abs(Decimal(fix.lon) - expected_lon) < Decimal("1e-9"), (sentence, fix.lon, expected_lon)
        if fix.valid:
            assert fix.lat is not None


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lat=LAT_LIKE,
    lat_h=HEMI,
    lon=LON_LIKE,
    lon_h=HEMI,
    status=st.sampled_from(["A", "V", "", "a", "X"]),
    sog=NUMBER_LIKE,
    cog=NUMBER_LIKE,
    mode=st.sampled_from(["A", "D", "E", "N", "S", "M", "", "Z"]),
)
def test_rmc_valid_fix_is_the_strict_reading_or_no_fix(lat, lat_h, lon, lon_h, status, sog, cog, mode):
    check(f"GPRMC,120001.00,{status},{lat},{lat_h},{lon},{lon_h},{sog},{cog},010524,,,{mode}", lat, lat_h, lon, lon_h)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lat=LAT_LIKE,
    lat_h=HEMI,
    lon=LON_LIKE,
    lon_h=HEMI,
    quality=st.sampled_from(list("012345678") + ["", "9", " 1"]),
    sats=NUMBER_LIKE,
    hdop=NUMBER_LIKE,
    talker=st.sampled_from(["GP", "GN", "GL", "BD"]),
)
def test_gga_valid_fix_is_the_strict_reading_or_no_fix(lat, lat_h, lon, lon_h, quality, sats, hdop, talker):
    check(
        f"{talker}GGA,120001.00,{lat},{lat_h},{lon},{lon_h},{quality},{sats},{hdop},12.0,M,-30.0,M,,",
        lat,
        lat_h,
        lon,
        lon_h,
    )
