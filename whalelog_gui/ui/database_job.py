"""Database work off the GUI thread: op(db) on a pool thread, on a connection of its own, its result (or the
exception) delivered on the GUI thread (as Anki's QueryOp does; the op never touches a widget).

Used for the long reads a page or the bridge needs (the integrity check, the season's reports, the notifications
due), so the window answers while they run. Every job of the window runs on one background thread, one job after
another (issue 14): each read is Python holding the GIL, and with four of them at once (the Reports, Catches and
Transmission reads and the integrity check, all at start-up) the GUI thread waited for the GIL behind each in
turn, and the bridge froze 60-120 ms at a time. One at a time, it never waits longer than one switch interval.
A job asked for by what the officer is looking at goes before the others waiting (`urgent`). PySide's import hook is not safe with two threads importing at once:
the modules an op imports are named in `needs` and imported here, on the calling (GUI) thread, before it starts.
"""

from __future__ import annotations

import importlib
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from whalelog_gui.ui.gui_turns import in_a_turn_of_its_own

URGENT, NORMAL = 1, 0  # QThreadPool priorities: an urgent job starts before the normal ones waiting

_shared: list[QThreadPool] = []  # the window's one background thread for database jobs
# Every job not yet delivered, whoever asked: the pool outlives the page that asked (a page rebuilt, a session
# stopped), and a runnable freed while the pool still holds it would crash the pool's thread.
_undelivered: set[_DatabaseJob] = set()


def stop_background_jobs(msecs: int = 10_000) -> bool:
    """The window closes: the reads not yet begun are dropped (nobody will see them), a write not yet begun (an
    integrity declaration) and the job under way finish, while the application, and so their signals, still
    exist. Without this the application's end ran every queued read, one after another."""
    _take_back_reads(list(_undelivered))
    return shared_pool().waitForDone(msecs)


def _take_back_reads(jobs: list[_DatabaseJob]) -> list[_DatabaseJob]:
    """The reads among `jobs` not yet begun, taken back from the pool: they will never run nor deliver. A write not
    yet begun (an integrity declaration) is the officer's, and is left to run. Returns those taken back."""
    taken = [job for job in jobs if job.read_only and not job.started.is_set() and shared_pool().tryTake(job)]
    for job in taken:
        _undelivered.discard(job)
    return taken


def looked_at(widget) -> bool:
    """The widget is on screen, or is being made in a place on screen (a page made in its slot while its tab is
    shown, not yet shown itself): what it reads is what the officer is waiting for, an urgent job."""
    parent = widget.parentWidget()
    return widget.isVisible() or (parent is not None and parent.isVisible())


def shared_pool() -> QThreadPool:
    """The pool every DatabaseJobs runs on: one thread, made on first use, living as long as the application."""
    if not _shared or not shiboken6.isValid(_shared[0]):
        pool = QThreadPool(QCoreApplication.instance())
        pool.setMaxThreadCount(1)
        _shared[:] = [pool]
    return _shared[0]


class _JobSignals(QObject):
    done = Signal(object)  # the op's result
    failed = Signal(object)  # the exception


class _DatabaseJob(QRunnable):
    def __init__(self, db_path: Path, op: Callable, *, read_only: bool):
        super().__init__()
        self.db_path, self.op, self.read_only = db_path, op, read_only
        self.signals = _JobSignals()
        self.outcome: tuple[Callable, object] | None = None  # (done or failed, its value), once delivered here
        self.started = threading.Event()  # set when the pool's thread has taken it
        self.finished = threading.Event()  # set when run() has returned: its connection is closed
        self.setAutoDelete(False)  # kept by DatabaseJobs until its signals have been delivered

    def run(self) -> None:  # on the pool thread: no UI routine here
        from whalelog_gui.store.db import open_db

        self.started.set()
        try:
            db = open_db(self.db_path, read_only=self.read_only, quick_check=False)  # checked when opened first
            try:
                result = self.op(db)
            finally:
                db.close()
        except Exception as exc:  # noqa: BLE001 - every failure is reported on the GUI thread, never lost
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            self.finished.set()


