"""Reads off the GUI thread (ui/database_job.py): the result reaches the page that asked, and never a page gone."""

import threading

from PySide6.QtWidgets import QWidget

from whalelog_gui.store.db import open_db
from whalelog_gui.ui.database_job import DatabaseJobs


def _logbook_and_page(qtbot, tmp_path):
    """A new logbook file and a page (a widget the test owns) to ask for jobs on it."""
    path = tmp_path / "log.sqlite"
    open_db(path).conn.close()
    page = QWidget()
    qtbot.addWidget(page)
    return path, page


def test_the_result_reaches_the_page_on_the_gui_thread(qtbot, tmp_path):
    path, page = _logbook_and_page(qtbot, tmp_path)
    jobs = DatabaseJobs(path, page)
    got = []
    jobs.run(lambda db: threading.current_thread() is threading.main_thread(), got.append, got.append)
    qtbot.waitUntil(lambda: not jobs.busy, timeout=10000)
    assert got == [False]  # read on a pool thread, delivered here


def test_a_result_arriving_after_its_page_is_deleted_is_dropped(qtbot, tmp_path):
    """A page closed (or rebuilt) while its read runs: the result would be written into deleted widgets."""
    path = tmp_path / "log.sqlite"
    open_db(path).conn.close()
    page = QWidget()
    jobs = DatabaseJobs(path, page)
    reading, release, delivered = threading.Event(), threading.Event(), []

    def slow(_db):
        reading.set()
        release.wait(10)
        return "season"

    jobs.run(slow, delivered.append, delivered.append)
    assert reading.wait(10)
    release.set()  # the read ends; deleting the page waits for its pool, and the result is then queued
    page.deleteLater()
    qtbot.waitUntil(lambda: not jobs._jobs, timeout=10000)  # the result arrived and was handled
    assert delivered == []


def _blocked_pool(path, page):
    """A job holding the one background thread until released, so the jobs asked meanwhile wait in its queue."""
    jobs = DatabaseJobs(path, page)
    running, release = threading.Event(), threading.Event()

    def hold(_db):
        running.set()
        release.wait(10)

    jobs.run(hold, lambda _: None, lambda _: None)
    assert running.wait(10)
    return jobs, release


def test_every_page_s_jobs_run_one_at_a_time_on_one_thread(qtbot, tmp_path):
    """Issue 14: reads at once took the GIL from the GUI thread in turn; one background thread runs them all."""
    path, page = _logbook_and_page(qtbot, tmp_path)
    owners = [DatabaseJobs(path, page) for _ in range(3)]
    lock, now, most, threads = threading.Lock(), [0], [0], set()

    def read(_db):
        with lock:
            now[0] += 1
            most[0] = max(most[0], now[0])
            threads.add(threading.get_ident())
        threading.Event().wait(0.02)
        with lock:
            now[0] -= 1

    for jobs in owners:
        for _ in range(2):
            jobs.run(read, lambda _: None, lambda _: None)
    qtbot.waitUntil(lambda: not any(jobs.busy for jobs in owners), timeout=10000)
    assert most[0] == 1 and len(threads) == 1


def test_an_urgent_job_goes_before_the_waiting_ones_but_never_before_its_own_page_s(qtbot, tmp_path):
    path, page = _logbook_and_page(qtbot, tmp_path)
    blocker, release = _blocked_pool(path, page)
    reports, transmission = DatabaseJobs(path, page), DatabaseJobs(path, page)
    order = []
    reports.run(lambda _db: order.append("reports"), lambda _: None, lambda _: None)
    transmission.run(lambda _db: order.append("looked at"), lambda _: None, lambda _: None, urgent=True)
    # a second urgent job of the reports page waits behind that page's first one: results in the order asked
    reports.run(lambda _db: order.append("reports again"), lambda _: None, lambda _: None, urgent=True)
    release.set()
    qtbot.waitUntil(lambda: not (blocker.busy or reports.busy or transmission.busy), timeout=10000)
    assert order == ["looked at", "reports", "reports again"]


