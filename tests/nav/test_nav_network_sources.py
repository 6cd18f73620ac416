"""Issue 12 sources: NMEA over UDP (unicast, any address, multicast) and gpsd's TPV reports.

Real parts only: UDP sockets on 127.0.0.1 (multicast sent out of the loopback interface), and a real gpsd
(Debian's gpsd package; .ci/run installs it) reading NMEA from a pseudo-terminal, on a localhost port.
Each source goes through the same NavReader: status states, lost-fix and reconnect with back-off.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone

import pytest

from whalelog_gui.nav.fix import SourceState
from whalelog_gui.nav.gpsd import GpsdSource, TpvDecoder
from whalelog_gui.nav.reader import NavReader
from whalelog_gui.nav.simulator import SimulatorSource, demo_voyage
from whalelog_gui.nav.sources import SerialSource, UdpSource, address_error, source_for
from whalelog_gui.settings import AppSettings
from tests.nav.conftest import Pty, s, wait_for

START = datetime(2026, 1, 10, 12, 0, 0, tzinfo=timezone.utc)


def free_port(kind=socket.SOCK_DGRAM) -> int:
    with socket.socket(socket.AF_INET, kind) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Sink:
    def __init__(self) -> None:
        self.fixes, self.statuses = [], []

    def fix(self, f) -> None:
        self.fixes.append(f)

    def status(self, st) -> None:
        self.statuses.append(st)

    def last(self):
        return self.statuses[-1] if self.statuses else None


def epoch_bytes(sim: SimulatorSource, epoch: int) -> bytes:
    return "".join(line + "\r\n" for line in sim.epoch_lines(epoch)).encode()


# --- addresses ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, kind",
    [
        ("udp://:10110", UdpSource),
        ("udp://239.192.0.1:10110", UdpSource),
        ("gpsd://localhost", GpsdSource),
        ("gpsd://10.1.1.1:2948", GpsdSource),
        ("/dev/ttyUSB0", SerialSource),
        ("socket://plotter:10110", SerialSource),
    ],
)
def test_source_for_each_address(text, kind):
    assert type(source_for(text)) is kind


def test_gpsd_port_defaults_to_2947():
    source = source_for("gpsd://localhost")
    assert (source.host, source.port) == ("localhost", 2947)


@pytest.mark.parametrize(
    "text", ["udp://10110", "udp://:0", "udp://:70000", "udp://:port", "gpsd://host:x", "udp://:١٠١١٠"]
)
def test_malformed_network_address_is_refused_with_a_reason(text):
    with pytest.raises(ValueError):
        source_for(text)
    assert address_error(text)
    assert "gps_port" in AppSettings(vessel_name="Kyo Maru", gps_port=text).errors()


# --- UDP ------------------------------------------------------------------------------------------
def run_udp(url: str, send, lost_fix_after_s: float = 0.6):
    sink = Sink()
    reader = NavReader(source_for(url), sink.fix, sink.status, lost_fix_after_s=lost_fix_after_s)
    reader.start()
    try:
        assert wait_for(lambda: sink.last() is not None and sink.last().message == "connected")
        sim = SimulatorSource(demo_voyage(), start_time=START)
        for epoch in range(5):
            send(epoch_bytes(sim, epoch))
            time.sleep(0.1)
        assert wait_for(lambda: len(sink.fixes) >= 4 and sink.last().state is SourceState.VALID_FIX)
        # the sender stops: same states and lost-fix alarm as a serial receiver that goes quiet
        assert wait_for(lambda: sink.last().fix_lost and sink.last().state is SourceState.NO_DATA)
    finally:
        reader.stop()
    return sink


def test_udp_unicast_on_localhost():
    port = free_port()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as tx:
        sink = run_udp(f"udp://127.0.0.1:{port}", lambda data: tx.sendto(data, ("127.0.0.1", port)))
    assert [f.time_of_day.second for f in sink.fixes[:4]] == [0, 1, 2, 3]
    assert all(f.valid and f.quality == "gps" for f in sink.fixes[:4])


def test_udp_any_address_as_opencpn_sends_it():
    port = free_port()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as tx:
        sink = run_udp(f"udp://:{port}", lambda data: tx.sendto(data, ("127.0.0.1", port)))
    assert sink.fixes[0].valid


def test_udp_multicast_group():
    port, group = free_port(), "239.192.12.12"
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as tx:
        tx.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton("127.0.0.1"))  # stays on lo
        tx.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 0)
        sink = run_udp(f"udp://{group}:{port}", lambda data: tx.sendto(data, (group, port)))
    assert sink.fixes[0].valid and sink.fixes[0].source == f"udp://{group}:{port}"


def test_a_datagram_without_line_ending_is_not_fused_with_the_next():
    port = free_port()
    source = UdpSource(f"udp://127.0.0.1:{port}")
    source.open()
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as tx:
            rmc = s("GPRMC,120001.00,A,6000.000,S,09000.000,W,11.5,181.2,010524,,,A")
            tx.sendto(rmc.encode(), ("127.0.0.1", port))
            tx.sendto(rmc.encode(), ("127.0.0.1", port))
            time.sleep(0.1)
            data = source.read(1.0)
    finally:
        source.close()
    assert data == (rmc + "\r\n").encode() * 2


def test_udp_cli_port():
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "whalelog_gui", "nmea", "parse", "--port", f"udp://127.0.0.1:{port}", "--duration", "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    sim = SimulatorSource(demo_voyage(), start_time=START)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as tx:
        time.sleep(1.5)  # the interpreter starts and binds
        for epoch in range(5):
            tx.sendto(epoch_bytes(sim, epoch), ("127.0.0.1", port))
            time.sleep(0.05)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    lines = out.decode().splitlines()
    assert '"valid": true' in lines[0] and '"quality": "gps"' in lines[0] and "summary" in lines[-1]


# --- gpsd -----------------------------------------------------------------------------------------
class Gpsd:
    """A real gpsd in the foreground on a localhost port, reading NMEA from a pty we write to."""

    def __init__(self, port: int, line: Pty) -> None:
        self.port, self.line = port, line
        self.proc = None

    def start(self) -> None:
        if shutil.which("gpsd") is None:
            pytest.fail("gpsd is not installed: apt-get install -y gpsd gpsd-clients (.ci/run does this)")
        # -N foreground, -n poll at once, -b read-only (never reconfigure the "receiver"), -S our port
        self.proc = subprocess.Popen(
            ["gpsd", "-N", "-n", "-b", "-S", str(self.port), self.line.port],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert wait_for(self.listening, timeout=10), "gpsd did not start listening"

    def listening(self) -> bool:
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
            return True
        except OSError:
            return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class Feeder(threading.Thread):
    """Writes one epoch every 0.2 s (simulated time one second per epoch), DR from epoch `dr_from` on."""

    def __init__(self, line: Pty, dr_from: int | None = None) -> None:
        super().__init__(daemon=True)
        self.line, self.dr_from = line, dr_from
        self.stop_event = threading.Event()

    def run(self) -> None:
        epoch = 0
        while not self.stop_event.is_set():
            when = START + timedelta(seconds=epoch)
            hms = f"{when:%H%M%S}.00"
            dr = self.dr_from is not None and epoch >= self.dr_from
            bodies = [
                f"GPRMC,{hms},A,6000.000,S,09000.000,W,11.5,181.2,{when:%d%m%y},,,{'E' if dr else 'A'}",
                f"GPGGA,{hms},6000.000,S,09000.000,W,{6 if dr else 1},09,0.9,12.0,M,-30.0,M,,",
            ]
            try:
                self.line.write("".join(s(b) + "\r\n" for b in bodies).encode())
            except OSError:
                return
            epoch += 1
            self.stop_event.wait(0.2)


@pytest.fixture
def gpsd_feed():
    line = Pty()
    daemon = Gpsd(free_port(socket.SOCK_STREAM), line)
    feeder = Feeder(line, dr_from=8)
    daemon.start()
    feeder.start()
    yield daemon
    feeder.stop_event.set()
    daemon.stop()
    line.unplug()


def test_gpsd_tpv_reports_become_fixes_with_quality_and_dr(gpsd_feed):
    sink = Sink()
    reader = NavReader(source_for(f"gpsd://127.0.0.1:{gpsd_feed.port}"), sink.fix, sink.status, lost_fix_after_s=2.0)
    reader.start()
    try:
        assert wait_for(lambda: any(f.valid and f.quality == "gps" for f in sink.fixes), timeout=15)
        assert wait_for(lambda: sink.last().state is SourceState.VALID_FIX)
        good = next(f for f in sink.fixes if f.valid and f.quality == "gps")
        assert good.lat == pytest.approx(-60.0) and good.lon == pytest.approx(-90.0)
        assert good.sog_kn == pytest.approx(11.5, abs=0.01) and good.cog_deg == pytest.approx(181.2)
        assert good.time is not None and good.time.tzinfo is not None and good.time.year == 2026
        # the receiver starts dead-reckoning: gpsd's status 5 is the same "dr" as GGA 6
        assert wait_for(lambda: sink.fixes[-1].quality == "dr" and sink.fixes[-1].valid, timeout=15)
        assert reader.counters.accepted >= 2 and reader.counters.skipped >= 1  # VERSION, DEVICES, WATCH
    finally:
        reader.stop()


def test_gpsd_going_away_is_lost_then_reconnected_with_back_off(gpsd_feed):
    sink = Sink()
    reader = NavReader(source_for(f"gpsd://127.0.0.1:{gpsd_feed.port}"), sink.fix, sink.status, lost_fix_after_s=1.0)
    reader.start()
    try:
        assert wait_for(lambda: sink.fixes and sink.fixes[-1].valid, timeout=15)
        gpsd_feed.stop()  # the daemon dies: like an unplugged cable
        assert wait_for(lambda: sink.last().state is SourceState.DISCONNECTED, timeout=10)
        assert wait_for(lambda: sink.last().fix_lost, timeout=10)  # the position-lost alarm's input
        assert "cannot open" in sink.last().message or "lost" in sink.last().message
        seen = len(sink.fixes)
        gpsd_feed.start()  # it comes back: the reader reconnects by itself
        assert wait_for(lambda: len(sink.fixes) > seen and sink.fixes[-1].valid, timeout=20)
        assert wait_for(lambda: sink.last().state is SourceState.VALID_FIX and not sink.last().fix_lost)
    finally:
        reader.stop()


def test_gpsd_cli_port(gpsd_feed):
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "whalelog_gui",
            "nmea",
            "parse",
            "--port",
            f"gpsd://127.0.0.1:{gpsd_feed.port}",
            "--duration",
            "3",
        ],
        capture_output=True,
        timeout=30,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode().splitlines()
    assert any('"valid": true' in line and '"quality": "gps"' in line for line in lines[:-1])
    assert "summary" in lines[-1]


# --- TPV values get the same checks as NMEA fields --------------------------------------------------
TPV = (
    '{"class":"TPV","device":"/dev/pts/0","mode":3,"time":"2024-05-01T12:00:03.000Z","lat":-60.0,"lon":-90.0,'
    '"track":181.2,"speed":5.916}'
)


def decode_tpv(*lines: str):
    decoder = TpvDecoder("gpsd", sog_limit_kn=100.0)
    fixes = decoder.feed("".join(line + "\n" for line in lines).encode())
    return fixes, decoder.counters


def test_tpv_maps_to_a_fix():
    [fix], c = decode_tpv(TPV)
    assert fix.valid and fix.quality == "gps" and fix.lat == -60.0 and fix.lon == -90.0
    assert fix.sog_kn == pytest.approx(11.5, abs=0.01) and fix.cog_deg == 181.2
    assert fix.time == datetime(2024, 5, 1, 12, 0, 3, tzinfo=timezone.utc) and c.valid_fixes == 1


@pytest.mark.parametrize(
    "change, quality, valid",
    [
        ('"mode":1', "invalid", False),
        ('"mode":0', "invalid", False),
        ('"mode":2', "gps", True),
        ('"mode":3,"status":2', "dgps", True),
        ('"mode":3,"status":5', "dr", True),
        ('"mode":3,"status":6', "dr", True),
        ('"mode":3,"status":8', "simulator", False),
        ('"mode":3,"status":7', "invalid", False),
        ('"mode":3,"status":3', "rtk", True),
        ('"mode":3,"status":4', "float-rtk", True),
    ],
)
def test_tpv_mode_and_status_give_quality(change, quality, valid):
    [fix], _ = decode_tpv(TPV.replace('"mode":3', change))
    assert fix.quality == quality and fix.valid is valid


@pytest.mark.parametrize(
    "change",
    [
        '"lat":"-60.0"',
        '"lat":NaN',
        '"lat":-90.5',
        '"lon":180.5',
        '"lat":true',
        '"lat":Infinity',
        '"mode":"3"',
        '"mode":true',
        '"status":99',
    ],
)
def test_bad_tpv_value_is_rejected_not_used(change):
    key = change.split(":")[0]
    original = {'"lat"': '"lat":-60.0', '"lon"': '"lon":-90.0', '"mode"': '"mode":3', '"status"': '"mode":3'}[key]
    text = TPV.replace(original, change if key != '"status"' else '"mode":3,' + change)
    fixes, c = decode_tpv(text)
    if fixes:
        assert not fixes[0].valid and c.rejected_fields >= 1
    else:
        assert c.unparsable == 1  # NaN / Infinity: not JSON


@pytest.mark.parametrize(
    "change, field",
    [('"speed":60.0', "sog_kn"), ('"speed":-1', "sog_kn"), ('"track":360.0', "cog_deg"), ('"track":"x"', "cog_deg")],
)
def test_bad_tpv_speed_or_track_is_null_and_the_position_kept(change, field):
    key = change.split(":")[0]
    original = {'"speed"': '"speed":5.916', '"track"': '"track":181.2'}[key]
    [fix], c = decode_tpv(TPV.replace(original, change))
    assert fix.valid and getattr(fix, field) is None and c.rejected_fields == 1


def test_non_tpv_reports_are_skipped_and_noise_is_unparsable():
    fixes, c = decode_tpv('{"class":"VERSION","release":"3.22"}', "garbage", '{"class":"SKY"}', TPV)
    assert len(fixes) == 1 and c.skipped == 2 and c.unparsable == 1 and c.accepted == 1


def test_udp_port_held_by_another_program_is_disconnected_then_retried_with_back_off():
    port = free_port()
    blocker = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    blocker.bind(("127.0.0.1", port))  # no SO_REUSEADDR: WhaleLog cannot share it
    sink = Sink()
    reader = NavReader(source_for(f"udp://127.0.0.1:{port}"), sink.fix, sink.status, lost_fix_after_s=0.5)
    reader.start()
    try:
        assert wait_for(lambda: sink.last() is not None and sink.last().state is SourceState.DISCONNECTED)
        assert "cannot open" in sink.last().message
        assert wait_for(lambda: sink.last().fix_lost)
        blocker.close()  # the other program exits: the next retry binds
        assert wait_for(lambda: sink.last().message == "connected", timeout=15)
        sim = SimulatorSource(demo_voyage(), start_time=START)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as tx:
            for epoch in range(3):
                tx.sendto(epoch_bytes(sim, epoch), ("127.0.0.1", port))
                time.sleep(0.1)
        assert wait_for(lambda: sink.fixes and sink.fixes[-1].valid)
    finally:
        reader.stop()
        blocker.close()
