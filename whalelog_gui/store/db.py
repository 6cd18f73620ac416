"""The one SQLite connection per installation: durable pragmas, explicit transactions, schema migrations.

Every save is one transaction (BEGIN IMMEDIATE ... COMMIT) on a WAL database with synchronous=FULL, so a save
that returned is on disk even if the process is killed the next instant.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from whalelog_gui.store import migrations, open_checks

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 5000
SCHEMA_VERSION = max((m.VERSION for m in migrations.discover()), default=0)

_savepoints = itertools.count(1)


class SchemaTooNewError(RuntimeError):
    """The file was written by a newer WhaleLog; opening it with this one could damage it."""


def open_db(
    path: str | Path,
    *,
    synchronous: str = "FULL",
    migrate: bool = True,
    read_only: bool = False,
    quick_check: bool = True,
) -> sqlite_utils.Database:
    """Open (creating file and parent directory) the logbook database, set durable pragmas, run migrations.

    Before anything is written the file is looked at read-only (store/open_checks.py): another program's file or
    a damaged one raises and is left untouched; an unwritable folder raises with the operating system's reason.
    read_only opens an existing logbook without writing anything (the GUI's way to look at a damaged file).
    synchronous is FULL for real use; the benchmark alone passes "OFF" to measure the cost of durability.
    """
    path = Path(path)
    if read_only:
        if not path.is_file():
            raise open_checks.StoreOpenError(f"{path}: no such logbook database")
        open_checks.inspect_database(path, quick_check=False)  # still never another program's file
        conn = open_checks.read_only_connection(path, immutable=open_checks.no_writer_open(path))
        conn.execute("PRAGMA query_only = ON")
        return sqlite_database(conn)
    open_checks.check_writable(path)  # first: on a read-only medium the real reason, not "damaged"
    open_checks.inspect_database(path, quick_check=quick_check)
    # isolation_level=None: no implicit BEGIN, so nothing is ever left uncommitted by accident
    # one connection per thread (the GUI, the store writer, an export job each open their own): sqlite3 refuses
    # a connection used from another thread, so a stray cross-thread use fails loudly instead of racing
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        conn.close()
        raise sqlite3.OperationalError(f"{path}: could not switch to WAL journal (got {mode})")
    if synchronous.upper() not in {"FULL", "OFF", "NORMAL", "EXTRA"}:
        raise ValueError(f"synchronous: {synchronous!r}")
    conn.execute(f"PRAGMA synchronous = {synchronous.upper()}")
    conn.execute("PRAGMA foreign_keys = ON")
    db = sqlite_database(conn)
    if migrate:
        migrate_to_latest(db)
    return db


def sqlite_database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils' Database over `conn`, running none of sqlite-utils' plugins.

    A plugin installed beside WhaleLog would otherwise run its `prepare_connection` hook on the logbook's own
    connection (registering SQL functions, changing pragmas): foreign code inside the record an inspector trusts.
    Looking the plugins up also read every installed package's entry points (~15 ms of the start-up)."""
    # imported at the first open, not by every store module that names the type: sqlite-utils brings numpy
    # (~0.3 s), and the window is shown before any logbook is opened (issue 14)
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One atomic save. Outermost: BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error). Nested: a SAVEPOINT,
    so an inner block that fails rolls back only itself and the outer save decides the rest."""
    conn = db.conn
    if conn.in_transaction:
        name = f"wl_sp_{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    # IMMEDIATE takes the write lock up front, so a busy database fails at BEGIN, never half-way through a save
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def user_version(db: sqlite_utils.Database) -> int:
    return db.conn.execute("PRAGMA user_version").fetchone()[0]


def migrate_to_latest(db: sqlite_utils.Database, up_to: int | None = None) -> list[int]:
    """Apply every migration above PRAGMA user_version, each in its own transaction with its version bump.

    up_to stops at that version (fixture scripts build old schema files with it). Returns the versions
    applied. A crash mid-migration leaves the file at the last complete version.
    """
    current = user_version(db)
    known = migrations.discover()
    if current > (known[-1].VERSION if known else 0):
        raise SchemaTooNewError(
            f"database schema version {current} is newer than this WhaleLog understands ({SCHEMA_VERSION}); "
            "update WhaleLog before opening it"
        )
    applied = []
    for module in known:
        if module.VERSION <= current or (up_to is not None and module.VERSION > up_to):
            continue
        with transaction(db):
            module.apply(db)
            db.conn.execute(f"PRAGMA user_version = {int(module.VERSION)}")
        applied.append(module.VERSION)
    return applied
