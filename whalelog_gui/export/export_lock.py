"""One export per logbook at a time (GUI and CLI may both try): an OS lock on a file beside the database.

An OS lock, not a database row, because the OS drops it when the holder dies (SIGKILL, power loss), so a crashed
export never blocks the next one; while it is held, a pending transmission row can only be a crash's leftover.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

LOCK_SUFFIX = ".export-lock"


def database_file(db: sqlite_utils.Database) -> Path | None:
    """The main database file, or None for an in-memory database (which no other process can reach)."""
    for _, name, file in db.conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None


def _try_lock(fd: int) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows build
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # flock: also excludes a second export in the same process
    except BlockingIOError:
        return False
    return True


@contextlib.contextmanager
def export_lock(db: sqlite_utils.Database) -> Iterator[bool]:
    """Try the logbook's export lock, without waiting; yields whether it is held (False: another export has it)."""
    path = database_file(db)
    if path is None:
        yield True
        return
    lock_path = path.with_name(path.name + LOCK_SUFFIX)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        yield _try_lock(fd)  # closing the descriptor releases the lock
    finally:
        os.close(fd)
