"""Bookkeeping of bundles sent to authorities: which record version went in which bundle, and what was acknowledged.

Tables (migration m0003): transmissions (one row per bundle) and record_transmissions (family, record id, seq);
(m0004) transmission_pending: the one bundle being written. The pending row is committed before the bundle is
renamed into place; finalise_pending() marks its records sent and deletes it in ONE transaction after the rename.
So a crash can never leave records marked sent without a complete bundle on disk, and the bundle's sequence number
is never given to a second, different bundle (export/bundle.py decides what a pending row left by a crash means).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from whalelog_gui.store import chain
from whalelog_gui.store.custody import DECLARATIONS
from whalelog_gui.store.db import transaction

if TYPE_CHECKING:
    import sqlite_utils

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
    chain_head_seq: int | None = None  # the audit chain head the bundle carried (m0005); None before the chain
    chain_head_hash: str | None = None
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
# What a bundle was, fixed once sent (the receipt columns change later): the state its chain link vouches for.
SEALED_COLUMNS = [c for c in _COLUMNS if c not in ("acknowledged_at", "receipt_json", "receipt_imported_at")]


def transmission_state(db: sqlite_utils.Database, seq: int) -> dict | None:
    """Bundle seq as sent, with which version of which record it carried (what the chain link says)."""
    row = db.conn.execute(f"SELECT {', '.join(SEALED_COLUMNS)} FROM transmissions WHERE seq = ?", (seq,)).fetchone()
    records = [
        list(r)
        for r in db.conn.execute(
            "SELECT family, record_id, kind, corrects, content_sha256 FROM record_transmissions WHERE seq = ? "
            "ORDER BY family, record_id",
            (seq,),
        )
    ]
    if row is None and not records:
        return None
    return {"bundle": None if row is None else dict(zip(SEALED_COLUMNS, row)), "records": records}


def transmissions(db: sqlite_utils.Database) -> list[Transmission]:
    cursor = db.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM transmissions ORDER BY seq")
    return [Transmission(*row) for row in cursor]


def get_transmission(db: sqlite_utils.Database, seq: int) -> Transmission | None:
    row = db.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM transmissions WHERE seq = ?", (seq,)).fetchone()
    return None if row is None else Transmission(*row)


def _stored_transmission(db: sqlite_utils.Database, seq: int) -> Transmission:
    """Bundle seq just marked in this module: its row must be there."""
    sent = get_transmission(db, seq)
    if sent is None:
        raise TransmissionError(f"bundle {seq} is not recorded as sent")
    return sent


@dataclass(frozen=True)
class PendingTransmission:
    """A bundle fsynced under partial_path, about to be (or already) renamed to final_path, records not yet marked."""

    transmission: Transmission
    rows: list[tuple]  # (family, record_id, kind, corrects, content_sha256)
    final_path: str
    partial_path: str
    started_at: str

    @property
    def seq(self) -> int:
        return self.transmission.seq


def last_transmission(db: sqlite_utils.Database) -> Transmission | None:
    row = db.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM transmissions ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else Transmission(*row)


def sent_records(db: sqlite_utils.Database) -> dict[tuple[str, str], SentRecord]:
    """For every record ever sent: its latest transmission (highest seq). Custody declarations travel with the
    records but are not logbook records (store/custody.py): they are left out here."""
    cursor = db.conn.execute(
        "SELECT r.family, r.record_id, r.seq, r.kind, r.content_sha256, t.acknowledged_at IS NOT NULL "
        "FROM record_transmissions r JOIN transmissions t ON t.seq = r.seq WHERE r.family != ? ORDER BY r.seq",
        (DECLARATIONS,),
    )
    return {(fam, rid): SentRecord(seq, kind, sha, bool(ack)) for fam, rid, seq, kind, sha, ack in cursor}


def watermarks(db: sqlite_utils.Database) -> tuple[int | None, int | None]:
    """The last track time (unix s) and alert_log seq already sent; later ones go in the next bundle."""
    return db.conn.execute("SELECT MAX(track_until_t), MAX(alerts_until_seq) FROM transmissions").fetchone()


def track_points_after(db: sqlite_utils.Database, after_t: int | None) -> int:
    """How many track points are later than `after_t` (all of them for None): those the next bundle sends."""
    if not db["track"].exists():
        return 0
    if after_t is None:
        return db.conn.execute("SELECT COUNT(*) FROM track").fetchone()[0]
    return db.conn.execute("SELECT COUNT(*) FROM track WHERE t > ?", (after_t,)).fetchone()[0]


def record_sent(db: sqlite_utils.Database, transmission: Transmission, rows: list[tuple]) -> None:
    """Mark a bundle and its records sent in one transaction. rows: (family, record_id, kind, corrects, sha)."""
    with transaction(db):
        pending = pending_transmission(db)
        if pending is not None and pending.seq == transmission.seq and pending.transmission != transmission:
            raise TransmissionError(f"bundle sequence {transmission.seq} is taken by a pending bundle")
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
        # the bookkeeping is chained too: rewriting a sent hash would otherwise keep a change from ever leaving
        chain.append(
            db,
            family="transmissions",
            record_id=str(transmission.seq),
            op="sent",
            who=chain.WHALELOG,
            at=datetime.now(timezone.utc).isoformat(timespec="microseconds"),
            reason=f"bundle {transmission.seq} sent ({transmission.file_name})",
            state=chain.state_json(transmission_state(db, transmission.seq)),
        )


def acknowledge(
    db: sqlite_utils.Database, seq: int, sha256: str, vessel: str, received_at: str, receipt: dict, imported_at: str
) -> Transmission:
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
    return _stored_transmission(db, seq)


def bundle_records(db: sqlite_utils.Database, seq: int) -> list[tuple[str, str, str]]:
    """(family, record_id, kind) of every record in bundle seq."""
    return list(
        db.conn.execute(
            "SELECT family, record_id, kind FROM record_transmissions WHERE seq = ? AND family != ? "
            "ORDER BY family, record_id",
            (seq, DECLARATIONS),
        )
    )


def pending_transmission(db: sqlite_utils.Database) -> PendingTransmission | None:
    row = db.conn.execute(
        "SELECT transmission_json, rows_json, final_path, partial_path, started_at FROM transmission_pending "
        "ORDER BY seq LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    sent, rows, final_path, partial_path, started_at = row
    return PendingTransmission(
        Transmission(**json.loads(sent)), [tuple(r) for r in json.loads(rows)], final_path, partial_path, started_at
    )


def begin_pending(db: sqlite_utils.Database, pending: PendingTransmission) -> None:
    """Take the bundle's sequence number before its file is renamed into place (one transaction)."""
    sent = pending.transmission
    with transaction(db):
        if pending_transmission(db) is not None:
            raise TransmissionError("another bundle is pending: finish or recover it first")
        last = db.conn.execute("SELECT MAX(seq) FROM transmissions").fetchone()[0] or 0
        if sent.seq != last + 1:
            raise TransmissionError(f"bundle sequence {sent.seq} is not the next one ({last + 1})")
        db.conn.execute(
            "INSERT INTO transmission_pending (seq, final_path, partial_path, sha256, transmission_json, rows_json, "
            "started_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                sent.seq,
                pending.final_path,
                pending.partial_path,
                sent.sha256,
                json.dumps({c: getattr(sent, c) for c in _COLUMNS}, sort_keys=True),
                json.dumps([list(r) for r in pending.rows]),
                pending.started_at,
            ),
        )


def finalise_pending(db: sqlite_utils.Database, seq: int) -> Transmission:
    """The pending bundle seq is in place (or was, and left the ship): mark it and its records sent, atomically."""
    with transaction(db):
        pending = pending_transmission(db)
        if pending is None or pending.seq != seq:
            raise TransmissionError(f"bundle {seq} is not pending")
        record_sent(db, pending.transmission, pending.rows)
        db.conn.execute("DELETE FROM transmission_pending WHERE seq = ?", (seq,))
    return _stored_transmission(db, seq)


def discard_pending(db: sqlite_utils.Database, seq: int) -> None:
    """The pending bundle seq never reached its final name: its sequence number is free again."""
    with transaction(db):
        db.conn.execute("DELETE FROM transmission_pending WHERE seq = ?", (seq,))
