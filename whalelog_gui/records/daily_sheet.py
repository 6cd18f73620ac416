"""Appendix A Table 1 DAILY RECORD SHEET: one per catcher per day, numbered, signed, then only amended."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from whalelog_gui.records.activity_totals import ActivityTotals, activity_totals
from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.records.events import NOT_UTC, LogEvent, validate_timeline
from whalelog_gui.records.field_error import FieldError
from whalelog_gui.records.weather import WeatherObservation
from whalelog_gui.records.whales_seen import WhalesSeenEntry, whales_seen

# Why a sheet is refused: English in the core, said in the crew's language on the logbook page.
NOT_THIS_DAY = QT_TRANSLATE_NOOP("LogbookRules", "{at} UTC is not on this sheet's day ({day})")
SIGNER_REQUIRED = QT_TRANSLATE_NOOP("LogbookRules", "the signer's name is required")
#: an amendment: a correction of a signed record, kept beside the original (Appendix A)
AMENDMENT_REASON = QT_TRANSLATE_NOOP("LogbookRules", "an amendment needs a reason")
AMENDMENT_CHANGES = QT_TRANSLATE_NOOP("LogbookRules", "an amendment must change something")
SHEET_NO_FROM_1 = QT_TRANSLATE_NOOP("LogbookRules", "sheet numbers start at 1")


# The sheet's date is the ship's date; zone times run from UTC-12 to UTC+14, so in UTC its day can start
# up to 14 h before and end up to 12 h after the UTC day of the same date.
_ZONE_SPAN_BEFORE = timedelta(hours=14)
_ZONE_SPAN_AFTER = timedelta(hours=12)


def day_window(day: date) -> tuple[datetime, datetime]:
    """UTC times that can belong to a sheet dated `day` in any ship's time zone."""
    midnight = datetime.combine(day, time(0), tzinfo=timezone.utc)
    return midnight - _ZONE_SPAN_BEFORE, midnight + timedelta(days=1) + _ZONE_SPAN_AFTER


def day_errors(day: date, at: datetime, field: str = "at") -> list[FieldError]:
    start, end = day_window(day)
    if at.tzinfo is not None and not start <= at < end:
        return [FieldError(field, Message(NOT_THIS_DAY, at=f"{at:%Y-%m-%d %H:%M}", day=day.isoformat()))]
    return []


class SheetSignedError(PermissionError):
    """The sheet is signed: it can no longer be edited, only amended with a reason."""

    def __init__(self, sheet_no: int | None = None, signed_by: str | None = None):
        number = f" {sheet_no}" if sheet_no is not None else ""
        who = f" by {signed_by}" if signed_by else ""
        super().__init__(f"sheet{number} is signed{who}: it cannot be edited, add an amendment instead")


class SignerRole(enum.Enum):
    MASTER = "master"
    INSPECTOR = "inspector"


@dataclass(frozen=True)
class Signature:
    name: str
    role: SignerRole
    at: datetime  # UTC

    def validate(self) -> list[FieldError]:
        errors = []
        if not self.name.strip():
            errors.append(FieldError("signed_by", Message(SIGNER_REQUIRED)))
        if self.at.tzinfo is None:
            errors.append(FieldError("signed_at", Message(NOT_UTC)))
        return errors


def amendment_errors(changes: dict, reason: str) -> list[FieldError]:
    """What every amendment of a signed record needs (a sheet's or a catch's): a reason, and something changed."""
    errors = []
    if not reason.strip():
        errors.append(FieldError("reason", Message(AMENDMENT_REASON)))
    if not changes:
        errors.append(FieldError("changes", Message(AMENDMENT_CHANGES)))
    return errors


@dataclass(frozen=True)
class Amendment:
    """A correction to a signed sheet: shown next to the original record it refers to, which stays as it was."""

    target_table: str  # "events", "weather", "whales_seen" or "sheets"
    target_id: str | None  # None: an item added after sign-off (changes hold the whole item)
    changes: dict  # field -> corrected value (JSON-friendly)
    reason: str
    id: str | None = None
    created_by: str = ""
    created_at: str = ""

    def validate(self) -> list[FieldError]:
        errors = amendment_errors(self.changes, self.reason)
        if self.target_table not in ("events", "weather", "whales_seen", "sheets"):
            errors.append(FieldError("target_table", f"cannot amend {self.target_table!r}"))
        return errors


@dataclass
class DailyRecordSheet:
    logbook_id: str
    day: date
    sheet_no: int
    catcher_name: str = ""
    events: list[LogEvent] = field(default_factory=list)
    weather: list[WeatherObservation] = field(default_factory=list)
    whales_seen_edits: list[WhalesSeenEntry] = field(default_factory=list)
    signature: Signature | None = None
    amendments: list[Amendment] = field(default_factory=list)
    id: str | None = None

    @property
    def signed(self) -> bool:
        return self.signature is not None

    def totals(self, until: datetime | None = None) -> ActivityTotals:
        return activity_totals(self.events, until)

    def whales_seen(self) -> list[WhalesSeenEntry]:
        return whales_seen(self.events, self.whales_seen_edits)

    def amendments_for(self, target_id: str) -> list[Amendment]:
        return [a for a in self.amendments if a.target_id == target_id]

    def validate(self, gps_now: datetime | None = None) -> list[FieldError]:
        errors = []
        if self.sheet_no < 1:
            errors.append(FieldError("sheet_no", Message(SHEET_NO_FROM_1)))
        for i, event in enumerate(self.events):
            errors += [FieldError(f"events[{i}].{e.field}", e.reason) for e in event.validate(gps_now)]
            errors += day_errors(self.day, event.at, f"events[{i}].at")
        errors += validate_timeline(self.events)
        for i, obs in enumerate(self.weather):
            errors += [FieldError(f"weather[{i}].{e.field}", e.reason) for e in obs.validate(gps_now)]
            errors += day_errors(self.day, obs.at, f"weather[{i}].at")
        for i, entry in enumerate(self.whales_seen_edits):
            errors += [FieldError(f"whales_seen[{i}].{e.field}", e.reason) for e in entry.validate()]
        return errors

    def check_editable(self) -> None:
        if self.signature is not None:  # signed
            raise SheetSignedError(self.sheet_no, self.signature.name)
