"""The one WhaleLog command line: no subcommand opens the GUI; subcommands reach the core headless.

The argument contracts live here, in one place, because outside checks depend on them exactly.
Each subcommand's work is a function `run(args) -> int` in its domain package, imported only when
chosen, so `whalelog measure ...` never pays for Qt or shapely.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from whalelog_gui import __version__

OPERATIONS = ("factory-ship", "factory-catcher", "land-station", "small-type", "transit")


def _dispatch(target: str):
    def run(args: argparse.Namespace) -> int:
        module_name, func_name = target.split(":")
        return getattr(importlib.import_module(module_name), func_name)(args)

    return run


class OneLineErrorParser(argparse.ArgumentParser):
    """Usage errors as one line on stderr and exit 2: scripts and outside checks read exactly one reason.

    Subparsers inherit the class (argparse creates them with type(self)); `--help` still prints full usage.
    """

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineErrorParser(
        prog="whalelog",
        description="WhaleLog: ICRW Schedule logbook and regulated-area bridge alerts. "
        "Without a subcommand, opens the application window.",
    )
    parser.add_argument("--version", action="version", version=f"whalelog {__version__}")
    gui = parser.add_argument_group("application window")
    feed = gui.add_mutually_exclusive_group()
    feed.add_argument("--demo", action="store_true", help="feed the app from the simulated GPS voyage, into a DEMO "
                      "logbook in a new temporary folder (or the demo logbook named with --db)")
    feed.add_argument("--port", metavar="PORT", help="GPS receiver port or URL (/dev/ttyUSB0, COM3, socket://host:10110)")
    feed.add_argument("--replay", metavar="FILE", help="replay a recorded NMEA log at its own pace, into a REPLAY "
                      "logbook in a new temporary folder (or the replay logbook named with --db)")
    gui.add_argument("--baud", type=int, default=None, metavar="N", help="serial baud rate (default 4800)")
    gui.add_argument("--db", metavar="PATH", help="logbook database (default: the platform data directory)")
    gui.add_argument("--read-only", action="store_true",
                     help="open the logbook without writing anything (e.g. a damaged one; nothing is recorded)")
    gui.add_argument("--exit-after", type=float, metavar="SECONDS", help="quit cleanly after this long (smoke tests)")
    gui.add_argument("--palette", choices=("day", "dusk", "night"), help="start in this palette")
    gui.set_defaults(func=_dispatch("whalelog_gui.ui.app:run_gui"))

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    # --- nmea ---------------------------------------------------------------------------------
    nmea = sub.add_parser("nmea", help="NMEA 0183 tools").add_subparsers(dest="nmea_command", metavar="ACTION", required=True)
    parse = nmea.add_parser("parse", help="parse a log, stdin or a port; print one JSON line per epoch")
    parse.add_argument("source", nargs="?", help="NMEA log file, or - for stdin")
    parse.add_argument("--port", dest="parse_port", metavar="PORT", help="read from a serial port or URL instead")
    parse.add_argument("--baud", dest="parse_baud", type=int, default=4800, metavar="N")
    parse.add_argument("--duration", type=float, metavar="S", help="stop reading the port after S seconds")
    parse.add_argument("--allow-missing-checksum", action="store_true", help="accept sentences without *hh")
    parse.set_defaults(func=_dispatch("whalelog_gui.nav.commands:parse_command"))

    # --- zones --------------------------------------------------------------------------------
    zones = sub.add_parser("zones", help="regulated areas (Schedule paras 7 and 8)").add_subparsers(
        dest="zones_command", metavar="ACTION", required=True
    )
    check = zones.add_parser("check", help="read lat,lon[,cog,sog] CSV on stdin; print areas per line as JSON")
    check.add_argument("--operation", choices=OPERATIONS, default="factory-ship")
    check.add_argument("--lookahead-min", type=float, default=30.0, metavar="N")
    check.set_defaults(func=_dispatch("whalelog_gui.zones.commands:check_command"))
    zones.add_parser("list", help="print the areas and their rules as JSON").set_defaults(
        func=_dispatch("whalelog_gui.zones.commands:list_command")
    )

    # --- measure ------------------------------------------------------------------------------
    measure = sub.add_parser("measure", help="Schedule para 23 / para 1 measurement rounding").add_subparsers(
        dest="measure_command", metavar="ACTION", required=True
    )
    length = measure.add_parser("length", help="log a length: VALUE m|ft, or --feet F --inches I")
    length.add_argument("reading", nargs="*", metavar="VALUE UNIT")
    length.add_argument("--feet", metavar="F")
    length.add_argument("--inches", metavar="I")
    length.set_defaults(func=_dispatch("whalelog_gui.records.commands:length_command"))
    gland = measure.add_parser("gland", help="log a sperm whale mammary gland thickness in cm")
    gland.add_argument("cm", metavar="CM")
    gland.set_defaults(func=_dispatch("whalelog_gui.records.commands:gland_command"))

    # --- db -----------------------------------------------------------------------------------
    db_group = sub.add_parser("db", help="the logbook database file itself").add_subparsers(
        dest="db_command", metavar="ACTION", required=True
    )
    recover = db_group.add_parser(
        "recover", help="copy what can be read from a damaged logbook into a new file; exit 0 fully recovered, "
        "1 partly (the JSON report lists what was lost), 2 unreadable")
    recover.add_argument("--db", dest="db", required=True, metavar="BAD", help="the damaged logbook (only read)")
    recover.add_argument("--out", required=True, metavar="NEW", help="the new logbook file (must not exist)")
    recover.set_defaults(func=_dispatch("whalelog_gui.store.recover:recover_command"))

    # --- demo-data ----------------------------------------------------------------------------
    demo = sub.add_parser("demo-data", help="fill a new database with a realistic synthetic season")
    demo.add_argument("--db", dest="db", required=True, metavar="PATH")
    demo.add_argument("--days", type=int, default=30, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(func=_dispatch("whalelog_gui.demo_data:demo_data_command"))

    # --- bundle -------------------------------------------------------------------------------
    bundle = sub.add_parser("bundle", help="transmission bundles for authorities").add_subparsers(
        dest="bundle_command", metavar="ACTION", required=True
    )
    export = bundle.add_parser("export", help="write a signed bundle of everything not yet sent")
    export.add_argument("--db", dest="db", required=True, metavar="PATH")
    export.add_argument("--out", required=True, metavar="DIR")
    export.add_argument("--all", action="store_true", help="re-export everything, not only unsent records")
    export.set_defaults(func=_dispatch("whalelog_gui.export.commands:export_command"))
    verify = bundle.add_parser("verify", help="check a bundle's hashes, signature, schema and chain")
    verify.add_argument("file", metavar="FILE")
    verify.add_argument("--pubkey", metavar="KEYFILE", help="pinned public key of the vessel")
    verify.add_argument("--previous", metavar="FILE", help="the previous bundle, to check the sequence chain")
    verify.set_defaults(func=_dispatch("whalelog_gui.export.commands:verify_command"))
    receipt = bundle.add_parser("receipt", help="import an authority's receipt and mark records acknowledged")
    receipt.add_argument("--db", dest="db", required=True, metavar="PATH")
    receipt.add_argument("file", metavar="RECEIPT")
    receipt.set_defaults(func=_dispatch("whalelog_gui.export.commands:receipt_command"))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from whalelog_gui.store.open_checks import StoreOpenError

    try:
        return int(args.func(args) or 0)
    except StoreOpenError as refused:  # another program's file, a damaged or unwritable logbook: one line, exit 2
        print(f"whalelog: {refused}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
