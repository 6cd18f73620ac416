"""The one WhaleLog command line: no subcommand opens the GUI; subcommands reach the core headless.

The argument contracts live here, in one place, because outside checks depend on them exactly.
Each subcommand's work is a function `run(args) -> int` in its domain package, imported only when
chosen, so `whalelog measure ...` never pays for Qt or shapely.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from whalelog_gui import __version__
from whalelog_gui.operations import OPERATIONS


def _dispatch(target: str):
    def run(args: argparse.Namespace) -> int:
        module_name, func_name = target.split(":")
        return getattr(importlib.import_module(module_name), func_name)(args)

    return run


def _positive_knots(text: str) -> float:
    """--sog-limit-kn: a plain positive number of knots (argparse turns ValueError into a usage error)."""
    from whalelog_gui.nav.fields import decimal

    value = decimal(text, "--sog-limit-kn")
    if not value > 0:
        raise ValueError(text)
    return value


def _positive_seconds(text: str) -> float:
    """--duration: a finite number of seconds above 0 ("nan", "-1" and "inf" are usage errors, exit 2)."""
    value = float(text)
    if not (0 < value < float("inf")):
        raise ValueError(text)
    return value


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
    feed.add_argument(
        "--demo",
        action="store_true",
        help="feed the app from the simulated GPS voyage, into a DEMO "
        "logbook in a new temporary folder (or the demo logbook named with --db)",
    )
    feed.add_argument(
        "--port",
        metavar="PORT",
        help="GPS receiver port or URL (/dev/ttyUSB0, COM3, socket://host:10110, udp://:10110, gpsd://localhost)",
    )
    feed.add_argument(
        "--replay",
        metavar="FILE",
        help="replay a recorded NMEA log at its own pace, into a REPLAY "
        "logbook in a new temporary folder (or the replay logbook named with --db)",
    )
    gui.add_argument("--baud", type=int, default=None, metavar="N", help="serial baud rate (default 4800)")
    gui.add_argument("--db", metavar="PATH", help="logbook database (default: the platform data directory)")
    gui.add_argument(
        "--read-only",
        action="store_true",
        help="open the logbook without writing anything (e.g. a damaged one; nothing is recorded)",
    )
    gui.add_argument("--exit-after", type=float, metavar="SECONDS", help="quit cleanly after this long (smoke tests)")
    gui.add_argument("--palette", choices=("day", "dusk", "night"), help="start in this palette")
    gui.set_defaults(func=_dispatch("whalelog_gui.ui.app:run_gui"))

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    # --- nmea ---------------------------------------------------------------------------------
    nmea = sub.add_parser("nmea", help="NMEA 0183 tools").add_subparsers(
        dest="nmea_command", metavar="ACTION", required=True
    )
    parse = nmea.add_parser("parse", help="parse a log, stdin or a port; print one JSON line per epoch")
    parse.add_argument("source", nargs="?", help="NMEA log file, or - for stdin")
    parse.add_argument(
        "--port",
        dest="parse_port",
        metavar="PORT",
        help="read from a serial port or URL instead (also udp://:PORT, udp://GROUP:PORT, gpsd://HOST)",
    )
    parse.add_argument("--baud", dest="parse_baud", type=int, default=4800, metavar="N")
    parse.add_argument("--duration", type=_positive_seconds, metavar="S", help="stop reading the port after S seconds")
    parse.add_argument("--allow-missing-checksum", action="store_true", help="accept sentences without *hh")
    parse.add_argument(
        "--sog-limit-kn",
        type=_positive_knots,
        default=None,
        metavar="KN",
        help="SOG above this is a bad field (default 100 kn: faster than any surface vessel)",
    )
    parse.set_defaults(func=_dispatch("whalelog_gui.nav.commands:parse_command"))

    # --- zones --------------------------------------------------------------------------------
    zones = sub.add_parser("zones", help="regulated areas (Schedule paras 7 and 8)").add_subparsers(
        dest="zones_command", metavar="ACTION", required=True
    )
    check = zones.add_parser("check", help="read lat,lon[,cog,sog] CSV on stdin; print areas per line as JSON")
    check.add_argument("--operation", choices=OPERATIONS, default="factory-ship")
    check.add_argument("--lookahead-min", type=float, default=30.0, metavar="N")
    check.add_argument(
        "--sog-limit-kn",
        type=_positive_knots,
        default=None,
        metavar="KN",
        help="a line with SOG above this is an error (default 100 kn)",
    )
    check.set_defaults(func=_dispatch("whalelog_gui.zones.commands:check_command"))
    zones.add_parser("list", help="print the areas and their rules as JSON").set_defaults(
        func=_dispatch("whalelog_gui.zones.commands:list_command")
    )

    # --- watch --------------------------------------------------------------------------------
    watch = sub.add_parser(
        "watch",
        help="headless bridge watch: one JSON line per alert state change",
        description="Run the bridge watch without a window: fixes from a log, a port or the demo go through the "
        "regulated-area monitor and the alert manager, and every alert state change the bridge would show is "
        "printed as one JSON line (time, alert_id, kind, severity, state, paragraph, lat, lon, distance_nm, "
        "eta_min). A log or the demo runs on its own feed time without waiting; a port runs in real time. "
        "Writes nothing to any logbook unless --db is given.",
    )
    watch.add_argument("source", nargs="?", metavar="SOURCE", help="recorded NMEA log to replay, or - for stdin")
    watch_feed = watch.add_mutually_exclusive_group()
    watch_feed.add_argument(
        "--port",
        dest="watch_port",
        metavar="PORT",
        help="GPS receiver port or URL (/dev/ttyUSB0, COM3, socket://host:10110)",
    )
    watch_feed.add_argument(
        "--demo", action="store_true", help="the simulated demo voyage (once round unless --duration is given)"
    )
    watch.add_argument(
        "--baud",
        dest="watch_baud",
        type=int,
        default=4800,
        metavar="N",
        help="serial baud rate with --port (default 4800)",
    )
    watch.add_argument("--operation", choices=OPERATIONS, default="factory-ship")
    watch.add_argument("--lookahead-min", type=float, default=30.0, metavar="N")
    watch.add_argument(
        "--duration",
        type=float,
        metavar="S",
        help="stop after S seconds of the feed (feed time for a log or the demo, real time for a port)",
    )
    watch.add_argument(
        "--db",
        dest="db",
        metavar="PATH",
        help="also record the track and alert history in this logbook database "
        "(without --db nothing is written anywhere)",
    )
    watch.set_defaults(func=_dispatch("whalelog_gui.watch.commands:watch_command"))

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

    # --- check ---------------------------------------------------------------------------------
    checks = sub.add_parser("check", help="compliance checks (issue 13)").add_subparsers(
        dest="check_command", metavar="ACTION", required=True
    )
    checks.add_parser(
        "catch", help="read one catch per JSON line on stdin; print its flags, stock and logged length"
    ).set_defaults(func=_dispatch("whalelog_gui.records.catch_check:check_catch_command"))

    # --- report --------------------------------------------------------------------------------
    reports = sub.add_parser(
        "report", help="notifications and season statistics (Schedule paras 25-28)"
    ).add_subparsers(dest="report_command", metavar="ACTION", required=True)
    weekly = reports.add_parser("weekly", help="para 26(a): baleen whales south of 40 S in one calendar week, JSON")
    weekly.add_argument("--db", dest="db", required=True, metavar="PATH")
    weekly.add_argument("--week", required=True, metavar="YYYY-Www", help="ISO 8601 week, e.g. 2026-W49")
    weekly.set_defaults(func=_dispatch("whalelog_gui.store.report_commands:weekly_command"))
    season = reports.add_parser("season", help="paras 25(a), 27, 28(a)(2) statistics and notifications due, JSON")
    season.add_argument("--db", dest="db", required=True, metavar="PATH")
    season.set_defaults(func=_dispatch("whalelog_gui.store.report_commands:season_command"))

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
    adopt = bundle.add_parser(
        "adopt-journal",
        help="after restoring a backup: continue the chain after the journal's "
        "last sent bundle (a chained declaration travels in the next bundle)",
    )
    adopt.add_argument("--db", dest="db", required=True, metavar="PATH")
    adopt.add_argument("--reason", required=True, help="why the database is behind (e.g. restored from backup)")
    adopt.add_argument("--by", metavar="NAME", help="who declares it (default: the login name)")
    adopt.add_argument(
        "--journal",
        action="append",
        metavar="FILE",
        help="another copy of the journal, e.g. whalelog-sent-bundles-<logbook id>.jsonl on the USB stick "
        "bundles were written to (repeatable)",
    )
    adopt.set_defaults(func=_dispatch("whalelog_gui.export.key_commands:adopt_journal_command"))

    # --- key ----------------------------------------------------------------------------------
    key = sub.add_parser("key", help="the vessel's signing key: explicit rotation and replacement").add_subparsers(
        dest="key_command", metavar="ACTION", required=True
    )
    rotate = key.add_parser("rotate", help="make a new key, announced in the next bundle signed by the current key")
    rotate.add_argument("--db", dest="db", required=True, metavar="PATH")
    rotate.add_argument("--reason", help="why (default: scheduled key rotation)")
    rotate.add_argument("--by", metavar="NAME", help="who rotates it (default: the login name)")
    rotate.set_defaults(func=_dispatch("whalelog_gui.export.key_commands:rotate_command"))
    replace = key.add_parser("replace", help="the key is lost: make a new one; the next bundle declares it")
    replace.add_argument("--db", dest="db", required=True, metavar="PATH")
    replace.add_argument("--reason", required=True, help="why the old key is gone (travels in the next bundle)")
    replace.add_argument("--by", metavar="NAME", help="who declares it (default: the login name)")
    replace.set_defaults(func=_dispatch("whalelog_gui.export.key_commands:replace_command"))

    # --- authority ----------------------------------------------------------------------------
    authority = sub.add_parser(
        "authority", help="the receiving authority's side: keys, receipts, the ledger"
    ).add_subparsers(dest="authority_command", metavar="ACTION", required=True)
    keygen = authority.add_parser("keygen", help="make an authority key pair in DIR")
    keygen.add_argument("--out", required=True, metavar="DIR")
    keygen.set_defaults(func=_dispatch("whalelog_gui.authority.commands:keygen_command"))
    issue = authority.add_parser("receipt", help="issue a signed receipt for a bundle that verifies")
    issue.add_argument("bundle", metavar="BUNDLE")
    issue.add_argument("--key", required=True, metavar="KEY", help="the authority's private key (PEM)")
    issue.add_argument("--out", required=True, metavar="FILE")
    issue.add_argument("--pubkey", metavar="KEYFILE", help="the vessel's pinned public key")
    issue.set_defaults(func=_dispatch("whalelog_gui.authority.commands:receipt_command"))
    trust = authority.add_parser("trust", help="on the vessel: accept receipts signed by this authority key")
    trust.add_argument("--db", dest="db", required=True, metavar="PATH")
    trust.add_argument("pubkey", metavar="PUBKEY")
    trust.add_argument("--name", default="", help="the authority's name, as shown in Settings")
    trust.add_argument("--by", metavar="NAME", help="who adds it (default: the login name)")
    trust.set_defaults(func=_dispatch("whalelog_gui.authority.commands:trust_command"))
    ingest = authority.add_parser("ingest", help="verify bundles and record them in the ledger; one JSON line each")
    ingest.add_argument("--ledger", required=True, metavar="PATH", help="the ledger (an SQLite file)")
    ingest.add_argument("files", nargs="+", metavar="FILE")
    ingest.set_defaults(func=_dispatch("whalelog_gui.authority.commands:ingest_command"))

    # --- db -----------------------------------------------------------------------------------
    # The logbook database itself; each action is one add_parser here and a function in its domain package.
    db = sub.add_parser("db", help="the logbook database: integrity check and declarations").add_subparsers(
        dest="db_command", metavar="ACTION", required=True
    )
    db_verify = db.add_parser("verify", help="check every record against the audit hash chain; JSON report")
    db_verify.add_argument("--db", dest="db", required=True, metavar="PATH")
    db_verify.set_defaults(func=_dispatch("whalelog_gui.store.commands:verify_command"))
    declare = db.add_parser("declare-break", help="the master declares records changed outside WhaleLog")
    declare.add_argument("--db", dest="db", required=True, metavar="PATH")
    declare.add_argument("--reason", required=True, help="what happened, in the master's words")
    declare.add_argument("--by", required=True, metavar="NAME", help="the master's name")
    declare.set_defaults(func=_dispatch("whalelog_gui.store.commands:declare_break_command"))
    recover = db.add_parser(
        "recover",
        help="copy what can be read from a damaged logbook into a new file; exit 0 fully recovered, "
        "1 partly (the JSON report lists what was lost), 2 unreadable",
    )
    recover.add_argument("--db", dest="db", required=True, metavar="BAD", help="the damaged logbook (only read)")
    recover.add_argument("--out", required=True, metavar="NEW", help="the new logbook file (must not exist)")
    recover.set_defaults(func=_dispatch("whalelog_gui.store.recover:recover_command"))
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
