"""Recorded simulator streams (tests/data/sim_*.nmea, re-recorded by tests/nav/record_logs.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from geographiclib.geodesic import Geodesic

from whalelog_gui.nav.nmea import NmeaDecoder
from whalelog_gui.nav.simulator import demo_voyage

DATA = Path(__file__).resolve().parents[1] / "data"


def decode_file(name: str):
    decoder = NmeaDecoder(name)
    data = (DATA / name).read_bytes()
    fixes = []
    for i in range(0, len(data), 4096):  # arbitrary chunking, as a serial port delivers it
        fixes += decoder.feed(data[i : i + 4096])
    return fixes + decoder.flush(), decoder.counters


def off_track_m(fix, start: datetime) -> float:
    p = demo_voyage().position_at((fix.time - start).total_seconds())
    return Geodesic.WGS84.Inverse(fix.lat, fix.lon, p.lat, p.lon)["s12"]


def test_ten_minute_voyage_with_noise():
    start = datetime(2024, 5, 1, 6, 0, tzinfo=timezone.utc)
    fixes, c = decode_file("sim_voyage_10min_noise.nmea")
    assert (c.sentences, c.accepted, c.epochs, c.valid_fixes) == (3600, 3600, 600, 600)
    assert [f.time for f in fixes] == [start + timedelta(seconds=i) for i in range(600)]
    assert max(off_track_m(f, start) for f in fixes) < 20  # 3 m sigma noise
    assert fixes[0].lat > -60 > fixes[60].lat  # crossed into the sanctuary (60°S leg) in the first minute


def test_dropouts_and_corruption_never_leak_into_a_valid_fix():
    start = datetime(2024, 5, 1, 7, 0, tzinfo=timezone.utc)
    fixes, c = decode_file("sim_dropouts_corruption.nmea")
    assert c.sentences == c.accepted + c.bad_checksum + c.unparsable + c.skipped
    assert c.bad_checksum > 0 and 0 < c.valid_fixes < c.epochs
    valid = [f for f in fixes if f.valid]
    assert max(off_track_m(f, start) for f in valid) < 1  # no noise configured: damaged data would show
    assert all(f.lat is None for f in fixes if not f.valid and f.quality == "invalid")
    times = [f.time for f in fixes]
    assert times == sorted(times) and len(set(times)) == len(times)  # one Fix per epoch


def test_gga_only_stream_across_midnight():
    start = datetime(2024, 12, 31, 23, 58, 0, tzinfo=timezone.utc)
    fixes, c = decode_file("sim_midnight_gga_only.nmea")
    assert c.epochs == 240 and c.valid_fixes == 240
    assert [f.time for f in fixes] == [start + timedelta(seconds=i) for i in range(240)]
    assert fixes[-1].time.date().isoformat() == "2025-01-01"
