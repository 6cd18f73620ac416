"""Issue 12: checksum-valid sentences with odd fields. Each was read as a wrong valid position or speed before.

A bad field is rejected and counted (`rejected_fields`), never turned into a different number: a bad position
leaves no position from that sentence, a bad SOG/COG leaves the value null while the position is kept.
"""

from __future__ import annotations

import pytest

from whalelog_gui.nav.nmea import NmeaDecoder, decode_lines
from whalelog_gui.zones.areas import load_areas
from whalelog_gui.zones.monitor import ZoneMonitor
from tests.nav.conftest import s

RMC = "GPRMC,120001.00,A,{lat},{lat_h},{lon},{lon_h},{sog},{cog},010524,,,{mode}"
GOOD = dict(lat="6000.000", lat_h="S", lon="09000.000", lon_h="W", sog="11.5", cog="181.2", mode="A")


def rmc(**fields) -> str:
    return RMC.format(**{**GOOD, **fields})


def gga(quality: str = "1", lat: str = "6000.000") -> str:
    return f"GPGGA,120001.00,{lat},S,09000.000,W,{quality},09,0.9,12.0,M,-30.0,M,,"


def one(*bodies: str):
    fixes, c = decode_lines([s(b) for b in bodies])
    return fixes, c


def test_the_good_sentence_is_60_south_90_west():
    [fix], c = one(rmc())
    assert fix.valid and fix.lat == -60.0 and fix.lon == -90.0 and fix.sog_kn == 11.5 and fix.cog_deg == 181.2
    assert c.rejected_fields == 0


@pytest.mark.parametrize(
    "field, value",
    [
        ("lat", " 6000.000"),  # the repro: a space before the latitude read as 6 degrees
        ("lat", "+6000.000"),
        ("lat", "-6000.000"),
        ("lat", "6000.000 "),
        ("lat", "60_00.000"),
        ("lat", "6.0e3"),
        ("lat", "6000.0.00"),  # two decimal points
        ("lat", "600.000"),  # ddmm needs four digits before the point
        ("lat", "6000"),  # no decimal minutes
        ("lat", "6060.000"),  # 60 minutes
        ("lat", "9000.001"),  # beyond 90 degrees
        ("lat", "nan"),
        ("lat", "inf"),
        ("lat", "0x1770"),  # hex
        ("lon", "-9000.000"),  # read as +90 before
        ("lon", "-09000.000"),  # read as +9 before
        ("lon", "9000.000"),  # dddmm needs three degree digits
        ("lon", "18000.001"),  # beyond 180
        ("lon", "09060.000"),
        ("lat_h", "s"),
        ("lat_h", "E"),
        ("lat_h", "SS"),
        ("lon_h", "N"),
        ("lon_h", ""),
    ],
)
def test_bad_position_field_is_rejected_never_a_different_position(field, value):
    fixes, c = one(rmc(**{field: value}))
    assert c.rejected_fields == 1 and c.unparsable == 1 and c.accepted == 0
    assert fixes == []  # no epoch, no position: nothing a consumer could mistake for a fix


def test_bad_position_in_rmc_leaves_the_gga_of_the_epoch_its_own_fix():
    [fix], c = one(rmc(lat=" 6000.000"), gga())
    assert fix.valid and fix.lat == -60.0 and c.rejected_fields == 1


@pytest.mark.parametrize(
    "sog",
    ["1_000", "1e9", "-5.0", "+5.0", " 5.0", "nan", "inf", "0x10", "5..0", "100.01", "1000"],
)
def test_bad_or_impossible_sog_is_null_and_the_position_kept(sog):
    [fix], c = one(rmc(sog=sog))
    assert fix.valid and fix.lat == -60.0 and fix.lon == -90.0
    assert fix.sog_kn is None and fix.cog_deg == 181.2 and c.rejected_fields == 1 and c.accepted == 1


@pytest.mark.parametrize("sog, expected", [("0", 0.0), ("0.0", 0.0), ("100", 100.0), ("100.00", 100.0), ("99.9", 99.9)])
def test_sog_at_and_inside_the_limit_is_kept(sog, expected):
    [fix], c = one(rmc(sog=sog))
    assert fix.sog_kn == expected and c.rejected_fields == 0


def test_sog_limit_is_a_setting():
    decoder = NmeaDecoder(sog_limit_kn=20.0)
    fixes = decoder.feed((s(rmc(sog="20.1")) + "\r\n").encode()) + decoder.flush()
    assert fixes[0].sog_kn is None and decoder.counters.rejected_fields == 1
    decoder = NmeaDecoder(sog_limit_kn=20.0)
    fixes = decoder.feed((s(rmc(sog="20.0")) + "\r\n").encode()) + decoder.flush()
    assert fixes[0].sog_kn == 20.0


@pytest.mark.parametrize("cog", ["400", "360", "360.0", "-1", "1e2", "40 0"])
def test_cog_outside_0_to_360_is_null_not_wrapped(cog):
    [fix], c = one(rmc(cog=cog))
    assert fix.valid and fix.cog_deg is None and fix.sog_kn == 11.5 and c.rejected_fields == 1


@pytest.mark.parametrize("cog, expected", [("0", 0.0), ("359.9", 359.9), ("359.99", 359.99)])
def test_cog_inside_the_range_is_kept(cog, expected):
    [fix], _ = one(rmc(cog=cog))
    assert fix.cog_deg == expected


