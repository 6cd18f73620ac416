"""Database work off the GUI thread: op(db) on a pool thread, on a connection of its own, its result (or the
exception) delivered on the GUI thread (as Anki's QueryOp does; the op never touches a widget).

Used for the long reads a page or the bridge needs (the integrity check, the season's reports, the notifications
due), so the window answers while they run. PySide's import hook is not safe with two threads importing at once:
the modules an op imports are named in `needs` and imported here, on the calling (GUI) thread, before it starts.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _JobSignals(QObject):
    done = Signal(object)  # the op's result
    failed = Signal(object)  # the exception


class _DatabaseJob(QRunnable):
    def __init__(self, db_path: Path, op: Callable, *, read_only: bool):
        super().__init__()
        self.db_path, self.op, self.read_only = db_path, op, read_only
        self.signals = _JobSignals()
        self.setAutoDelete(False)  # kept by DatabaseJobs until its signals have been delivered

    def run(self) -> None:  # on the pool thread: no UI routine here
        from whalelog_gui.store.db import open_db

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


class DatabaseJobs(QObject):
    """Runs jobs on the logbook at `db_path` one after another (results arrive in the order asked)."""

    def __init__(self, db_path: str | Path, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: set[_DatabaseJob] = set()

    def run(
        self,
        op: Callable,
        done: Callable[[object], None],
        failed: Callable[[Exception], None],
        *,
        read_only: bool = True,
        needs: Iterable[str] = (),
    ) -> None:
        """op(db) in the background; done(result) or failed(exception) later, on this object's thread."""
        for name in ("whalelog_gui.store.db", *needs):
            importlib.import_module(name)
        job = _DatabaseJob(self.db_path, op, read_only=read_only)

        def finish(slot):
            def deliver(value) -> None:
                self._jobs.discard(job)
                # the page that asked is gone (closed, rebuilt): its widgets are deleted, and a result arriving
                # now would be written into freed memory. Qt would drop it for a slot of a deleted receiver; a
                # Python callable has none, so this object (its child) stands in
                if not shiboken6.isValid(self):
                    return
                slot(value)

            return deliver

        job.signals.done.connect(finish(done))
        job.signals.failed.connect(finish(failed))
        self._jobs.add(job)
        self.pool.start(job)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)


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
