"""Reading rows as dicts with plain SQL (fast paths for loading; all writes go through store.audit)."""

from __future__ import annotations

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
