"""GPS chain benchmarks (issues 2 and 12), run by `make bench`.

1. What a user feels: `whalelog nmea parse LOG` (a real subprocess, interpreter start included) from a log
   to JSON lines, over a 200,000-sentence log in which every sentence is distinct (so no cache of repeated
   lines could help), against two baselines measured in the same run over the same file: bare pynmea2.parse
   of every line (in-process, no epochs, no checks, no JSON) and gpsd's C decoder (`gpsdecode`, Debian's
   gpsd-clients). Goal (issue 12): >= 20,000 sentences/s, over 400x the fastest NMEA 0183 line.
2. Latency from the last line of an epoch written to a real pty to the reader's on_fix callback,
   at 10 Hz. (The UI benchmark extends this to the position panel; goal there p99 <= 100 ms.)
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
import tty
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pynmea2
import pytest

from whalelog_gui.nav.nmea import with_checksum
from whalelog_gui.nav.reader import NavReader
from whalelog_gui.nav.simulator import SimulatorSource, demo_voyage
from whalelog_gui.nav.sources import SerialSource
from whalelog_gui.nav.voyage import epoch_sentences

SENTENCES = 200_000
GOAL_PER_S = 20_000
ROOT = Path(__file__).resolve().parents[2]
START = datetime(2024, 5, 1, tzinfo=timezone.utc)


def distinct_epoch(i: int, sim: SimulatorSource) -> list[str]:
    """RMC, GGA, VTG, GSA of epoch i; course, speed and DOPs vary per epoch so no two sentences are equal."""
    position = sim.voyage.position_at(i)
    rmc, gga = epoch_sentences(START + timedelta(seconds=i), position, ("RMC", "GGA"))
    cog, sog = f"{(i * 0.37) % 360:.2f}", f"{10 + (i % 997) / 100:.2f}"
    vtg = with_checksum(f"GPVTG,{cog},T,,M,{sog},N,{float(sog) * 1.852:.2f},K,A")
    hdop, pdop = f"{0.5 + (i % 1000) / 1000:.3f}", f"{1 + (i // 1000) % 1000 / 1000:.3f}"
    gsa = with_checksum(f"GPGSA,A,3,01,02,03,04,05,06,07,08,09,,,,{pdop},{hdop},1.3")
    return [rmc, gga, vtg, gsa]


@pytest.fixture(scope="module")
def distinct_log(tmp_path_factory):
    """50,000 epochs at 1 Hz (about 14 h), every one of the 200,000 sentences different from every other."""
    path = tmp_path_factory.mktemp("nav") / "distinct.nmea"
    sim = SimulatorSource(demo_voyage(), start_time=START)
    lines = [line for i in range(SENTENCES // 4) for line in distinct_epoch(i, sim)]
    assert len(set(lines)) == len(lines) == SENTENCES
    path.write_text("".join(line + "\r\n" for line in lines), newline="")
    return path


def run_bare(lines: list[str]) -> float:
    parse = pynmea2.parse
    start = time.perf_counter()
    for line in lines:
        parse(line)
    return time.perf_counter() - start


def run_cli(path: Path, out: Path) -> float:
    start = time.perf_counter()
    with open(out, "wb") as sink:
        subprocess.run(
            [sys.executable, "-m", "whalelog_gui", "nmea", "parse", str(path)], stdout=sink, check=True, cwd=ROOT
        )
    return time.perf_counter() - start


def run_gpsdecode(path: Path) -> float:
    start = time.perf_counter()
    with open(path, "rb") as source:
        subprocess.run(["gpsdecode"], stdin=source, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def test_bench_nmea_parse_to_json_every_sentence_distinct(distinct_log, tmp_path):
    assert shutil.which("gpsdecode"), "gpsdecode missing: apt-get install gpsd-clients (.ci/run does this)"
    lines = distinct_log.read_text().splitlines()
    out = tmp_path / "fixes.jsonl"
    bare_times, cli_times, gpsd_times = [], [], []
    for _ in range(2):  # alternate, best of each: the machine is shared
        bare_times.append(run_bare(lines))
        cli_times.append(run_cli(distinct_log, out))
        gpsd_times.append(run_gpsdecode(distinct_log))
    bare, ours, gpsd = min(bare_times), min(cli_times), min(gpsd_times)
    records = out.read_text().splitlines()
    assert len(records) == SENTENCES // 4 + 1 and '"valid_fixes": 50000' in records[-1]
    rate = SENTENCES / ours
    print(
        f"\n[nav] nmea parse -> JSON, {SENTENCES:,} distinct sentences: {rate:,.0f} sentences/s ({ours:.2f} s, "
        f"interpreter start included); bare pynmea2.parse {SENTENCES / bare:,.0f}/s ({bare:.2f} s), ratio "
        f"{ours / bare:.2f}x; gpsdecode {SENTENCES / gpsd:,.0f}/s ({gpsd:.2f} s), ratio {ours / gpsd:.2f}x; "
        f"goal >= {GOAL_PER_S:,}/s; {rate / 48:,.0f}x the fastest NMEA 0183 line (38,400 baud, ~48 sentences/s)"
    )
    # The absolute goal assumes a CPU that is not starved: on this shared 2-core machine bare pynmea2 itself
    # has measured anywhere from 38,000 to 370,000 lines/s. Assert it only when the baseline shows a free CPU.
    if SENTENCES / bare >= 80_000:
        assert rate >= GOAL_PER_S
    else:
        print("[nav] CPU starved (bare pynmea2 below 80,000/s): absolute goal not asserted in this run")


def test_bench_pty_to_on_fix_latency_at_10hz():
    master, slave = os.openpty()
    tty.setraw(slave)
    port = os.ttyname(slave)
    arrivals: dict[int, float] = {}
    connected = threading.Event()

    def on_fix(fix):
        key = fix.time_of_day.second * 10 + fix.time_of_day.microsecond // 100_000
        arrivals[key] = time.perf_counter()

    def on_status(status):
        if status.message == "connected":
            connected.set()

    sim = SimulatorSource(demo_voyage(), rate_hz=10.0, start_time=datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc))
    reader = NavReader(SerialSource(port, 38400), on_fix, on_status)
    reader.start()
    written: dict[int, float] = {}
    try:
        assert connected.wait(10)
        for epoch in range(300):  # 30 s at 10 Hz
            data = "".join(line + "\r\n" for line in sim.epoch_lines(epoch)).encode()
            os.write(master, data)
            written[epoch % 600] = time.perf_counter()
            time.sleep(max(0.0, 0.1 - (time.perf_counter() - written[epoch % 600])))
        time.sleep(0.3)
    finally:
        reader.stop()
        os.close(master)
        os.close(slave)
    latencies = sorted((arrivals[k] - written[k]) * 1000 for k in written if k in arrivals and k >= 20)
    p50 = statistics.median(latencies)
    p99 = latencies[int(len(latencies) * 0.99) - 1]
    print(
        f"\n[nav] pty -> on_fix latency at 10 Hz over {len(latencies)} epochs: p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
        f"max {latencies[-1]:.1f} ms; baseline: the 100 ms epoch period, p99/period {p99 / 100:.2f}"
    )
    assert len(latencies) >= 270
    assert p99 <= 100
