"""Writes from the GUI go to the store writer's thread; the result comes back on the GUI thread (StoreOp)."""

import threading

from whalelog_gui.store.db import open_db
from whalelog_gui.store.drafts import load_drafts
from whalelog_gui.store.writer import StoreWriter
from whalelog_gui.ui.forms.logbook.drafts import DraftKeeper
from whalelog_gui.ui.store_op import StoreOp


def _gui_writes(db) -> list[str]:
    statements = []
    db.conn.set_trace_callback(
        lambda sql: (
            statements.append(sql) if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE", "BEGIN")) else None
        )
    )
    return statements


def test_a_store_op_runs_on_the_writer_thread_and_reports_on_the_gui_thread(qtbot, tmp_path):
    writer = StoreWriter(tmp_path / "w.sqlite")
    writer.start()
    ran_on, results = [], []
    try:
        op = StoreOp(
            None,
            writer,
            lambda db: (ran_on.append(threading.get_ident()), 42)[1],
            lambda result: results.append((result, threading.get_ident())),
        )
        op.run_in_background()
        failed = []
        StoreOp(None, writer, lambda db: db.conn.execute("INSERT INTO missing VALUES (1)")).failure(
            lambda exc: failed.append((type(exc).__name__, threading.get_ident()))
        ).run_in_background()
        qtbot.waitUntil(lambda: bool(results and failed), timeout=5000)
    finally:
        writer.stop()
    gui = threading.get_ident()
    assert ran_on and ran_on[0] != gui
    assert results == [(42, gui)] and failed == [("OperationalError", gui)]


def test_drafts_with_a_writer_never_write_on_the_gui_connection(qtbot, tmp_path):
    path = tmp_path / "w.sqlite"
    db = open_db(path)
    writer = StoreWriter(path)
    writer.start()
    try:
        gui_writes = _gui_writes(db)
        data = {"note": "first"}
        keeper = DraftKeeper(db, "event:x", lambda: dict(data), writer=writer)
        keeper.flush()
        data["note"] = "second"
        keeper.flush()
        writer.flush()
        assert load_drafts(db)["event:x"].data == {"note": "second"}
        keeper.discard()
        writer.flush()
        assert "event:x" not in load_drafts(db)
        assert gui_writes == []  # every draft write went through the writer's own connection
    finally:
        writer.stop()
        db.conn.close()


def test_without_a_writer_a_draft_is_written_at_once(qtbot, tmp_path):
    db = open_db(tmp_path / "w.sqlite")
    gui_writes = _gui_writes(db)
    DraftKeeper(db, "event:y", lambda: {"a": 1}).flush()
    assert load_drafts(db)["event:y"].data == {"a": 1} and any("INSERT" in s for s in gui_writes)
    db.conn.close()
