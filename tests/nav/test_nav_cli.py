"""The `whalelog nmea parse` contract, run as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.nav.conftest import GGA, RMC, VTG, Pty, stream

ROOT = Path(__file__).resolve().parents[2]
# issue 2's keys in their order; issue 12 added "quality" and the two summary counters after them
KEYS = ["time", "time_of_day", "lat", "lon", "sog_kn", "cog_deg", "valid", "quality"]
SUMMARY_KEYS = [
    "sentences",
    "accepted",
    "bad_checksum",
    "unparsable",
    "skipped",
    "epochs",
    "valid_fixes",
    "rejected_fields",
    "proprietary",
]


def run(*args: str, stdin: bytes | None = None, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "nmea", "parse", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=timeout,
    )


def lines_of(proc) -> list[dict]:
    return [json.loads(line) for line in proc.stdout.decode().splitlines()]


LOG = (
    stream(
        "GPGGA,120000.00,4512.3450,S,16030.0000,E,1,09,0.9,12.0,M,-30.0,M,,",  # before any date
        RMC,
        GGA,
        VTG,
        "GPRMC,120002.500,V,,,,,,,010524,,,N",  # no fix, date known
        "GPVTG,90.0,T,,M,5.0,N,9.3,K,A",  # lone VTG epoch: no time, no position -> not printed
    )
    + b"$GPGGA,bad*00\r\n$PGRME,1,M*31\r\n"
)  # damaged GGA: bad checksum; proprietary: skipped


def test_file_contract_exact_keys_formats_and_summary_last(tmp_path):
    log = tmp_path / "log.nmea"
    log.write_bytes(LOG)
    proc = run(str(log))
    assert proc.returncode == 0 and proc.stderr == b""
    out = lines_of(proc)
    assert [list(o) for o in out[:-1]] == [KEYS] * 3
    assert out[0] == {
        "time": None,
        "time_of_day": "12:00:00.000",
        "lat": pytest.approx(-45.20575),
        "lon": 160.5,
        "sog_kn": None,
        "cog_deg": None,
        "valid": True,
        "quality": "gps",
    }
    assert out[1] == {
        "time": "2024-05-01T12:00:01.000Z",
        "time_of_day": "12:00:01.000",
        "lat": pytest.approx(-45.20575),
        "lon": 160.5,
        "sog_kn": 11.5,
        "cog_deg": 181.2,
        "valid": True,
        "quality": "gps",
    }
    assert out[2] == {
        "time": "2024-05-01T12:00:02.500Z",
        "time_of_day": "12:00:02.500",
        "lat": None,
        "lon": None,
        "sog_kn": 5.0,
        "cog_deg": 90.0,
        "valid": False,
        "quality": "invalid",
    }
    assert list(out[-1]) == ["summary"] and list(out[-1]["summary"]) == SUMMARY_KEYS
    assert out[-1]["summary"] == {
        "sentences": 8,
        "accepted": 6,
        "bad_checksum": 1,
        "unparsable": 0,
        "skipped": 1,
        "epochs": 3,
        "valid_fixes": 2,
        "rejected_fields": 0,
        "proprietary": 1,
    }


def test_stdin_dash():
    proc = run("-", stdin=stream(RMC, GGA))
    assert proc.returncode == 0
    out = lines_of(proc)
    assert len(out) == 2 and out[0]["valid"] is True and out[1]["summary"]["accepted"] == 2


def test_missing_checksums_rejected_unless_allowed():
    data = ("$" + RMC + "\r\n").encode()
    assert lines_of(run("-", stdin=data))[-1]["summary"]["bad_checksum"] == 1
    out = lines_of(run("-", "--allow-missing-checksum", stdin=data))
    assert out[0]["valid"] is True and out[-1]["summary"]["accepted"] == 1


def test_empty_input_prints_only_the_summary():
    out = lines_of(run("-", stdin=b""))
    assert out == [{"summary": {k: 0 for k in SUMMARY_KEYS}}]


@pytest.mark.parametrize(
    "args", [["/nonexistent/dir/log.nmea"], ["--port", "/nonexistent/ttyUSB9"], ["--port", "bogus://x"]]
)
def test_unopenable_source_exits_2_with_one_line_error(args):
    proc = run(*args)
    assert proc.returncode == 2 and proc.stdout == b""
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and "cannot open" in err and "Traceback" not in err


def test_directory_is_not_a_log(tmp_path):
    proc = run(str(tmp_path))
    assert proc.returncode == 2 and proc.stderr.decode().count("\n") == 1


@pytest.mark.slow
def test_port_on_a_real_pty_for_a_duration():
    line = Pty()
    try:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "whalelog_gui",
                "nmea",
                "parse",
                "--port",
                line.path,
                "--baud",
                "38400",
                "--duration",
                "2.5",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        stop = threading.Event()

        def feed():
            second = 0
            while not stop.is_set():
                t = f"1200{second % 60:02d}.00"
                line.write(stream(RMC.replace("120001.00", t), GGA.replace("120001.00", t)))
                second += 1
                time.sleep(0.1)

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        out, err = proc.communicate(timeout=30)
        stop.set()
        writer.join()
    finally:
        line.unplug()
    assert proc.returncode == 0, err
    records = [json.loads(x) for x in out.decode().splitlines()]
    assert len(records) >= 3 and "summary" in records[-1]
    assert all(r["valid"] for r in records[:-1])
    assert records[-1]["summary"]["epochs"] == len(records) - 1


def test_quality_key_and_rejected_fields_in_the_summary(tmp_path):
    log = tmp_path / "log.nmea"
    log.write_bytes(
        stream(
            "GPRMC,120001.00,A,6000.000,S,09000.000,W,1e9,400,010524,,,E",  # DR; SOG and COG rejected
            "GPRMC,120002.00,A, 6000.000,S,09000.000,W,11.5,181.2,010524,,,A",  # the repro: no fix from it
            "GPRMC,120003.00,A,6000.000,S,09000.000,W,11.5,181.2,010524,,,S",  # simulator: not a fix
        )
    )
    out = lines_of(run(str(log)))
    assert out[0] == {
        "time": "2024-05-01T12:00:01.000Z",
        "time_of_day": "12:00:01.000",
        "lat": -60.0,
        "lon": -90.0,
        "sog_kn": None,
        "cog_deg": None,
        "valid": True,
        "quality": "dr",
    }
    assert out[1]["time_of_day"] == "12:00:03.000" and out[1]["valid"] is False and out[1]["quality"] == "simulator"
    summary = out[-1]["summary"]
    assert summary["rejected_fields"] == 3 and summary["unparsable"] == 1 and summary["valid_fixes"] == 1


@pytest.mark.parametrize("limit, sog", [("10", None), ("11.5", 11.5)])
def test_sog_limit_option_both_sides(limit, sog):
    out = lines_of(run("-", "--sog-limit-kn", limit, stdin=stream(RMC)))
    assert out[0]["sog_kn"] == sog and out[-1]["summary"]["rejected_fields"] == (0 if sog else 1)


@pytest.mark.parametrize("limit", ["0", "-5", "1e3", "fast"])
def test_bad_sog_limit_is_a_usage_error(limit):
    proc = run("-", "--sog-limit-kn", limit, stdin=b"")
    assert proc.returncode == 2 and proc.stderr.decode().count("\n") == 1


def test_log_starting_mid_epoch_puts_vtg_on_its_own_epoch(tmp_path):
    """Receiver order RMC, GGA, VTG; the log starts with the VTG of an epoch whose RMC/GGA were cut off."""

    def epoch(i: int) -> list[str]:
        t = f"1200{i:02d}.00"
        return [
            RMC.replace("120001.00", t).replace("11.5,181.2", ",,"),
            GGA.replace("120001.00", t),
            f"GPVTG,{10 * i + 10:.1f},T,,M,{i + 2:.1f},N,,K,A",
        ]

    bodies = [b for i in range(5) for b in epoch(i)][2:]
    log = tmp_path / "log.nmea"
    log.write_bytes(stream(*bodies))
    out = lines_of(run(str(log)))[:-1]
    assert [(o["time_of_day"], o["cog_deg"], o["sog_kn"]) for o in out] == [
        (f"12:00:0{i}.000", 10.0 * i + 10, i + 2.0) for i in range(1, 5)
    ]


def test_port_that_disappears_before_the_duration_exits_1_with_one_line(tmp_path):
    line = Pty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "whalelog_gui", "nmea", "parse", "--port", line.path, "--duration", "60"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        time.sleep(1.5)  # the port is open
        line.write(stream(RMC, GGA))
        time.sleep(0.5)
        line.unplug()  # the pty master is closed: the line is gone
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
        line.unplug()
    assert proc.returncode == 1
    assert err.decode().count("\n") == 1 and "disappeared" in err.decode() and "Traceback" not in err.decode()
    records = [json.loads(x) for x in out.decode().splitlines()]
    assert records[0]["valid"] is True and records[-1]["summary"]["accepted"] == 2
