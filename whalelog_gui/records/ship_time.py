"""Ship's time: the ship's date and local time of a UTC instant, from the ship's time-zone history (issue 15).

Records are kept in UTC; the crew works, dates sheets and files reports by the ship's day. The ship's clocks may be
changed during a season (a nautical zone crossed, a move to the factory ship's zone), so a single time zone is not
enough: a day's sheet before a change and the next day's after it must each keep their own hours. ShipClock holds
the zones with the UTC instant each took effect and answers every "which ship's day / what ship's time" question.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.settings import parse_time_zone


@dataclass(frozen=True)
class ZoneChange:
    """From `effective_from` (UTC; None = from the start of the logbook) the ship keeps time in `zone`."""

    effective_from: datetime | None
    zone: str  # as typed in the settings: "UTC+12", "Pacific/Auckland"

    def __post_init__(self) -> None:
        if self.effective_from is not None and self.effective_from.utcoffset() is None:
            raise ValueError("a time-zone change needs a timezone-aware UTC instant")
        parse_time_zone(self.zone)  # an unknown zone is refused when recorded, never guessed later


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: times must be timezone-aware UTC")
    return moment.astimezone(timezone.utc)


class ShipClock:
    """The ship's time-zone history; every ship's date and ship's time shown or grouped by comes from here."""

    def __init__(self, changes: Sequence[ZoneChange]):
        if not changes:
            changes = [ZoneChange(None, "UTC")]
        ordered = sorted(changes, key=lambda c: (c.effective_from is not None, c.effective_from or datetime.min))
        if ordered[0].effective_from is not None:  # before the first recorded change: the first zone known
            ordered.insert(0, ZoneChange(None, ordered[0].zone))
        self.changes: tuple[ZoneChange, ...] = tuple(ordered)
        self._zones = [parse_time_zone(c.zone) for c in self.changes]

    @classmethod
    def fixed(cls, zone: str) -> ShipClock:
        return cls([ZoneChange(None, zone)])

    def _index(self, moment: datetime) -> int:
        moment = _aware(moment)
        found = 0
        for i, change in enumerate(self.changes):
            if change.effective_from is None or change.effective_from <= moment:
                found = i
        return found

    def zone_name(self, moment: datetime) -> str:
        return self.changes[self._index(moment)].zone

    def tz(self, moment: datetime) -> tzinfo:
        return self._zones[self._index(moment)]

    @property
    def current_zone(self) -> str:
        return self.changes[-1].zone

    def local(self, moment: datetime) -> datetime:
        """The ship's local time at `moment` (aware, in the zone then in force)."""
        return _aware(moment).astimezone(self.tz(moment))

    def ship_date(self, moment: datetime) -> date:
        return self.local(moment).date()

    def _first_on_or_after(self, day: date) -> datetime:
        """The first UTC instant whose ship's date is `day` or later."""
        for i, change in enumerate(self.changes):
            start = change.effective_from
            end = self.changes[i + 1].effective_from if i + 1 < len(self.changes) else None
            midnight = datetime.combine(day, time(0), tzinfo=self._zones[i]).astimezone(timezone.utc)
            candidate = midnight if start is None else max(start, midnight)
            if end is None or candidate < end:
                return candidate
        raise AssertionError("the last zone runs for ever")  # pragma: no cover

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        """[start, end) in UTC of the ship's day `day`: 24 h, or 23/25 h on the day the clocks were changed."""
        return self._first_on_or_after(day), self._first_on_or_after(day + timedelta(days=1))

    def changes_on(self, day: date) -> list[tuple[ZoneChange, str]]:
        """The zone changes made during ship's day `day`, each with the zone it replaced (shown on that day's sheet)."""
        start, end = self.day_bounds(day)
        return [
            (c, self.changes[i - 1].zone)
            for i, c in enumerate(self.changes)
            if i and c.effective_from is not None and start <= c.effective_from <= end
        ]

    def stamp(self, moment: datetime, seconds: bool = False) -> str:
        """ "22:00 UTC+12 (10:00 UTC)": ship's time first, as the crew reads it, and UTC beside it."""
        fmt = "%H:%M:%S" if seconds else "%H:%M"
        local = self.local(moment)
        return f"{local:{fmt}} {self.zone_name(moment)} ({_aware(moment):{fmt}} UTC)"

    def time_with_utc(self, moment: datetime, seconds: bool = False) -> str:
        """ "22:00 (10:00 UTC)": a list cell under a "Ship's time (UTC)" heading, on the sheet of its ship's day."""
        return f"{self.local(moment):{'%H:%M:%S' if seconds else '%H:%M'}} ({_aware(moment):%H:%M} UTC)"

    def date_stamp(self, moment: datetime) -> str:
        """ "2026-01-10 22:00 UTC+12 (10:00 UTC)": for records read away from the day they belong to; a ship on
        UTC reads "2026-01-10 10:00 UTC"."""
        local, utc = self.local(moment), _aware(moment)
        if local.utcoffset() == timedelta(0):
            return f"{utc:%Y-%m-%d %H:%M} UTC"
        return f"{local:%Y-%m-%d %H:%M} {self.zone_name(moment)} ({utc:%H:%M} UTC)"

    def change_text(self, change: ZoneChange, before: str) -> Message:
        """ "Ship's clocks changed from UTC+12 to UTC+13 at 2026-01-20 02:00 UTC (that day is 23 h long)": English
        on the printed form, translated on screen (ui/i18n.tr_message)."""
        at = _aware(change.effective_from)  # type: ignore[arg-type]
        start, end = self.day_bounds(self.ship_date(at))
        hours = (end - start).total_seconds() / 3600
        return Message(
            QT_TRANSLATE_NOOP(
                "ShipTime", "Ship's clocks changed from {before} to {zone} at {when} UTC (that day is {hours} h long)"
            ),
            before=before,
            zone=change.zone,
            when=f"{at:%Y-%m-%d %H:%M}",
            hours=f"{hours:g}",
        )


def zone_history_after(clock: ShipClock | None, zone: str, at: datetime) -> list[ZoneChange]:
    """The history once the ship keeps `zone` from `at`: unchanged when that is already the zone in force."""
    if clock is None:
        return [ZoneChange(None, zone)]
    at = _aware(at)
    if clock.zone_name(at) == zone:
        return list(clock.changes)
    kept = [c for c in clock.changes if c.effective_from is None or c.effective_from < at]
    return kept + [ZoneChange(at, zone)]
