"""The authority's ledger of every vessel's chain of bundles: vessel, signing key, sequence and hash of each bundle
accepted, and every bundle refused (fork, key change without declaration, invalid) as an incident.

Behind one small interface (Ledger) so a PostgreSQL ledger can replace the embedded SQLite one without touching
ingest.py; SQLiteLedger is the default (one file, sqlite-utils, every add in one transaction).
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol


from whalelog_gui.store.db import sqlite_database
from whalelog_gui.utc import utc_text


@dataclass(frozen=True)
class LedgerEntry:
    vessel: str
    sequence: int
    sha256: str
    fingerprint: str  # the key that signed it
    previous_sha256: str | None
    next_key: str | None  # the key it announces (a rotation), if any
    replaced_key: str | None  # the key it declares lost (a replacement), if any
    file: str
    ingested_at: str


@dataclass(frozen=True)
class Incident:
    status: str  # fork | key change | invalid
    reason: str
    vessel: str | None
    sequence: int | None
    sha256: str | None
    fingerprint: str | None
    file: str
    ingested_at: str


class LedgerError(RuntimeError):
    """The ledger cannot be opened or written."""


class Ledger(Protocol):
    def by_hash(self, sha256: str) -> LedgerEntry | None: ...
    def at(self, vessel: str, sequence: int) -> LedgerEntry | None: ...
    def before(self, vessel: str, sequence: int) -> LedgerEntry | None: ...
    def after(self, vessel: str, sequence: int) -> LedgerEntry | None: ...
    def add(self, entry: LedgerEntry) -> None: ...
    def add_incident(self, incident: Incident) -> None: ...
    def close(self) -> None: ...


def utc_now() -> str:
    return utc_text(datetime.now(timezone.utc))


_ENTRY_COLUMNS = [f.name for f in fields(LedgerEntry)]


class SQLiteLedger:
    """The embedded ledger: tables bundles (primary key vessel + sequence, hash unique) and incidents."""

    def __init__(self, path: str | Path):
        try:
            conn = sqlite3.connect(str(path), isolation_level=None)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            self.db = sqlite_database(conn)
            if not self.db["bundles"].exists():
                self.db["bundles"].create(
                    {
                        "vessel": str,
                        "sequence": int,
                        "sha256": str,
                        "fingerprint": str,
                        "previous_sha256": str,
                        "next_key": str,
                        "replaced_key": str,
                        "file": str,
                        "ingested_at": str,
                    },
                    pk=("vessel", "sequence"),
                    not_null={"vessel", "sequence", "sha256", "fingerprint"},
                )
                self.db["bundles"].create_index(["sha256"], unique=True)
            if not self.db["incidents"].exists():
                self.db["incidents"].create(
                    {
                        "id": int,
                        "status": str,
                        "reason": str,
                        "vessel": str,
                        "sequence": int,
                        "sha256": str,
                        "fingerprint": str,
                        "file": str,
                        "ingested_at": str,
                    },
                    pk="id",
                )
            if set(self.db["bundles"].columns_dict) != set(_ENTRY_COLUMNS):
                raise LedgerError(f"{path}: not a WhaleLog authority ledger")
        except sqlite3.DatabaseError as exc:
            raise LedgerError(f"{path}: cannot be used as a ledger ({exc})") from exc

    def _one(self, where: str, args: tuple, order: str = "") -> LedgerEntry | None:
        rows = list(
            self.db["bundles"].rows_where(
                where, args, order_by=order or None, limit=1, select=", ".join(_ENTRY_COLUMNS)
            )
        )
        return LedgerEntry(**rows[0]) if rows else None

    def by_hash(self, sha256: str) -> LedgerEntry | None:
        return self._one("sha256 = ?", (sha256,))

    def at(self, vessel: str, sequence: int) -> LedgerEntry | None:
        return self._one("vessel = ? AND sequence = ?", (vessel, sequence))

    def before(self, vessel: str, sequence: int) -> LedgerEntry | None:
        return self._one("vessel = ? AND sequence < ?", (vessel, sequence), "sequence DESC")

    def after(self, vessel: str, sequence: int) -> LedgerEntry | None:
        return self._one("vessel = ? AND sequence > ?", (vessel, sequence), "sequence")

    def add(self, entry: LedgerEntry) -> None:
        self.db["bundles"].insert(asdict(entry))  # one statement: atomic

    def add_incident(self, incident: Incident) -> None:
        self.db["incidents"].insert(asdict(incident))

    def close(self) -> None:
        self.db.conn.close()
