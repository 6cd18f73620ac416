"""`make demo` opens on a populated demo season in a temporary folder with the simulated voyage running (issue 15).

Runs the real Makefile target with this interpreter (-o: the venv bootstrap is not remade) and a short
--exit-after; before the change `make demo` opened an empty window on the ship's real default logbook.
"""

import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from app_env import isolated_env

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_demo_opens_a_populated_demo_season_with_the_voyage_running(tmp_path):
    env = isolated_env(tmp_path, TMPDIR=str(tmp_path))
    done = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-o",
            ".venv/.installed",
            "demo",
            f"PY={sys.executable}",
            "DEMO_DAYS=5",
            "DEMO_ARGS=--exit-after 6",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    (season,) = tmp_path.glob("whalelog-demo-*/demo-season.sqlite")
    assert "5 days" in done.stdout
    assert "(demo, positions from the simulator)" in done.stderr and "'WhaleLog — DEMO" in done.stderr
    assert "whalelog.nav: fix valid" in done.stderr  # the simulated voyage ran
    conn = sqlite3.connect(season)
    try:
        counts = {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("sheets", "events", "weather", "catches", "track")
        }
    finally:
        conn.close()
    assert all(counts.values()), counts  # every page has something to show
    season_points = int(re.search(r"(\d+) track points", done.stdout).group(1))
    assert counts["track"] > season_points  # the voyage's own fixes were recorded into the demo season
    assert not (tmp_path / "data" / "WhaleLog" / "whalelog.sqlite").exists()
