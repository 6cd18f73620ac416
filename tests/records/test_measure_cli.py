"""The `whalelog measure` contract, through the real entry point in a subprocess."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "measure", *argv], capture_output=True, text=True, cwd=ROOT, timeout=60
    )


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["length", "10.25", "m"], {"logged": "10.3", "unit": "m"}),
        (["length", "10.15", "m"], {"logged": "10.2", "unit": "m"}),
        (["length", "10.1499", "m"], {"logged": "10.1", "unit": "m"}),
        (["length", "17", "m"], {"logged": "17.0", "unit": "m"}),
        (["length", "0.05", "m"], {"logged": "0.1", "unit": "m"}),
        (["length", "76.5", "ft"], {"logged": "77", "unit": "ft"}),
        (["length", "--feet", "76", "--inches", "6"], {"logged": "77", "unit": "ft"}),
        (["length", "--feet", "75", "--inches", "5.9"], {"logged": "75", "unit": "ft"}),
        (["gland", "9.5"], {"logged_cm": "10", "lactating": True}),
        (["gland", "9.49"], {"logged_cm": "9", "lactating": False}),
        (["gland", "10.5"], {"logged_cm": "11", "lactating": True}),
    ],
)
def test_contract_output(argv, expected):
    done = run(*argv)
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout) == expected
    assert done.stdout.count("\n") == 1


def test_exact_text_of_the_contract():
    assert run("length", "10.25", "m").stdout == '{"logged": "10.3", "unit": "m"}\n'
    assert run("gland", "10").stdout == '{"logged_cm": "10", "lactating": true}\n'


@pytest.mark.parametrize(
    "argv, words",
    [
        (["length", "nan", "m"], "finite"),
        (["length", "-3", "m"], "negative"),
        (["length", "abc", "ft"], "not a number"),
        (["length", "10", "yd"], "not m or ft"),
        (["length", "10"], "missing unit"),
        (["length", "--feet", "76", "--inches", "12"], "less than 12"),
        (["length", "10", "m", "--feet", "3"], "not both"),
        (["gland", "lots"], "not a number"),
        (["length", "0.04", "m"], "logs to 0.0 m"),
        (["length", "0", "m"], "greater than zero"),
        (["length", "--feet", "0", "--inches", "5"], "logs to 0 ft"),
        (["length", "0.4", "ft"], "logs to 0 ft"),
    ],
)
def test_bad_input_one_line_on_stderr_exit_2(argv, words):
    done = run(*argv)
    assert done.returncode == 2
    assert done.stdout == ""
    assert words in done.stderr and done.stderr.count("\n") == 1
