"""What the logbook integrity check finds (store/integrity.py) and how it is told: each break named by record family
and id, the report (`whalelog db verify` prints its JSON), the refusal of an action while a break is undeclared,
and the bridge alarm's title and note.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.store import chain

ALERT_TITLE = QT_TRANSLATE_NOOP("Alerts", "Logbook integrity: records changed outside WhaleLog")
ALERT_KEY = "logbook-integrity"  # the alarm's situation key (bridge alert bar, `whalelog watch` "kind")


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
