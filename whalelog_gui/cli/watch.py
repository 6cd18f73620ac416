"""`whalelog watch SOURCE|--port PORT|--demo`: the headless bridge watch, one JSON line per alert state change
(watch/commands.py)."""

from __future__ import annotations

import argparse

from whalelog_gui.cli.arguments import dispatch
from whalelog_gui.operations import OPERATIONS


def add_watch(commands: argparse._SubParsersAction) -> None:
    watch = commands.add_parser(
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
    watch.set_defaults(func=dispatch("whalelog_gui.watch.commands:watch_command"))
