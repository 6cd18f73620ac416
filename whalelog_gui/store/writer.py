"""Store writes from the bridge watch (track points, alert history) on one background thread.

Each write is a durable transaction (synchronous=FULL, an fsync); on a busy bridge PC that can take tens of
milliseconds, which must not freeze the alert bar. The writer has its own connection (WAL lets the GUI
read alongside) and runs jobs in submission order; stop() drains the queue so nothing submitted is lost.
Track points and alert changes go through store/held_writes.py: while storage refuses (disk full, I/O error,
read-only, locked) they are held in memory and retried every RETRY_S, and on_storage hears every change.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path

from whalelog_gui.store.held_writes import RETRY_S, HeldWrites, StorageState

log = logging.getLogger("whalelog.store")

_STOP = object()


def _open_logbook(path: Path):
    from whalelog_gui.store.db import open_db

    return open_db(path)


class StoreWriter:
    def __init__(
        self,
        db_path: str | Path,
        open_db: Callable | None = None,
        on_storage: Callable[[StorageState], None] | None = None,
        held: HeldWrites | None = None,
    ):
        self._open_db: Callable = open_db if open_db is not None else _open_logbook
        self.held = held or HeldWrites(on_storage)
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

    def submit_held(self, kind: str, job: Callable, *args, **kwargs) -> None:
        """Like submit, but a write storage refuses is held in memory and retried (kind: "track" or "alert")."""
        self._queue.put((lambda db: self.held.write(db, kind, job, *args, **kwargs), ()))

    def write_held(self, db, kind: str, job: Callable, *args, **kwargs) -> None:
        """From a job already on the writer thread (the track thinner): write or hold."""
        self.held.write(db, kind, job, *args, **kwargs)

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
                try:  # while writes are held, wake to retry them even when nothing new arrives
                    item = self._queue.get(timeout=RETRY_S if self.held.pending else None)
                except queue.Empty:
                    self.held.retry(db)
                    continue
                try:
                    if item is _STOP:
                        if self.held.pending and not self.held.retry(db):
                            state = self.held.state()
                            log.critical(
                                "closing with %d track point(s) and %d alert change(s) NOT stored: %s",
                                state.held_track,
                                state.held_alerts,
                                state.reason,
                            )
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
