"""Track points and alert changes held in memory while storage refuses writes, written when it recovers (issue 11).

Disk full, an I/O error, a read-only medium or a database locked beyond the busy timeout must never silently lose
what the bridge was shown. A refused write is kept here, and so is every write after it (in order), until a retry
succeeds. The bound: TRACK_POINTS_HELD thinned track points (24 h even for a ship turning all day: the thinning
keeps at most one point per ~4 s then; at sea it is about one a minute, i.e. two weeks). Beyond it the OLDEST held
track points are dropped, counted and reported as a gap (an alarm now, a recorded "track gap" alert after
recovery). Alert changes are never dropped: they are few (a busy day has tens) and are the record that matters.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

from whalelog_gui.store.db import transaction

log = logging.getLogger("whalelog.store")

TRACK_POINTS_HELD = 20_000
RETRY_S = 5.0  # how often a failing store is tried again (a locked database costs its busy timeout per try)
BATCH = 500  # held writes per transaction when catching up: one fsync per batch

TRACK, ALERT = "track", "alert"
# SQLite primary result codes that mean "storage refused", not "this row is wrong"
_STORAGE_CODES = {
    5: "the database is locked by another program",
    6: "the database is locked",
    8: "the database is read-only",
    10: "disk I/O error",
    11: "the database file is damaged",
    13: "the disk is full",
    14: "the database file cannot be opened",
    15: "database locking failed",
}


def storage_problem(exc: BaseException) -> str | None:
    """A reason for the bridge when `exc` is storage refusing a write (disk full, I/O error, read-only, locked);
    None for anything else (a refused record is the caller's to report)."""
    if isinstance(exc, sqlite3.Error) and not isinstance(exc, sqlite3.IntegrityError):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in _STORAGE_CODES:
            return f"{_STORAGE_CODES[code & 0xFF]} ({exc})"
        if code is None and isinstance(exc, sqlite3.OperationalError):
            return str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return None


@dataclass(frozen=True)
class StorageState:
    failing: bool
    reason: str = ""
    held_track: int = 0
    held_alerts: int = 0
    dropped_track: int = 0  # oldest held track points given up since the failure began
    dropped_from: datetime | None = None
    dropped_to: datetime | None = None


@dataclass
class _Held:
    kind: str
    job: Callable
    args: tuple
    kwargs: dict


class HeldWrites:
    """Write now, or hold and retry. Used from the store writer's thread only; on_change(StorageState) is called
    there on every failure, drop and recovery (the GUI marshals it to its own thread)."""

    def __init__(
        self,
        on_change: Callable[[StorageState], None] | None = None,
        track_limit: int = TRACK_POINTS_HELD,
        clock: Callable[[], float] = time.monotonic,
    ):
        self._items: deque[_Held] = deque()
        self._on_change = on_change
        self.track_limit = track_limit
        self._clock = clock
        self._held_track = 0
        self._last_try = float("-inf")
        self.reason = ""
        self.dropped = 0
        self._dropped_span: list[int] = []  # first and last t of dropped points

    @property
    def pending(self) -> bool:
        return bool(self._items)

    def state(self) -> StorageState:
        span = [datetime.fromtimestamp(t, timezone.utc) for t in self._dropped_span]
        return StorageState(
            bool(self._items),
            self.reason,
            self._held_track,
            len(self._items) - self._held_track,
            self.dropped,
            span[0] if span else None,
            span[-1] if span else None,
        )

    def write(self, db, kind: str, job: Callable, *args, **kwargs) -> None:
        """job(db, *args, **kwargs) now; if storage refuses, hold it and everything after it until a retry works."""
        item = _Held(kind, job, args, kwargs)
        if not self._items:
            try:
                job(db, *args, **kwargs)
                return
            except Exception as exc:
                reason = storage_problem(exc)
                if reason is None:
                    raise
                self._hold(item)
                self._fail(reason)
                return
        self._hold(item)
        if self._clock() - self._last_try >= RETRY_S:
            self.retry(db)

    def retry(self, db) -> bool:
        """Write what is held, oldest first, in batches; True when nothing is held any more."""
        self._last_try = self._clock()
        while self._items:
            batch = [self._items[i] for i in range(min(BATCH, len(self._items)))]
            try:
                with transaction(db):
                    for item in batch:
                        item.job(db, *item.args, **item.kwargs)
            except Exception as exc:
                reason = storage_problem(exc)
                if reason is None:  # a held row the store refuses on its own merits: report it, keep the rest
                    log.exception("held %s write refused; dropped", batch[0].kind)
                    self._pop_first()
                    continue
                if reason != self.reason:
                    self._fail(reason)
                return False
            for _ in batch:
                self._pop_first()
        if self.reason:
            log.warning("storage recovered: every held track point and alert change is written")
            recovered = self.state()  # failing False; still says how many points were dropped, for the record
            self.dropped, self._dropped_span, self.reason = 0, [], ""
            self._notify(recovered)
        return True

    def _hold(self, item: _Held) -> None:
        self._items.append(item)
        if item.kind == TRACK:
            self._held_track += 1
            if self._held_track > self.track_limit:
                self._drop_oldest_track()

    def _drop_oldest_track(self) -> None:
        for i, item in enumerate(self._items):
            if item.kind == TRACK:
                del self._items[i]
                self._held_track -= 1
                self.dropped += 1
                t = item.args[0][0] if item.args and isinstance(item.args[0], tuple) else None
                if t is not None:
                    self._dropped_span = [self._dropped_span[0] if self._dropped_span else t, t]
                if self.dropped == 1 or self.dropped % 100 == 0:
                    self._notify()
                return

    def _pop_first(self) -> None:
        if self._items.popleft().kind == TRACK:
            self._held_track -= 1

    def _fail(self, reason: str) -> None:
        self.reason = reason
        log.error("storage failing: %s; %d write(s) held in memory", reason, len(self._items))
        self._notify()

    def _notify(self, state: StorageState | None = None) -> None:
        if self._on_change is not None:
            try:
                self._on_change(state or self.state())
            except Exception:  # the bridge adapter must not stop the writer
                log.exception("storage state listener failed")


def not_saved_reason(exc: BaseException) -> str:
    """What a form says when its save failed in the store: the real reason, and that the input is kept."""
    return (
        f"Not saved: {storage_problem(exc) or exc}. Your entry is kept in this form; "
        "save again when the logbook can be written."
    )
