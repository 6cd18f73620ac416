"""Is this file a WhaleLog logbook? The one check, shared by every command that takes --db."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from whalelog_gui.store.db import SCHEMA_VERSION


def logbook_problem(path: Path) -> str | None:
    """Why path is not a WhaleLog database, looked at read-only (open_db would turn any file into one), or None."""
    if not path.is_file():
        return "no such logbook database"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return f"cannot be read as a database ({exc})"
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError:
        return "not a WhaleLog logbook database (not an SQLite file)"
    finally:
        conn.close()
    if version < 1 or "logbooks" not in tables:
        return "not a WhaleLog logbook database (empty, or another program's file)"
    if version > SCHEMA_VERSION:
        return f"written by a newer WhaleLog (schema {version}, this one knows {SCHEMA_VERSION}); update WhaleLog"
    return None
