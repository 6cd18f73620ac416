"""`whalelog report weekly --db PATH --week 2026-W49` and `whalelog report season --db PATH` (issue 13): the para
26(a) weekly notification and the paras 25(a), 27, 28(a)(2) season statistics as one JSON object on stdout.

Bad input (no such database, a week that does not exist) is one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys

EXIT_BAD_INPUT = 2


def _fail(message: str) -> int:
    print(f"whalelog report: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _open(args: argparse.Namespace):
    """The logbook at --db, or (None, why not): never creates a database where there was none."""
    from pathlib import Path

    from whalelog_gui.store.db import open_db
    from whalelog_gui.store.logbook_file import logbook_problem

    problem = logbook_problem(Path(args.db))
    if problem:
        return None, f"{args.db}: {problem}"
    return open_db(args.db), None


def _ship_tz(db):
    """The vessel's time zone from the logbook (UTC when none is set): weeks and days are the ship's."""
    from whalelog_gui.store.regime_settings import logbook_ship_tz

    return logbook_ship_tz(db)


def weekly_command(args: argparse.Namespace) -> int:
    from whalelog_gui.store.notifications import ReportError, parse_iso_week, weekly_26a
    from whalelog_gui.store.vessel import load_vessel

    try:
        parse_iso_week(args.week)
    except ReportError as exc:
        return _fail(str(exc))
    db, problem = _open(args)
    if db is None:
        return _fail(problem)
    try:
        report = weekly_26a(db, args.week, _ship_tz(db), daily=load_vessel(db).daily_notification)
    finally:
        db.close()
    print(json.dumps(report, ensure_ascii=False))
    return 0


def season_command(args: argparse.Namespace) -> int:
    from whalelog_gui.store.notifications import season_report

    db, problem = _open(args)
    if db is None:
        return _fail(problem)
    try:
        report = season_report(db, _ship_tz(db))
    finally:
        db.close()
    print(json.dumps(report, ensure_ascii=False))
    return 0
