"""One export per logbook at a time (GUI and CLI may both try): a lease row inside the database.

Inside the database, not a lock file beside a path: a hard link, a symlink or a second mount reaches the same file
under another name, and a lock file beside each name would let two exports of one logbook run at once (issue 11).
The lease is taken in a BEGIN IMMEDIATE transaction, so two takers are serialised by SQLite's own write lock. It
names its holder (host, pid and the process's start time): a lease whose holder process no longer exists on this
host was left by a crash (SIGKILL, power loss) and is taken over, so a crashed export never blocks the next one;
while a live holder has it, a pending transmission row can only be a crash's leftover.
"""

from __future__ import annotations

import contextlib
import os
import socket
import uuid
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from whalelog_gui.store.db import transaction


def database_file(db: sqlite_utils.Database) -> Path | None:
    """The main database file, or None for an in-memory database (which no other process can reach)."""
    for _, name, file in db.conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None


def process_started(pid: int) -> str | None:
    """When the process started (Linux: clock ticks since boot, /proc/PID/stat field 22), to tell a reused pid
    from the holder; None where the platform does not say (then the pid alone decides)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]


def process_alive(pid: int, started: str | None) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows build: os.kill(pid, 0) would send CTRL_C there
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, owned by someone else
    return started is None or process_started(pid) in (None, started)


def _take(db: sqlite_utils.Database, token: str) -> bool:
    me, host = os.getpid(), socket.gethostname()
    with transaction(db):
        row = db.conn.execute("SELECT host, pid, process_started FROM export_lease WHERE id = 1").fetchone()
        if row is not None:
            holder_host, pid, started = row
            if holder_host != host or process_alive(pid, started):
                return False  # another host's lease cannot be checked: it stands until that export ends
        db.conn.execute(
            "INSERT OR REPLACE INTO export_lease (id, token, host, pid, process_started, taken_at) "
            "VALUES (1, ?, ?, ?, ?, ?)",
            (token, host, me, process_started(me), datetime.now(timezone.utc).isoformat()),
        )
    return True


@contextlib.contextmanager
def export_lock(db: sqlite_utils.Database) -> Iterator[bool]:
    """Try the logbook's export lease, without waiting; yields whether it is held (False: another export has it)."""
    if database_file(db) is None:
        yield True
        return
    token = uuid.uuid4().hex
    held = _take(db, token)
    try:
        yield held
    finally:
        if held:
            with transaction(db):
                db.conn.execute("DELETE FROM export_lease WHERE token = ?", (token,))
