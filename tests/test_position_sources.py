"""Only real positions in a real logbook (issue 11).

Before the change `whalelog --demo` on a fresh install wrote the simulated voyage's track and its "Approaching
Southern Ocean Sanctuary" alert into the real default logbook, unmarked, and bundles said nothing of sources.
"""

import json
import sqlite3
import subprocess
import sys
from argparse import Namespace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from whalelog_gui.cli import main
from whalelog_gui.logbook_choice import choose_logbook, prepare_logbook
from whalelog_gui.nav.fix import Fix
from whalelog_gui.records.title_page import TitlePage
from whalelog_gui.store import logbook_repo
from whalelog_gui.store import position_sources as ps
from whalelog_gui.store.db import open_db
from whalelog_gui.store.track import TrackRecorder
from app_env import isolated_env

ROOT = Path(__file__).resolve().parents[1]


def _fix(t: int) -> Fix:
    at = datetime.fromtimestamp(t, timezone.utc)
    return Fix(time=at, time_of_day=at.timetz(), lat=-60.0, lon=-90.0, sog_kn=10.0, cog_deg=180.0, valid=True)


def _real_logbook(path: Path):
    db = open_db(path)
    logbook_repo.save_title_page(db, TitlePage("Toshi Maru No. 25", "2026/27", year_built=1988), who="Mate Sato")
    return db


@pytest.mark.parametrize("source", [ps.SIMULATOR, ps.REPLAY])
def test_a_real_logbook_refuses_simulated_and_replayed_positions(tmp_path, source):
    db = _real_logbook(tmp_path / "ship.sqlite")
    with pytest.raises(ps.PlaybackRefused, match="real logbook"):
        TrackRecorder(db, source)
    # and the file itself refuses them, whatever code writes
    with pytest.raises(sqlite3.IntegrityError, match="real logbook"):
        db.conn.execute("INSERT INTO track (t, lat, lon, source) VALUES (1, -60, -90, ?)", (source,))
    with pytest.raises(sqlite3.IntegrityError, match="without its source"):
        db.conn.execute("INSERT INTO track (t, lat, lon) VALUES (1, -60, -90)")
    assert TrackRecorder(db, ps.RECEIVER).offer(_fix(1_797_224_400))
    assert db.conn.execute("SELECT source FROM track").fetchall() == [("receiver",)]
    db.close()


def test_a_real_logbook_cannot_be_turned_into_a_demo_logbook(tmp_path):
    db = _real_logbook(tmp_path / "ship.sqlite")
    with pytest.raises(ps.PlaybackRefused, match="already holds records"):
        ps.mark_logbook(db, ps.DEMO)
    assert ps.logbook_kind(db) == ps.REAL
    db.close()


def test_demo_without_db_uses_its_own_demo_logbook_never_the_default(tmp_path):
    default = tmp_path / "data" / "whalelog.sqlite"
    choice = choose_logbook(Namespace(demo=True, replay=None, port=None, db=None), lambda: default)
    assert choice.path != default and choice.path.parent.name.startswith("whalelog-demo-")
    db = open_db(choice.path)
    assert prepare_logbook(db, choice) is None and ps.logbook_kind(db) == ps.DEMO
    db.close()
    replay = choose_logbook(Namespace(demo=False, replay="capture.nmea", port=None, db=None), lambda: default)
    assert replay.path != default and replay.kind == ps.REPLAY_LOGBOOK
    assert not default.exists()


def test_demo_with_db_naming_a_real_logbook_records_nothing_and_says_why(tmp_path):
    path = tmp_path / "ship.sqlite"
    _real_logbook(path).close()
    choice = choose_logbook(Namespace(demo=True, replay=None, port=None, db=str(path)))
    db = open_db(path)
    reason = prepare_logbook(db, choice)
    assert reason and "Simulated positions are not recorded" in reason and ps.logbook_kind(db) == ps.REAL
    db.close()


@pytest.mark.slow
def test_the_demo_window_says_demo_and_leaves_the_real_logbook_untouched(tmp_path):
    env = isolated_env(tmp_path, TMPDIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "--demo", "--exit-after", "4"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stderr.splitlines() if "window title" in line)
    assert "(demo, positions from the simulator)" in line and "'WhaleLog — DEMO — " in line
    assert not (tmp_path / "data" / "WhaleLog" / "whalelog.sqlite").exists()  # the real default logbook
    (demo,) = tmp_path.glob("whalelog-demo-*/demo-logbook.sqlite")
    db = open_db(demo, read_only=True)
    assert ps.logbook_kind(db) == ps.DEMO
    assert {r[0] for r in db.conn.execute("SELECT source FROM track")} == {ps.SIMULATOR}
    assert {r[0] for r in db.conn.execute("SELECT source FROM alert_log")} == {ps.SIMULATOR}
    db.close()


def test_a_bundle_states_its_sources_and_verify_prints_them(qapp, tmp_path, capsys):  # qapp: PDF printing
    path = tmp_path / "season.sqlite"
    assert main(["demo-data", "--db", str(path), "--days", "2", "--seed", "3"]) == 0
    out = tmp_path / "out"
    out.mkdir()
    assert main(["bundle", "export", "--db", str(path), "--out", str(out)]) == 0
    bundle = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["bundle", "verify", bundle]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["sources"]["logbook"] == "demo"
    assert set(summary["sources"]["track"]) == {"simulator"}
    assert sum(summary["sources"]["track"].values()) == summary["track_points"]
