"""`whalelog demo-data`: a new database filled with a realistic synthetic season (demo_data.py)."""

from __future__ import annotations

import argparse

from whalelog_gui.cli.arguments import dispatch, logbook_argument


def add_demo_data(commands: argparse._SubParsersAction) -> None:
    demo = commands.add_parser("demo-data", help="fill a new database with a realistic synthetic season")
    logbook_argument(demo)
    demo.add_argument("--days", type=int, default=30, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(func=dispatch("whalelog_gui.demo_data:demo_data_command"))
