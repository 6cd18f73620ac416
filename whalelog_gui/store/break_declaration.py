"""The master's declaration of an integrity break: records were changed outside WhaleLog, and the master says what,
by whom and why. It accepts every break the check (store/integrity.py) finds now, as a chained record that
travels, flagged, in the next bundle; a reason that explains nothing is refused.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING

from whalelog_gui.store import chain
from whalelog_gui.store.audit import AuditError, insert_record, utc_now_iso
from whalelog_gui.store.db import transaction
from whalelog_gui.store.integrity import DECLARATIONS, check_logbook, record_row
from whalelog_gui.store.integrity_report import IntegrityReport
from whalelog_gui.store.track_integrity import restate_block
from whalelog_gui.store.transmission import transmission_state
from whalelog_gui.store.vessel import FAMILY as VESSEL_SETTINGS, settings_row

if TYPE_CHECKING:
    import sqlite_utils


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
            "alert_log": lambda rid: record_row(db, "alert_log", "id", rid),
            VESSEL_SETTINGS: lambda rid: settings_row(db, rid),
            "transmissions": lambda rid: transmission_state(db, int(rid)),
        }
        for b in report.breaks:
            if b.kind in ("row-changed", "row-without-audit", "row-missing"):
                state = states.get(b.family, lambda rid, f=b.family: record_row(db, f, "id", rid))(b.id)
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
                restate_block(db, first_t, last_t, who.strip(), at, why)
        chain.seal_track(db, at, who=who.strip(), reason=why)
    return declaration_id, report
