"""Bookkeeping of bundles sent to authorities: which record version went in which bundle, and what was acknowledged.

Tables (migration m0003): transmissions (one row per bundle) and record_transmissions (family, record id, seq).
Marking a bundle sent is ONE transaction, run only after the bundle file is renamed into place, so a crash can
never leave records marked sent without a complete bundle on disk.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields

import sqlite_utils

from whalelog_gui.store.db import transaction

KINDS = ("new", "correction", "deletion", "repeat")


class TransmissionError(ValueError):
    """A bookkeeping change the rules refuse (unknown bundle, hash mismatch, sequence taken)."""


@dataclass(frozen=True)
class Transmission:
    seq: int
    file_name: str
    sha256: str
    size: int
    created_at: str
    mode: str  # "incremental" or "all"
    vessel: str
    period_from: str | None
    period_to: str | None
    records: int
    track_points: int
    alerts: int
    track_until_t: int | None
    alerts_until_seq: int | None
    fingerprint: str
    acknowledged_at: str | None = None
    receipt_json: str | None = None
    receipt_imported_at: str | None = None

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None


@dataclass(frozen=True)
class SentRecord:
    """The latest transmission of one record."""

    seq: int
    kind: str
    content_sha256: str | None
    acknowledged: bool


_COLUMNS = [f.name for f in fields(Transmission)]


def transmissions(db: sqlite_utils.Database) -> list[Transmission]:
    cursor = db.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM transmissions ORDER BY seq")
    return [Transmission(*row) for row in cursor]


def get_transmission(db: sqlite_utils.Database, seq: int) -> Transmission | None:
    row = db.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM transmissions WHERE seq = ?", (seq,)).fetchone()
    return None if row is None else Transmission(*row)


def last_transmission(db: sqlite_utils.Database) -> Transmission | None:
    row = db.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM transmissions ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else Transmission(*row)


def sent_records(db: sqlite_utils.Database) -> dict[tuple[str, str], SentRecord]:
    """For every record ever sent: its latest transmission (highest seq)."""
    cursor = db.conn.execute(
        "SELECT r.family, r.record_id, r.seq, r.kind, r.content_sha256, t.acknowledged_at IS NOT NULL "
        "FROM record_transmissions r JOIN transmissions t ON t.seq = r.seq ORDER BY r.seq"
    )
    return {(fam, rid): SentRecord(seq, kind, sha, bool(ack)) for fam, rid, seq, kind, sha, ack in cursor}


def watermarks(db: sqlite_utils.Database) -> tuple[int | None, int | None]:
    """The last track time (unix s) and alert_log seq already sent; later ones go in the next bundle."""
    return db.conn.execute("SELECT MAX(track_until_t), MAX(alerts_until_seq) FROM transmissions").fetchone()


def record_sent(db: sqlite_utils.Database, transmission: Transmission, rows: list[tuple]) -> None:
    """Mark a bundle and its records sent in one transaction. rows: (family, record_id, kind, corrects, sha)."""
    with transaction(db):
        last = db.conn.execute("SELECT MAX(seq) FROM transmissions").fetchone()[0] or 0
        if transmission.seq != last + 1:
            raise TransmissionError(f"bundle sequence {transmission.seq} is not the next one ({last + 1})")
        values = [getattr(transmission, c) for c in _COLUMNS]
        db.conn.execute(
            f"INSERT INTO transmissions ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})", values
        )
        db.conn.executemany(
            "INSERT INTO record_transmissions (family, record_id, seq, kind, corrects, content_sha256) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(fam, rid, transmission.seq, kind, corrects, sha) for fam, rid, kind, corrects, sha in rows],
        )


def acknowledge(db: sqlite_utils.Database, seq: int, sha256: str, vessel: str, received_at: str,
                receipt: dict, imported_at: str) -> Transmission:
    """Mark bundle seq acknowledged by an authority's receipt; the receipt must name exactly what we sent."""
    with transaction(db):
        sent = get_transmission(db, seq)
        if sent is None:
            raise TransmissionError(f"receipt names bundle {seq}, which this logbook never sent")
        if sent.sha256 != sha256.lower():
            raise TransmissionError(
                f"receipt hash for bundle {seq} does not match the bundle sent ({sha256} != {sent.sha256})"
            )
        if sent.vessel != vessel:
            raise TransmissionError(f"receipt is for vessel {vessel!r}, bundle {seq} was sent by {sent.vessel!r}")
        if sent.acknowledged:
            return sent  # importing the same receipt twice changes nothing
        db.conn.execute(
            "UPDATE transmissions SET acknowledged_at = ?, receipt_json = ?, receipt_imported_at = ? WHERE seq = ?",
            (received_at, json.dumps(receipt, sort_keys=True), imported_at, seq),
        )
    return get_transmission(db, seq)


def bundle_records(db: sqlite_utils.Database, seq: int) -> list[tuple[str, str, str]]:
    """(family, record_id, kind) of every record in bundle seq."""
    return list(db.conn.execute(
        "SELECT family, record_id, kind FROM record_transmissions WHERE seq = ? ORDER BY family, record_id", (seq,)
    ))
