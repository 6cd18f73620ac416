"""hardware/virtual-gps: a pty that real WhaleLog tools connect to, playing the simulator or a log."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.nav.conftest import wait_for

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "hardware" / "virtual-gps"


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(SCRIPT), *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def parse_port(port: str, seconds: float) -> list[dict]:
    out = subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "nmea", "parse", "--port", port, "--duration", str(seconds)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["simulator", "log"])
def test_virtual_gps_serves_nmea_on_a_pty(tmp_path, mode):
    link = tmp_path / "gps0"
    args = ["--rate", "10", "--link", str(link)]
    if mode == "log":
        args = ["--log", str(ROOT / "tests/data/sim_voyage_10min_noise.nmea"), "--speed", "10", "--link", str(link)]
    proc = start(*args)
    try:
        first = proc.stdout.readline()
        assert "virtual GPS on /dev/" in first
        assert wait_for(lambda: os.path.islink(link))
        records = parse_port(str(link), 2.0)
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)
    epochs = records[:-1]
    assert len(epochs) >= 5 and all(r["valid"] for r in epochs)
    assert records[-1]["summary"]["bad_checksum"] == 0
    assert not os.path.lexists(link)  # removed on exit
