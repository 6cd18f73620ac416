"""The audited save API every record family uses: nothing is written or removed without an audit row saying
who, when (UTC), what (old -> new as JSON) and why.

Record tables carry id (UUID text), created_at, updated_at, created_by, updated_by (see migrations m0001).
Values may be Decimal, datetime (tz-aware), date, Enum, bool: they are stored in a form that round-trips
(Decimal and datetimes as text, bools as 0/1).
"""

from __future__ import annotations

import enum
import json
import re
import uuid
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from whalelog_gui.store import chain
from whalelog_gui.store.db import transaction

if TYPE_CHECKING:  # only the types: records imports nothing of the store; sqlite-utils loads at the first open
    import sqlite_utils

    from whalelog_gui.records.daily_sheet import Signature

RECORD_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by")
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class AuditError(ValueError):
    """A save that the audit rules refuse (no author, no reason, unknown record or column)."""


class RecordNotFound(AuditError):
    pass


def utc_now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def encode_value(value: Any) -> Any:
    """The stored form of a domain value."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise AuditError("naive datetime: times must be timezone-aware UTC")
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def amendment_columns(changes: dict[str, Any], reason: str) -> dict[str, Any]:
    """What every amendment row stores (a sheet's or a catch's): the changed fields in stored form, and the reason."""
    encoded = {k: encode_value(v) for k, v in changes.items()}
    return {"changes_json": json.dumps(encoded, sort_keys=True), "reason": reason.strip()}


def _check_table(db: sqlite_utils.Database, table: str) -> list[str]:
    if not _IDENT.match(table) or not db[table].exists():
        raise AuditError(f"unknown table {table!r}")
    columns = [c.name for c in db[table].columns]
    if not set(RECORD_COLUMNS) <= set(columns):
        raise AuditError(f"table {table!r} is not an audited record table")
    return columns


def _check_who(who: str) -> None:
    if not who or not who.strip():
        raise AuditError("who: the name of the person saving is required")


def _check_columns(columns: list[str], keys, table: str) -> None:
    unknown = [k for k in keys if k not in columns or not _IDENT.match(k)]
    if unknown:
        raise AuditError(f"{table}: unknown column(s) {', '.join(map(str, unknown))}")


def _audit(db, who, action, table, record_id, reason, old, new) -> None:
    """The audit entry, as the next link of the hash chain, with the record's full state after the change."""
    found = db.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", (record_id,))
    names = [d[0] for d in found.description]
    row = found.fetchone()
    chain.append(
        db,
        family=table,
        record_id=record_id,
        op=action,
        who=who,
        at=utc_now_iso(),
        reason=reason,
        old_json=None if old is None else json.dumps(old, sort_keys=True),
        new_json=None if new is None else json.dumps(new, sort_keys=True),
        state=chain.state_json(None if row is None else dict(zip(names, row))),
    )


def audited_tables(db: sqlite_utils.Database) -> list[str]:
    """Every audited record table: the ones carrying the stable id and audit columns."""
    return sorted(t for t in db.table_names() if set(RECORD_COLUMNS) <= {c.name for c in db[t].columns})


def get_record(db: sqlite_utils.Database, table: str, record_id: str) -> dict:
    _check_table(db, table)
    row = db.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", (record_id,))
    names = [d[0] for d in row.description]
    found = row.fetchone()
    if found is None:
        raise RecordNotFound(f"{table}: no record {record_id}")
    return dict(zip(names, found))


def insert_record(db: sqlite_utils.Database, table: str, record: dict, who: str) -> str:
    """Insert a new record and its audit row in one transaction; returns its UUID id."""
    _check_who(who)
    columns = _check_table(db, table)
    row = {k: encode_value(v) for k, v in record.items() if k not in RECORD_COLUMNS[1:]}
    row["id"] = str(row.get("id") or uuid.uuid4())
    now = utc_now_iso()
    row.update(created_at=now, updated_at=now, created_by=who, updated_by=who)
    _check_columns(columns, row, table)
    names = list(row)
    with transaction(db):
        db.conn.execute(
            f"INSERT INTO [{table}] ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [row[n] for n in names],
        )
        _audit(db, who, "insert", table, row["id"], None, None, row)
    return row["id"]


