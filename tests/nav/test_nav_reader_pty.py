"""The reader thread on a real pseudo-terminal with pyserial on the other end: fixes, states, unplug, re-plug."""

from __future__ import annotations

import threading

import pytest

from whalelog_gui.nav.fix import SourceState
from whalelog_gui.nav.reader import NavReader
from whalelog_gui.nav.sources import SerialSource
from tests.nav.conftest import GGA, GSA, RMC, VTG, Pty, reader_threads, stream, wait_for


class Collector:
    def __init__(self) -> None:
        self.fixes, self.statuses, self.sentences = [], [], []
        self.lock = threading.Lock()

    def fix(self, f):
        with self.lock:
            self.fixes.append(f)

    def status(self, st):
        with self.lock:
            self.statuses.append(st)

    def sentence(self, line):
        with self.lock:
            self.sentences.append(line)

    def states(self):
        with self.lock:
            return [s.state for s in self.statuses]

    def last(self):
        with self.lock:
            return self.statuses[-1] if self.statuses else None


def make_reader(path: str, sink: Collector, **kw) -> NavReader:
    return NavReader(SerialSource(path, 4800, name="gps"), sink.fix, sink.status, sink.sentence, **kw)


def connected(sink: Collector) -> bool:
    """pyserial flushes the input on open, so tests write only once the port is open."""
    return wait_for(lambda: sink.last() is not None and sink.last().message == "connected")


def epoch(second: int) -> bytes:
    t = f"1200{second:02d}.00"
    return stream(*(b.replace("120001.00", t) for b in (RMC, GGA, VTG, GSA)))


def test_fixes_arrive_and_state_becomes_valid(pty):
    sink = Collector()
    reader = make_reader(pty.path, sink)
    reader.start()
    try:
        assert wait_for(lambda: SourceState.NO_DATA in sink.states())
        pty.write(epoch(1))
        assert wait_for(lambda: len(sink.fixes) == 1)  # emitted when the line goes quiet, not a second later
        assert sink.fixes[0].valid and sink.fixes[0].source == "gps" and sink.fixes[0].satellites == 9
        assert wait_for(lambda: sink.last().state is SourceState.VALID_FIX)
        assert sink.last().counters.accepted == 4
        assert len(sink.sentences) == 4 and sink.sentences[0].startswith("$GPRMC")
    finally:
        reader.stop()
    assert reader_threads() == []


def test_fix_lost_is_raised_when_no_bytes_arrive_at_all(pty):
    sink = Collector()
    reader = make_reader(pty.path, sink, lost_fix_after_s=0.3)
    reader.start()
    try:
        assert connected(sink)
        pty.write(epoch(1))
        assert wait_for(lambda: sink.last() is not None and sink.last().state is SourceState.VALID_FIX)
        assert not sink.last().fix_lost
        # nothing more is written: only the reader's own clock can notice
        assert wait_for(lambda: sink.last().fix_lost and sink.last().state is SourceState.NO_DATA)
    finally:
        reader.stop()


def test_no_fix_state_when_receiver_reports_invalid(pty):
    sink = Collector()
    reader = make_reader(pty.path, sink)
    reader.start()
    try:
        assert connected(sink)
        pty.write(stream(RMC.replace(",A,4512", ",V,4512"), GGA.replace(",E,1,09", ",E,0,00")))
        assert wait_for(lambda: sink.last() is not None and sink.last().state is SourceState.NO_FIX)
        assert wait_for(lambda: len(sink.fixes) == 1) and not sink.fixes[0].valid
    finally:
        reader.stop()


def test_recent_raw_keeps_noise_and_bad_lines_for_diagnostics(pty):
    sink = Collector()
    reader = make_reader(pty.path, sink)
    reader.start()
    try:
        assert connected(sink)
        pty.write(b"\x00\xffnoise\r\n" + epoch(1) + b"$GPGGA,broken*00\r\n")
        assert wait_for(lambda: len(reader.recent_raw(60)) == 6)
        raw = reader.recent_raw(60)
        assert raw[0] == "\\x00\\xffnoise" and raw[-1] == "$GPGGA,broken*00"
        assert reader.counters.bad_checksum == 1
    finally:
        reader.stop()


