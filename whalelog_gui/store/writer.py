"""Store writes from the bridge watch (track points, alert history) on one background thread.

Each write is a durable transaction (synchronous=FULL, an fsync); on a busy bridge PC that can take tens of
milliseconds, which must not freeze the alert bar. The writer has its own connection (WAL lets the GUI
read alongside) and runs jobs in submission order; stop() drains the queue so nothing submitted is lost.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger("whalelog.store")

_STOP = object()


def _open_logbook(path: Path):
    from whalelog_gui.store.db import open_db

    return open_db(path)


class StoreWriter:
    def __init__(self, db_path: str | Path, open_db: Callable | None = None):
        self._open_db: Callable = open_db if open_db is not None else _open_logbook
        self.db_path = Path(db_path)
        self._queue: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="store-writer", daemon=True)
        self._ready = threading.Event()
        self._open_error: BaseException | None = None
        self.failures = 0
        self.done = 0

    def start(self) -> None:
        """Open the writer's connection; raises here (on the caller's thread) if the store cannot be opened."""
        self._thread.start()
        self._ready.wait()
        if self._open_error is not None:
            raise self._open_error

    def submit(self, job: Callable, *args) -> None:
        """Run job(db, *args) on the writer thread, after every job submitted before it."""
        self._queue.put((job, args))

    def flush(self) -> None:
        """Wait until every job submitted so far has run."""
        self._queue.join()

    def stop(self, timeout: float = 10.0) -> None:
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            db = self._open_db(self.db_path)
        except BaseException as exc:  # handed to start() so the user is told where they chose the file
            self._open_error = exc
            self._ready.set()
            return
        self._ready.set()
        try:
            while True:
                item = self._queue.get()
                try:
                    if item is _STOP:
                        return
                    job, args = item
                    job(db, *args)
                    self.done += 1
                except Exception:  # one failed write must not stop the ones after it
                    self.failures += 1
                    log.exception("store write failed")
                finally:
                    self._queue.task_done()
        finally:
            db.conn.close()
