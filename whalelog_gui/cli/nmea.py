"""`whalelog nmea parse SOURCE|--port PORT`: one JSON line per epoch of a log, stdin or a port (nav/commands.py)."""

from __future__ import annotations

import argparse

from whalelog_gui.cli.arguments import actions, dispatch, positive_seconds, sog_limit_argument


def add_nmea(commands: argparse._SubParsersAction) -> None:
    nmea = actions(commands, "nmea", "NMEA 0183 tools")
    parse = nmea.add_parser("parse", help="parse a log, stdin or a port; print one JSON line per epoch")
    parse.add_argument("source", nargs="?", help="NMEA log file, or - for stdin")
    parse.add_argument(
        "--port",
        dest="parse_port",
        metavar="PORT",
        help="read from a serial port or URL instead (also udp://:PORT, udp://GROUP:PORT, gpsd://HOST)",
    )
    parse.add_argument("--baud", dest="parse_baud", type=int, default=4800, metavar="N")
    parse.add_argument("--duration", type=positive_seconds, metavar="S", help="stop reading the port after S seconds")
    parse.add_argument("--allow-missing-checksum", action="store_true", help="accept sentences without *hh")
    sog_limit_argument(parse, "SOG above this is a bad field (default 100 kn: faster than any surface vessel)")
    parse.set_defaults(func=dispatch("whalelog_gui.nav.commands:parse_command"))
