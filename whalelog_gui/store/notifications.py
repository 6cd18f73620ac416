"""Notifications and season statistics from the records (Schedule paras 25(a), 26(a), 27, 28(a)(2)).

Plain functions over the logbook database, shared by `whalelog report ...`, the bridge cautions and the exports.
Dates are the ship's dates (the vessel's time zone, UTC when none is set): a calendar week or day is the ship's.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.records.catch import Catch, Weapon
from whalelog_gui.records.species import BY_KEY

if TYPE_CHECKING:
    import sqlite_utils

FACTORY = ("factory-ship", "factory-catcher")  # para 26(a): "factory ships or whale catchers attached thereto"
DUE_AFTER_WEEK = timedelta(days=2)  # para 26(a): "within two days after the end of each calendar week"


class ReportError(ValueError):
    """A report request that cannot be answered as asked (bad week, unreadable database)."""


def parse_iso_week(text: str) -> tuple[date, date]:
    """ "2026-W49" -> (Monday, Sunday) of that ISO 8601 week; ReportError otherwise."""
    import re

    match = re.fullmatch(r"(\d{4})-W(\d{2})", text.strip() if isinstance(text, str) else "")
    if not match:
        raise ReportError(f"week {text!r} is not an ISO 8601 week like 2026-W49")
    year, week = int(match.group(1)), int(match.group(2))
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ReportError(f"week {text!r} does not exist: {year} has no week {week}") from None
    return monday, monday + timedelta(days=6)


def _ship_day(moment: datetime, tz: tzinfo) -> date:
    return moment.astimezone(tz).date()


def _is_26a(c: Catch, operation: str) -> bool:
    sp = BY_KEY.get(c.species)
    # Inclusive like the rules: a whale taken on 40°00'S counts as south of it (warn rather than miss).
    return sp is not None and sp.is_baleen and operation in FACTORY and c.lat is not None and c.lat <= -40.0


CatchesWithOperation = list[tuple[Catch, str]]


def catches_with_operation(db: sqlite_utils.Database) -> CatchesWithOperation:
    """Every catch with its vessel's operation: read once per report and passed down (`catches=`), so that the season
    report and its notifications do not read the whole season once for each week (issue 14)."""
    from whalelog_gui.store.catches import list_catches
    from whalelog_gui.store.rows import one_snapshot

    with one_snapshot(db):  # a catch saved between the two reads would have no operation
        ops = dict(db.conn.execute("SELECT id, operation FROM catches"))
        return [(c, ops[c.id]) for c in list_catches(db)]


def weekly_26a(
    db: sqlite_utils.Database,
    week: str,
    tz: tzinfo = timezone.utc,
    daily: bool = False,
    *,
    catches: CatchesWithOperation | None = None,
) -> dict:
    """Para 26(a): baleen whales by species taken south of 40°S by factory ships and attached catchers in one
    calendar week, due two days after it ends; each day's counts too when the Secretary has said 85 % of a limit
    is reached (`daily`, a vessel setting), each due at the end of its day."""
    monday, sunday = parse_iso_week(week)
    by_day: dict[date, Counter] = {monday + timedelta(days=i): Counter() for i in range(7)}
    for c, operation in catches_with_operation(db) if catches is None else catches:
        day = _ship_day(c.time_taken, tz)
        if monday <= day <= sunday and _is_26a(c, operation):
            by_day[day][c.species] += 1
    total = sum(by_day.values(), Counter())
    report = {
        "paragraph": "26(a)",
        "week": week,
        "from": monday.isoformat(),
        "to": sunday.isoformat(),
        "due": (sunday + DUE_AFTER_WEEK).isoformat(),
        "daily": daily,
        "baleen_south_of_40s": dict(sorted(total.items())),
        "total": sum(total.values()),
    }
    if daily:
        report["days"] = [
            {
                "date": d.isoformat(),
                "due": d.isoformat(),
                "baleen_south_of_40s": dict(sorted(n.items())),
                "total": sum(n.values()),
            }
            for d, n in by_day.items()
        ]
    return report


def _weapon_text(c: Catch) -> str:
    if c.weapon is Weapon.OTHER or (c.weapon is None and c.killing_method):
        return c.killing_method or "other method (not described)"
    return "" if c.weapon is None else c.weapon.value


def season_report(
    db: sqlite_utils.Database,
    tz: tzinfo = timezone.utc,
    today: date | None = None,
    *,
    catches: CatchesWithOperation | None = None,
) -> dict:
    """Paras 25(a), 27 and 28(a)(2) from everything in the logbook, with the para 26(a) notifications due."""
    from whalelog_gui.store.catches import list_struck_lost

    catches = catches_with_operation(db) if catches is None else catches
    lost = list_struck_lost(db)
    methods: list[dict[str, str | None]] = [
        {
            "marking": c.marking,
            "date": _ship_day(c.time_taken, tz).isoformat(),
            "species": c.species,
            "method": c.killing_method,
        }
        for c, _ in catches
        if c.killing_method
    ]
    methods += [
        {
            "marking": f"{s.catcher} (struck, lost)",
            "date": _ship_day(s.time_struck, tz).isoformat(),
            "species": s.species,
            "method": s.killing_method,
        }
        for s in lost
        if s.killing_method
    ]
    taken = Counter(c.species for c, _ in catches)
    treated = Counter(c.species for c, _ in catches if c.time_hauled_up is not None)
    lost_by = Counter(s.species or "unidentified" for s in lost)
    species = sorted(set(taken) | set(lost_by))
    particulars = []
    for c, _ in catches:
        particulars.append(
            {
                "marking": c.marking,
                "date": _ship_day(c.time_taken, tz).isoformat(),
                "lat": c.lat,
                "lon": c.lon,
                "species": c.species,
                "sex": c.sex.value,
                "length": None if c.length is None else {"logged": c.length.logged_text, "unit": c.length.unit.value},
                "foetus": None
                if c.foetus is None
                else {
                    "length": None
                    if c.foetus.length is None
                    else {"logged": c.foetus.length.logged_text, "unit": c.foetus.length.unit.value},
                    "sex": c.foetus.sex.value,
                },
                "weapon": _weapon_text(c),
            }
        )
    return {
        "25(a)": {"methods_other_than_harpoon": methods, "struck_but_lost": len(lost)},
        "27": {
            "by_species": [
                {"species": s, "taken": taken[s], "lost": lost_by[s], "treated": treated[s]} for s in species
            ],
            "particulars": particulars,
        },
        "28(a)(2)": catchers_at_sea(db),
        "due": notifications_due(db, tz, today or datetime.now(timezone.utc).astimezone(tz).date(), catches=catches),
    }


def catchers_at_sea(db: sqlite_utils.Database) -> list[dict]:
    """Para 28(a)(2)(i)-(ii) per catcher and season from its logbook: commissioned = the first daily record sheet,
    ceased = the last, days at sea on the whaling grounds = days with a sheet on which the catcher searched."""
    rows = db.conn.execute(
        "SELECT l.catcher_name, l.season, MIN(s.day), MAX(s.day), COUNT(DISTINCT s.day), "
        "COUNT(DISTINCT CASE WHEN e.kind = 'search-started' THEN s.day END) "
        "FROM logbooks l LEFT JOIN sheets s ON s.logbook_id = l.id LEFT JOIN events e ON e.sheet_id = s.id "
        "GROUP BY l.id ORDER BY l.season, l.catcher_name"
    ).fetchall()
    return [
        {
            "catcher": name,
            "season": season,
            "commissioned": first,
            "ceased": last,
            "days_with_sheet": sheets,
            "days_at_sea_on_grounds": searched,
        }
        for name, season, first, last, sheets, searched in rows
    ]


def weeks_26a(
    db: sqlite_utils.Database, tz: tzinfo = timezone.utc, *, catches: CatchesWithOperation | None = None
) -> list[str]:
    """The ISO calendar weeks (ship's dates) in which a whale counted by para 26(a) was taken, oldest first."""
    weeks = set()
    for c, operation in catches_with_operation(db) if catches is None else catches:
        if _is_26a(c, operation):
            iso = _ship_day(c.time_taken, tz).isocalendar()
            weeks.add(f"{iso.year}-W{iso.week:02d}")
    return sorted(weeks)


# The bridge's caution for each notification due (English in the season report, translated on the bridge)
WEEKLY_DUE = QT_TRANSLATE_NOOP(
    "Alerts", "Para 26(a) weekly notification for {week} ({total} baleen whale(s) south of 40°S) due by {due}"
)
DAILY_DUE = QT_TRANSLATE_NOOP(
    "Alerts",
    "Para 26(a) daily notification for {day} ({total} baleen whale(s) south of 40°S so far; 85 % of a catch limit "
    "reached) due at the end of the day",
)


def notifications_due(
    db: sqlite_utils.Database,
    tz: tzinfo,
    today: date,
    *,
    daily: bool = False,
    operation: str | None = None,
    catches: CatchesWithOperation | None = None,
) -> list[dict]:
    """Para 26(a) notifications not yet past their due date, oldest first: each calendar week with baleen whales
    taken south of 40°S by a factory ship or its catchers (due two days after the week ends, shown while the
    week runs too); and, once the Secretary has said 85 % of a limit is reached (`daily`, a vessel setting) and
    the vessel is a factory ship or one of its catchers (`operation`), today's daily notification, due at the end
    of the day even when nothing was taken. The bridge shows each as a caution with its due date."""
    due = []
    catches = catches_with_operation(db) if catches is None else catches
    for week in weeks_26a(db, tz, catches=catches):
        report = weekly_26a(db, week, tz, catches=catches)
        when = date.fromisoformat(report["due"])
        if when >= today:
            due.append(
                {
                    "paragraph": "26(a)",
                    "kind": "weekly",
                    "week": week,
                    "due": report["due"],
                    "total": report["total"],
                    "message": Message(WEEKLY_DUE, week=week, total=report["total"], due=report["due"]),
                }
            )
    if daily and operation in FACTORY:
        iso = today.isocalendar()
        days = weekly_26a(db, f"{iso.year}-W{iso.week:02d}", tz, daily=True, catches=catches)["days"]
        (counts,) = [d for d in days if d["date"] == today.isoformat()]
        due.append(
            {
                "paragraph": "26(a)",
                "kind": "daily",
                "date": today.isoformat(),
                "due": today.isoformat(),
                "total": counts["total"],
                "message": Message(DAILY_DUE, day=today.isoformat(), total=counts["total"]),
            }
        )
    return due
