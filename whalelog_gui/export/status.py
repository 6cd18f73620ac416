"""What the Transmission view shows: per record family how many records are unsent, sent and acknowledged."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from whalelog_gui.export.season import SeasonSnapshot, read_season
from whalelog_gui.export.selection import select_entries
from whalelog_gui.store import transmission


@dataclass
class FamilyStatus:
    unsent: int = 0  # new, changed since sent (a correction is due), or deleted since sent
    sent: int = 0  # the current version is in a bundle that has no receipt yet
    acknowledged: int = 0  # the current version is in a bundle an authority acknowledged


@dataclass
class TransmissionStatus:
    families: dict[str, FamilyStatus] = field(default_factory=dict)
    unsent_track_points: int = 0
    unsent_alerts: int = 0
    bundles: list[transmission.Transmission] = field(default_factory=list)
    states: dict[tuple[str, str], str] = field(default_factory=dict)  # (family, id) -> unsent|sent|acknowledged

    @property
    def nothing_to_send(self) -> bool:
        return not (self.unsent_track_points or self.unsent_alerts or any(f.unsent for f in self.families.values()))


def transmission_status(db: sqlite_utils.Database, snapshot: SeasonSnapshot | None = None) -> TransmissionStatus:
    """snapshot: the season as read_season(db) read it just now (the Transmission view reads it once for this and
    its printable forms, without the track); None: read here, without the track. The unsent track points are
    counted in SQL: the same points select_records puts in the next bundle (after the last one sent)."""
    snapshot = read_season(db, with_track=False) if snapshot is None else snapshot
    sent = transmission.sent_records(db)
    track_t, alert_seq = transmission.watermarks(db)
    records = select_entries(snapshot, sent, all_records=False)
    status = TransmissionStatus(
        unsent_track_points=transmission.track_points_after(db, track_t),
        unsent_alerts=sum(1 for a in snapshot.alerts if alert_seq is None or a["seq"] > alert_seq),
        bundles=transmission.transmissions(db),
    )
    unsent_keys = {s.entry.key for s in records}
    for family in snapshot.families:
        status.families[family] = FamilyStatus()
    for item in records:
        status.families.setdefault(item.entry.family, FamilyStatus()).unsent += 1
        status.states[item.entry.key] = "unsent"
    for key in snapshot.entries():
        if key in unsent_keys:
            continue
        fam = status.families[key[0]]
        if sent[key].acknowledged:
            fam.acknowledged += 1
            status.states[key] = "acknowledged"
        else:
            fam.sent += 1
            status.states[key] = "sent"
    return status
