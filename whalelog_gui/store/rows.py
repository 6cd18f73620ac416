"""Reading rows as dicts with plain SQL (fast paths for loading; all writes go through store.audit)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def fetch_all(db: sqlite_utils.Database, sql: str, params=()) -> list[dict]:
    cursor = db.conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def fetch_one(db: sqlite_utils.Database, sql: str, params=()) -> dict | None:
    rows = fetch_all(db, sql, params)
    return rows[0] if rows else None


def fetch_existing(db: sqlite_utils.Database, sql: str, params=()) -> dict:
    """The row a statement must find (one just written, an aggregate): a LookupError, never None, when it is not."""
    row = fetch_one(db, sql, params)
    if row is None:
        raise LookupError(f"no row for {sql!r} {tuple(params)!r}")
    return row


@contextlib.contextmanager
def one_snapshot(db: sqlite_utils.Database) -> Iterator[None]:
    """Several reads that must agree (a record and its child rows) see one state of the file: a deferred read
    transaction, unless the caller is already in one. A save landing between two of the reads is then either
    wholly seen or not at all."""
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")  # nothing was written: only the read lock is let go
