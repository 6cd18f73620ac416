"""`whalelog key rotate|replace`: the vessel's signing key, changed only explicitly (export/key_commands.py)."""

from __future__ import annotations

import argparse

from whalelog_gui.cli.arguments import actions, dispatch, logbook_argument


def add_key(commands: argparse._SubParsersAction) -> None:
    key = actions(commands, "key", "the vessel's signing key: explicit rotation and replacement")
    rotate = key.add_parser("rotate", help="make a new key, announced in the next bundle signed by the current key")
    logbook_argument(rotate)
    rotate.add_argument("--reason", help="why (default: scheduled key rotation)")
    rotate.add_argument("--by", metavar="NAME", help="who rotates it (default: the login name)")
    rotate.set_defaults(func=dispatch("whalelog_gui.export.key_commands:rotate_command"))
    replace = key.add_parser("replace", help="the key is lost: make a new one; the next bundle declares it")
    logbook_argument(replace)
    replace.add_argument("--reason", required=True, help="why the old key is gone (travels in the next bundle)")
    replace.add_argument("--by", metavar="NAME", help="who declares it (default: the login name)")
    replace.set_defaults(func=dispatch("whalelog_gui.export.key_commands:replace_command"))
