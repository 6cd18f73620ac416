"""What a file must be before WhaleLog writes to it: checked read-only, so a file we refuse is never touched.

A WhaleLog logbook carries PRAGMA application_id = WHALELOG_APPLICATION_ID (set by migration m0007); files written
before that are recognised by their schema (user_version >= 1 and the logbook tables). Any other SQLite file with
tables, or another application id, is another program's database: opening it would add our tables and switch its
journal to WAL, so it is refused. A file that fails PRAGMA quick_check is refused with the recovery path.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

WHALELOG_APPLICATION_ID = 0x57484C47  # "WHLG" in the SQLite header (offset 68)
SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every WhaleLog schema from version 1 has: recognises files from before the application id.
WHALELOG_V1_TABLES = frozenset({"logbooks", "sheets", "track", "alert_log", "audit", "settings"})
QUICK_CHECK_ROWS = 20  # enough problems to show the user; the rest are "and more"


class StoreOpenError(RuntimeError):
    """The logbook database cannot be opened for writing; the message says why and what to do."""


class NotWhaleLogError(StoreOpenError):
    """Another program's file (or not a database at all): refused and left exactly as it was."""


class DatabaseDamagedError(StoreOpenError):
    """PRAGMA quick_check found damage; the message names the recovery path."""

    def __init__(self, path: Path, problems: list[str]):
        self.path, self.problems = path, problems
        shown = "; ".join(problems[:3]) + (f" (and {len(problems) - 3} more)" if len(problems) > 3 else "")
        super().__init__(
            f"{path}: the logbook database is damaged (SQLite quick_check: {shown}). It was not opened for "
            f"writing. Open it read-only to look at it, and recover what can be read into a new file with: "
            f"whalelog db recover --db {path} --out NEW.sqlite"
        )


class StoreNotWritableError(StoreOpenError):
    """The file or its folder cannot be written; the message carries the operating system's reason."""


@dataclass(frozen=True)
class Inspection:
    """A read-only look at an existing file: new (no tables yet) or a WhaleLog logbook at user_version."""

    new: bool
    user_version: int
    application_id: int


def no_writer_open(path: Path) -> bool:
    """No -wal beside the file: no connection is writing it and the main file holds everything, so it can be read
    immutable (SQLite then creates no -shm/-wal beside it, and a read-only folder or medium can still be read)."""
    return not Path(f"{path}-wal").exists()


def read_only_connection(path: Path, immutable: bool = False) -> sqlite3.Connection:
    # mode=ro: SQLite may not create, convert or write anything (no WAL switch, no -journal). Bound to the thread
    # that opens it, as every logbook connection (store/db.py): each background read opens its own
    extra = "&immutable=1" if immutable else ""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro{extra}", uri=True, isolation_level=None)


def inspect_database(path: Path, *, quick_check: bool = True) -> Inspection:
    """Raise NotWhaleLogError / DatabaseDamagedError for a file WhaleLog must not write; else describe it."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return Inspection(new=True, user_version=0, application_id=0)
    if not path.is_file():
        raise NotWhaleLogError(f"{path}: not a file")
    links = path.stat().st_nlink
    if links > 1:
        # SQLite names its -wal and -shm files after the path: two names, two journals, a corrupt logbook
        raise StoreOpenError(
            f"{path}: the logbook file has {links} hard links (names). SQLite keeps its journal beside each name, "
            "so writing through two names can corrupt the logbook; it was not opened. Remove the extra link "
            "(or copy the file) and open the logbook by one name"
        )
    with open(path, "rb") as f:
        header = f.read(100)
    if not header.startswith(SQLITE_HEADER):
        raise NotWhaleLogError(f"{path}: not a WhaleLog logbook database (not an SQLite file); it was not changed")
    app_id = int.from_bytes(header[68:72], "big") if len(header) == 100 else 0
    if app_id not in (0, WHALELOG_APPLICATION_ID):  # decided from the header: not even a read connection
        raise NotWhaleLogError(
            f"{path}: not a WhaleLog logbook database (another application's SQLite file, "
            f"application_id 0x{app_id:08x}); it was not changed"
        )
    try:
        conn = read_only_connection(path, immutable=no_writer_open(path))
    except sqlite3.Error as exc:
        raise StoreOpenError(f"{path}: cannot be read ({exc})") from exc
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise DatabaseDamagedError(path, [f"schema unreadable: {exc}"]) from exc
        if app_id not in (0, WHALELOG_APPLICATION_ID):
            raise NotWhaleLogError(
                f"{path}: not a WhaleLog logbook database (another application's SQLite file, "
                f"application_id 0x{app_id:08x}); it was not changed"
            )
        ours = app_id == WHALELOG_APPLICATION_ID or (version >= 1 and WHALELOG_V1_TABLES <= tables)
        if not ours and (tables or version):
            raise NotWhaleLogError(
                f"{path}: not a WhaleLog logbook database (another program's SQLite file with "
                f"{len(tables)} table(s), none of them WhaleLog's); it was not changed"
            )
        if quick_check:
            try:
                rows = [r[0] for r in conn.execute(f"PRAGMA quick_check({QUICK_CHECK_ROWS})")]
            except sqlite3.DatabaseError as exc:
                rows = [str(exc)]
            if rows != ["ok"]:
                raise DatabaseDamagedError(path, rows)
        return Inspection(new=not ours, user_version=version, application_id=app_id)
    finally:
        conn.close()


def check_writable(path: Path) -> None:
    """Raise StoreNotWritableError with the operating system's reason when the database or its folder cannot be
    written (WAL needs to create -wal and -shm files beside the database, so the folder matters too)."""
    path = Path(path)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreNotWritableError(f"{path}: cannot create the folder {folder}: {exc.strerror or exc}") from exc
    try:  # a real write, not os.access: a read-only mount or an ACL only shows when tried
        fd, probe = tempfile.mkstemp(prefix=".whalelog-write-test-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise StoreNotWritableError(
            f"{path}: the folder {folder} cannot be written ({_reason(exc)}); WhaleLog writes its journal beside "
            "the database. Choose a writable folder with --db, or open the logbook read-only"
        ) from exc
    if path.exists():
        try:
            with open(path, "r+b"):
                pass
        except OSError as exc:
            raise StoreNotWritableError(
                f"{path}: the database file cannot be written ({_reason(exc)}); "
                "open it read-only, or copy it to a writable place"
            ) from exc


def _reason(exc: OSError) -> str:
    names = {
        errno.EROFS: "read-only file system",
        errno.EACCES: "permission denied",
        errno.EPERM: "operation not permitted",
        errno.ENOSPC: "no space left on the device",
    }
    return (names.get(exc.errno) if exc.errno is not None else None) or exc.strerror or str(exc)
