"""One connection per thread: a logbook connection used from another thread is refused, not shared."""

import sqlite3
import threading

from whalelog_gui.store.db import open_db
from whalelog_gui.store.writer import StoreWriter


def _errors_from_another_thread(db) -> list[sqlite3.ProgrammingError]:
    """What using `db`'s connection from a thread other than its own raised."""
    errors = []

    def use_it():
        try:
            db.conn.execute("SELECT 1").fetchone()
        except sqlite3.ProgrammingError as exc:
            errors.append(exc)

    thread = threading.Thread(target=use_it)
    thread.start()
    thread.join()
    return errors


def test_a_connection_is_refused_on_another_thread(tmp_path):
    db = open_db(tmp_path / "w.sqlite")
    errors = _errors_from_another_thread(db)
    assert len(errors) == 1 and "thread" in str(errors[0])
    assert db.conn.execute("SELECT 1").fetchone() == (1,)  # its own thread still uses it
    db.conn.close()


def test_the_store_writer_writes_with_its_own_connection(tmp_path):
    path = tmp_path / "w.sqlite"
    gui = open_db(path)
    writer = StoreWriter(path)
    writer.start()
    seen = []
    writer.submit(lambda db: seen.append(db.conn is not gui.conn))
    writer.submit(lambda db: db.conn.execute("INSERT INTO settings VALUES ('k', '1', 'now')"))
    writer.stop()
    assert seen == [True] and writer.failures == 0
    assert gui.conn.execute("SELECT value_json FROM settings WHERE key = 'k'").fetchone() == ("1",)
    gui.conn.close()


def test_a_read_only_connection_is_refused_on_another_thread_too(tmp_path):
    """The read-only opens (a logbook looked at read-only, every DatabaseJobs read, the open checks) each belong to
    the thread that made them: a background read opens its own, never borrows the GUI thread's."""
    path = tmp_path / "r.sqlite"
    open_db(path).conn.close()
    db = open_db(path, read_only=True)
    errors = _errors_from_another_thread(db)
    assert len(errors) == 1 and "thread" in str(errors[0])
    assert db.conn.execute("SELECT COUNT(*) FROM logbooks").fetchone() == (0,)  # its own thread still reads it
    db.conn.close()
