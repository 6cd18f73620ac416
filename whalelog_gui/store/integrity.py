"""The logbook integrity check: every row must be what the hash chain says it is (issue 11).

Breaks, each named by record family + id: a row that differs from the state of its last audit entry
(row-changed), a row no audit entry accounts for (row-without-audit), an entry whose record is gone (row-missing),
an audit entry altered (entry-changed), removed (entry-deleted) or added outside the chain (entry-unlinked), and a
track block whose points differ from its seal (track-changed) or too many points waiting unsealed (track-unsealed).
Families checked: the audited record tables, alert history, bundles sent, the vessel's regime settings
(vessel_settings, by key) and the track.
Run when the app opens the database, before every export and before every sign-off; a declaration of the master
(declare_break) accepts the breaks found, as a chained record that travels in the next bundle.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.store import chain
from whalelog_gui.store.audit import AuditError, audited_tables, insert_record, utc_now_iso
from whalelog_gui.store.db import transaction
from whalelog_gui.store.transmission import transmission_state
from whalelog_gui.store.vessel import FAMILY as VESSEL_SETTINGS, settings_row

if TYPE_CHECKING:
    import sqlite_utils

ALERT_TITLE = QT_TRANSLATE_NOOP("Alerts", "Logbook integrity: records changed outside WhaleLog")
ALERT_KEY = "logbook-integrity"  # the alarm's situation key (bridge alert bar, `whalelog watch` "kind")
DECLARATIONS = "integrity_declarations"


@dataclass(frozen=True)
class IntegrityBreak:
    family: str
    id: str
    kind: str
    detail: str
    seq: int | None = None  # the audit entry, for entry breaks
    chain_hash: str | None = None

    def label(self) -> str:
        return f"{self.family} {self.id}"


@dataclass
class IntegrityReport:
    breaks: list[IntegrityBreak] = field(default_factory=list)
    entries: int = 0
    head_seq: int = 0
    head_hash: str = chain.GENESIS_HASH
    checked: dict[str, int] = field(default_factory=dict)
    unsealed_track_points: int = 0
    declarations: list[dict] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.breaks

    def names(self, limit: int = 5) -> str:
        """The broken records for an alarm or a refusal: the first few, then how many more."""
        labels = list(dict.fromkeys(b.label() for b in self.breaks))
        more = len(labels) - limit
        return ", ".join(labels[:limit]) + (f" and {more} more" if more > 0 else "")

    def to_json(self) -> dict:
        return {
            "intact": self.intact,
            "chain": {"entries": self.entries, "head_seq": self.head_seq, "head_hash": self.head_hash},
            "checked": self.checked,
            "unsealed_track_points": self.unsealed_track_points,
            "breaks": [{k: v for k, v in asdict(b).items() if v is not None} for b in self.breaks],
            "declarations": self.declarations,
        }


def alarm_note(report: IntegrityReport) -> str:
    """What the integrity alarm says beside its title: which records, and what the master must do."""
    return Message(
        QT_TRANSLATE_NOOP(
            "Alerts", "Changed: {records}. Export and sign-off refused until the master declares the break."
        ),
        records=report.names(),
    )


class IntegrityBroken(RuntimeError):
    """An action refused because the logbook holds undeclared integrity breaks."""

    def __init__(self, report: IntegrityReport, action: str):
        self.report = report
        super().__init__(
            f"{action} refused: logbook integrity broken, records changed outside WhaleLog: {report.names()}. "
            "The master must declare the break with a reason first (whalelog db declare-break, or the "
            "integrity alarm's Declare button)"
        )


def _canonical_rows(db: sqlite_utils.Database, table: str, key: str = "id") -> dict[str, str]:
    cursor = db.conn.execute(f"SELECT * FROM [{table}]")
    names = [d[0] for d in cursor.description]
    return {str(r[names.index(key)]): chain.state_json(dict(zip(names, r))) for r in cursor}


def _accepted(db: sqlite_utils.Database) -> set[tuple[int, str]]:
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


def _check_track(db, last: dict, report: IntegrityReport) -> None:
    """Each sealed block against the points in its range, (previous block's last_t, last_t]; then the points after
    the last seal. Streamed block by block: a season's track never sits in memory whole, so the check makes no
    long-lived garbage (a full garbage collection would pause the GUI thread it runs beside)."""
    blocks = iter(
        sorted(
            (
                json.loads(link.state_json)
                for (fam, _), link in last.items()
                if fam == chain.TRACK_FAMILY and link.state_json is not None
            ),
            key=lambda s: s["last_t"],
        )
    )
    block = next(blocks, None)
    pending: list[tuple] = []  # the points of `block` read so far (after the last block: the unsealed points)
    count = 0
    for row in db.conn.execute("SELECT t, lat, lon, sog_kn, cog_deg, alert FROM track ORDER BY t"):
        count += 1
        while block is not None and row[0] > block["last_t"]:
            _check_block(block, pending, report)
            pending, block = [], next(blocks, None)
        pending.append(row)
    while block is not None:
        _check_block(block, pending, report)
        pending, block = [], next(blocks, None)
    report.unsealed_track_points = len(pending)
    if len(pending) >= chain.TRACK_BLOCK_POINTS:
        report.breaks.append(
            IntegrityBreak(
                chain.TRACK_FAMILY,
                f"{pending[0][0]}..{pending[-1][0]}",
                "track-unsealed",
                f"{len(pending)} track points after the last seal (WhaleLog seals every {chain.TRACK_BLOCK_POINTS})",
            )
        )
    report.checked["track"] = count


def _check_block(block: dict, rows: list[tuple], report: IntegrityReport) -> None:
    found = chain.block_state(rows) if rows else dict(block, count=0, sha256=None)
    if found != block:
        report.breaks.append(
            IntegrityBreak(
                chain.TRACK_FAMILY,
                f"{block['first_t']}..{block['last_t']}",
                "track-changed",
                "track points differ from their sealed block",
            )
        )


def check_logbook(db: sqlite_utils.Database) -> IntegrityReport:
    """The whole logbook against its hash chain, read in one transaction (a consistent view while the app saves)."""
    report = IntegrityReport()
    own = not db.conn.in_transaction
    if own:
        db.conn.execute("BEGIN")
    try:
        accepted = _accepted(db)
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
        _check_track(db, last, report)
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
    accepted = _accepted(db)
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
        row = _row(db, fam, "id", rid)
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


# Words that fill a reason field without explaining anything (compared lower-case, punctuation stripped).
_PLACEHOLDERS = frozenset(
    {
        "test",
        "testing",
        "asdf",
        "qwerty",
        "xxx",
        "x",
        "n/a",
        "na",
        "none",
        "nothing",
        "no",
        "yes",
        "ok",
        "okay",
        "fix",
        "fixed",
        "changed",
        "change",
        "edit",
        "edited",
        "reason",
        "no reason",
        "unknown",
        "dunno",
        "idk",
        "error",
        "mistake",
        "corrected",
        "correction",
        "see above",
        "as discussed",
        "...",
        "-",
        "?",
    }
)
REASON_MIN_WORDS = 3  # "what, by whom, why" takes a sentence; a word or two is a placeholder
REASON_MIN_LETTERS = 15


def reason_problem(reason: str | None) -> str | None:
    """Why a declaration's reason is no explanation (None: it will do). The authority reads it as the master's
    account of records changed outside WhaleLog, so it must say something: what was changed, by whom and why."""
    text = (reason or "").strip()
    if not text:
        return "say why the logbook was changed outside WhaleLog"
    words = [w.strip(".,;:!?\"'()") for w in text.lower().split()]
    letters = [c for c in text.lower() if c.isalpha()]
    if (
        " ".join(w for w in words if w) in _PLACEHOLDERS
        or all(w in _PLACEHOLDERS for w in words if w)
        or len(set(letters)) < 4
    ):
        return f"“{text}” explains nothing: say what was changed, by whom and why"
    if len([w for w in words if w]) < REASON_MIN_WORDS or len(letters) < REASON_MIN_LETTERS:
        return "too short to explain the break: say what was changed, by whom and why, in a sentence"
    return None


def declare_break(db: sqlite_utils.Database, reason: str, who: str) -> tuple[str, IntegrityReport]:
    """The master's declaration that records were changed outside WhaleLog: accepts every break found now.

    One transaction: the declaration record (the breaks, the accepted audit entries), then for each broken record
    a "declare" link with the state it has now, and a seal for unsealed track points. Returns (id, the breaks)."""
    problem = reason_problem(reason)
    if problem:
        raise AuditError(f"reason: {problem}")
    if not who or not who.strip():
        raise AuditError("who: the master's name is required")
    with transaction(db):
        report = check_logbook(db)
        if report.intact:
            raise AuditError("nothing to declare: the logbook is intact")
        at = utc_now_iso()
        accepted = sorted({(b.seq, b.chain_hash) for b in report.breaks if b.kind.startswith("entry-")})
        declaration_id = insert_record(
            db,
            DECLARATIONS,
            {
                "reason": reason.strip(),
                "breaks_json": json.dumps([asdict(b) for b in report.breaks], sort_keys=True),
                "accepted_json": json.dumps(accepted),
                "chain_head_hash": report.head_hash,
            },
            who.strip(),
        )
        why = f"integrity break declared: {reason.strip()}"
        states = {
            "alert_log": lambda rid: _row(db, "alert_log", "id", rid),
            VESSEL_SETTINGS: lambda rid: settings_row(db, rid),
            "transmissions": lambda rid: transmission_state(db, int(rid)),
        }
        for b in report.breaks:
            if b.kind in ("row-changed", "row-without-audit", "row-missing"):
                state = states.get(b.family, lambda rid, f=b.family: _row(db, f, "id", rid))(b.id)
                chain.append(
                    db,
                    family=b.family,
                    record_id=b.id,
                    op="declare",
                    who=who.strip(),
                    at=at,
                    reason=why,
                    state=chain.state_json(state),
                )
            elif b.kind == "track-changed":
                first_t, last_t = (int(x) for x in b.id.split(".."))
                _restate_block(db, first_t, last_t, who.strip(), at, why)
        chain.seal_track(db, at, who=who.strip(), reason=why)
    return declaration_id, report


def _row(db, table: str, key: str, value) -> dict | None:
    cursor = db.conn.execute(f"SELECT * FROM [{table}] WHERE [{key}] = ?", (value,))
    names = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    return None if row is None else dict(zip(names, row))


def _restate_block(db, first_t: int, last_t: int, who: str, at: str, why: str) -> None:
    """A changed block is re-sealed over the points now in its range (the range between its neighbours)."""
    before = [
        json.loads(s)
        for (s,) in db.conn.execute(
            "SELECT state_json FROM audit WHERE table_name = ? AND state_json IS NOT NULL", (chain.TRACK_FAMILY,)
        )
    ]
    lower = max((s["last_t"] for s in before if s["last_t"] < last_t), default=-(1 << 62))
    rows = list(
        db.conn.execute(
            "SELECT t, lat, lon, sog_kn, cog_deg, alert FROM track WHERE t > ? AND t <= ? ORDER BY t", (lower, last_t)
        )
    )
    state = chain.block_state(rows) if rows else {"first_t": first_t, "last_t": last_t, "count": 0, "sha256": None}
    chain.append(
        db,
        family=chain.TRACK_FAMILY,
        record_id=str(first_t),
        op="declare",
        who=who,
        at=at,
        reason=why,
        state=chain.state_json(state),
    )
