"""The simulator sails its voyage and says so in real NMEA that our own decoder reads back."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from geographiclib.geodesic import Geodesic

from whalelog_gui.nav.nmea import NmeaDecoder, decode_lines
from whalelog_gui.nav.simulator import SimulatorSource, demo_voyage
from whalelog_gui.nav.voyage import Voyage, VoyageError, Waypoint

START = datetime(2024, 5, 1, 12, 0, 0, tzinfo=timezone.utc)


def metres(a_lat, a_lon, b_lat, b_lon) -> float:
    return Geodesic.WGS84.Inverse(a_lat, a_lon, b_lat, b_lon)["s12"]


def test_simulated_nmea_parses_back_to_the_voyage_waypoints():
    voyage = Voyage(
        "square", (Waypoint(-40.0, 170.0), Waypoint(-40.05, 170.0), Waypoint(-40.05, 170.1)), speed_kn=20.0, loop=False
    )
    sim = SimulatorSource(voyage, rate_hz=1.0, start_time=START, extra_sentences=("ZDA", "GLL"))
    epochs = int(voyage.duration_s) + 5
    fixes, counters = decode_lines(list(sim.lines(epochs)))
    assert counters.accepted == counters.sentences == epochs * 6 and len(fixes) == epochs
    assert all(f.valid for f in fixes)
    leg1 = voyage._legs[0][2]
    at_wp2 = fixes[round(leg1)]
    assert metres(at_wp2.lat, at_wp2.lon, -40.05, 170.0) < 15  # one second at 20 kn is ~10 m
    assert metres(fixes[-1].lat, fixes[-1].lon, -40.05, 170.1) < 1 and fixes[-1].sog_kn == 0.0
    assert fixes[0].cog_deg == pytest.approx(180.0, abs=0.1) and fixes[0].sog_kn == 20.0
    assert fixes[round(leg1) + 3].cog_deg == pytest.approx(90.0, abs=0.5)
    assert [f.time for f in fixes[:2]] == [START, START + timedelta(seconds=1)]


def test_demo_voyage_crosses_into_the_southern_ocean_sanctuary_within_a_minute_then_leaves():
    # Schedule para 7(b): the sanctuary's southern leg is 60°S between 130°W and 50°W
    sim = SimulatorSource(demo_voyage(), rate_hz=1.0, start_time=START)
    fixes, _ = decode_lines(list(sim.lines(60)))
    assert all(f.valid for f in fixes)
    assert fixes[0].lat > -60.0 and -130.0 <= fixes[0].lon <= -50.0
    assert fixes[0].cog_deg == pytest.approx(180.0, abs=1) and fixes[0].sog_kn == 12.0
    first_inside = next(i for i, f in enumerate(fixes) if f.lat < -60.0)
    assert 30 <= first_inside <= 55
    loop_s = int(demo_voyage().duration_s)
    fixes, _ = decode_lines(list(sim.lines(loop_s + 120)))
    inside = [f.lat < -60.0 for f in fixes]
    left_at = inside.index(False, first_inside)
    assert left_at < loop_s  # turns north and leaves the sanctuary
    assert any(inside[loop_s:])  # and comes back on the next loop


def test_rate_and_time_scale_with_injected_clock():
    now = [0.0]
    sim = SimulatorSource(
        demo_voyage(),
        rate_hz=10.0,
        time_scale=5.0,
        start_time=START,
        clock=lambda: now[0],
        sleep=lambda s: now.__setitem__(0, now[0] + s),
    )
    sim.open()
    decoder = NmeaDecoder()
    fixes = []
    while now[0] < 1.0:
        fixes += decoder.feed(sim.read(0.05))
    fixes += decoder.flush()
    assert len(fixes) in (10, 11)  # 10 epochs per (fake) second
    assert fixes[1].time - fixes[0].time == timedelta(seconds=0.5)  # each epoch is 0.5 s of ship time


def test_dropout_corruption_and_silence_on_demand():
    sim = SimulatorSource(demo_voyage(), start_time=START)
    sim.drop_fix(3)
    fixes, _ = decode_lines(list(sim.lines(5)))
    assert [f.valid for f in fixes] == [False, False, False, True, True]
    assert fixes[0].lat is None and fixes[0].time == START
    sim.corrupt_next(4)
    damaged = list(sim.lines(2, start_epoch=5))
    clean = list(SimulatorSource(demo_voyage(), start_time=START).lines(2, start_epoch=5))
    assert [a != b for a, b in zip(damaged, clean)] == [True] * 4 + [False] * 4
    _, counters = decode_lines(damaged)
    assert counters.accepted >= 4  # some damage (NUL noise, "$$") is recovered by the framer, by design
    sim.go_silent(2)
    assert list(sim.lines(2, start_epoch=7)) == []


def test_noise_moves_positions_by_metres_not_miles():
    clean = decode_lines(list(SimulatorSource(demo_voyage(), start_time=START).lines(30)))[0]
    noisy = decode_lines(list(SimulatorSource(demo_voyage(), start_time=START, noise_m=5.0, seed=2).lines(30)))[0]
    offsets = [metres(a.lat, a.lon, b.lat, b.lon) for a, b in zip(clean, noisy)]
    assert max(offsets) < 40 and sum(offsets) / len(offsets) > 1


@pytest.mark.parametrize(
    "content, words",
    [
        ("not json", "not a voyage"),
        (json.dumps({"waypoints": [{"lat": -40, "lon": 160}]}), "two waypoints"),
        (json.dumps({"waypoints": [{"lat": -95, "lon": 160}, {"lat": 0, "lon": 0}]}), "not a position"),
        (json.dumps({"speed_kn": 0, "waypoints": [{"lat": -40, "lon": 160}, {"lat": 0, "lon": 0}]}), "speed"),
    ],
)
def test_bad_voyage_files_say_what_is_wrong(tmp_path, content, words):
    path = tmp_path / "v.json"
    path.write_text(content)
    with pytest.raises(VoyageError, match=words) as info:
        Voyage.load(path)
    assert str(path) in str(info.value)


def test_across_the_antimeridian():
    voyage = Voyage("dateline", (Waypoint(-45.0, 179.99), Waypoint(-45.0, -179.99)), speed_kn=10, loop=False)
    fixes, _ = decode_lines(list(SimulatorSource(voyage, start_time=START).lines(int(voyage.duration_s) + 2)))
    assert fixes[0].lon > 179.9 and fixes[-1].lon < -179.9
    assert all(abs(f.lon) > 179.9 for f in fixes)
