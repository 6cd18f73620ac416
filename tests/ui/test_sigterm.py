"""SIGTERM shuts WhaleLog down like File → Quit (issue 11): a real process under offscreen Qt, a real signal.

Before the change the default SIGTERM action killed the interpreter at once: exit -15, the writer's queue and the
open drafts lost, the WAL left beside the database.
"""

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from app_env import isolated_env

ROOT = Path(__file__).resolve().parents[2]


def _track_rows(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM track").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_sigterm_quits_cleanly_draining_the_writer_and_closing_the_database(tmp_path):
    env = isolated_env(tmp_path)
    db = tmp_path / "demo.sqlite"
    proc = subprocess.Popen(
        [sys.executable, "-m", "whalelog_gui", "--demo", "--db", str(db)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while _track_rows(db) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
        assert _track_rows(db) >= 2, "the demo never recorded a track point"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "SIGTERM: quitting as File → Quit does" in err and "Traceback" not in err
    assert not Path(f"{db}-wal").exists()  # the last connection closed cleanly (checkpointed, WAL removed)
    assert _track_rows(db) >= 2
