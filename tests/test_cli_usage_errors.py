"""Usage errors: exactly one line on stderr and exit 2, for every subcommand (outside checks read one reason)."""

import subprocess
import sys

import pytest

CASES = [
    ["measure", "gland"],
    ["measure", "gland", "9.5", "extra"],
    ["measure", "length", "--feet"],
    ["zones", "check", "--operation", "foo"],
    ["zones", "check", "--lookahead-min", "soon"],
    ["nmea"],
    ["bundle", "verify"],
    ["demo-data"],
    ["no-such-command"],
]


@pytest.mark.parametrize("argv", CASES, ids=[" ".join(c) for c in CASES])
def test_usage_error_is_one_line_and_exit_2(argv):
    done = subprocess.run([sys.executable, "-m", "whalelog_gui", *argv], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "error:" in lines[0], done.stderr


def test_help_still_prints_full_usage():
    done = subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "zones", "check", "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and "--lookahead-min" in done.stdout and len(done.stdout.splitlines()) > 3


def _sog_limit_action(parser):
    return next(a for a in parser._actions if "--sog-limit-kn" in a.option_strings)


def _subparser(parser, *names):
    for name in names:
        parser = next(a for a in parser._actions if a.dest.endswith("command")).choices[name]
    return parser


@pytest.mark.parametrize(
    "command, help_text",
    [
        (("nmea", "parse"), "SOG above this is a bad field (default 100 kn: faster than any surface vessel)"),
        (("zones", "check"), "a line with SOG above this is an error (default 100 kn)"),
    ],
)
def test_sog_limit_is_one_option_with_each_command_s_own_help(command, help_text):
    """--sog-limit-kn is defined once (cli/arguments.sog_limit_argument, issue 14): the same type, metavar and
    default wherever it is offered; each command keeps its help text, byte for byte."""
    import argparse

    from whalelog_gui.cli import build_parser
    from whalelog_gui.cli.arguments import positive_knots, sog_limit_argument

    reference = argparse.ArgumentParser()
    sog_limit_argument(reference, help_text)
    expected = _sog_limit_action(reference)
    action = _sog_limit_action(_subparser(build_parser(), *command))
    shape = ("option_strings", "dest", "type", "metavar", "default", "help", "nargs", "required")
    assert [getattr(action, k) for k in shape] == [getattr(expected, k) for k in shape]
    assert action.type is positive_knots and action.help == help_text