def update_record(
    db: sqlite_utils.Database, table: str, record_id: str, changes: dict, who: str, reason: str | None
) -> dict:
    """Change a saved record; a reason is required. Returns the changed fields as {field: [old, new]}."""
    _check_who(who)
    if not reason or not reason.strip():
        raise AuditError("reason: a reason is required to change a saved record")
    columns = _check_table(db, table)
    changes = {k: encode_value(v) for k, v in changes.items()}
    protected = [k for k in changes if k in RECORD_COLUMNS]
    if protected:
        raise AuditError(f"{table}: {', '.join(protected)} cannot be changed")
    _check_columns(columns, changes, table)
    with transaction(db):
        old = get_record(db, table, record_id)
        diff = {k: [old[k], v] for k, v in changes.items() if old[k] != v}
        if not diff:
            return {}
        sets = dict((k, v[1]) for k, v in diff.items())
        sets.update(updated_at=utc_now_iso(), updated_by=who)
        db.conn.execute(
            f"UPDATE [{table}] SET {', '.join(f'{k} = ?' for k in sets)} WHERE id = ?",
            [*sets.values(), record_id],
        )
        _audit(
            db,
            who,
            "update",
            table,
            record_id,
            reason.strip(),
            {k: v[0] for k, v in diff.items()},
            {k: v[1] for k, v in diff.items()},
        )
    return diff


def delete_record(db: sqlite_utils.Database, table: str, record_id: str, who: str, reason: str) -> dict:
    """Remove a record; the whole old row is kept in the audit trail. Returns the removed row."""
    _check_who(who)
    if not reason or not reason.strip():
        raise AuditError("reason: a reason is required to delete a saved record")
    _check_table(db, table)
    with transaction(db):
        old = get_record(db, table, record_id)
        db.conn.execute(f"DELETE FROM [{table}] WHERE id = ?", (record_id,))
        _audit(db, who, "delete", table, record_id, reason.strip(), old, None)
    return old


def sign_record(db: sqlite_utils.Database, table: str, record_id: str, signature: Signature, who: str) -> None:
    """Put a signature on a sheet, catch or schooling report: one audited update, its reason naming the signer (the
    same words in every record's history). Call inside the caller's transaction, after its own sign-off checks."""
    name = signature.name.strip()
    update_record(
        db,
        table,
        record_id,
        {"signed_by": name, "signed_role": signature.role, "signed_at": signature.at},
        who,
        reason=f"signed by {signature.role.value} {name}",
    )


def record_action(
    db: sqlite_utils.Database,
    table: str,
    record_id: str,
    action: str,
    who: str,
    reason: str | None,
    old: dict | None,
    new: dict | None,
) -> None:
    """Write an audit row for a domain action that is not a plain insert/update/delete (e.g. "sign").
    Call inside the transaction that performs the action."""
    _check_who(who)
    _audit(db, who, action, table, record_id, reason, old, new)


_HISTORY_COLUMNS = "seq, at, who, action, reason, old_json, new_json"


def _history_entry(seq, at, who, action, reason, old, new) -> dict:
    """One audit row as a record's history shows it (and a bundle carries it): old/new decoded from JSON."""
    return {
        "seq": seq,
        "at": at,
        "who": who,
        "action": action,
        "reason": reason,
        "old": None if old is None else json.loads(old),
        "new": None if new is None else json.loads(new),
    }


def history(db: sqlite_utils.Database, table: str, record_id: str) -> list[dict]:
    """The audit rows of one record, oldest first, with old/new decoded from JSON (not the schema-5 genesis link,
    which vouches for the state found at the upgrade and changes nothing)."""
    cursor = db.conn.execute(
        f"SELECT {_HISTORY_COLUMNS} FROM audit "
        "WHERE table_name = ? AND record_id = ? AND action != 'genesis' ORDER BY seq",  # genesis is no change
        (table, record_id),
    )
    return [_history_entry(*row) for row in cursor]


def histories(db: sqlite_utils.Database) -> dict[tuple[str, str], tuple[dict, ...]]:
    """Every record's history at once, keyed by (table, record id): one pass over the audit table for an export,
    instead of one query per record. Genesis links are left out as in history()."""
    out: dict[tuple[str, str], list[dict]] = {}
    cursor = db.conn.execute(
        f"SELECT {_HISTORY_COLUMNS}, table_name, record_id FROM audit WHERE action != 'genesis' ORDER BY seq"
    )
    for *row, table, record_id in cursor:
        out.setdefault((table, record_id), []).append(_history_entry(*row))
    return {k: tuple(v) for k, v in out.items()}
