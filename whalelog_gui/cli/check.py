"""`whalelog check catch`: a catch's compliance flags, stock and logged length (records/catch_check.py)."""

from __future__ import annotations

import argparse

from whalelog_gui.cli.arguments import actions, dispatch


def add_check(commands: argparse._SubParsersAction) -> None:
    checks = actions(commands, "check", "compliance checks (issue 13)")
    checks.add_parser(
        "catch", help="read one catch per JSON line on stdin; print its flags, stock and logged length"
    ).set_defaults(func=dispatch("whalelog_gui.records.catch_check:check_catch_command"))
