"""The export lock holds across every path to the same file: a lease inside the database (issue 11).

Before the change the lock was an flock on "<path>.export-lock": a hard link or a symlink named another lock file,
so two exports of one logbook could run at once and both write sequence 1.
"""

import os
import subprocess
import sys
import textwrap

import pytest

from whalelog_gui.export.bundle import ExportBusy, export_bundle
from whalelog_gui.export.export_lock import export_lock
from whalelog_gui.store.db import open_db
from whalelog_gui.store.open_checks import StoreOpenError


@pytest.fixture
def logbook(tmp_path):
    path = tmp_path / "ship" / "whalelog.sqlite"
    open_db(path).close()
    return path


def test_another_name_for_the_same_file_sees_the_lock(logbook, tmp_path):
    other = tmp_path / "elsewhere" / "same-logbook.sqlite"
    other.parent.mkdir()
    other.symlink_to(logbook)
    spelled = logbook.parent / ".." / logbook.parent.name / logbook.name
    first, second, third = open_db(logbook), open_db(other), open_db(spelled)
    with export_lock(first) as held:
        assert held
        with export_lock(second) as also, export_lock(third) as too:
            assert not also and not too
    with export_lock(second) as after:  # released with the first export
        assert after
    for db in (first, second, third):
        db.close()


def test_export_through_a_symlink_is_refused_while_one_runs(season_db, signing_key, db_path, tmp_path):
    twin = tmp_path / "twin.sqlite"
    twin.symlink_to(db_path)
    out = tmp_path / "out"
    out.mkdir()
    other = open_db(twin)
    with export_lock(season_db) as held:
        assert held
        with pytest.raises(ExportBusy, match="another export of this logbook is running"):
            export_bundle(other, out, signing_key)
    assert list(out.iterdir()) == []
    other.close()


def test_a_hard_link_cannot_run_a_second_export(logbook, tmp_path):
    """SQLite keeps a journal per file name, so a second name is refused outright (it would corrupt the file)."""
    held = open_db(logbook)
    with export_lock(held) as first:
        assert first
        twin = tmp_path / "twin.sqlite"
        os.link(logbook, twin)
        before = logbook.read_bytes()
        with pytest.raises(StoreOpenError, match="hard links"):
            open_db(twin)
        cli = subprocess.run(
            [sys.executable, "-m", "whalelog_gui", "bundle", "export", "--db", str(twin), "--out", str(tmp_path)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert cli.returncode == 2 and "hard links" in cli.stderr and len(cli.stderr.splitlines()) == 1
        assert logbook.read_bytes() == before
    held.close()


def test_a_lease_left_by_a_killed_process_is_taken_over(logbook):
    code = textwrap.dedent(f"""
        import os, signal
        from whalelog_gui.export.export_lock import export_lock
        from whalelog_gui.store.db import open_db
        with export_lock(open_db({str(logbook)!r})) as held:
            assert held
            os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", code], timeout=60)
    assert proc.returncode == -9
    db = open_db(logbook)
    assert db.conn.execute("SELECT COUNT(*) FROM export_lease").fetchone()[0] == 1  # the crash left it
    with export_lock(db) as held:
        assert held
    assert db.conn.execute("SELECT COUNT(*) FROM export_lease").fetchone()[0] == 0
    db.close()


def test_a_second_export_in_the_same_process_is_refused(logbook):
    db = open_db(logbook)
    with export_lock(db) as held, export_lock(db) as again:
        assert held and not again
    db.close()
