"""`whalelog [--demo|--port PORT|--replay FILE] [...]`: no subcommand opens the application window (ui/app.py)."""

from __future__ import annotations

import argparse

from whalelog_gui.cli.arguments import dispatch


def add_window_options(parser: argparse.ArgumentParser) -> None:
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
    gui.set_defaults(func=dispatch("whalelog_gui.ui.app:run_gui"))
