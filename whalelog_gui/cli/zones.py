"""`whalelog zones check|list`: the regulated areas of Schedule paras 7 and 8 for scripts (zones/commands.py)."""

from __future__ import annotations

import argparse

from whalelog_gui.cli.arguments import actions, dispatch, sog_limit_argument
from whalelog_gui.operations import OPERATIONS


def add_zones(commands: argparse._SubParsersAction) -> None:
    zones = actions(commands, "zones", "regulated areas (Schedule paras 7 and 8)")
    check = zones.add_parser("check", help="read lat,lon[,cog,sog] CSV on stdin; print areas per line as JSON")
    check.add_argument("--operation", choices=OPERATIONS, default="factory-ship")
    check.add_argument("--lookahead-min", type=float, default=30.0, metavar="N")
    sog_limit_argument(check, "a line with SOG above this is an error (default 100 kn)")
    check.set_defaults(func=dispatch("whalelog_gui.zones.commands:check_command"))
    zones.add_parser("list", help="print the areas and their rules as JSON").set_defaults(
        func=dispatch("whalelog_gui.zones.commands:list_command")
    )
