"""One synthetic operating day of a catcher: the Appendix A Table 1 events in a valid order, with positions.

Between events the ship steams in a straight line, so the track and the event positions agree.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.seen_species import SeenSpecies

HOME = (64.38, -21.60)  # the land station the catcher delivers to
GROUNDS = (63.30, -25.40)  # the whaling grounds off the west coast
SPECIES_SEEN = (
    (SeenSpecies.FIN,) * 6 + (SeenSpecies.SEI,) * 2 + (SeenSpecies.SPERM, SeenSpecies.MINKE, SeenSpecies.HUMPBACK)
)


@dataclass(frozen=True)
class Shot:
    at: datetime
    lat: float
    lon: float
    species: SeenSpecies
    serial: str


@dataclass
class DayPlan:
    day: date
    events: list[LogEvent] = field(default_factory=list)
    shots: list[Shot] = field(default_factory=list)
    sperm_schools: list[tuple[datetime, int]] = field(default_factory=list)  # (time found, whales in school)

    @property
    def ceased_at(self) -> datetime:
        return self.events[-1].at

    def _at(self, kind: EventKind, at: datetime, pos: tuple[float, float], **extra) -> LogEvent:
        event = LogEvent(kind=kind, at=at, lat=round(pos[0], 5), lon=round(pos[1], 5), **extra)
        self.events.append(event)
        return event

    def positions(self, step_s: int):
        """(time, lat, lon, sog_kn, cog_deg) every step_s seconds from the first event to ceased operations."""
        legs = [(e.at, e.lat, e.lon) for e in self.events if e.kind is not EventKind.DELIVERED]
        for (t0, lat0, lon0), (t1, lat1, lon1) in zip(legs, legs[1:]):
            span = (t1 - t0).total_seconds()
            if span <= 0:
                continue
            dn = (lat1 - lat0) * 60.0
            de = (lon1 - lon0) * 60.0 * math.cos(math.radians(lat0))
            sog = math.hypot(dn, de) / (span / 3600.0)
            cog = math.degrees(math.atan2(de, dn)) % 360.0
            for s in range(0, int(span), step_s):
                f = s / span
                yield (
                    t0 + timedelta(seconds=s),
                    lat0 + (lat1 - lat0) * f,
                    lon0 + (lon1 - lon0) * f,
                    round(sog, 1),
                    round(cog, 1),
                )


def _near(rng: random.Random, centre: tuple[float, float], spread: float) -> tuple[float, float]:
    return (centre[0] + rng.uniform(-spread, spread) * 0.5, centre[1] + rng.uniform(-spread, spread))


def plan_day(rng: random.Random, day: date, index: int, serial_start: int = 1) -> DayPlan:
    """A valid day: search, 0-3 chases, maybe a rest or bunkering, delivery of the catch, ceased operations."""
    plan = DayPlan(day)
    t = datetime(day.year, day.month, day.day, 5, 0, tzinfo=timezone.utc) + timedelta(minutes=rng.randrange(0, 60))
    pos = _near(rng, GROUNDS, 0.8)
    plan._at(EventKind.SEARCH_STARTED, t, pos)
    serial = serial_start
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
        t += timedelta(minutes=rng.randrange(40, 150))
        pos = _near(rng, pos, 0.15)
        species = rng.choice(SPECIES_SEEN)
        seen = rng.randrange(1, 7)
        plan._at(
            EventKind.WHALES_SEEN,
            t,
            pos,
            species=species,
            number_seen=seen,
            number_of_groups=max(1, seen // 3),
            found_lat=round(pos[0], 4),
            found_lon=round(pos[1], 4),
            found_by_catcher="" if rng.random() < 0.8 else "Hvalur 8",
        )
        if species is SeenSpecies.SPERM:
            plan.sperm_schools.append((t, seen))
        t += timedelta(minutes=rng.randrange(5, 20))
        pos = _near(rng, pos, 0.05)
        plan._at(EventKind.CHASE_STARTED, t, pos, asdic_used=rng.random() < 0.6)
        t += timedelta(minutes=rng.randrange(15, 70))
        pos = _near(rng, pos, 0.05)
        if species is SeenSpecies.HUMPBACK or rng.random() < 0.25:
            plan._at(EventKind.CHASE_DISCONTINUED, t, pos)
        else:
            plan._at(EventKind.WHALE_SHOT, t, pos)
            label = f"{day.year}-{index + 1:03d}-{serial}"
            plan.shots.append(Shot(t, pos[0], pos[1], species, label))
            serial += 1
            t += timedelta(minutes=rng.randrange(10, 30))
            plan._at(EventKind.FLAGGED_ALONGSIDE, t, pos, catch_serial=label)
        t += timedelta(minutes=rng.randrange(5, 15))
        plan._at(EventKind.SEARCH_STARTED, t, pos)
    if rng.random() < 0.3:
        t += timedelta(minutes=rng.randrange(30, 90))
        plan._at(EventKind.RESTING_STARTED, t, pos, note="drifting, fog")
        t += timedelta(minutes=rng.randrange(30, 120))
        plan._at(EventKind.RESTING_FINISHED, t, pos)
    if plan.shots:
        t += timedelta(minutes=rng.randrange(20, 60))
        plan._at(EventKind.PICKUP_STARTED, t, pos)
        t += timedelta(minutes=rng.randrange(20, 60))
        plan._at(EventKind.TOWING_STARTED, t, pos)
        t += timedelta(hours=rng.randrange(5, 9))
        plan._at(EventKind.DELIVERED, t, HOME, delivered_at=t)
    elif rng.random() < 0.15:
        t += timedelta(hours=rng.randrange(4, 7))
        plan._at(EventKind.OTHER_ACTIVITY, t, HOME, other_text="bunkering")
    t += timedelta(minutes=rng.randrange(20, 60))
    plan._at(EventKind.CEASED, t, HOME if plan.shots else pos)
    return plan
