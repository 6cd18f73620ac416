"""Installation settings kept in the database (e.g. the name of the person at the keyboard, used as `who`)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from whalelog_gui.store.db import transaction

if TYPE_CHECKING:
    import sqlite_utils

CURRENT_USER = "current_user"


def get_setting(db: sqlite_utils.Database, key: str, default: Any = None) -> Any:
    row = db.conn.execute("SELECT value_json FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def set_setting(db: sqlite_utils.Database, key: str, value: Any) -> None:
    with transaction(db):
        db.conn.execute(
            "INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE "
            "SET value_json = excluded.value_json, updated_at = excluded.updated_at",
            (key, json.dumps(value), datetime.now(timezone.utc).isoformat()),
        )
