"""Log replay paced by the sentences' own times (injected clock: no timing assertions)."""

from __future__ import annotations

import pytest

from whalelog_gui.nav.nmea import NmeaDecoder
from whalelog_gui.nav.sources import EndOfStream, ReplaySource
from tests.nav.conftest import s


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.now += seconds


def write_log(path, times: list[str]) -> None:
    lines = []
    for t in times:
        lines.append(s(f"GPRMC,{t},A,4512.3450,S,16030.0000,E,11.5,181.2,010524,,,A"))
        lines.append(s(f"GPGGA,{t},4512.3450,S,16030.0000,E,1,09,0.9,12.0,M,-30.0,M,,"))
        lines.append(s("GPVTG,181.2,T,,M,11.5,N,21.3,K,A"))
    path.write_text("\r\n".join(lines) + "\r\n")


def release_times(source: ReplaySource, clock: FakeClock) -> list[tuple[float, bytes]]:
    """When (fake clock, relative to the start) each line came out of read()."""
    source.open()
    start = clock.now
    out = []
    while True:
        try:
            data = source.read(0.25)
        except EndOfStream:
            return out
        out += [(round(clock.now - start, 6), line) for line in data.splitlines()]


@pytest.mark.parametrize("speed, expected", [(1.0, [0, 1, 2, 4]), (2.0, [0, 0.5, 1, 2]), (0.5, [0, 2, 4, 8])])
def test_paced_by_sentence_times_with_speed_factor(tmp_path, speed, expected):
    log = tmp_path / "log.nmea"
    write_log(log, ["120000.00", "120001.00", "120002.00", "120004.00"])
    clock = FakeClock()
    released = release_times(ReplaySource(log, speed=speed, clock=clock, sleep=clock.sleep), clock)
    assert len(released) == 12
    epochs = [t for t, line in released if b"RMC" in line]
    assert epochs == expected
    # GGA and VTG of an epoch come out with its RMC, not later
    assert [t for t, _ in released] == [t for t in expected for _ in range(3)]


def test_midnight_in_the_log_is_one_second_not_a_day(tmp_path):
    log = tmp_path / "log.nmea"
    write_log(log, ["235959.00", "000000.00", "000001.00"])
    clock = FakeClock()
    released = release_times(ReplaySource(log, speed=1.0, clock=clock, sleep=clock.sleep), clock)
    assert [t for t, line in released if b"RMC" in line] == [0, 1, 2]


def test_long_gap_in_the_log_is_skipped(tmp_path):
    log = tmp_path / "log.nmea"
    write_log(log, ["120000.00", "130000.00", "130001.00"])
    clock = FakeClock()
    released = release_times(ReplaySource(log, speed=1.0, clock=clock, sleep=clock.sleep), clock)
    assert [t for t, line in released if b"RMC" in line] == [0, 0, 1]


def test_as_fast_as_possible_never_sleeps(tmp_path):
    log = tmp_path / "log.nmea"
    write_log(log, [f"1200{i:02d}.00" for i in range(30)])

    def no_sleep(_):
        raise AssertionError("slept")

    source = ReplaySource(log, speed=None, sleep=no_sleep)
    source.open()
    decoder = NmeaDecoder()
    fixes = []
    with pytest.raises(EndOfStream):
        while True:
            fixes += decoder.feed(source.read(0.1))
    fixes += decoder.flush()
    assert len(fixes) == 30


def test_loop_restarts_the_log(tmp_path):
    log = tmp_path / "log.nmea"
    write_log(log, ["120000.00", "120001.00"])
    clock = FakeClock()
    source = ReplaySource(log, speed=1.0, loop=True, clock=clock, sleep=clock.sleep)
    source.open()
    data = b"".join(source.read(0.5) for _ in range(12))
    assert data.count(b"RMC") >= 4


def test_missing_log_raises_oserror_on_open(tmp_path):
    with pytest.raises(OSError):
        ReplaySource(tmp_path / "nope.nmea").open()


def test_speed_must_be_positive(tmp_path):
    with pytest.raises(ValueError):
        ReplaySource(tmp_path / "x", speed=0)
