"""`whalelog demo-data`: a realistic synthetic season written through the real domain and store APIs.

A steel catcher attached to a North Atlantic land station works a season from 1 May 2026 (or earlier, so that a
long season still ends before today: nothing is recorded in the future): one numbered daily record
sheet per day with its events (search, sightings, chases with and without asdic, whales shot and flagged, towing,
delivery, rest, ceased operations), weather three times a day, a thinned track, most sheets signed by the master
and a few amended after sign-off; catches and schooling reports come from whalelog_gui.demo_season.
Deterministic for a given seed and start. Written in one transaction: a season is stored whole or not at all.
Used for demos, tests and the export benchmark.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sqlite3
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import sqlite_utils

from whalelog_gui.demo_season.day_plan import DayPlan, plan_day
from whalelog_gui.demo_season.fleet import FLAG_STATE, add_fleet_records
from whalelog_gui.nav.fix import Fix
from whalelog_gui.records.daily_sheet import Amendment, Signature, SignerRole
from whalelog_gui.records.title_page import FirstHarpoonKind, Hull, TitlePage
from whalelog_gui.records.weather import WeatherObservation
from whalelog_gui.store import logbook_repo, sheet_entries
from whalelog_gui.store.db import open_db, transaction
from whalelog_gui.store.position_sources import DEMO, SIMULATOR, mark_logbook
from whalelog_gui.store.track import TrackRecorder
from whalelog_gui.store.vessel import VesselRegime, save_vessel

SEASON_START = date(2026, 5, 1)  # the usual start; a season that would run into today starts earlier
CATCHER = "Hvalur 9"
MASTER = "Einar Jónsson"
MATE = "Sigrún Halldórsdóttir"


@dataclass
class DemoSummary:
    logbook_id: str
    days: int
    events: int
    weather: int
    track_points: int
    catches: int
    schooling_reports: int
    amendments: int


def season_start(days: int, today: date | None = None) -> date:
    """1 May 2026, or earlier when `days` from then would reach today: the last day is then yesterday."""
    today = today or datetime.now(timezone.utc).date()
    return min(SEASON_START, today - timedelta(days=days))


def _title_page(start: date) -> TitlePage:
    return TitlePage(
        catcher_name=CATCHER,
        season=str(start.year),
        year_built=1952,
        attached_to="Hvalfjörður land station",
        overall_length_m=Decimal("44.6"),
        hull=Hull.STEEL,
        gross_tonnage=Decimal("490"),
        engine_type="triple-expansion steam",
        horsepower=Decimal("1900"),
        max_speed_kn=Decimal("15.5"),
        avg_search_speed_kn=Decimal("11"),
        asdic_make_model="Simrad SU-5",
        asdic_installed_on=date(1998, 4, 2),
        cannon_make_size="Kongsberg 90 mm",
        first_harpoon_type="Penthrite grenade",
        first_harpoon_kind=FirstHarpoonKind.EXPLOSIVE,
        killer_harpoon_type="Penthrite grenade",
        forerunner_length_m=Decimal("36"),
        forerunner_type="nylon",
        whaleline_type="sisal 5 in",
        barrel_height_m=Decimal("6.2"),
        speedboat_used=False,
        captain_name=MASTER,
        captain_years=22,
        gunner_name="Kristján Loftsson",
        gunner_years=17,
        crew_count=15,
    )


def _weather(rng: random.Random, day_start: datetime, hour: int) -> WeatherObservation:
    sea = rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5, 6))
    wind = max(0, min(12, sea + rng.choice((-1, 0, 0, 1, 2))))
    return WeatherObservation(
        at=day_start + timedelta(hours=hour),
        sea_state=sea,
        wind_force=wind,
        wind_direction_deg=rng.randrange(0, 360, 10) if wind else None,
        visibility_nm=Decimal(rng.choice(("0.5", "2", "5", "10", "15", "20"))),
    )


def _track(recorder: TrackRecorder, plan: DayPlan) -> int:
    """The day's fixes once a minute along the planned legs; the recorder's thinning decides what is kept."""
    kept = 0
    for at, lat, lon, sog, cog in plan.positions(step_s=60):
        fix = Fix(
            time=at,
            time_of_day=at.timetz(),
            lat=lat,
            lon=lon,
            sog_kn=sog,
            cog_deg=cog,
            valid=True,
            quality=1,
            satellites=9,
            hdop=0.9,
            source="demo",
        )
        kept += recorder.offer(fix)
    return kept


def fill_season(db: sqlite_utils.Database, days: int = 30, seed: int = 1, start: date | None = None) -> DemoSummary:
    """Write `days` days of logbook into an empty, migrated database, from `start` (default season_start)."""
    start = start or season_start(days)
    rng = random.Random(seed)
    mark_logbook(db, DEMO)  # a synthetic season is never a real logbook (issue 11)
    logbook_id = logbook_repo.save_title_page(db, _title_page(start), MASTER)
    # Icelandic-flagged (footnotes 6 and 7); the whole regime is set so the bridge has nothing to ask for
    save_vessel(
        db,
        VesselRegime(
            flag_state=FLAG_STATE,
            regime={"vessel_name": CATCHER, "operation": "land-station", "time_zone": "Atlantic/Reykjavik"},
        ),
        MASTER,
    )
    recorder = TrackRecorder(db, SIMULATOR)
    totals = dict(events=0, weather=0, track=0, amendments=0)
    plans = []
    for n in range(days):
        day = start + timedelta(days=n)
        plan = plan_day(rng, day, n)
        plans.append(plan)
        with transaction(db):  # a savepoint per day inside demo_data_command's one transaction
            sheet = logbook_repo.create_sheet(db, logbook_id, day, MATE)
            for event in plan.events:
                sheet_entries.add_event(db, sheet.id, event, MATE)
            totals["events"] += len(plan.events)
            day_start = datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
            for hour in (6, 12, 18):
                sheet_entries.add_weather(db, sheet.id, _weather(rng, day_start, hour), MATE)
                totals["weather"] += 1
            totals["track"] += _track(recorder, plan)
            if n < days - 1 or days == 1:  # the last day stays open, as at sea
                logbook_repo.sign_sheet(db, sheet.id, Signature(MASTER, SignerRole.MASTER, plan.ceased_at), MASTER)
                if rng.random() < 0.05 and plan.events:
                    target = rng.choice(plan.events)
                    logbook_repo.add_amendment(
                        db,
                        sheet.id,
                        Amendment(
                            "events",
                            target.id,
                            {"note": "time read from the bridge clock, not GPS"},
                            "inspector found the bridge clock 2 min slow",
                        ),
                        MATE,
                    )
                    totals["amendments"] += 1
    catches, reports = add_fleet_records(db, rng, plans, who=MATE)
    return DemoSummary(
        logbook_id, days, totals["events"], totals["weather"], totals["track"], catches, reports, totals["amendments"]
    )


def _is_empty(path: Path) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return True
    try:
        db = open_db(path, migrate=False)  # look only: never migrate a file we may refuse
        return not any(db[t].count for t in db.table_names() if t not in ("settings", "sqlite_sequence"))
    except (sqlite3.DatabaseError, RuntimeError):
        return False


def _fill_new(path: Path, days: int, seed: int) -> DemoSummary:
    db = open_db(path)
    try:
        with transaction(db):  # the whole season or nothing: a crash or error leaves no half-filled logbook
            summary = fill_season(db, days=days, seed=seed)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        with contextlib.suppress(sqlite3.Error):  # closing a full disk's database may fail too; the error above counts
            db.conn.close()
    return summary


def demo_data_command(args: argparse.Namespace) -> int:
    path = Path(args.db)
    if args.days < 1 or args.days > 400:
        print("whalelog: --days must be between 1 and 400", file=sys.stderr)
        return 2
    if not _is_empty(path):
        print(f"whalelog: {path} already holds data; demo-data fills only a new database", file=sys.stderr)
        return 2
    existed = path.exists()
    try:
        summary = _fill_new(path, args.days, args.seed)
    except (sqlite3.Error, OSError, RuntimeError, ValueError) as exc:  # disk full, I/O error, read-only folder
        if not existed:  # ours alone: an error leaves no empty or half-filled file behind
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        print(f"whalelog: demo-data: nothing written to {path}: {reason}", file=sys.stderr)
        return 2
    print(
        f"{path}: {summary.days} days, {summary.events} events, {summary.weather} weather observations, "
        f"{summary.catches} catches, {summary.schooling_reports} schooling reports, "
        f"{summary.track_points} track points, {summary.amendments} amendments"
    )
    return 0
