"""The audit hash chain: every audit entry is a link, SHA-256 over the previous link's hash and the entry's
canonical encoding (family, id, operation, who, when, reason, changes and the record's full new state).

The encoding is specified in export/BUNDLE_FORMAT.md ("Audit hash chain"); an authority recomputes it from a
bundle's chain segment, so it is a list of plain JSON strings and integers (no float formatting to agree on:
the state is carried as the exact JSON text that was hashed).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple, overload

if TYPE_CHECKING:
    import sqlite_utils


CHAIN_VERSION = 1
GENESIS_HASH = "0" * 64  # the "previous hash" of the first link
TRACK_FAMILY = "track"  # track points are sealed in blocks (see seal_track_block)
TRACK_BLOCK_POINTS = 60  # at most this many points wait unsealed; an alert point seals at once
WHALELOG = "WhaleLog"  # who, for links the program itself writes (seals, genesis, bookkeeping)


class Link(NamedTuple):
    seq: int
    family: str
    record_id: str
    op: str
    who: str
    at: str
    reason: str | None
    old_json: str | None
    new_json: str | None
    state_json: str | None
    chain_hash: str | None


LINK_COLUMNS = "seq, table_name, record_id, action, who, at, reason, old_json, new_json, state_json, chain_hash"


@overload
def state_json(row: dict) -> str: ...
@overload
def state_json(row: None) -> None: ...
def state_json(row: dict | None) -> str | None:
    """The canonical JSON text of a record's full state (None: the record does not exist)."""
    if row is None:
        return None
    return json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_entry(
    seq: int,
    family: str,
    record_id: str,
    op: str,
    who: str,
    at: str,
    reason: str | None,
    old_json: str | None,
    new_json: str | None,
    state: str | None,
) -> bytes:
    """The bytes an entry's link hashes: a compact JSON array, UTF-8, in this fixed order."""
    return json.dumps(
        [CHAIN_VERSION, seq, family, record_id, op, who, at, reason, old_json, new_json, state],
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")


def link_hash(previous: str, canonical: bytes) -> str:
    """SHA-256 (hex) of the previous link's hash (64 ASCII hex digits), a newline, and the canonical entry."""
    return hashlib.sha256(previous.encode("ascii") + b"\n" + canonical).hexdigest()


def entry_hash(previous: str, link: Link) -> str:
    return link_hash(
        previous,
        canonical_entry(
            link.seq,
            link.family,
            link.record_id,
            link.op,
            link.who,
            link.at,
            link.reason,
            link.old_json,
            link.new_json,
            link.state_json,
        ),
    )


def head(db: sqlite_utils.Database) -> tuple[int, str]:
    """(seq, hash) of the newest link; (0, GENESIS_HASH) for an empty chain."""
    row = db.conn.execute("SELECT seq, chain_hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (0, GENESIS_HASH) if row is None else (row[0], row[1] or GENESIS_HASH)


def append(
    db: sqlite_utils.Database,
    *,
    family: str,
    record_id: str,
    op: str,
    who: str,
    at: str,
    reason: str | None = None,
    old_json: str | None = None,
    new_json: str | None = None,
    state: str | None = None,
) -> tuple[int, str]:
    """Add one audit entry as the next link. Call inside the transaction that makes the change it records."""
    if not db.conn.in_transaction:
        raise RuntimeError("chain.append must run inside the transaction of the change it records")
    last_seq, last_hash = head(db)
    # AUTOINCREMENT's counter: never reuse the number of an entry that was removed from the end
    counter = db.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit'").fetchone()
    seq = max(last_seq, counter[0] if counter else 0) + 1
    digest = link_hash(
        last_hash, canonical_entry(seq, family, record_id, op, who, at, reason, old_json, new_json, state)
    )
    # plain SQL, not Table.insert: this runs on every save and sqlite-utils re-reads the schema per call
    db.conn.execute(
        "INSERT INTO audit (seq, at, who, action, table_name, record_id, reason, old_json, new_json, state_json, "
        "chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, who, op, family, record_id, reason, old_json, new_json, state, digest),
    )
    return seq, digest


def links(db: sqlite_utils.Database, after_seq: int = 0) -> Iterable[Link]:
    """Every link with seq > after_seq, oldest first."""
    cursor = db.conn.execute(f"SELECT {LINK_COLUMNS} FROM audit WHERE seq > ? ORDER BY seq", (after_seq,))
    return map(Link._make, cursor)


def track_line(t: int, lat: float, lon: float, sog, cog, alert) -> str:
    """One track point as hashed in a block: t|lat|lon|sog|cog|alert, floats in shortest round-trip form."""
    return f"{t}|{lat!r}|{lon!r}|{'' if sog is None else repr(sog)}|{'' if cog is None else repr(cog)}|{int(alert)}\n"


def block_state(rows: list[tuple]) -> dict:
    """The sealed state of a run of track rows (t, lat, lon, sog, cog, alert), in t order."""
    digest = hashlib.sha256("".join(track_line(*r) for r in rows).encode("ascii"))
    return {"first_t": rows[0][0], "last_t": rows[-1][0], "count": len(rows), "sha256": digest.hexdigest()}


def last_sealed_t(db: sqlite_utils.Database) -> int | None:
    """The last track time covered by a seal (None before the first seal)."""
    row = db.conn.execute(  # a declaration may re-state an older block ("declare"); seals only move forward
        "SELECT state_json FROM audit WHERE table_name = ? AND action = 'seal' ORDER BY seq DESC LIMIT 1",
        (TRACK_FAMILY,),
    ).fetchone()
    return None if row is None else json.loads(row[0])["last_t"]


def seal_track(
    db: sqlite_utils.Database, at: str, who: str = WHALELOG, op: str = "seal", reason: str | None = None
) -> int:
    """Seal every unsealed track point, in blocks of at most TRACK_BLOCK_POINTS; returns the points sealed.
    Call inside a transaction."""
    after = last_sealed_t(db)
    rows = list(
        db.conn.execute(
            "SELECT t, lat, lon, sog_kn, cog_deg, alert FROM track WHERE t > ? ORDER BY t",
            (-(1 << 62) if after is None else after,),
        )
    )
    for start in range(0, len(rows), TRACK_BLOCK_POINTS):
        block = rows[start : start + TRACK_BLOCK_POINTS]
        append(
            db,
            family=TRACK_FAMILY,
            record_id=str(block[0][0]),
            op=op,
            who=who,
            at=at,
            reason=reason,
            state=state_json(block_state(block)),
        )
    return len(rows)
