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
    kinds = {k for k, in a.conn.execute("SELECT DISTINCT kind FROM events")}
    assert {"search-started", "whales-seen", "chase-started", "ceased-operations"} <= kinds
    assert a["catches"].count > 0 and a["catch_specimens"].count == a["catches"].count
    flags = a.conn.execute("SELECT COUNT(*), SUM(crew_explanation != '') FROM catch_flags").fetchone()
    assert flags[0] > 0 and flags[0] == flags[1]  # some infractions, each explained
    assert a.conn.execute("SELECT COUNT(*) FROM sheets WHERE signed_at IS NULL").fetchone()[0] == 1
    assert a.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