def test_waiting_for_a_page_s_jobs_does_not_wait_for_another_page_s(qtbot, tmp_path):
    path, page = _logbook_and_page(qtbot, tmp_path)
    blocker, release = _blocked_pool(path, page)
    idle = DatabaseJobs(path, page)
    try:
        assert idle.wait(0) is True  # nothing of its own: no wait for the blocker
        assert blocker.wait(50) is False  # its own job still runs
    finally:
        release.set()
    assert blocker.wait(10_000) is True


def test_a_page_in_the_tab_shown_is_looked_at_one_in_a_hidden_tab_is_not(qtbot):
    from PySide6.QtWidgets import QTabWidget

    from whalelog_gui.ui.database_job import looked_at

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    shown_slot, hidden_slot = QWidget(), QWidget()
    tabs.addTab(shown_slot, "Catches")
    tabs.addTab(hidden_slot, "Reports")
    tabs.show()
    # pages made inside their slots, not yet shown themselves (as pages.py makes them)
    assert looked_at(QWidget(shown_slot)) and not looked_at(QWidget(hidden_slot))


def test_a_stop_drops_its_reads_not_begun_but_never_a_write(qtbot, tmp_path):
    """A session stopping must not wait for every other page's job queued before its own reads; a write queued
    (an integrity declaration, the officer's) still runs."""
    path, page = _logbook_and_page(qtbot, tmp_path)
    blocker, release = _blocked_pool(path, page)
    ran = []
    reads, writes = DatabaseJobs(path, page), DatabaseJobs(path, page)
    reads.run(lambda _db: ran.append("read"), ran.append, ran.append)
    writes.run(lambda _db: ran.append("write"), lambda _: None, ran.append, read_only=False)
    reads.drop_waiting_reads()
    writes.drop_waiting_reads()
    assert not reads.busy and reads.wait(0) is True  # nothing of its own left to wait for
    assert writes.busy and writes.wait(50) is False  # queued behind the blocker, kept
    release.set()
    assert writes.wait(10_000) is True
    qtbot.waitUntil(lambda: not (writes.busy or blocker.busy), timeout=10000)
    qtbot.wait(50)
    assert ran == ["write"]


def test_results_are_shown_in_the_order_asked_even_when_a_turn_defers_the_first(qtbot, tmp_path):
    """A result deferred to a quiet turn (ui/gui_turns.py) must not be overtaken by a later one of the same page:
    an old read would overwrite a new one (the catch list without the catch just saved)."""
    from PySide6.QtCore import QTimer

    from whalelog_gui.ui import gui_turns

    path, page = _logbook_and_page(qtbot, tmp_path)
    jobs = DatabaseJobs(path, page)
    shown = []
    busy = QTimer(page)  # a page part built on every turn: results are deferred again and again
    busy.setInterval(1)
    busy.timeout.connect(gui_turns.done_now)
    busy.start()
    for n in range(60):
        jobs.run(lambda _db, n=n: n, shown.append, shown.append)
    qtbot.waitUntil(lambda: not jobs.busy, timeout=20000)
    busy.stop()
    assert shown == list(range(60))


def test_the_window_s_end_drops_the_reads_waiting_and_keeps_a_write(qtbot, tmp_path):
    from whalelog_gui.ui.database_job import stop_background_jobs

    path, page = _logbook_and_page(qtbot, tmp_path)
    blocker, release = _blocked_pool(path, page)
    ran = []
    jobs = DatabaseJobs(path, page)
    for n in range(3):
        jobs.run(lambda _db, n=n: ran.append(f"read {n}"), lambda _: None, lambda _: None)
    jobs.run(lambda _db: ran.append("declaration"), lambda _: None, lambda _: None, read_only=False)
    threading.Timer(0.2, release.set).start()  # the blocker ends while the window's end waits for it
    assert stop_background_jobs(10_000)
    assert ran == ["declaration"]
