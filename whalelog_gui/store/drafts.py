"""Unsaved form content kept durably as it is typed, so it can be offered back after a crash.

A draft is not a record: it is never exported or audited, and it is discarded when the form is saved or
abandoned. Data must be JSON-friendly; Decimal and datetime are stored as their text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from whalelog_gui.store.db import transaction

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class Draft:
    form_key: str  # e.g. "title-page", "event:<sheet id>", "catch:new"
    data: dict
    saved_at: datetime


def _text(value):
    return value.isoformat() if isinstance(value, datetime) else str(value)


def save_draft(db: sqlite_utils.Database, form_key: str, data: dict) -> None:
    if not form_key:
        raise ValueError("form_key is required")
    with transaction(db):
        db.conn.execute(
            "INSERT INTO drafts (form_key, data_json, saved_at) VALUES (?, ?, ?) "
            "ON CONFLICT (form_key) DO UPDATE SET data_json = excluded.data_json, saved_at = excluded.saved_at",
            (form_key, json.dumps(data, default=_text, sort_keys=True), datetime.now(timezone.utc).isoformat()),
        )


def load_drafts(db: sqlite_utils.Database) -> dict[str, Draft]:
    rows = db.conn.execute("SELECT form_key, data_json, saved_at FROM drafts ORDER BY saved_at")
    return {k: Draft(k, json.loads(d), datetime.fromisoformat(s)) for k, d, s in rows}


def discard_draft(db: sqlite_utils.Database, form_key: str) -> bool:
    """Returns whether there was a draft to discard."""
    with transaction(db):
        return db.conn.execute("DELETE FROM drafts WHERE form_key = ?", (form_key,)).rowcount > 0
