"""The moment of a tap: GPS time and position from the latest fix when it is valid and fresh, else "no fix".

Qt-free. `current_fix` (from the shell) gives the latest Fix and its age in seconds on the monotonic clock;
the core's LogEvent.stamped decides fresh-or-no-fix so the rule lives in one place (records/events.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from whalelog_gui.nav.fix import Fix
from whalelog_gui.records.events import MAX_FIX_AGE, EventKind, LogEvent

CurrentFix = Callable[[], "tuple[Fix | None, float | None]"]
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Moment:
    fix: Fix | None
    age_s: float | None
    clock_now: datetime

    @classmethod
    def now(cls, current_fix: CurrentFix, clock: Clock = system_clock) -> "Moment":
        fix, age = current_fix()
        return cls(fix, age, clock())

    @property
    def fix_age(self) -> timedelta | None:
        return None if self.age_s is None else timedelta(seconds=self.age_s)

    @property
    def gps_now(self) -> datetime | None:
        """The GPS clock now (the fix's time plus how long ago it came), or None without a valid fix."""
        fix = self.fix
        if fix is None or not fix.valid or fix.time is None:
            return None
        return fix.time + (self.fix_age or timedelta(0))

    @property
    def has_fresh_fix(self) -> bool:
        fix = self.fix
        if fix is None or not fix.valid or not fix.has_position or fix.time is None:
            return False
        age = self.fix_age if self.fix_age is not None else abs(self.clock_now - fix.time)
        return age <= MAX_FIX_AGE

    @property
    def time(self) -> datetime:
        """Best UTC time now: the GPS clock when there is one, else the computer's clock."""
        return self.gps_now or self.clock_now.astimezone(timezone.utc)

    @property
    def day(self) -> date:
        return self.time.date()

    def stamp(self, kind: EventKind, **extra) -> LogEvent:
        return LogEvent.stamped(kind, self.fix, self.clock_now, self.fix_age, **extra)