class DatabaseJobs(QObject):
    """Runs jobs on the logbook at `db_path` one after another (results arrive in the order asked), on the
    window's one background thread (shared_pool)."""

    def __init__(self, db_path: str | Path, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.pool = shared_pool()
        self._jobs: list[_DatabaseJob] = []

    def run(
        self,
        op: Callable,
        done: Callable[[object], None],
        failed: Callable[[Exception], None],
        *,
        read_only: bool = True,
        needs: Iterable[str] = (),
        urgent: bool = False,
    ) -> None:
        """op(db) in the background; done(result) or failed(exception) later, on this object's thread. urgent: what
        the officer waits for (a page being looked at, a declaration): started before the normal jobs waiting,
        though never before this object's own earlier jobs (their results still arrive in the order asked)."""
        for name in ("whalelog_gui.store.db", *needs):
            importlib.import_module(name)
        job = _DatabaseJob(self.db_path, op, read_only=read_only)

        def finish(slot):
            def deliver(value) -> None:
                _undelivered.discard(job)  # run() has returned: the pool holds it no more
                # the page that asked is gone (closed, rebuilt): its widgets are deleted, and a result arriving
                # now would be written into freed memory. Qt would drop it for a slot of a deleted receiver; a
                # Python callable has none, so this object (its child) stands in
                if not shiboken6.isValid(self):
                    self._jobs.remove(job)
                    return
                job.outcome = (slot, value)
                # shown on a turn of its own, not in the turn a page's next part is built (ui/gui_turns.py)
                in_a_turn_of_its_own(self._show_next, self)

            return deliver

        job.signals.done.connect(finish(done))
        job.signals.failed.connect(finish(failed))
        # urgent only if none of this object's jobs waits: one of its later jobs must not overtake an earlier one
        urgent = urgent and all(j.started.is_set() for j in self._jobs)
        _undelivered.add(job)
        self._jobs.append(job)
        self.pool.start(job, URGENT if urgent else NORMAL)

    def _show_next(self) -> None:
        """The oldest of this object's results, if it has arrived: results are shown in the order asked, a later
        one waiting for an earlier one (deferred to a quiet turn, an earlier result would otherwise be overtaken
        by a later one arriving meanwhile, and an old read would overwrite a new one). The next on a later turn."""
        if not self._jobs or self._jobs[0].outcome is None:
            return
        job = self._jobs.pop(0)
        slot, value = job.outcome
        try:
            slot(value)
        finally:
            if self._jobs and self._jobs[0].outcome is not None:
                in_a_turn_of_its_own(self._show_next, self)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def drop_waiting_reads(self) -> None:
        """This object's reads not yet begun are taken back (_take_back_reads): the session is stopping, nobody
        waits for them. Without this a stop waited for every other page's job queued before them."""
        for job in _take_back_reads(list(self._jobs)):
            self._jobs.remove(job)

    def wait(self, msecs: int = 10_000) -> bool:
        """Until this object's jobs have run (their connections closed), at most msecs; False if one has not."""
        deadline = time.monotonic() + msecs / 1000
        return all(job.finished.wait(max(0.0, deadline - time.monotonic())) for job in list(self._jobs))


# What the season's reads (the notifications due, the reports: store/notifications.py) import on their first run,
# so a job can be given them as `needs`.
SEASON_READ_MODULES = (
    "re",
    "shapely",
    "shapely.geometry",
    "shapely.ops",
    "whalelog_gui.resources",
    "whalelog_gui.records.catch_areas",
    "whalelog_gui.records.species",
    "whalelog_gui.records.stocks",
    "whalelog_gui.store.catches",
    "whalelog_gui.store.logbook_repo",
    "whalelog_gui.store.notifications",
    "whalelog_gui.store.regime_settings",
    "whalelog_gui.store.vessel",
    "whalelog_gui.export.report_files",
)
