"""Saving a daily sheet's entries: timeline events, weather observations, edited whales-seen entries.

Each save validates the entry with the rest of the day (order rules, future times), refuses a signed sheet
with SheetSignedError, and writes through the audited API in one transaction. Times default to no check
against the GPS clock unless gps_now is given (the UI passes the GPS time of the latest fix).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from whalelog_gui.records.daily_sheet import day_errors
from whalelog_gui.records.events import LogEvent, validate_timeline
from whalelog_gui.records.field_error import FieldError, InvalidRecord, raise_if
from whalelog_gui.records.weather import WeatherObservation
from whalelog_gui.records.whales_seen import WhalesSeenEntry
from whalelog_gui.store import audit
from whalelog_gui.store.db import transaction
from whalelog_gui.store.logbook_repo import NotFound, check_sheet_editable
from whalelog_gui.store.rows import fetch_all, fetch_one

if TYPE_CHECKING:
    import sqlite_utils


def _day_events(db, sheet_id: str, except_id: str | None = None) -> list[LogEvent]:
    rows = fetch_all(db, "SELECT * FROM events WHERE sheet_id = ? ORDER BY at, created_at", (sheet_id,))
    return [LogEvent.from_row(r) for r in rows if r["id"] != except_id]


def _sheet_day(db, sheet_id: str) -> date:
    row = fetch_one(db, "SELECT day FROM sheets WHERE id = ?", (sheet_id,))
    if row is None:
        raise NotFound(f"no sheet {sheet_id}")
    return date.fromisoformat(row["day"])


def _check_on_day(db, sheet_id: str, entry: LogEvent | WeatherObservation, gps_now: datetime | None) -> None:
    """The entry's own rules, and its time on the sheet's day: every event and observation of a sheet."""
    raise_if(entry.validate(gps_now) + day_errors(_sheet_day(db, sheet_id), entry.at))


def _check_with_day(db, sheet_id: str, event: LogEvent, gps_now: datetime | None, except_id: str | None) -> None:
    _check_on_day(db, sheet_id, event, gps_now)
    others = _day_events(db, sheet_id, except_id)
    candidate = len(others)
    errors = []
    for error in validate_timeline(others + [event]):
        if error.field.startswith(f"events[{candidate}]."):  # this event itself: shown at its own field
            errors.append(FieldError(error.field.split(".", 1)[1], error.reason))
        else:  # the new time would make another event of the day wrong
            index = int(error.field.split("[")[1].split("]")[0])
            clash = others[index]
            errors.append(
                FieldError("at", f"puts the {clash.kind.value} at {clash.at:%H:%M} UTC out of order: {error.reason}")
            )
    raise_if(errors)


def _sheet_of(record: LogEvent | WeatherObservation) -> str:
    """The sheet a stored event or observation belongs to (every stored one has one)."""
    if record.sheet_id is None:
        raise NotFound(f"{type(record).__name__} {record.id} belongs to no sheet")
    return record.sheet_id


def _event(db, event_id: str) -> LogEvent:
    row = fetch_one(db, "SELECT * FROM events WHERE id = ?", (event_id,))
    if row is None:
        raise NotFound(f"no event {event_id}")
    return LogEvent.from_row(row)


def add_event(
    db: sqlite_utils.Database, sheet_id: str, event: LogEvent, who: str, gps_now: datetime | None = None
) -> str:
    """Log one event on an unsigned sheet (also after the fact: order is by time). Returns its id."""
    with transaction(db):
        check_sheet_editable(db, sheet_id)
        _check_with_day(db, sheet_id, event, gps_now, None)
        event.sheet_id = sheet_id
        event.id = audit.insert_record(db, "events", event.to_row(), who)
    return event.id


def update_event(
    db: sqlite_utils.Database, event_id: str, changes: dict, who: str, reason: str, gps_now: datetime | None = None
) -> LogEvent:
    """Edit a logged event (e.g. correct its time or position); the old -> new is audited with the reason."""
    if {"id", "sheet_id"} & set(changes):
        raise InvalidRecord([FieldError(next(iter({"id", "sheet_id"} & set(changes))), "cannot be changed")])
    with transaction(db):
        old = _event(db, event_id)
        check_sheet_editable(db, _sheet_of(old))
        new = replace(old, **changes)
        _check_with_day(db, _sheet_of(old), new, gps_now, event_id)
        audit.update_record(db, "events", event_id, {k: getattr(new, k) for k in changes}, who, reason)
    return new


def delete_event(db: sqlite_utils.Database, event_id: str, who: str, reason: str) -> None:
    with transaction(db):
        old = _event(db, event_id)
        check_sheet_editable(db, _sheet_of(old))
        remaining = _day_events(db, _sheet_of(old), event_id)
        errors = validate_timeline(remaining)
        if errors:
            raise InvalidRecord([FieldError("kind", f"removing it leaves the day out of order: {errors[0].reason}")])
        audit.delete_record(db, "events", event_id, who, reason)


def add_weather(
    db: sqlite_utils.Database, sheet_id: str, obs: WeatherObservation, who: str, gps_now: datetime | None = None
) -> str:
    with transaction(db):
        check_sheet_editable(db, sheet_id)
        _check_on_day(db, sheet_id, obs, gps_now)
        obs.sheet_id = sheet_id
        obs.id = audit.insert_record(db, "weather", obs.to_row(), who)
    return obs.id


def update_weather(
    db: sqlite_utils.Database, obs_id: str, changes: dict, who: str, reason: str, gps_now: datetime | None = None
) -> WeatherObservation:
    with transaction(db):
        row = fetch_one(db, "SELECT * FROM weather WHERE id = ?", (obs_id,))
        if row is None:
            raise NotFound(f"no weather observation {obs_id}")
        old = WeatherObservation.from_row(row)
        check_sheet_editable(db, _sheet_of(old))
        new = replace(old, **changes)
        _check_on_day(db, _sheet_of(old), new, gps_now)
        audit.update_record(db, "weather", obs_id, {k: getattr(new, k) for k in changes}, who, reason)
    return new


def delete_weather(db: sqlite_utils.Database, obs_id: str, who: str, reason: str) -> None:
    with transaction(db):
        row = fetch_one(db, "SELECT sheet_id FROM weather WHERE id = ?", (obs_id,))
        if row is None:
            raise NotFound(f"no weather observation {obs_id}")
        check_sheet_editable(db, row["sheet_id"])
        audit.delete_record(db, "weather", obs_id, who, reason)


def set_whales_seen(
    db: sqlite_utils.Database, sheet_id: str, entry: WhalesSeenEntry, who: str, reason: str | None = None
) -> str:
    """Type over the tally for one species (a reason is needed when an earlier edit is changed)."""
    raise_if(entry.validate())
    with transaction(db):
        check_sheet_editable(db, sheet_id)
        name = entry.other_name.strip()
        existing = fetch_one(
            db,
            "SELECT id FROM whales_seen WHERE sheet_id = ? AND species = ? AND lower(other_name) = lower(?)",
            (sheet_id, entry.species.value, name),
        )
        values = {"number": entry.number, "schools": entry.schools}
        if existing is None:
            entry.id = audit.insert_record(
                db, "whales_seen", {"sheet_id": sheet_id, "species": entry.species, "other_name": name, **values}, who
            )
        else:
            entry.id = existing["id"]
            audit.update_record(db, "whales_seen", entry.id, values, who, reason)
    return entry.id


def clear_whales_seen_edit(db: sqlite_utils.Database, entry_id: str, who: str, reason: str) -> None:
    """Drop an edited entry so the species is tallied from the sightings again."""
    with transaction(db):
        row = fetch_one(db, "SELECT sheet_id FROM whales_seen WHERE id = ?", (entry_id,))
        if row is None:
            raise NotFound(f"no whales-seen entry {entry_id}")
        check_sheet_editable(db, row["sheet_id"])
        audit.delete_record(db, "whales_seen", entry_id, who, reason)
