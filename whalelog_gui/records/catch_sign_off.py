"""What still stands between a catch on the form and its signature, and how the form differs from the saved record.

The catch dialog shows this checklist and enables Sign only when it is empty, so "Ready to sign" means Sign works:
the store refuses the same things (compliance.sign_off_blockers) at sign-off. Qt-free, structured: each item is a
FieldError naming its field; the binding flags still to explain (Schedule para 24(b)(6)) are one item.
"""

from __future__ import annotations

import dataclasses

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.records.catch import Catch
from whalelog_gui.records.compliance import MIN_EXPLANATION_WORDS, missing_explanations, record_blocker_errors
from whalelog_gui.records.field_error import FieldError

# the reason the audit log keeps when sign-off only completed the explanations it asked for (para 24(b)(6))
EXPLAINED_AT_SIGN_OFF = "crew's explanation added at sign-off (para 24(b)(6))"
NOT_SAVED = FieldError(
    "save", Message(QT_TRANSLATE_NOOP("CatchSignOff", "the record must be saved before it is signed"))
)
CHANGED = FieldError(
    "save",
    Message(QT_TRANSLATE_NOOP("CatchSignOff", "the changes must be saved (with a reason) before the record is signed")),
)
_NOT_EDITS = {"flags", "signature"}  # what the record derives or receives at sign-off, never typed on the form


def differs(draft: Catch, against: Catch | None) -> bool:
    """Whether the form holds anything `against` (a saved record; None: nothing saved) does not."""
    if against is None:
        return True
    mine = {k: v for k, v in dataclasses.asdict(draft).items() if k not in _NOT_EDITS}
    theirs = {k: v for k, v in dataclasses.asdict(against).items() if k not in _NOT_EDITS}
    return mine != theirs


def only_explanations_added(draft: Catch, saved: Catch | None) -> bool:
    """The form differs from the saved record only by explanations given where there were none: completing what
    sign-off asks for (para 24(b)(6)), not a change to what was recorded."""
    if saved is None or not differs(draft, saved):
        return False
    same_record = not differs(dataclasses.replace(draft, explanations=saved.explanations), saved)
    added = all(
        not saved.explanations.get(k, "").strip()
        for k, v in draft.explanations.items()
        if v != saved.explanations.get(k, "")
    )
    return same_record and added


def sign_off_checklist(draft: Catch, saved: Catch | None) -> list[FieldError]:
    """Everything that stops the draft (with its flags evaluated) being signed now: the record's own blockers, one
    item for every binding flag still to explain, and a save still to make."""
    items = record_blocker_errors(draft)
    waiting = list(dict.fromkeys(f"para {f.paragraph}" for f in missing_explanations(draft)))  # as the flags say
    if waiting:
        items.append(
            FieldError(
                "explanation",
                Message(
                    QT_TRANSLATE_NOOP(
                        "CatchSignOff",
                        "the crew's full explanation is needed (para 24(b)(6)) for the flag of {paragraphs}, at least "
                        "{words} words",
                    ),
                    paragraphs=", ".join(waiting),
                    words=MIN_EXPLANATION_WORDS,
                ),
            )
        )
    if saved is None:
        items.append(NOT_SAVED)
    elif differs(draft, saved) and not only_explanations_added(draft, saved):
        items.append(CHANGED)
    return items
