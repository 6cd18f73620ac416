"""The one WhaleLog command line: no subcommand opens the GUI; subcommands reach the core headless.

The argument contracts live in this package, in one place, because outside checks depend on them exactly: one
module per command family (cli/nmea.py for `whalelog nmea ...`, and so on), the shared shapes in cli/arguments.py.
Each subcommand's work is a function `run(args) -> int` in its domain package, imported only when chosen, so
`whalelog measure ...` never pays for Qt or shapely.
"""

from __future__ import annotations

import argparse
import os
import sys

from whalelog_gui import __version__
from whalelog_gui.cli.arguments import OneLineErrorParser
from whalelog_gui.cli.authority import add_authority
from whalelog_gui.cli.bundle import add_bundle
from whalelog_gui.cli.check import add_check
from whalelog_gui.cli.db import add_db
from whalelog_gui.cli.demo_data import add_demo_data
from whalelog_gui.cli.key import add_key
from whalelog_gui.cli.measure import add_measure
from whalelog_gui.cli.nmea import add_nmea
from whalelog_gui.cli.report import add_report
from whalelog_gui.cli.watch import add_watch
from whalelog_gui.cli.window import add_window_options
from whalelog_gui.cli.zones import add_zones

# in the order `whalelog --help` lists them
COMMAND_FAMILIES = (
    add_nmea,
    add_zones,
    add_watch,
    add_measure,
    add_check,
    add_report,
    add_demo_data,
    add_bundle,
    add_key,
    add_authority,
    add_db,
)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineErrorParser(
        prog="whalelog",
        description="WhaleLog: ICRW Schedule logbook and regulated-area bridge alerts. "
        "Without a subcommand, opens the application window.",
    )
    parser.add_argument("--version", action="version", version=f"whalelog {__version__}")
    add_window_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add_family in COMMAND_FAMILIES:
        add_family(commands)
    return parser


EXIT_BAD_INPUT = 2


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from whalelog_gui.store.open_checks import StoreOpenError

    if args.command is None:
        return int(args.func(args) or 0)  # the window reports its own errors (ui/app.py)
    try:
        return int(args.func(args) or 0)
    except StoreOpenError as refused:  # another program's file, a damaged or unwritable logbook: one line, exit 2
        print(f"whalelog: {refused}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - a subcommand answers every input with one line, never a traceback
        if os.environ.get("WHALELOG_TRACEBACK"):
            raise
        detail = str(exc).splitlines()[0][:300] if str(exc) else ""
        print(
            f"whalelog {args.command}: cannot do that: {type(exc).__name__}{': ' + detail if detail else ''} "
            "(set WHALELOG_TRACEBACK=1 for details)",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
