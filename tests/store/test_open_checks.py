"""Opening refuses, untouched, what WhaleLog must not write (issue 11).

Before the change: another program's SQLite file was silently converted (24 tables added, WAL switched on), a
damaged file opened without a word, and an unwritable folder gave SQLite's "unable to open database file".
"""

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app_env import isolated_env
from whalelog_gui.cli import main
from whalelog_gui.store.db import open_db
from whalelog_gui.store.open_checks import (
    WHALELOG_APPLICATION_ID,
    DatabaseDamagedError,
    NotWhaleLogError,
    StoreNotWritableError,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _snapshot(path: Path):
    st = path.stat()
    return path.read_bytes(), st.st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


def _other_programs_file(path: Path, application_id: int = 0, wal: bool = False) -> Path:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('whale.jpg')")
    if application_id:
        conn.execute(f"PRAGMA application_id = {application_id}")
    conn.commit()
    conn.close()
    return path


def _damaged_logbook(path: Path, table: str = "track") -> Path:
    """A real logbook with one of `table`'s leaf pages overwritten, as a failing disk sector would leave it."""
    subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "demo-data", "--db", str(path), "--days", "3"],
        check=True,
        capture_output=True,
    )
    conn = sqlite3.connect(path)
    pages = [
        r[0]
        for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (table,)
        )
    ]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    page = pages[len(pages) // 2]
    with open(path, "r+b") as f:
        f.seek((page - 1) * page_size)
        f.write(b"\xa5" * page_size)
    return path


def test_a_new_logbook_carries_the_whalelog_application_id(tmp_path):
    db = open_db(tmp_path / "new.sqlite")
    assert db.conn.execute("PRAGMA application_id").fetchone()[0] == WHALELOG_APPLICATION_ID
    db.close()


@pytest.mark.parametrize("wal", [False, True])
@pytest.mark.parametrize("application_id", [0, 0x0F055112])
def test_another_programs_sqlite_file_is_refused_and_never_modified(tmp_path, application_id, wal):
    path = _other_programs_file(tmp_path / "photos.sqlite", application_id, wal)
    before = _snapshot(path)
    with pytest.raises(NotWhaleLogError, match="not a WhaleLog logbook database"):
        open_db(path)
    assert _snapshot(path) == before  # same bytes, same mtime, no -wal/-shm beside it


@pytest.mark.parametrize(
    "argv",
    [
        ["bundle", "export", "--db", "{db}", "--out", "{tmp}/out"],
        ["bundle", "receipt", "--db", "{db}", "{tmp}/r.json"],
        ["demo-data", "--db", "{db}", "--days", "1"],
        ["db", "recover", "--db", "{db}", "--out", "{tmp}/new.sqlite"],
    ],
)
def test_every_cli_refuses_another_programs_file_untouched(tmp_path, capsys, argv):
    path = _other_programs_file(tmp_path / "photos.sqlite")
    (tmp_path / "r.json").write_text("{}")
    before = _snapshot(path)
    code = main([a.format(db=path, tmp=tmp_path) for a in argv])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and str(path) in err
    assert _snapshot(path)[:2] == before[:2]
    assert not (tmp_path / "photos.sqlite-wal").exists() and not (tmp_path / "new.sqlite").exists()


def test_the_gui_refuses_another_programs_file_untouched(tmp_path):
    (tmp_path / "theirs").mkdir()
    path = _other_programs_file(tmp_path / "theirs" / "photos.sqlite")
    before = _snapshot(path)
    proc = subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "--db", str(path), "--exit-after", "5"],
        capture_output=True,
        text=True,
        timeout=120,
        env=isolated_env(tmp_path),
    )
    assert proc.returncode == 2, proc.stderr
    assert "not a WhaleLog logbook database" in proc.stderr
    assert _snapshot(path) == before


@pytest.mark.parametrize("version", [1, 2, 3])
def test_logbooks_from_before_the_application_id_are_recognised_by_their_schema(tmp_path, version):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / f"schema_v{version}.sqlite", path)
    db = open_db(path)
    assert db.conn.execute("PRAGMA application_id").fetchone()[0] == WHALELOG_APPLICATION_ID
    assert db.conn.execute("SELECT DISTINCT source FROM track").fetchall() == [("unknown (before source tracking)",)]
    db.close()


def test_a_damaged_logbook_is_refused_with_the_recovery_path(tmp_path):
    path = _damaged_logbook(tmp_path / "bad.sqlite")
    before = _snapshot(path)
    with pytest.raises(DatabaseDamagedError, match="whalelog db recover --db") as refused:
        open_db(path)
    assert "read-only" in str(refused.value)
    assert _snapshot(path)[:2] == before[:2]
    looked_at = open_db(path, read_only=True)  # the GUI's read-only way in still works
    assert looked_at.conn.execute("SELECT COUNT(*) FROM logbooks").fetchone()[0] == 1
    with pytest.raises(sqlite3.OperationalError):
        looked_at.conn.execute("DELETE FROM drafts")
    looked_at.close()
    assert _snapshot(path) == before  # same bytes, same mtime, nothing beside it


def test_an_unwritable_folder_gives_the_operating_systems_reason(tmp_path):
    """A real read-only mount (root here); without root, a folder without write permission."""
    folder = tmp_path / "ro"
    folder.mkdir()
    open_db(folder / "whalelog.sqlite").close()
    if os.geteuid() == 0:
        mounted = (
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True
            ).returncode
            == 0
        )
        if not mounted:
            pytest.skip("mount not permitted in this container")
        try:
            open_db(folder / "whalelog.sqlite").close()
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            with pytest.raises(StoreNotWritableError, match="read-only file system"):
                open_db(folder / "whalelog.sqlite")
        finally:
            subprocess.run(["umount", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        try:
            with pytest.raises(StoreNotWritableError, match="permission denied"):
                open_db(folder / "whalelog.sqlite")
        finally:
            folder.chmod(0o755)


def _gui(tmp_path, *args):
    return subprocess.run(
        [sys.executable, "-m", "whalelog_gui", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=isolated_env(tmp_path),
    )


def test_the_gui_refuses_a_damaged_logbook_with_the_recovery_path_and_opens_it_read_only(tmp_path):
    (tmp_path / "ship").mkdir()
    path = _damaged_logbook(tmp_path / "ship" / "bad.sqlite")
    before = _snapshot(path)
    refused = _gui(tmp_path, "--db", str(path), "--exit-after", "5")
    assert refused.returncode == 2, refused.stderr
    assert "the logbook database is damaged" in refused.stderr and "whalelog db recover --db" in refused.stderr
    looked_at = _gui(tmp_path, "--db", str(path), "--read-only", "--exit-after", "4")
    assert looked_at.returncode == 0, looked_at.stderr
    assert "NOT recorded: the logbook is open read-only" in looked_at.stderr
    assert "READ-ONLY — " in next(line for line in looked_at.stderr.splitlines() if "window title" in line)
    assert _snapshot(path) == before
