"""The start-up preload (issue 14): loads and checks off the GUI thread, decides nothing, never hides a refusal."""

import sqlite3
import threading
from pathlib import Path

from whalelog_gui.logbook_choice import LogbookChoice
from whalelog_gui.store.db import open_db
from whalelog_gui.ui.startup_preload import StartupPreload


def choice_at(path: Path):
    return lambda: LogbookChoice(path, "receiver", "real", named=True)


def run(qtbot, choose) -> StartupPreload:
    preload = StartupPreload(choose)
    with qtbot.waitSignals([preload.session_ready, preload.done], timeout=60000):
        preload.start()
    assert preload.ready and preload.finished
    return preload


def test_a_sound_logbook_is_checked_and_the_areas_loaded_off_the_gui_thread(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "log.sqlite"
    open_db(path).conn.close()
    from whalelog_gui.store import open_checks

    checked_on = []
    real_inspect = open_checks.inspect_database
    monkeypatch.setattr(open_checks, "inspect_database", lambda p, **kw: (
        checked_on.append((threading.get_ident(), kw.get("quick_check"))), real_inspect(p, **kw))[1])
    preload = run(qtbot, choice_at(path))
    assert preload.choice.path == path and preload.checked
    assert checked_on and checked_on[0][0] != threading.get_ident() and checked_on[0][1] is True
    assert preload.areas and [a.id for a in preload.monitor.areas] == [a.id for a in preload.areas]


def test_a_damaged_logbook_is_not_marked_checked_so_the_gui_open_refuses_it(qtbot, tmp_path):
    path = tmp_path / "bad.sqlite"
    open_db(path).conn.close()
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:  # the schema page's body overwritten, as a failing disk sector would leave it
        f.seek(200)
        f.write(b"\xa5" * (page_size - 200))
    preload = run(qtbot, choice_at(path))
    assert not preload.checked  # the GUI thread's open_db then runs the full check and shows the refusal
    assert preload.areas  # everything else is still loaded


def test_a_choice_that_fails_is_left_for_the_gui_thread_to_meet(qtbot):
    def refuse():
        raise OSError("no space left on the device")

    preload = run(qtbot, refuse)
    assert preload.choice is None and not preload.checked
