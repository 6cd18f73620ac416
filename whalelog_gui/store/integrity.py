"""The logbook integrity check: every row must be what the hash chain says it is (issue 11).

Breaks, each named by record family + id: a row that differs from the state of its last audit entry
(row-changed), a row no audit entry accounts for (row-without-audit), an entry whose record is gone (row-missing),
an audit entry altered (entry-changed), removed (entry-deleted) or added outside the chain (entry-unlinked), and a
track block whose points differ from its seal (track-changed) or too many points waiting unsealed (track-unsealed;
store/track_integrity.py). Families checked: the audited record tables, alert history, bundles sent, the vessel's
regime settings (vessel_settings, by key) and the track.
Run when the app opens the database, before every export and before every sign-off. The breaks and the report are
in store/integrity_report.py; the master's declaration that accepts them (declare_break) in
store/break_declaration.py: the audit entries a declaration accepted are not breaks here.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from whalelog_gui.store import chain
from whalelog_gui.store.audit import audited_tables
from whalelog_gui.store.integrity_report import IntegrityBreak, IntegrityBroken, IntegrityReport
from whalelog_gui.store.track_integrity import check_track
from whalelog_gui.store.transmission import transmission_state
from whalelog_gui.store.vessel import FAMILY as VESSEL_SETTINGS

if TYPE_CHECKING:
    import sqlite_utils

DECLARATIONS = "integrity_declarations"  # the master's declarations (store/break_declaration.py)


def _canonical_rows(db: sqlite_utils.Database, table: str, key: str = "id") -> dict[str, str]:
    cursor = db.conn.execute(f"SELECT * FROM [{table}]")
    names = [d[0] for d in cursor.description]
    return {str(r[names.index(key)]): chain.state_json(dict(zip(names, r))) for r in cursor}


def accepted_entries(db: sqlite_utils.Database) -> set[tuple[int, str]]:
    if not db[DECLARATIONS].exists():
        return set()
    return {
        (seq, digest)
        for (text,) in db.conn.execute(f"SELECT accepted_json FROM {DECLARATIONS}")
        for seq, digest in json.loads(text)
    }


def _walk_chain(db, report: IntegrityReport, accepted) -> dict[tuple[str, str], chain.Link]:
    """Check every link; return the last entry of each (family, id)."""
    last: dict[tuple[str, str], chain.Link] = {}
    previous, previous_seq = chain.GENESIS_HASH, 0
    for link in chain.links(db):
        report.entries += 1
        last[(link.family, link.record_id)] = link
        if link.chain_hash is None:
            report.breaks.append(
                IntegrityBreak(
                    link.family,
                    link.record_id,
                    "entry-unlinked",
                    f"audit entry {link.seq} was added outside the hash chain",
                    link.seq,
                    None,
                )
            )
        elif chain.entry_hash(previous, link) != link.chain_hash and (link.seq, link.chain_hash) not in accepted:
            if link.seq != previous_seq + 1:
                kind, detail = "entry-deleted", f"audit entries {previous_seq + 1}..{link.seq - 1} were removed"
            else:
                kind, detail = "entry-changed", f"audit entry {link.seq} differs from what was chained"
            report.breaks.append(IntegrityBreak(link.family, link.record_id, kind, detail, link.seq, link.chain_hash))
        previous, previous_seq = link.chain_hash or previous, link.seq
    counter = db.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit'").fetchone()
    if counter and counter[0] > previous_seq and (counter[0], "tail") not in accepted:
        report.breaks.append(
            IntegrityBreak(
                "audit",
                f"{previous_seq + 1}..{counter[0]}",
                "entry-deleted",
                f"the newest audit entries {previous_seq + 1}..{counter[0]} were removed",
                counter[0],
                "tail",
            )
        )
    report.head_seq, report.head_hash = previous_seq, previous
    return last


def _compare(family: str, rows: dict[str, str], last: dict, report: IntegrityReport) -> None:
    """Rows against the state of their last entry; entries whose state says a row exists against the rows."""
    for record_id, state in rows.items():
        link = last.get((family, record_id))
        if link is None:
            report.breaks.append(
                IntegrityBreak(family, record_id, "row-without-audit", "a row no audit entry accounts for")
            )
        elif link.state_json is None:
            report.breaks.append(
                IntegrityBreak(
                    family, record_id, "row-without-audit", f"the audit says this record was removed (entry {link.seq})"
                )
            )
        elif link.state_json != state:
            report.breaks.append(
                IntegrityBreak(
                    family,
                    record_id,
                    "row-changed",
                    f"the row differs from its last audit entry ({link.seq}, {link.op} by {link.who} at {link.at})",
                )
            )
    for (fam, record_id), link in last.items():
        if fam == family and link.state_json is not None and record_id not in rows:
            report.breaks.append(
                IntegrityBreak(
                    family, record_id, "row-missing", f"audit entry {link.seq} says the record exists; the row is gone"
                )
            )
    report.checked[family] = len(rows)


def check_logbook(db: sqlite_utils.Database) -> IntegrityReport:
    """The whole logbook against its hash chain, read in one transaction (a consistent view while the app saves)."""
    report = IntegrityReport()
    own = not db.conn.in_transaction
    if own:
        db.conn.execute("BEGIN")
    try:
        accepted = accepted_entries(db)
        last = _walk_chain(db, report, accepted)
        for table in audited_tables(db):
            _compare(table, _canonical_rows(db, table), last, report)
        _compare("alert_log", _canonical_rows(db, "alert_log"), last, report)
        if db[VESSEL_SETTINGS].exists():  # the flag State decides which rules bind: an edit must not pass unseen
            _compare(VESSEL_SETTINGS, _canonical_rows(db, VESSEL_SETTINGS, key="key"), last, report)
        sent: dict[str, str] = {}
        for (seq,) in db.conn.execute("SELECT seq FROM transmissions UNION SELECT seq FROM record_transmissions"):
            state = transmission_state(db, seq)
            if state is not None:  # always: the seq was just found in one of the two tables
                sent[str(seq)] = chain.state_json(state)
        _compare("transmissions", sent, last, report)
        check_track(db, last, report)
        if db[DECLARATIONS].exists():
            report.declarations = [
                {"id": r[0], "at": r[1], "by": r[2], "reason": r[3]}
                for r in db.conn.execute(
                    f"SELECT id, created_at, created_by, reason FROM {DECLARATIONS} ORDER BY created_at"
                )
            ]
    finally:
        if own:
            db.conn.execute("COMMIT")
    return report


# What a sign-off vouches for: the record and the rows under it (Schedule Appendix A sheet, catch, Table 2).
SIGNED_CHILDREN = {
    "sheets": [
        ("events", "sheet_id"),
        ("weather", "sheet_id"),
        ("whales_seen", "sheet_id"),
        ("amendments", "sheet_id"),
    ],
    "catches": [("catch_specimens", "catch_id"), ("catch_flags", "catch_id"), ("catch_amendments", "catch_id")],
    "schooling_reports": [("schools", "report_id")],
    "schools": [("school_catches", "school_id")],
}


def check_signed_record(db: sqlite_utils.Database, family: str, record_id: str) -> IntegrityReport:
    """The check before a sign-off: the record and everything under it against their last links, and those
    links against their predecessors. (The whole logbook is checked at open and before export; a full check at
    every sign-off would grow with the season.)"""
    report = IntegrityReport()
    todo, items = [(family, record_id)], []
    while todo:
        fam, rid = todo.pop()
        items.append((fam, rid))
        for child, column in SIGNED_CHILDREN.get(fam, []):
            todo += [(child, r[0]) for r in db.conn.execute(f"SELECT id FROM [{child}] WHERE [{column}] = ?", (rid,))]
    accepted = accepted_entries(db)
    for fam, rid in items:
        links = [
            chain.Link._make(r)
            for r in db.conn.execute(
                f"SELECT {chain.LINK_COLUMNS} FROM audit WHERE table_name = ? AND record_id = ? ORDER BY seq",
                (fam, rid),
            )
        ]
        for link in links:
            before = db.conn.execute(
                "SELECT chain_hash FROM audit WHERE seq < ? ORDER BY seq DESC LIMIT 1", (link.seq,)
            ).fetchone()
            previous = (before[0] if before else None) or chain.GENESIS_HASH
            if link.chain_hash is None or (
                chain.entry_hash(previous, link) != link.chain_hash and (link.seq, link.chain_hash) not in accepted
            ):
                report.breaks.append(
                    IntegrityBreak(
                        fam,
                        rid,
                        "entry-changed",
                        f"audit entry {link.seq} differs from what was chained",
                        link.seq,
                        link.chain_hash,
                    )
                )
        row = record_row(db, fam, "id", rid)
        _compare(
            fam, {} if row is None else {rid: chain.state_json(row)}, {(fam, rid): links[-1]} if links else {}, report
        )
    return report


def require_intact(db: sqlite_utils.Database, action: str, report: IntegrityReport | None = None) -> IntegrityReport:
    """Check (or take a check just made), and refuse `action` (IntegrityBroken) while an undeclared break remains."""
    report = check_logbook(db) if report is None else report
    if not report.intact:
        raise IntegrityBroken(report, action)
    return report


def record_row(db, table: str, key: str, value) -> dict | None:
    """The row as it is now (None: gone), for a state to compare or to declare."""
    cursor = db.conn.execute(f"SELECT * FROM [{table}] WHERE [{key}] = ?", (value,))
    names = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    return None if row is None else dict(zip(names, row))
