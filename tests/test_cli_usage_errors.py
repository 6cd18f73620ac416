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
