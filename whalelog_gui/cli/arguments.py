"""What every command family's parser shares: the one-line usage error, the lazy dispatch to the domain package,
the argument types and the two shapes every family repeats (an ACTION group, the logbook's --db).

Nothing here imports a domain package: `whalelog measure ...` must not pay for Qt, shapely or the store.
"""

from __future__ import annotations

import argparse
import importlib


class OneLineErrorParser(argparse.ArgumentParser):
    """Usage errors as one line on stderr and exit 2: scripts and outside checks read exactly one reason.

    Subparsers inherit the class (argparse creates them with type(self)); `--help` still prints full usage.
    """

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def dispatch(target: str):
    """args.func for "package.module:function": the module is imported only when its command is chosen."""

    def run(args: argparse.Namespace) -> int:
        module_name, func_name = target.split(":")
        return getattr(importlib.import_module(module_name), func_name)(args)

    return run


def positive_knots(text: str) -> float:
    """--sog-limit-kn: a plain positive number of knots (argparse turns ValueError into a usage error)."""
    from whalelog_gui.nav.fields import decimal

    value = decimal(text, "--sog-limit-kn")
    if not value > 0:
        raise ValueError(text)
    return value


def positive_seconds(text: str) -> float:
    """--duration: a finite number of seconds above 0 ("nan", "-1" and "inf" are usage errors, exit 2)."""
    value = float(text)
    if not (0 < value < float("inf")):
        raise ValueError(text)
    return value


# argparse names a type function in its usage error ("invalid _positive_knots value: '-1'"); those lines are part
# of the CLI contract, so the names they have always shown stay
positive_knots.__name__ = "_positive_knots"
positive_seconds.__name__ = "_positive_seconds"


def actions(commands: argparse._SubParsersAction, name: str, help: str) -> argparse._SubParsersAction:
    """`whalelog NAME ACTION ...`: a command whose actions are subcommands, one of which is required."""
    return commands.add_parser(name, help=help).add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def sog_limit_argument(parser: argparse.ArgumentParser, help: str) -> None:
    """--sog-limit-kn KN: the speed over ground above which a fix's SOG is not believed (nav/fields.py; None: the
    receiver layer's default of 100 kn). One definition for every command that reads fixes; each says in its own
    help what happens to a line above the limit."""
    parser.add_argument("--sog-limit-kn", type=positive_knots, default=None, metavar="KN", help=help)


def logbook_argument(parser: argparse.ArgumentParser) -> None:
    """The logbook database the action works on: required, never the default one, so a script names it."""
    parser.add_argument("--db", dest="db", required=True, metavar="PATH")