def test_unplug_gives_disconnected_without_crash_or_leaked_thread(pty):
    sink = Collector()
    reader = make_reader(pty.path, sink)
    reader.start()
    assert connected(sink)
    pty.write(epoch(1))
    assert wait_for(lambda: len(sink.fixes) == 1)
    pty.unplug()
    assert wait_for(lambda: sink.last().state is SourceState.DISCONNECTED)
    assert reader._thread.is_alive()  # keeps trying to reconnect
    reader.stop()
    assert not reader._thread.is_alive() and reader_threads() == []


def test_replug_at_the_same_path_reconnects(tmp_path):
    link = str(tmp_path / "gps0")
    first = Pty(link)
    sink = Collector()
    reader = make_reader(link, sink)
    reader.start()
    second = None
    try:
        assert connected(sink)
        first.write(epoch(1))
        assert wait_for(lambda: len(sink.fixes) == 1)
        first.unplug()
        assert wait_for(lambda: sink.last().state is SourceState.DISCONNECTED)
        second = Pty(link)  # the receiver comes back (udev re-points /dev/gps0)
        assert connected(sink)
        second.write(epoch(2))
        assert wait_for(lambda: len(sink.fixes) == 2)
        assert sink.fixes[-1].time_of_day.second == 2
        assert wait_for(lambda: sink.last().state is SourceState.VALID_FIX)
    finally:
        reader.stop()
        if second:
            second.unplug()
    assert reader_threads() == []


def test_port_missing_at_start_is_disconnected_then_connects(tmp_path):
    link = str(tmp_path / "gps0")
    sink = Collector()
    reader = make_reader(link, sink)
    reader.start()
    line = None
    try:
        assert wait_for(lambda: sink.last() is not None and sink.last().state is SourceState.DISCONNECTED)
        assert "cannot open" in sink.last().message
        line = Pty(link)
        assert connected(sink)
        line.write(epoch(3))
        assert wait_for(lambda: len(sink.fixes) == 1)
    finally:
        reader.stop()
        if line:
            line.unplug()


def test_status_is_published_about_once_a_second_with_fresh_counters(pty):
    sink = Collector()
    reader = make_reader(pty.path, sink)
    reader.start()
    try:
        assert connected(sink)
        pty.write(epoch(1))
        assert wait_for(lambda: sink.last() is not None and sink.last().state is SourceState.VALID_FIX)
        count = len(sink.statuses)
        assert wait_for(lambda: len(sink.statuses) >= count + 2, timeout=10)  # no state change, still published
        assert sink.last().counters.accepted == 4
    finally:
        reader.stop()


def test_stop_is_idempotent_and_start_twice_refused(pty):
    reader = make_reader(pty.path, Collector())
    reader.start()
    with pytest.raises(RuntimeError):
        reader.start()
    reader.stop()
    reader.stop()
    assert reader_threads() == []


def test_a_failing_callback_is_logged_and_reading_goes_on(pty, caplog):
    calls = []

    def bad_fix(fix):
        calls.append(fix)
        raise RuntimeError("ui bug")

    sink = Collector()
    reader = NavReader(SerialSource(pty.path), bad_fix, sink.status)
    reader.start()
    try:
        assert connected(sink)
        pty.write(epoch(1))
        assert wait_for(lambda: len(calls) == 1)
        pty.write(epoch(2))
        assert wait_for(lambda: len(calls) == 2)
        assert reader._thread.is_alive() and reader.callback_errors == 2
        assert "ui bug" in caplog.text
    finally:
        reader.stop()
    assert reader_threads() == []