def test_bad_vtg_speed_is_null_too():
    [fix], c = one(gga(), "GPVTG,181.2,T,,M,1e9,N,9.3,K,A")
    assert fix.valid and fix.sog_kn is None and fix.cog_deg == 181.2 and c.rejected_fields == 1


def test_absurd_speed_no_longer_drives_the_look_ahead():
    """The issue's chart log: SOG 1e9 gave warnings for areas 6,000 NM away with ETA 0.0."""
    [fix], _ = one(rmc(lat="3000.000", lat_h="N", lon="06000.000", lon_h="W", sog="1e9", cog="90.0"))
    picture = ZoneMonitor(load_areas(), "factory-ship", lookahead_min=30.0).update(fix)
    assert fix.sog_kn is None
    assert not any(a.approach for a in picture.areas)


@pytest.mark.parametrize(
    "bodies, quality",
    [
        ([gga("7")], "manual"),
        ([gga("8")], "simulator"),
        ([gga("0")], "invalid"),
        ([rmc(mode="S")], "simulator"),
        ([rmc(mode="M")], "manual"),
        ([rmc(mode="N")], "invalid"),
        ([rmc(), gga("8")], "simulator"),  # one sentence of the epoch saying "simulated" is enough
        (["GNGNS,120001.00,6000.000,S,09000.000,W,AS,14,0.9,12.0,-30.0,,"], "simulator"),
        (["GNGNS,120001.00,6000.000,S,09000.000,W,MN,14,0.9,12.0,-30.0,,"], "manual"),
        (["GNGNS,120001.00,6000.000,S,09000.000,W,NN,14,0.9,12.0,-30.0,,"], "invalid"),
        (["GPGLL,6000.000,S,09000.000,W,120001.00,A,S"], "simulator"),
    ],
)
def test_manual_simulated_and_no_fix_indicators_are_not_valid_fixes(bodies, quality):
    [fix], c = one(*bodies)
    assert not fix.valid and fix.quality == quality and c.valid_fixes == 0


@pytest.mark.parametrize(
    "bodies, quality",
    [
        ([gga("1")], "gps"),
        ([gga("2")], "dgps"),
        ([gga("4")], "rtk"),
        ([gga("5")], "float-rtk"),
        ([gga("3")], "pps"),
        ([rmc(mode="D")], "dgps"),
        ([rmc(), gga("2")], "dgps"),
        (["GNGNS,120001.00,6000.000,S,09000.000,W,AN,14,0.9,12.0,-30.0,,"], "gps"),
    ],
)
def test_measured_fixes_are_valid_with_their_quality(bodies, quality):
    [fix], _ = one(*bodies)
    assert fix.valid and fix.quality == quality and not fix.dead_reckoned


@pytest.mark.parametrize(
    "bodies",
    [
        [gga("6")],
        [rmc(mode="E")],
        [rmc(mode="A"), gga("6")],
        [rmc(mode="E"), gga("1")],
        ["GNGNS,120001.00,6000.000,S,09000.000,W,EN,14,0.9,12.0,-30.0,,"],
    ],
)
def test_dead_reckoning_is_valid_but_marked_dr(bodies):
    [fix], _ = one(*bodies)
    assert fix.valid and fix.quality == "dr" and fix.dead_reckoned


@pytest.mark.parametrize(
    "body",
    [
        gga("9"),
        gga("x"),
        gga("1.0"),
        rmc(mode="X"),
        rmc(mode="AA"),
        rmc().replace(",A,6000", ",X,6000"),
        "GNGNS,120001.00,6000.000,S,09000.000,W,AZ,14,0.9,12.0,-30.0,,",
    ],
)
def test_an_unreadable_fix_indicator_is_a_rejected_field(body):
    fixes, c = one(body)
    assert fixes == [] and c.rejected_fields == 1 and c.unparsable == 1


@pytest.mark.parametrize(
    "field, body",
    [
        ("satellites", "GPGGA,120001.00,6000.000,S,09000.000,W,1,9x,0.9,12.0,M,-30.0,M,,"),
        ("hdop", "GPGGA,120001.00,6000.000,S,09000.000,W,1,09,-0.9,12.0,M,-30.0,M,,"),
    ],
)
def test_bad_auxiliary_gga_field_is_null_and_the_fix_kept(field, body):
    [fix], c = one(body)
    assert fix.valid and c.rejected_fields == 1
    assert (fix.satellites if field == "satellites" else fix.hdop) is None


def test_bad_date_is_rejected_and_the_position_kept():
    [fix], c = one(rmc().replace("010524", "01O524"))
    assert fix.valid and fix.time is None and c.rejected_fields == 1


def test_proprietary_sentences_are_ignored_and_counted():
    fixes, c = one("PGRME,15.0,M,45.0,M,25.0,M", "PUBX,00,120001.00,6000.000,S,09000.000,W", rmc())
    assert len(fixes) == 1 and c.proprietary == 2 and c.skipped == 2 and c.accepted == 1


def test_any_talker_is_decoded_by_the_same_sentence_class():
    for talker in ("GP", "GN", "GL", "GA", "BD", "GB", "GQ", "IN", "II"):
        [fix], _ = one(talker + rmc()[2:])
        assert fix.valid and fix.lat == -60.0
