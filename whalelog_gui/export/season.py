"""What a bundle is made from: a snapshot of the logbook as record families, the thinned track and alert history.

A record family is one audited record table (logbooks, sheets, events, weather, catches, ...): each record has a
stable UUID id, its stored field values and its audit history. Reading the store generically means a family added
by a later migration is transmitted without touching this module.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime

import sqlite_utils

from whalelog_gui.nav.track_point import TrackPoint
from whalelog_gui.records.ship_time import ShipClock
from whalelog_gui.store.audit import audited_tables, histories as audit_histories
from whalelog_gui.store.custody import CUSTODY_TABLES
from whalelog_gui.store.position_sources import UNKNOWN, logbook_kind

# Forms first, in Appendix A order; any other record table follows alphabetically.
FAMILY_ORDER = ("logbooks", "crew", "sheets", "events", "weather", "whales_seen", "amendments")
# The field saying when a record is about, for the period a bundle covers (first present wins).
_TIME_FIELDS = ("at", "time_taken", "time_struck", "day")


def canonical_json(value) -> bytes:
    """One byte form per value, so hashes and signatures do not depend on dict order or spacing."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class RecordEntry:
    family: str
    id: str
    data: dict  # the stored row, JSON-safe (Decimals are text in the store)
    audit: tuple = ()  # audit rows, oldest first: {seq, at, who, action, reason, old, new}
    corrects: str | None = None  # for an amendment: the id of the record it amends
    at: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.family, self.id)

    def content_sha256(self) -> str:
        """Changes whenever the record or its history changes: that is what makes a sent record a correction."""
        return hashlib.sha256(canonical_json([self.data, list(self.audit), self.corrects])).hexdigest()


@dataclass
class SeasonSnapshot:
    vessel_name: str
    logbooks: list[dict]  # [{"id", "season"}], the logbook identities the bundle speaks for
    families: dict[str, list[RecordEntry]] = field(default_factory=dict)
    histories: dict[tuple[str, str], tuple] = field(default_factory=dict)  # also for deleted records
    track: list[TrackPoint] = field(default_factory=list)
    alerts: list[dict] = field(default_factory=list)  # alert_log rows, by seq
    logbook_kind: str = "real"  # real, demo or replay (store/position_sources.py)
    # False: read without the track (read_season(..., with_track=False)), for what only counts or prints; such a
    # snapshot cannot make a bundle (select_records refuses it), so a bundle never silently lacks its track
    track_read: bool = True
    ship_clock: ShipClock = field(default_factory=lambda: ShipClock.fixed("UTC"))  # forms print ship's time (issue 15)

    def entries(self) -> dict[tuple[str, str], RecordEntry]:
        return {e.key: e for records in self.families.values() for e in records}


def family_sort_key(name: str) -> tuple[int, str]:
    return (FAMILY_ORDER.index(name), "") if name in FAMILY_ORDER else (len(FAMILY_ORDER), name)


def record_tables(db: sqlite_utils.Database) -> list[str]:
    """Every audited logbook record table: the ones carrying the stable id and audit columns. Custody tables are
    audited too but travel differently: declarations in the manifest's "custody", trusted keys not at all."""
    return sorted((t for t in audited_tables(db) if t not in CUSTODY_TABLES), key=family_sort_key)


def _date_or_time(value) -> str | None:
    """The value if it is an ISO date or date-time (what the period of a bundle is computed from)."""
    if not isinstance(value, str):
        return None
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return None
    return value


def _corrects(table: str, row: dict) -> str | None:
    """An amendment is a new record naming the one it amends (a sheet's item, the sheet, or a catch)."""
    if table.endswith("amendments"):
        return row.get("target_id") or row.get("catch_id") or row.get("sheet_id")
    return row.get("corrects")


# Columns added by a later migration (issue 13), left out of a record while they hold their "not recorded" value,
# so a record sent before the migration keeps its content hash and is not re-sent as a correction.
LATER_COLUMNS: dict[str, dict] = {
    "catches": {"weapon": None, "flag_state": None, "stock_json": None},
    "catch_flags": {"binding": 1, "binding_note": ""},
}


def _without_unset_later_columns(table: str, row: dict) -> dict:
    later = LATER_COLUMNS.get(table, {})
    return {k: v for k, v in row.items() if not (k in later and v == later[k])}


def read_season(db: sqlite_utils.Database, *, with_track: bool = True) -> SeasonSnapshot:
    """A consistent snapshot of everything transmittable, read inside one read transaction. with_track False: the
    track is left out (a third of the read on a 200-day season: ~130 000 points), for the Transmission view, which
    counts the unsent points in SQL and prints forms that show no track."""
    conn = db.conn
    own_transaction = not conn.in_transaction
    if own_transaction:
        conn.execute("BEGIN")  # WAL: a stable view while the app keeps saving
    try:
        histories = audit_histories(db)
        families: dict[str, list[RecordEntry]] = {}
        for table in record_tables(db):
            cursor = conn.execute(f"SELECT * FROM [{table}] ORDER BY id")
            names = [d[0] for d in cursor.description]
            time_field = next((f for f in _TIME_FIELDS if f in names), None)
            entries = []
            for values in cursor:
                row = _without_unset_later_columns(table, dict(zip(names, values)))
                entries.append(
                    RecordEntry(
                        family=table,
                        id=row["id"],
                        data=row,
                        audit=histories.get((table, row["id"]), ()),
                        corrects=_corrects(table, row),
                        at=_date_or_time(row.get(time_field) if time_field else None),
                    )
                )
            entries.sort(key=lambda e: (e.at or "", e.id))
            families[table] = entries
        logbooks = [
            {"id": e.id, "season": str(e.data.get("season") or ""), "catcher_name": e.data.get("catcher_name")}
            for e in sorted(families.get("logbooks", []), key=lambda e: (e.data.get("created_at") or "", e.id))
        ]
        # a file older than source tracking (schema < 7) is read as it is: its points' source is unknown
        source = "source" if db["track"].exists() and "source" in db["track"].columns_dict else f"'{UNKNOWN}'"
        track = (
            list(
                map(
                    TrackPoint._make,
                    conn.execute(f"SELECT t, lat, lon, sog_kn, cog_deg, alert, {source} FROM track ORDER BY t"),
                )
            )
            if with_track and db["track"].exists()
            else []
        )
        alerts = []
        if db["alert_log"].exists():
            cursor = conn.execute("SELECT * FROM alert_log ORDER BY seq")
            names = [d[0] for d in cursor.description]
            alerts = [dict(zip(names, values)) for values in cursor]
    finally:
        if own_transaction:
            conn.execute("COMMIT")
    vessel = logbooks[-1]["catcher_name"] if logbooks else ""
    return SeasonSnapshot(
        vessel_name=vessel or "",
        logbooks=[{"id": lb["id"], "season": lb["season"]} for lb in logbooks],
        families=families,
        histories=histories,
        track=track,
        alerts=alerts,
        logbook_kind=logbook_kind(db),
        ship_clock=_ship_clock(db),
        track_read=with_track,
    )


def _ship_clock(db: sqlite_utils.Database) -> ShipClock:
    """The ship's time-zone history; a logbook older than schema 8 kept none, and its forms print UTC only."""
    from whalelog_gui.store.vessel import load_ship_clock

    return load_ship_clock(db) if db["vessel_settings"].exists() else ShipClock.fixed("UTC")
