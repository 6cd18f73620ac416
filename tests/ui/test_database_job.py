"""Reads off the GUI thread (ui/database_job.py): the result reaches the page that asked, and never a page gone."""

import threading

from PySide6.QtWidgets import QWidget

from whalelog_gui.store.db import open_db
from whalelog_gui.ui.database_job import DatabaseJobs


def test_the_result_reaches_the_page_on_the_gui_thread(qtbot, tmp_path):
    path = tmp_path / "log.sqlite"
    open_db(path).conn.close()
    page = QWidget()
    qtbot.addWidget(page)
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
