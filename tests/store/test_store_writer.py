import threading

import pytest

from whalelog_gui.store.db import open_db
from whalelog_gui.store.open_checks import NotWhaleLogError
from whalelog_gui.store.writer import StoreWriter


def test_jobs_run_in_order_on_one_background_thread_and_stop_drains_the_queue(tmp_path):
    path = tmp_path / "w.sqlite"
    writer = StoreWriter(path)
    writer.start()
    threads, order = set(), []

    def job(db, n):
        threads.add(threading.get_ident())
        db.conn.execute("CREATE TABLE IF NOT EXISTS t (n INTEGER)")
        db.conn.execute("INSERT INTO t VALUES (?)", (n,))
        order.append(n)

    for n in range(200):
        writer.submit(job, n)
    writer.stop()  # without flush(): stop must still run everything submitted
    assert order == list(range(200))
    assert threads and threading.get_ident() not in threads
    db = open_db(path)
    assert [r[0] for r in db.conn.execute("SELECT n FROM t")] == list(range(200))
    db.conn.close()


def test_a_failing_job_is_counted_and_later_jobs_still_run(tmp_path):
    writer = StoreWriter(tmp_path / "w.sqlite")
    writer.start()
    ran = []
    writer.submit(lambda db: db.conn.execute("INSERT INTO missing VALUES (1)"))
    writer.submit(lambda db: ran.append(True))
    writer.flush()
    assert writer.failures == 1 and ran == [True]
    writer.stop()


def test_a_store_that_cannot_be_opened_fails_at_start(tmp_path):
    (tmp_path / "not-a-db").write_bytes(b"this is not sqlite" * 100)
    writer = StoreWriter(tmp_path / "not-a-db")
    with pytest.raises(NotWhaleLogError, match="not an SQLite file"):
        writer.start()
