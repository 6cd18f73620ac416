"""Custody declarations and trusted authority keys, kept in the logbook database and saved only through the
audited save API (store/audit.py), so each one is a link of the audit chain like any record change.

A declaration is "announced" once it travelled in a bundle: the bundle's pending rows carry it under the family
DECLARATION_FAMILY, so it is marked sent in the same transaction as the bundle's records (transmission.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from whalelog_gui.store import audit

if TYPE_CHECKING:
    import sqlite_utils

DECLARATIONS = "custody_declarations"
AUTHORITIES = "trusted_authorities"
CUSTODY_TABLES = (DECLARATIONS, AUTHORITIES)
KINDS = ("key_rotation", "key_replacement", "chain_continuation")


@dataclass(frozen=True)
class Declaration:
    id: str
    kind: str
    reason: str
    declared_at: str
    declared_by: str
    old_fingerprint: str | None
    new_public_key: str | None  # raw Ed25519 key, base64
    new_fingerprint: str | None
    continues_after_seq: int | None
    continues_after_sha256: str | None
    announced_in: int | None  # the bundle that carried it, None while it waits for the next export


@dataclass(frozen=True)
class TrustedAuthority:
    id: str
    name: str
    public_key: str  # raw Ed25519 key, base64
    fingerprint: str
    added_at: str
    added_by: str


def declare(db: sqlite_utils.Database, kind: str, who: str, reason: str, **fields) -> Declaration:
    if kind not in KINDS:
        raise audit.AuditError(f"unknown custody declaration {kind!r}")
    if not reason or not reason.strip():
        raise audit.AuditError("reason: a custody declaration needs a reason")
    record_id = audit.insert_record(db, DECLARATIONS, dict(fields, kind=kind, reason=reason.strip()), who)
    return next(d for d in declarations(db) if d.id == record_id)


def declarations(db: sqlite_utils.Database) -> list[Declaration]:
    """Every declaration, oldest first, with the bundle that announced it."""
    rows = db.conn.execute(
        f"SELECT d.id, d.kind, d.reason, d.created_at, d.created_by, d.old_fingerprint, d.new_public_key, "
        f"d.new_fingerprint, d.continues_after_seq, d.continues_after_sha256, "
        f"(SELECT MIN(r.seq) FROM record_transmissions r WHERE r.family = ? AND r.record_id = d.id) "
        f"FROM {DECLARATIONS} d ORDER BY d.created_at, d.rowid",
        (DECLARATIONS,),
    )
    return [Declaration(*row) for row in rows]


def pending_declarations(db: sqlite_utils.Database) -> list[Declaration]:
    """Declarations not yet carried by a bundle: the next manifest carries them."""
    return [d for d in declarations(db) if d.announced_in is None]


def trust_authority(
    db: sqlite_utils.Database, name: str, public_key_b64: str, fingerprint: str, who: str
) -> TrustedAuthority:
    """Trust receipts signed by this key (idempotent: the same key twice is one entry)."""
    for known in trusted_authorities(db):
        if known.fingerprint == fingerprint:
            return known
    audit.insert_record(
        db,
        AUTHORITIES,
        {"name": name.strip() or "authority", "public_key": public_key_b64, "fingerprint": fingerprint},
        who,
    )
    return next(a for a in trusted_authorities(db) if a.fingerprint == fingerprint)


def trusted_authorities(db: sqlite_utils.Database) -> list[TrustedAuthority]:
    rows = db.conn.execute(
        f"SELECT id, name, public_key, fingerprint, created_at, created_by FROM {AUTHORITIES} ORDER BY created_at"
    )
    return [TrustedAuthority(*row) for row in rows]
