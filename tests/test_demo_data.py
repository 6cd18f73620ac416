"""`whalelog demo-data`: a new database filled with a realistic season through the real store APIs."""

import pytest

from whalelog_gui.cli import main


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "season.sqlite"
    assert main(["demo-data", "--db", str(path), "--days", "3", "--seed", "5"]) == 0
    return path


def test_demo_data_refuses_a_database_with_data(demo_db, tmp_path, capsys):
    assert main(["demo-data", "--db", str(demo_db)]) == 2
    assert "already holds data" in capsys.readouterr().err
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all" * 10)
    assert main(["demo-data", "--db", str(junk)]) == 2
    assert main(["demo-data", "--db", str(tmp_path / "x.sqlite"), "--days", "0"]) == 2


def test_demo_data_is_deterministic_and_realistic(tmp_path):
    from whalelog_gui.store.db import open_db

    paths = [tmp_path / "a.sqlite", tmp_path / "b.sqlite"]
    for path in paths:
        assert main(["demo-data", "--db", str(path), "--days", "8", "--seed", "11"]) == 0
    a, b = (open_db(p) for p in paths)
    query = "SELECT kind, at, lat, lon FROM events ORDER BY at"
    assert a.conn.execute(query).fetchall() == b.conn.execute(query).fetchall()
    assert a["sheets"].count == 8 and a["logbooks"].count == 1
    assert a["weather"].count == 24 and a["track"].count > 1000
    kinds = {k for (k,) in a.conn.execute("SELECT DISTINCT kind FROM events")}
    assert {"search-started", "whales-seen", "chase-started", "ceased-operations"} <= kinds
    assert a["catches"].count > 0 and a["catch_specimens"].count == a["catches"].count
    flags = a.conn.execute("SELECT COUNT(*), SUM(crew_explanation != '') FROM catch_flags WHERE binding = 1").fetchone()
    assert flags[0] > 0 and flags[0] == flags[1]  # some infractions, each binding one explained
    assert a.conn.execute("SELECT COUNT(*) FROM sheets WHERE signed_at IS NULL").fetchone()[0] == 1
    assert a.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_demo_catches_use_the_real_area_lookup_and_explain_each_flag_for_its_rule(tmp_path):
    import json

    from whalelog_gui.demo_season.fleet import EXPLANATIONS
    from whalelog_gui.records.catch_areas import area_ids_at
    from whalelog_gui.store.db import open_db

    path = tmp_path / "season.sqlite"
    assert main(["demo-data", "--db", str(path), "--days", "10", "--seed", "11"]) == 0
    db = open_db(path)
    catches = db.conn.execute("SELECT lat, lon, area_ids_json FROM catches").fetchall()
    assert catches
    for lat, lon, area_ids in catches:  # off Iceland: para 8(b) area and the para 18(a) North Atlantic
        assert set(json.loads(area_ids)) == set(area_ids_at(lat, lon)) >= {"fs-8b", "north-atlantic"}
    flags = db.conn.execute("SELECT rule_id, crew_explanation FROM catch_flags WHERE binding = 1").fetchall()
    assert flags
    for rule_id, explanation in flags:
        assert explanation in EXPLANATIONS[rule_id], (rule_id, explanation)
    # Icelandic-flagged: para 10(e) is information under Iceland's reservation, not a flag to explain
    info = db.conn.execute(
        "SELECT rule_id, crew_explanation, binding_note FROM catch_flags WHERE binding = 0"
    ).fetchall()
    assert info and {r for r, _, _ in info} == {"10e"}
    assert all(e == "" and "not binding on Iceland" in n for _, e, n in info)
    db.close()


def test_every_rule_has_a_demo_explanation_of_its_own():
    from whalelog_gui.demo_season.fleet import EXPLANATIONS
    from whalelog_gui.records.rules.schedule_2007 import RULES

    assert {r["id"] for r in RULES} == set(EXPLANATIONS)
    size_rules = {r["id"] for r in RULES if r["kind"] in ("min_length", "max_length")}
    for rule_id in size_rules:  # a size flag is never explained by, e.g., a carcass lost in fog
        assert all(any(w in e.lower() for w in ("length", "size", "misjudged")) for e in EXPLANATIONS[rule_id]), rule_id
    assert EXPLANATIONS["20a"] != EXPLANATIONS["15a"]


@pytest.mark.slow
def test_a_400_day_season_ends_before_now(tmp_path):
    from datetime import datetime, timezone

    from whalelog_gui.store.db import open_db

    path = tmp_path / "long.sqlite"
    assert main(["demo-data", "--db", str(path), "--days", "400"]) == 0
    db = open_db(path)
    now = datetime.now(timezone.utc)
    assert db["sheets"].count == 400
    latest = [
        datetime.fromisoformat(t)
        for (t,) in db.conn.execute("SELECT MAX(at) FROM events UNION ALL SELECT MAX(time_taken) FROM catches")
    ]
    assert all(t <= now for t in latest)
    first_day = db.conn.execute("SELECT MIN(day) FROM sheets").fetchone()[0]
    assert first_day < "2026-05-01"  # started earlier than the usual 1 May, not cut short
    db.conn.close()


def test_season_start_moves_earlier_only_when_the_season_would_reach_today():
    from datetime import date

    from whalelog_gui.demo_data import SEASON_START, season_start

    today = date(2026, 12, 4)
    assert season_start(30, today) == SEASON_START
    assert season_start(217, today) == SEASON_START  # 1 May + 217 days is 4 Dec: the last day is 3 Dec
    assert season_start(218, today) == date(2026, 4, 30)
    assert season_start(400, today) == date(2025, 10, 30)


@pytest.mark.slow
def test_a_killed_demo_data_leaves_no_half_filled_database(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    from whalelog_gui.store.db import open_db

    path = tmp_path / "killed.sqlite"
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "whalelog_gui", "demo-data", "--db", str(path), "--days", "400"],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    wal = path.with_name(path.name + "-wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (wal.exists() and wal.stat().st_size > 2_000_000):
        time.sleep(0.05)  # well into the season's days
    assert proc.poll() is None, "demo-data finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    db = open_db(path)
    assert [db[t].count for t in ("logbooks", "sheets", "events", "catches", "track")] == [0, 0, 0, 0, 0]
    db.conn.close()
    assert main(["demo-data", "--db", str(path), "--days", "2"]) == 0  # and it can simply be run again
