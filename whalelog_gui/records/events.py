"""Appendix A Table 1 timeline events: each tapped once, stamped with GPS UTC time and position (para 28(b)(1)).

With no valid, fresh fix the event is still logged, marked no_fix, with the clock time and no position:
a stale position is never presented as current.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta, timezone
from typing import Any

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.nav.fix import Fix
from whalelog_gui.records.field_error import FieldError
from whalelog_gui.records.seen_species import SeenSpecies

MAX_FIX_AGE = timedelta(seconds=10)  # an older fix is not "the position now"
FUTURE_TOLERANCE = timedelta(minutes=2)  # allowance for a time typed a little ahead of the GPS clock


class EventKind(enum.Enum):
    SEARCH_STARTED = "search-started"  # started or resumed searching
    WHALES_SEEN = "whales-seen"  # whales seen or reported to the catcher
    CHASE_STARTED = "chase-started"  # started chasing (or confirmed whales)
    WHALE_SHOT = "whale-shot"
    CHASE_DISCONTINUED = "chase-discontinued"
    FLAGGED_ALONGSIDE = "flagged-alongside"  # whale flagged or alongside for towing
    PICKUP_STARTED = "pickup-started"
    TOWING_STARTED = "towing-started"  # finished picking up or started towing
    DELIVERED = "delivered"  # delivered to factory
    RESTING_STARTED = "resting-started"  # stopped for drifting or resting
    RESTING_FINISHED = "resting-finished"
    OTHER_ACTIVITY = "other-activity"  # bunkering, in port, ...
    CEASED = "ceased-operations"


CHASE_ENDS = (EventKind.WHALE_SHOT, EventKind.CHASE_DISCONTINUED)


@dataclass
class LogEvent:
    kind: EventKind
    at: datetime  # GPS UTC time (or clock time when no_fix)
    lat: float | None = None
    lon: float | None = None
    no_fix: bool = False
    species: SeenSpecies | None = None  # whales seen
    other_species: str = ""
    number_seen: int | None = None
    number_of_groups: int | None = None
    found_lat: float | None = None
    found_lon: float | None = None
    found_by_catcher: str = ""
    asdic_used: bool | None = None  # chase started
    catch_serial: str = ""  # flagged / alongside
    delivered_at: datetime | None = None  # delivered to factory (date and time)
    other_text: str = ""  # other activity
    note: str = ""
    id: str | None = None
    sheet_id: str | None = None

    @classmethod
    def stamped(
        cls, kind: EventKind, fix: Fix | None, clock_now: datetime, fix_age: timedelta | None = None, **extra
    ) -> "LogEvent":
        """The one-tap event: GPS time and position from a valid fix at most MAX_FIX_AGE old, else no_fix.

        fix_age is how long ago the fix arrived (monotonic clock, from the reader); without it the age is
        judged against clock_now, which is only right if the computer's clock is set well.
        """
        if fix is not None and fix.valid and fix.has_position and fix.time is not None:
            age = fix_age if fix_age is not None else abs(clock_now - fix.time)
            if age <= MAX_FIX_AGE:
                return cls(kind=kind, at=fix.time, lat=fix.lat, lon=fix.lon, **extra)
        return cls(kind=kind, at=clock_now.astimezone(timezone.utc), no_fix=True, **extra)

    def validate(self, gps_now: datetime | None = None) -> list[FieldError]:
        """Errors in this event alone (the timeline order is checked by validate_timeline)."""
        errors = []
        if self.at.tzinfo is None:
            return [FieldError("at", Message(NOT_UTC))]
        if gps_now is not None and self.at > gps_now + FUTURE_TOLERANCE:
            errors.append(FieldError("at", Message(IN_THE_FUTURE, gps=f"{gps_now:%H:%M}")))
        if self.no_fix and (self.lat is not None or self.lon is not None):
            errors.append(FieldError("lat", Message(NO_FIX_WITH_POSITION)))
        if not self.no_fix:
            errors += _position_errors("lat", "lon", self.lat, self.lon, required=True)
        for name in ("number_seen", "number_of_groups"):
            if getattr(self, name) is not None and getattr(self, name) < 0:
                errors.append(FieldError(name, Message(NOT_NEGATIVE)))
        if self.kind is EventKind.WHALES_SEEN:
            errors += self._sighting_errors()
        if self.kind is EventKind.CHASE_STARTED and self.asdic_used is None:
            errors.append(FieldError("asdic_used", Message(SAY_ASDIC)))
        if self.kind is EventKind.FLAGGED_ALONGSIDE and not self.catch_serial.strip():
            errors.append(FieldError("catch_serial", Message(SERIAL_REQUIRED)))
        if self.kind is EventKind.OTHER_ACTIVITY and not self.other_text.strip():
            errors.append(FieldError("other_text", Message(SAY_ACTIVITY)))
        if self.delivered_at is not None and self.delivered_at.tzinfo is None:
            errors.append(FieldError("delivered_at", Message(NOT_UTC)))
        return errors

    def _sighting_errors(self) -> list[FieldError]:
        errors = []
        if self.species is None:
            errors.append(FieldError("species", Message(NEEDS_SPECIES)))
        elif self.species is SeenSpecies.OTHER and not self.other_species.strip():
            errors.append(FieldError("other_species", Message(NAME_SPECIES)))
        if self.number_seen is None or self.number_seen == 0:
            errors.append(FieldError("number_seen", Message(ONE_SEEN)))
        groups = self.number_of_groups
        if groups is not None and self.number_seen is not None and groups > self.number_seen > 0:
            errors.append(FieldError("number_of_groups", Message(MORE_GROUPS)))
        if groups is not None and groups == 0 and (self.number_seen or 0) > 0:
            errors.append(FieldError("number_of_groups", Message(ONE_GROUP)))
        if self.found_lat is not None or self.found_lon is not None:
            errors += _position_errors("found_lat", "found_lon", self.found_lat, self.found_lon, required=True)
        return errors

    def to_row(self) -> dict:
        # a preset id is kept (e.g. a retried save), otherwise the store assigns one
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "id" or self.id is not None}

    @classmethod
    def from_row(cls, row: dict) -> "LogEvent":
        values: dict[str, Any] = {f.name: row.get(f.name) for f in fields(cls)}
        values["kind"] = EventKind(values["kind"])
        values["at"] = datetime.fromisoformat(values["at"])
        if values["delivered_at"] is not None:
            values["delivered_at"] = datetime.fromisoformat(values["delivered_at"])
        values["species"] = None if values["species"] is None else SeenSpecies(values["species"])
        values["no_fix"] = bool(values["no_fix"])
        if values["asdic_used"] is not None:
            values["asdic_used"] = bool(values["asdic_used"])
        for name in ("other_species", "found_by_catcher", "catch_serial", "other_text", "note"):
            values[name] = values[name] or ""
        return cls(**values)

    def with_changes(self, **changes) -> "LogEvent":
        return replace(self, **changes)


# Why an event is refused: English in the core, said in the crew's language at the event dialog's field.
NOT_UTC = QT_TRANSLATE_NOOP("LogbookRules", "time must be UTC with a time zone")
IN_THE_FUTURE = QT_TRANSLATE_NOOP("LogbookRules", "time is in the future (GPS clock is {gps} UTC)")
#: NO FIX: an event logged without a valid GPS position
NO_FIX_WITH_POSITION = QT_TRANSLATE_NOOP("LogbookRules", "an event marked no fix cannot carry a position")
NOT_NEGATIVE = QT_TRANSLATE_NOOP("LogbookRules", "cannot be negative")
#: asdic: the echo-sounding set used to chase the whale (Appendix A Table 1)
SAY_ASDIC = QT_TRANSLATE_NOOP("LogbookRules", "say whether asdic was used (yes/no)")
SERIAL_REQUIRED = QT_TRANSLATE_NOOP("LogbookRules", "the serial number of the catch is required")
SAY_ACTIVITY = QT_TRANSLATE_NOOP("LogbookRules", "say what the activity was (e.g. bunkering, in port)")
NEEDS_SPECIES = QT_TRANSLATE_NOOP("LogbookRules", "a sighting needs a species")
NAME_SPECIES = QT_TRANSLATE_NOOP("LogbookRules", "name the species")
ONE_SEEN = QT_TRANSLATE_NOOP("LogbookRules", "at least one whale must be seen")
MORE_GROUPS = QT_TRANSLATE_NOOP("LogbookRules", "more groups than whales seen")
ONE_GROUP = QT_TRANSLATE_NOOP("LogbookRules", "whales seen make at least one group")
POSITION_REQUIRED = QT_TRANSLATE_NOOP("LogbookRules", "a position is required (or mark the event no fix)")
LAT_RANGE = QT_TRANSLATE_NOOP("LogbookRules", "latitude must be between 90°S and 90°N")
LON_RANGE = QT_TRANSLATE_NOOP("LogbookRules", "longitude must be between 180°W and 180°E")
AFTER_CEASED = QT_TRANSLATE_NOOP("LogbookRules", "after operations ceased at {time} UTC")
CHASE_ENDS_FIRST = QT_TRANSLATE_NOOP("LogbookRules", "chase ends before it started ({time} UTC)")
NO_CHASE_STARTED = QT_TRANSLATE_NOOP("LogbookRules", "no chase was started before this")
REST_ENDS_FIRST = QT_TRANSLATE_NOOP("LogbookRules", "resting finished before it started")


def _position_errors(lat_name, lon_name, lat, lon, required: bool) -> list[FieldError]:
    errors = []
    if lat is None or lon is None:
        if required:
            errors.append(FieldError(lat_name, Message(POSITION_REQUIRED)))
        return errors
    if not -90 <= lat <= 90:
        errors.append(FieldError(lat_name, Message(LAT_RANGE)))
    if not -180 <= lon <= 180:
        errors.append(FieldError(lon_name, Message(LON_RANGE)))
    return errors


def validate_timeline(events: list[LogEvent]) -> list[FieldError]:
    """Order rules across a day's events, sorted by time: a chase ends after it started, rest finishes after it
    began, nothing after ceased operations. Field names point at the offending item: "events[i].at"."""
    errors = []
    ordered = sorted(enumerate(events), key=lambda pair: pair[1].at)
    chase_open_at: datetime | None = None
    resting = False
    ceased_at: datetime | None = None
    for index, event in ordered:
        field = f"events[{index}].at"
        if ceased_at is not None and event.kind is not EventKind.DELIVERED:
            errors.append(FieldError(field, Message(AFTER_CEASED, time=f"{ceased_at:%H:%M}")))
            continue
        if event.kind is EventKind.CHASE_STARTED:
            chase_open_at = event.at
        elif event.kind in CHASE_ENDS:
            if chase_open_at is None:
                later = [e.at for e in events if e.kind is EventKind.CHASE_STARTED and e.at > event.at]
                reason = Message(CHASE_ENDS_FIRST, time=f"{min(later):%H:%M}") if later else Message(NO_CHASE_STARTED)
                errors.append(FieldError(field, reason))
            chase_open_at = None
        elif event.kind is EventKind.RESTING_STARTED:
            resting = True
        elif event.kind is EventKind.RESTING_FINISHED:
            if not resting:
                errors.append(FieldError(field, Message(REST_ENDS_FIRST)))
            resting = False
        elif event.kind is EventKind.CEASED:
            ceased_at = event.at
    return errors + _sequence_errors(events)


# Table 1 runs left to right for each whale: shot -> flagged / alongside -> picking up -> towing -> delivered.
# A step needs its predecessor earlier the same day when the predecessor is on the sheet at all; with none that
# day the whale may have been shot the day before (a sheet is one ship's day), so that is not refused.
PREDECESSOR = {
    EventKind.FLAGGED_ALONGSIDE: EventKind.WHALE_SHOT,
    EventKind.PICKUP_STARTED: EventKind.FLAGGED_ALONGSIDE,
    EventKind.TOWING_STARTED: EventKind.PICKUP_STARTED,
    EventKind.DELIVERED: EventKind.TOWING_STARTED,
}
STEP_NAMES = {
    EventKind.WHALE_SHOT: QT_TRANSLATE_NOOP("LogbookRules", "the whale was shot"),
    EventKind.FLAGGED_ALONGSIDE: QT_TRANSLATE_NOOP("LogbookRules", "it was flagged / alongside"),
    EventKind.PICKUP_STARTED: QT_TRANSLATE_NOOP("LogbookRules", "picking up started"),
    EventKind.TOWING_STARTED: QT_TRANSLATE_NOOP("LogbookRules", "towing started"),
}
#: {step}: the earlier Table 1 step, e.g. "towing started"; {time}: HH:MM
BEFORE_STEP = QT_TRANSLATE_NOOP("LogbookRules", "before {step} ({time} UTC)")
DELIVERED_AFTER_LOGGED = QT_TRANSLATE_NOOP("LogbookRules", "delivered after it was logged ({time} UTC)")
DELIVERY_BEFORE_STEP = QT_TRANSLATE_NOOP("LogbookRules", "delivery time is before {step} ({time} UTC)")


def _sequence_errors(events: list[LogEvent]) -> list[FieldError]:
    """Each step of Table 1 after the one before it, and a delivery time not before the steps it ends."""
    errors = []
    for index, event in enumerate(events):
        before = PREDECESSOR.get(event.kind)
        if before is not None:
            earlier = [e.at for e in events if e.kind is before and e.at <= event.at]
            later = [e.at for e in events if e.kind is before and e.at > event.at]
            if not earlier and later:
                errors.append(
                    FieldError(
                        f"events[{index}].at",
                        Message(BEFORE_STEP, step=Message(STEP_NAMES[before]), time=f"{min(later):%H:%M}"),
                    )
                )
        if event.kind is EventKind.DELIVERED and event.delivered_at is not None and event.delivered_at.tzinfo:
            if event.delivered_at > event.at + FUTURE_TOLERANCE:
                errors.append(
                    FieldError(
                        f"events[{index}].delivered_at", Message(DELIVERED_AFTER_LOGGED, time=f"{event.at:%H:%M}")
                    )
                )
            steps = [e for e in events if e.kind in STEP_NAMES and e.at <= event.at]
            latest = max(steps, key=lambda e: e.at, default=None)
            if latest is not None and event.delivered_at < latest.at:
                errors.append(
                    FieldError(
                        f"events[{index}].delivered_at",
                        Message(DELIVERY_BEFORE_STEP, step=Message(STEP_NAMES[latest.kind]), time=f"{latest.at:%H:%M}"),
                    )
                )
    return errors
