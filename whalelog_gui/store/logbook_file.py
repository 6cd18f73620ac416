"""Is this file a WhaleLog logbook? The one check, shared by every command that takes --db.

Looked at read-only through store/open_checks.py (open_db would otherwise turn any file into a logbook): another
program's file, a damaged file and a hard-linked one are refused with their reason.
"""

from __future__ import annotations

from pathlib import Path

from whalelog_gui.store.db import SCHEMA_VERSION
from whalelog_gui.store.open_checks import StoreOpenError, inspect_database


def logbook_problem(path: Path) -> str | None:
    """Why path is not a WhaleLog database that can be opened, or None."""
    if not path.is_file():
        return "no such logbook database"
    try:
        found = inspect_database(path)
    except StoreOpenError as refused:
        return str(refused).removeprefix(f"{path}: ")
    if found.new:
        return "not a WhaleLog logbook database (empty, or another program's file)"
    if found.user_version > SCHEMA_VERSION:
        return (
            f"written by a newer WhaleLog (schema {found.user_version}, this one knows {SCHEMA_VERSION}); "
            "update WhaleLog"
        )
    return None
