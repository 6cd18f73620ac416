"""`whalelog --demo --exit-after N` as the packaging smoke test runs it: a real process, real reader thread."""

import subprocess
import sys
from pathlib import Path

import pytest
from app_env import isolated_env

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_demo_exits_cleanly_after_the_time_given_and_logs_a_fix_and_an_alert(tmp_path):
    env = isolated_env(tmp_path)
    db = tmp_path / "smoke.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "--demo", "--exit-after", "3", "--db", str(db), "--palette", "night"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert any("whalelog.nav: fix valid" in line for line in lines), done.stderr
    assert any("whalelog.alerts: alert raised warning approach:sos" in line for line in lines), done.stderr
    assert db.exists()
    assert not any("Traceback" in line for line in lines), done.stderr
    # the palette is remembered in the user's QSettings for the next start
    assert "palette=night" in (tmp_path / "config" / "WhaleLog" / "WhaleLog.conf").read_text()


@pytest.mark.slow
def test_a_database_that_cannot_be_opened_is_reported_and_exits_2(tmp_path):
    env = isolated_env(tmp_path)
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database " * 300)
    done = subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "--demo", "--exit-after", "2", "--db", str(bad)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert "not a WhaleLog logbook database (not an SQLite file)" in done.stderr
    assert bad.read_bytes() == b"not a database " * 300  # nothing written into the user's file
