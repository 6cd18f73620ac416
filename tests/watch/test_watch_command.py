"""The `whalelog watch` contract: one JSON line per alert state change, exit 0; nothing stored without --db."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.nav.conftest import Pty, stream
from whalelog_gui.cli import main

ROOT = Path(__file__).resolve().parents[2]
KEYS = ["time", "alert_id", "kind", "severity", "state", "paragraph", "lat", "lon", "distance_nm", "eta_min"]


def epoch(second: int, lat: str = "4512.3450,S") -> bytes:
    """One 1 Hz epoch at 45°12.345'S 160°30'E: inside the Southern Ocean Sanctuary (Schedule para 7(b))."""
    t = f"12{second // 60:02d}{second % 60:02d}.00"
    return stream(
        f"GPRMC,{t},A,{lat},16030.0000,E,11.5,181.2,010524,,,A",
        f"GPGGA,{t},{lat},16030.0000,E,1,09,0.9,12.0,M,-30.0,M,,",
    )


def write_log(path: Path, seconds) -> Path:
    path.write_bytes(b"".join(epoch(s) for s in seconds))
    return path


def watch(capsys, *args: str) -> list[dict]:
    assert main(["watch", *args]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_log_replays_on_its_own_times_and_a_silence_raises_position_lost(tmp_path, capsys):
    log = write_log(tmp_path / "gap.nmea", [*range(0, 10), *range(30, 36)])  # 20 s without a sentence
    changes = watch(capsys, str(log))
    assert all(list(c) == KEYS for c in changes)
    assert [(c["kind"], c["severity"], c["state"]) for c in changes] == [
        ("inside:sos", "alarm", "active-unacknowledged"),
        ("position-lost", "alarm", "active-unacknowledged"),
        ("position-lost", "alarm", "rectified-unacknowledged"),
    ]
    inside, lost, back = changes
    assert inside["time"] == "2024-05-01T12:00:00Z" and inside["paragraph"] == "7(b)"
    assert inside["lat"] == pytest.approx(-(45 + 12.345 / 60)) and inside["lon"] == pytest.approx(160.5)
    assert "2024-05-01T12:00:14Z" <= lost["time"] <= "2024-05-01T12:00:16Z"  # 5 s after the last fix at :09
    assert back["time"] == "2024-05-01T12:00:30Z" and lost["alert_id"] == back["alert_id"]
    assert lost["paragraph"] is None and lost["distance_nm"] is None


def test_a_log_on_stdin(tmp_path):
    log = write_log(tmp_path / "in.nmea", range(3))
    proc = subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "watch", "-", "--operation", "transit"],
        input=log.read_bytes(),
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    changes = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [(c["kind"], c["time"]) for c in changes] == [("caution:sos", "2024-05-01T12:00:00Z")]


def test_the_operation_decides_alarm_or_caution(tmp_path, capsys):
    log = write_log(tmp_path / "in.nmea", range(5))
    assert [(c["kind"], c["severity"]) for c in watch(capsys, str(log), "--operation", "small-type")] == [
        ("inside:sos", "alarm")
    ]
    assert [(c["kind"], c["severity"]) for c in watch(capsys, str(log), "--operation", "transit")] == [
        ("caution:sos", "caution")
    ]


def test_the_look_ahead_limits_the_warning(capsys):
    short = watch(capsys, "--demo", "--duration", "3", "--lookahead-min", "0.5")
    assert short == []  # 0.15 nm from 60°S at 12 kn is 45 s away: not within 30 s
    long = watch(capsys, "--demo", "--duration", "3", "--lookahead-min", "1")
    assert [(c["kind"], c["severity"], c["distance_nm"], c["eta_min"]) for c in long] == [
        ("approach:sos", "warning", 0.15, 0.75)
    ]


def test_db_records_track_and_every_printed_change(tmp_path, capsys):
    log = write_log(tmp_path / "gap.nmea", [*range(0, 10), *range(30, 36)])
    db = tmp_path / "logbook.sqlite"
    changes = watch(capsys, str(log), "--db", str(db))
    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT alert_id, state FROM alert_log ORDER BY seq").fetchall()
    track = conn.execute("SELECT COUNT(*) FROM track").fetchone()[0]
    conn.close()
    assert stored == [(c["alert_id"], c["state"]) for c in changes]
    assert track >= 2


def test_db_that_is_not_a_logbook_is_refused_and_left_alone(tmp_path, capsys):
    log = write_log(tmp_path / "in.nmea", range(3))
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    assert main(["watch", str(log), "--db", str(other)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "not a WhaleLog logbook" in captured.err and captured.err.count("\n") == 1
    assert other.read_bytes() == before


def test_without_db_nothing_is_written_anywhere(tmp_path):
    log = write_log(tmp_path / "in.nmea", range(3))
    home = tmp_path / "home"
    home.mkdir()
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        PYTHONPATH=str(ROOT),
        PYTHONDONTWRITEBYTECODE="1",
    )
    before = sorted(p for p in tmp_path.rglob("*"))
    proc = subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "watch", str(log)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.decode().splitlines()) == 1
    assert sorted(p for p in tmp_path.rglob("*")) == before


@pytest.mark.parametrize(
    "args, reason",
    [
        ([], "exactly one of SOURCE"),
        (["x.nmea", "--demo"], "exactly one of SOURCE"),
        (["/nonexistent/log.nmea"], "cannot open /nonexistent/log.nmea"),
        (["--demo", "--duration", "0"], "--duration must be > 0"),
        (["--demo", "--lookahead-min", "-1"], "look"),
        (["--port", "/dev/nonexistent-gps"], "cannot open /dev/nonexistent-gps"),
    ],
)
def test_bad_usage_exits_2_with_one_line(capsys, args, reason):
    assert main(["watch", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and reason in captured.err and captured.err.count("\n") == 1


def test_help_says_nothing_is_written_without_db(capsys):
    with pytest.raises(SystemExit):
        main(["watch", "--help"])
    assert "nothing is written anywhere" in " ".join(capsys.readouterr().out.split())


@pytest.mark.slow
def test_port_on_a_real_pty_runs_in_real_time_for_the_duration():
    line = Pty()
    try:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "whalelog_gui",
                "watch",
                "--port",
                line.path,
                "--operation",
                "factory-catcher",
                "--duration",
                "3",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        stop = threading.Event()

        def feed():
            second = 0
            while not stop.is_set():
                line.write(epoch(second % 3600))
                second += 1
                time.sleep(0.2)

        writer = threading.Thread(target=feed, daemon=True)
        started = time.monotonic()
        writer.start()
        out, err = proc.communicate(timeout=30)
        elapsed = time.monotonic() - started
        stop.set()
        writer.join()
    finally:
        line.unplug()
    assert proc.returncode == 0, err
    changes = [json.loads(x) for x in out.decode().splitlines()]
    assert [(c["kind"], c["state"]) for c in changes] == [("inside:sos", "active-unacknowledged")]
    assert elapsed >= 3.0


def test_db_with_records_changed_outside_whalelog_raises_the_integrity_alarm_first(tmp_path, capsys):
    """The watch opens a logbook for writing as the app does: checked against its hash chain (issue 11)."""
    from whalelog_gui.store.integrity_report import ALERT_KEY

    log = write_log(tmp_path / "in.nmea", range(0, 6))
    db = tmp_path / "logbook.sqlite"
    first = watch(capsys, str(log), "--db", str(db))
    assert ALERT_KEY not in {c["kind"] for c in first}  # intact: no alarm
    conn = sqlite3.connect(db, isolation_level=None)
    entry_id = conn.execute("SELECT id FROM alert_log ORDER BY seq LIMIT 1").fetchone()[0]
    conn.execute("UPDATE alert_log SET lat = lat + 2 WHERE id = ?", (entry_id,))  # the alarm moved on the chart
    track_before = conn.execute("SELECT COUNT(*) FROM track").fetchone()[0]
    conn.close()
    later = write_log(tmp_path / "later.nmea", range(100, 106))
    assert main(["watch", str(later), "--db", str(db)]) == 0
    captured = capsys.readouterr()
    changes = [json.loads(line) for line in captured.out.splitlines()]
    assert (changes[0]["kind"], changes[0]["severity"], changes[0]["state"]) == (
        ALERT_KEY,
        "alarm",
        "active-unacknowledged",
    )
    assert (
        "Logbook integrity: records changed outside WhaleLog" in captured.err
        and f"alert_log {entry_id}" in captured.err
    )
    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT alert_key, title FROM alert_log WHERE alert_key = ?", (ALERT_KEY,)).fetchall()
    track_after = conn.execute("SELECT COUNT(*) FROM track").fetchone()[0]
    conn.close()
    assert stored == [(ALERT_KEY, "Logbook integrity: records changed outside WhaleLog")]  # in the alert history
    assert track_after > track_before  # still recording
