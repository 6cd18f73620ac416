"""The vessel's regime settings, kept in the logbook database (table vessel_settings, schema m0008, issue 13).

Vessel and catcher names, operation profile, ship's time zone, flag State and the para 26(b) closure date decide
which rules apply and how they are read, so they travel with the logbook: a copied database and the command line
see the same regime as the bridge PC. Per-user QSettings keep only presentation (ui/settings_store.py).

The flag State decides which Schedule paragraphs bind (records/binding.py), so an edit outside WhaleLog must not
pass unseen: every write is a link of the audit hash chain (family "vessel_settings", id = the key, state = the
whole row), and store/integrity.py compares each row with its last link (issue 11; schema m0009 chained the rows
written before).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from whalelog_gui.records.field_error import FieldError, raise_if
from whalelog_gui.records.flag_state import FlagStateError, check_flag_state
from whalelog_gui.records.ship_time import ShipClock, ZoneChange, zone_history_after
from whalelog_gui.store import chain
from whalelog_gui.store.db import transaction
from whalelog_gui.store.rows import fetch_one
from whalelog_gui.utc import parse_utc, utc_text

if TYPE_CHECKING:
    import sqlite_utils

# AppSettings fields that define the regime and so live in the database (the rest stay per user).
REGIME_FIELDS = ("vessel_name", "catcher_names", "operation", "time_zone")
FAMILY = "vessel_settings"  # the audit chain's family (and table) of these rows; record id = the key
# The ship's time zones with the UTC instant each took effect (issue 15): a change mid-season keeps earlier days'
# hours. A key beside "time_zone" rather than a table: save_vessel writes and chains it with the zone it records.
ZONE_HISTORY = "time_zone_history"


@dataclass(frozen=True)
class VesselRegime:
    flag_state: str | None = None  # ISO 3166-1 alpha-2
    closure_date: date | None = None  # para 26(b): the date notified to the master
    daily_notification: bool = False  # para 26(a): the Secretary says 85 % of a limit is reached: notify daily
    regime: dict = field(default_factory=dict)  # REGIME_FIELDS values as stored (names, operation, time zone)

    def validate(self) -> list[FieldError]:
        errors = []
        if self.flag_state is not None:
            try:
                check_flag_state(self.flag_state)
            except FlagStateError as exc:
                errors.append(FieldError("flag_state", str(exc)))
        return errors


def load_vessel(db: sqlite_utils.Database) -> VesselRegime:
    values = {r[0]: json.loads(r[1]) for r in db.conn.execute("SELECT key, value_json FROM vessel_settings")}
    closure = values.get("closure_date")
    return VesselRegime(
        flag_state=values.get("flag_state"),
        closure_date=None if closure is None else date.fromisoformat(closure),
        daily_notification=bool(values.get("daily_notification", False)),
        regime={k: values[k] for k in REGIME_FIELDS if k in values},
    )


def _stored(db: sqlite_utils.Database, key: str):
    row = db.conn.execute("SELECT value_json FROM vessel_settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else json.loads(row[0])


def load_ship_clock(db: sqlite_utils.Database) -> ShipClock:
    """The ship's time-zone history from the logbook (UTC throughout when no zone was ever set)."""
    history = _stored(db, ZONE_HISTORY)
    if history:
        return ShipClock([ZoneChange(None if h["from"] is None else parse_utc(h["from"]), h["zone"]) for h in history])
    return ShipClock.fixed(_stored(db, "time_zone") or "UTC")


def _history_json(changes: list[ZoneChange]) -> list[dict]:
    return [{"from": None if c.effective_from is None else utc_text(c.effective_from), "zone": c.zone} for c in changes]


def save_vessel(
    db: sqlite_utils.Database, vessel: VesselRegime, who: str, *, zone_from: datetime | None = None
) -> None:
    """Validate, then write every changed value and its audit link in one transaction (nothing half-saved).

    A value saved again unchanged writes nothing: its row and its last link stay as they are. A new ship's time
    zone is recorded in the zone history as in force from `zone_from` (default: now), so the days before the
    change keep the hours they were kept in."""
    raise_if(vessel.validate())
    values = {
        "flag_state": vessel.flag_state,
        "daily_notification": vessel.daily_notification,
        "closure_date": None if vessel.closure_date is None else vessel.closure_date.isoformat(),
        **{k: v for k, v in vessel.regime.items() if k in REGIME_FIELDS},
    }
    now = datetime.now(timezone.utc).isoformat()
    zone = vessel.regime.get("time_zone")
    if zone:
        try:
            earlier = _stored(db, "time_zone")
            clock = load_ship_clock(db) if earlier else None
            history = zone_history_after(clock, zone, zone_from or datetime.now(timezone.utc))
        except ValueError as exc:
            raise_if([FieldError("time_zone", str(exc))])
        if clock is None or history != list(clock.changes):
            values[ZONE_HISTORY] = _history_json(history)
    with transaction(db):
        for key, value in values.items():
            old = settings_row(db, key)
            text = json.dumps(value)
            if old is not None and old["value_json"] == text:
                continue
            db.conn.execute(
                "INSERT INTO vessel_settings (key, value_json, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at, "
                "updated_by = excluded.updated_by",
                (key, text, now, who),
            )
            chain.append(
                db,
                family=FAMILY,
                record_id=key,
                op="insert" if old is None else "update",
                who=who,
                at=now,
                old_json=None if old is None else json.dumps({"value": json.loads(old["value_json"])}),
                new_json=json.dumps({"value": value}),
                state=chain.state_json(settings_row(db, key)),
            )


def settings_row(db: sqlite_utils.Database, key: str) -> dict | None:
    """The stored row of one setting (the state its audit link vouches for), or None."""
    return fetch_one(db, "SELECT * FROM vessel_settings WHERE key = ?", (key,))


def adopt_regime_settings(db: sqlite_utils.Database, values: dict, who: str) -> bool:
    """Move regime settings found in per-user QSettings into the database once, if the database has none yet.

    Returns True when values were copied (the caller may then clear them from QSettings)."""
    current = load_vessel(db)
    wanted = {k: v for k, v in values.items() if k in REGIME_FIELDS and v not in (None, "", [], ())}
    if current.regime or not wanted:
        return False
    save_vessel(
        db,
        VesselRegime(
            current.flag_state,
            current.closure_date,
            current.daily_notification,
            {k: list(v) if isinstance(v, tuple) else v for k, v in wanted.items()},
        ),
        who,
    )
    return True


def compliance_facts(db: sqlite_utils.Database, catcher: str | None = None) -> dict:
    """ComplianceContext keywords from the logbook: flag_state, closure_date (para 26(b)) and the default weapon
    from the title page of `catcher`'s latest logbook (any logbook's when the catcher has none)."""
    from whalelog_gui.store.logbook_repo import list_logbooks

    vessel = load_vessel(db)
    pages = list_logbooks(db)
    mine = [p for p in pages if catcher is not None and p.catcher_name.strip() == catcher.strip()] or pages
    default = None
    for page in mine:  # newest season first
        default = page.default_weapon()
        if default is not None:
            break
    return {"flag_state": vessel.flag_state, "closure_date": vessel.closure_date, "default_weapon": default}
