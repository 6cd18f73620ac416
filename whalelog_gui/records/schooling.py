"""Schedule Appendix A Table 2, the schooling report: one form per day per expedition or coastal station,
one column per sperm whale school chased, one row per catcher of the fleet.
"""

from __future__ import annotations

import dataclasses

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Iterable, Literal, Union

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.nav.fix import Fix
from whalelog_gui.nav.typed_position import BOTH
from whalelog_gui.nav.track_point import TrackPoint
from whalelog_gui.records.daily_sheet import Signature
from whalelog_gui.records.field_error import FieldError

DID_NOT_CHASE: Literal["X"] = "X"  # Table 2 note A
Caught = Union[int, Literal["X"]]

# Appendix A Table 2, explanatory notes, verbatim: the editor shows them as help.
EXPLANATORY_NOTES: dict[str, str] = {
    "A": "Fill in one column for each school chased with number of whales caught by each catcher taking part in "
    "the chase; if catchers chase the school but do not catch from it, enter 0; for catchers in fleet which do "
    "not chase that school enter X.",
    "B": "A school on this form means a group of whales which are sufficiently close together that a catcher "
    "having completed handling one whale can start chasing another whale almost immediately without spending "
    "time searching. A solitary whale should be entered as a school of 1 whale.",
    "C": "A takeable whale is a whale of a size or kind which the catchers would take if possible. It does not "
    "necessarily include all whales above legal size, e.g. if catchers are concentrating on large whales only "
    "these would be counted as takeable.",
    "D": "Information about catchers from other expeditions or companies operating on the same school should be "
    "recorded under Remarks.",
}
FORM_NOTE = (
    "To be completed by pelagic expedition or coastal station for each sperm whale school chased. "
    "A separate form to be used each day."
)


# Why a form or a cell is refused: English in the core (CLI, logs), said in the crew's language on the form.
#: X: Table 2 note A's mark for a catcher that did not chase the school (typed as X in every language)
CAUGHT_REFUSED = QT_TRANSLATE_NOOP(
    "Schooling", "enter a number of whales caught, 0 if chased but none caught, or X if not chased; got {text}"
)
CAUGHT_NEGATIVE = QT_TRANSLATE_NOOP("Schooling", "number caught cannot be negative")
WHOLE_NUMBER = QT_TRANSLATE_NOOP("Schooling", "must be a whole number")
AT_LEAST_ONE = QT_TRANSLATE_NOOP(
    "Schooling", "a school has at least 1 whale; a solitary whale is a school of 1 (note B)"
)
NOT_NEGATIVE = QT_TRANSLATE_NOOP("Schooling", "cannot be negative")
TAKEABLE_OVER = QT_TRANSLATE_NOOP("Schooling", "takeable ({takeable}) cannot exceed the whales in the school ({total})")
CAUGHT_WHOLE = QT_TRANSLATE_NOOP("Schooling", "enter a whole number, or X if the catcher did not chase")
CAUGHT_MISSING = QT_TRANSLATE_NOOP("Schooling", "enter the number caught, 0, or X (note A)")
NOT_IN_FLEET = QT_TRANSLATE_NOOP("Schooling", "not a catcher of this fleet")
NOBODY_CHASED = QT_TRANSLATE_NOOP(
    "Schooling", "at least one catcher must have chased the school (otherwise it is not on this form)"
)
CAUGHT_OVER = QT_TRANSLATE_NOOP("Schooling", "caught ({caught}) cannot exceed the whales in the school ({total})")
NAME_REQUIRED = QT_TRANSLATE_NOOP("Schooling", "name of expedition or coastal station is required")
CATCHER_TWICE = QT_TRANSLATE_NOOP("Schooling", "a catcher is listed twice")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Schooling", "position out of range")


def parse_caught(text: str | int) -> Caught:
    """A catcher's cell: a whole number (0 = chased, caught none) or X (did not chase)."""
    if isinstance(text, int) and not isinstance(text, bool):
        value = text
    else:
        cell = str(text).strip().upper()
        if cell == DID_NOT_CHASE:
            return DID_NOT_CHASE
        if not cell.isdigit():
            raise ValueError(Message(CAUGHT_REFUSED, text=repr(text)))
        value = int(cell)
    if value < 0:
        raise ValueError(Message(CAUGHT_NEGATIVE))
    return value


