"""Schema version 5: the audit hash chain (issue 11, tamper-evident logbook).

audit gains state_json (the record's full state after the entry) and chain_hash (the link); transmissions gain the
chain head each bundle carried; integrity_declarations holds the master's declarations of an integrity break.

Genesis of an older database (documented in export/BUNDLE_FORMAT.md, "Audit hash chain"): the existing audit
entries are linked first, in seq order, as they are (no state: they were written before states were kept); then
one "genesis" entry per thing the chain must vouch for from now on, with its state as found at the upgrade: every
record row, every alert history row, every bundle sent (with its record rows), a state-less entry for a record
whose history says it exists but whose row is gone, and the track sealed in blocks. The chain thus vouches that
nothing changes after the upgrade; what happened before it is only as trustworthy as the old audit trail.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from whalelog_gui.store import chain

if TYPE_CHECKING:
    import sqlite_utils

VERSION = 5
GENESIS_WHO = "WhaleLog upgrade (schema 5)"
GENESIS_REASON = "hash chain started: state as found when the chain began"

_RECORD = """id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_by TEXT"""

STATEMENTS = [
    "ALTER TABLE audit ADD COLUMN state_json TEXT",
    "ALTER TABLE audit ADD COLUMN chain_hash TEXT",
    "ALTER TABLE transmissions ADD COLUMN chain_head_seq INTEGER",
    "ALTER TABLE transmissions ADD COLUMN chain_head_hash TEXT",
    # The master's statement that records were changed outside WhaleLog: an audited record, so it is chained and
    # travels in the next bundle. accepted_json: the audit entries (seq, hash) accepted as they now are.
    f"""CREATE TABLE integrity_declarations ({_RECORD},
    reason TEXT NOT NULL, breaks_json TEXT NOT NULL, accepted_json TEXT NOT NULL, chain_head_hash TEXT)""",
]


def _rows(db: sqlite_utils.Database, sql: str) -> list[dict]:
    cursor = db.conn.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor]


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.conn.execute(statement)
    # the append-only trigger is lifted for this one pass that links the entries already there, then restored
    db.conn.execute("DROP TRIGGER audit_no_update")
    previous = chain.GENESIS_HASH
    for link in list(chain.links(db)):
        previous = chain.entry_hash(previous, link)
        db.conn.execute("UPDATE audit SET chain_hash = ? WHERE seq = ?", (previous, link.seq))
    db.conn.execute(
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END"
    )
    at = datetime.now(timezone.utc).isoformat(timespec="microseconds")

    def genesis(family: str, record_id: str, state: dict | None) -> None:
        chain.append(
            db,
            family=family,
            record_id=record_id,
            op="genesis",
            who=GENESIS_WHO,
            at=at,
            reason=GENESIS_REASON,
            state=chain.state_json(state),
        )

    from whalelog_gui.store.audit import audited_tables
    from whalelog_gui.store.transmission import transmission_state

    for table in audited_tables(db):
        present = set()
        for row in _rows(db, f"SELECT * FROM [{table}] ORDER BY id"):
            present.add(row["id"])
            genesis(table, row["id"], row)
        last_ops = db.conn.execute(
            "SELECT record_id, action FROM audit a WHERE table_name = ? AND seq = "
            "(SELECT MAX(seq) FROM audit b WHERE b.table_name = a.table_name AND b.record_id = a.record_id) "
            "ORDER BY record_id",
            (table,),
        )
        for record_id, action in list(last_ops):
            if record_id not in present and action != "delete":
                genesis(table, record_id, None)
    for row in _rows(db, "SELECT * FROM alert_log ORDER BY seq"):
        genesis("alert_log", row["id"], row)
    for (seq,) in list(db.conn.execute("SELECT seq FROM transmissions ORDER BY seq")):
        genesis("transmissions", str(seq), transmission_state(db, seq))
    chain.seal_track(db, at, who=GENESIS_WHO, reason=GENESIS_REASON)
