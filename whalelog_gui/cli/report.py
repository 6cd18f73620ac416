"""`whalelog report weekly|season`: the notifications and season statistics of Schedule paras 25-28
(store/report_commands.py)."""

from __future__ import annotations

import argparse

from whalelog_gui.cli.arguments import actions, dispatch, logbook_argument


def add_report(commands: argparse._SubParsersAction) -> None:
    reports = actions(commands, "report", "notifications and season statistics (Schedule paras 25-28)")
    weekly = reports.add_parser("weekly", help="para 26(a): baleen whales south of 40 S in one calendar week, JSON")
    logbook_argument(weekly)
    weekly.add_argument("--week", required=True, metavar="YYYY-Www", help="ISO 8601 week, e.g. 2026-W49")
    weekly.set_defaults(func=dispatch("whalelog_gui.store.report_commands:weekly_command"))
    season = reports.add_parser("season", help="paras 25(a), 27, 28(a)(2) statistics and notifications due, JSON")
    logbook_argument(season)
    season.set_defaults(func=dispatch("whalelog_gui.store.report_commands:season_command"))