@dataclass
class School:
    time_found: time  # ship's time, as on the form
    total: int  # total number of whales in the school; a solitary whale is a school of 1 (note B)
    takeable: int  # note C
    caught: dict[str, Caught] = field(default_factory=dict)  # catcher name -> number or "X" (note A)
    remarks: str = ""  # other expeditions on the same school (note D)
    id: str = field(default_factory=lambda: str(uuid.uuid4()))

    @property
    def total_caught(self) -> int:
        return sum(v for v in self.caught.values() if v != DID_NOT_CHASE)

    @property
    def chasers(self) -> list[str]:
        return [name for name, v in self.caught.items() if v != DID_NOT_CHASE]

    def validate(self, fleet: Iterable[str] = (), where: str = "school") -> list[FieldError]:
        errors: list[FieldError] = []
        add = lambda f, m: errors.append(FieldError(f"{where}.{f}", m))  # noqa: E731
        for name, value in (("total", self.total), ("takeable", self.takeable)):
            if not isinstance(value, int) or isinstance(value, bool):
                add(name, Message(WHOLE_NUMBER))
                return errors
        if self.total < 1:
            add("total", Message(AT_LEAST_ONE))
        if self.takeable < 0:
            add("takeable", Message(NOT_NEGATIVE))
        elif self.takeable > self.total:
            add("takeable", Message(TAKEABLE_OVER, takeable=self.takeable, total=self.total))
        for name, caught in self.caught.items():
            if caught != DID_NOT_CHASE and (not isinstance(caught, int) or isinstance(caught, bool) or caught < 0):
                add(f"caught[{name}]", Message(CAUGHT_WHOLE))
        fleet = list(fleet)
        if fleet:
            for name in fleet:
                if name not in self.caught:
                    add(f"caught[{name}]", Message(CAUGHT_MISSING))
            for name in self.caught:
                if name not in fleet:
                    add(f"caught[{name}]", Message(NOT_IN_FLEET))
        if not self.chasers:
            add("caught", Message(NOBODY_CHASED))
        if self.total_caught > self.total:
            add("caught", Message(CAUGHT_OVER, caught=self.total_caught, total=self.total))
        return errors


@dataclass
class SchoolingReport:
    name: str  # expedition or coastal station
    day: date  # ship's date; one form per day
    catchers: list[str]  # the fleet, from settings: one row each
    noon_lat: float | None = None
    noon_lon: float | None = None
    noon_position_edited: bool = False  # False while it is the value taken from the track
    schools: list[School] = field(default_factory=list)
    remarks: str = ""
    signature: Signature | None = None  # once signed the report is locked
    id: str = field(default_factory=lambda: str(uuid.uuid4()))

    @property
    def total_caught(self) -> int:
        return sum(s.total_caught for s in self.schools)

    def content(self) -> dict:
        """What is written on the form, to tell whether it was changed: name and day pick the form and the
        signature is given at sign-off, so none of them is an edit of it."""
        values = dataclasses.asdict(self)
        for key in ("signature", "name", "day"):
            values.pop(key)
        return values

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if not self.name.strip():
            errors.append(FieldError("name", Message(NAME_REQUIRED)))
        if len(set(self.catchers)) != len(self.catchers):
            errors.append(FieldError("catchers", Message(CATCHER_TWICE)))
        if (self.noon_lat is None) != (self.noon_lon is None):
            errors.append(FieldError("noon_position", Message(BOTH)))
        if (
            self.noon_lat is not None
            and self.noon_lon is not None
            and not (-90 <= self.noon_lat <= 90 and -180 <= self.noon_lon <= 180)
        ):
            errors.append(FieldError("noon_position", Message(OUT_OF_RANGE)))
        for i, school in enumerate(self.schools):
            errors += school.validate(self.catchers, where=f"schools[{i}]")
        return errors


def _when(p: Fix | TrackPoint) -> datetime | None:
    return getattr(p, "time", None) or getattr(p, "at", None)


def noon_utc(day: date, ship_tz: tzinfo) -> datetime:
    """Noon ship's time on `day`, as UTC."""
    return datetime.combine(day, time(12, 0), tzinfo=ship_tz).astimezone(timezone.utc)


def noon_position(
    track: Iterable[Fix | TrackPoint], day: date, ship_tz: tzinfo, max_gap: timedelta = timedelta(hours=1)
) -> tuple[float, float] | None:
    """The factory ship's position at noon ship's time, interpolated between the fixes either side of noon.

    None when the track has no fix within `max_gap` of noon on both sides (or exactly at noon): the user enters it.
    """
    noon = noon_utc(day, ship_tz)
    before: tuple[datetime, float, float] | None = None  # (time, lat, lon)
    after: tuple[datetime, float, float] | None = None
    for p in track:
        t = _when(p)
        if t is None or p.lat is None or p.lon is None:
            continue
        if t <= noon and (before is None or t > before[0]):
            before = (t, p.lat, p.lon)
        if t >= noon and (after is None or t < after[0]):
            after = (t, p.lat, p.lon)
    if before is not None and before[0] == noon:
        return (before[1], before[2])
    if before is None or after is None or noon - before[0] > max_gap or after[0] - noon > max_gap:
        return None
    f = (noon - before[0]) / (after[0] - before[0])
    (_, a_lat, a_lon), (_, b_lat, b_lon) = before, after
    dlon = b_lon - a_lon
    if dlon > 180:  # the short way across the antimeridian
        dlon -= 360
    elif dlon < -180:
        dlon += 360
    lon = a_lon + f * dlon
    lon = (lon + 180) % 360 - 180
    return (a_lat + f * (b_lat - a_lat), lon)
