"""`whalelog measure length|gland`: Schedule para 23 / para 1 measurement rounding (records/commands.py)."""

from __future__ import annotations

import argparse

from whalelog_gui.cli.arguments import actions, dispatch


def add_measure(commands: argparse._SubParsersAction) -> None:
    measure = actions(commands, "measure", "Schedule para 23 / para 1 measurement rounding")
    length = measure.add_parser("length", help="log a length: VALUE m|ft, or --feet F --inches I")
    length.add_argument("reading", nargs="*", metavar="VALUE UNIT")
    length.add_argument("--feet", metavar="F")
    length.add_argument("--inches", metavar="I")
    length.set_defaults(func=dispatch("whalelog_gui.records.commands:length_command"))
    gland = measure.add_parser("gland", help="log a sperm whale mammary gland thickness in cm")
    gland.add_argument("cm", metavar="CM")
    gland.set_defaults(func=dispatch("whalelog_gui.records.commands:gland_command"))
