"""Which records go in the next bundle, and as what (after EU ERS: data, correction and deletion messages).

- never sent                         -> "new" (an amendment, which references the record it amends, -> "correction")
- sent, changed since (content hash) -> "correction" referencing its own original id
- sent, since deleted                -> "deletion" referencing the original id, with the audit trail of the delete
- sent, unchanged                    -> left out; with --all it is repeated as "repeat"
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from whalelog_gui.export.season import RecordEntry, SeasonSnapshot
from whalelog_gui.nav.track_point import TrackPoint
from whalelog_gui.store.transmission import SentRecord


@dataclass(frozen=True)
class Selected:
    entry: RecordEntry
    kind: str  # new | correction | deletion | repeat
    corrects: str | None

    @property
    def content_sha256(self) -> str:
        return self.entry.content_sha256()


@dataclass
class Selection:
    records: list[Selected]
    track: list[TrackPoint]
    alerts: list[dict]

    @property
    def empty(self) -> bool:
        return not (self.records or self.track or self.alerts)

    def by_family(self) -> dict[str, list[Selected]]:
        out: dict[str, list[Selected]] = {}
        for item in self.records:
            out.setdefault(item.entry.family, []).append(item)
        return out

    def period(self) -> tuple[datetime | None, datetime | None]:
        """First and last UTC time the records, track and alerts of this bundle speak about."""
        starts = [_bound(s.entry.at, end=False) for s in self.records if s.entry.at]
        ends = [_bound(s.entry.at, end=True) for s in self.records if s.entry.at]
        track = [_iso(p.t) for p in self.track[:1] + self.track[-1:]]
        alerts = [a["at"] for a in self.alerts if a.get("at")]
        starts += [_bound(t, end=False) for t in track + alerts]
        ends += [_bound(t, end=True) for t in track + alerts]
        return (min(starts), max(ends)) if starts else (None, None)


def _bound(text: str, *, end: bool) -> datetime:
    """A stored time (UTC date-time, or a bare date meaning the whole UTC day) as an aware datetime."""
    if "T" not in text:
        text += "T23:59:59+00:00" if end else "T00:00:00+00:00"
    moment = datetime.fromisoformat(text)
    return moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _iso(t: int) -> str:
    return datetime.fromtimestamp(t, timezone.utc).isoformat()


def select_records(
    snapshot: SeasonSnapshot,
    sent: dict[tuple[str, str], SentRecord],
    *,
    all_records: bool,
    track_after_t: int | None = None,
    alerts_after_seq: int | None = None,
) -> Selection:
    if not snapshot.track_read:
        raise ValueError("the season was read without its track: it cannot say what a bundle sends")
    track = (
        snapshot.track if all_records or track_after_t is None else [p for p in snapshot.track if p.t > track_after_t]
    )
    alerts = (
        snapshot.alerts
        if all_records or alerts_after_seq is None
        else [a for a in snapshot.alerts if a["seq"] > alerts_after_seq]
    )
    return Selection(records=select_entries(snapshot, sent, all_records=all_records), track=track, alerts=alerts)


def select_entries(
    snapshot: SeasonSnapshot, sent: dict[tuple[str, str], SentRecord], *, all_records: bool
) -> list[Selected]:
    """The records (not the track or alerts) the next bundle sends, and as what."""
    chosen: list[Selected] = []
    current = snapshot.entries()
    for key, entry in current.items():
        previous = sent.get(key)
        if previous is None or previous.kind == "deletion":
            kind = "correction" if entry.corrects else "new"
            chosen.append(Selected(entry, kind, entry.corrects))
        elif previous.content_sha256 != entry.content_sha256():
            chosen.append(Selected(entry, "correction", entry.id))
        elif all_records:
            chosen.append(Selected(entry, "repeat", entry.corrects))
    for key, previous in sorted(sent.items()):
        if key in current or previous.kind == "deletion":
            continue
        family, record_id = key
        gone = RecordEntry(family=family, id=record_id, data={}, audit=snapshot.histories.get(key, ()))
        chosen.append(Selected(gone, "deletion", record_id))
    return chosen
