"""`whalelog db recover --db BAD --out NEW`: exit 0 recovered fully, 1 partly, 2 unreadable (issue 11)."""

import json
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_open_checks import _damaged_logbook, _other_programs_file, _snapshot  # noqa: E402

from whalelog_gui.cli import main  # noqa: E402
from whalelog_gui.store.db import open_db  # noqa: E402


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_a_lost_track_page_is_a_partial_recovery_that_says_what_was_lost(tmp_path, capsys):
    bad = _damaged_logbook(tmp_path / "bad.sqlite", table="track")
    before = _snapshot(bad)
    out = tmp_path / "new.sqlite"
    assert main(["db", "recover", "--db", str(bad), "--out", str(out)]) == 1
    report = json.loads(capsys.readouterr().out)
    track = next(t for t in report["tables"] if t["table"] == "track")
    assert track["unreadable"] and 0 < track["copied"] < 2242
    assert report["complete"] is False and report["quick_check_after"] == "ok"
    assert _snapshot(bad)[:2] == before[:2]  # the damaged file was only read
    db = open_db(out)  # the new file is a sound, current logbook with everything else
    assert db.conn.execute("SELECT COUNT(*) FROM track").fetchone()[0] == track["copied"]
    assert db.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 33
    assert db.conn.execute("SELECT COUNT(*) FROM sheets WHERE signed_at IS NOT NULL").fetchone()[0] == 2
    db.close()


def test_a_damaged_index_alone_is_a_full_recovery(tmp_path, capsys):
    bad = _damaged_logbook(tmp_path / "bad.sqlite", table="events_sheet_at")
    out = tmp_path / "new.sqlite"
    assert main(["db", "recover", "--db", str(bad), "--out", str(out)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["quick_check_before"] != ["ok"] and report["complete"] is True
    assert _count(out, "events") == 33 and _count(out, "track") == 2242


@pytest.mark.parametrize("content", ["text", "other-sqlite"])
def test_a_file_that_is_no_logbook_is_unreadable(tmp_path, capsys, content):
    bad = tmp_path / "bad.sqlite"
    if content == "text":
        bad.write_bytes(b"not a database at all\n" * 100)
    else:
        _other_programs_file(bad)
    out = tmp_path / "new.sqlite"
    assert main(["db", "recover", "--db", str(bad), "--out", str(out)]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1 and not out.exists()


def test_recovery_never_overwrites_an_existing_file(tmp_path, capsys):
    bad = _damaged_logbook(tmp_path / "bad.sqlite")
    out = tmp_path / "new.sqlite"
    out.write_bytes(b"keep me")
    assert main(["db", "recover", "--db", str(bad), "--out", str(out)]) == 2
    assert out.read_bytes() == b"keep me"
