"""Every bad input seen so far gets exit 2 and one line on stderr from every subcommand, never a traceback (issue 11).

Run through the real entry point (`python -m whalelog_gui`), so an exception nobody caught would show as one.
"""

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def _run(*argv, preexec_fn=None, timeout=120):
    return subprocess.run(
        [sys.executable, "-m", "whalelog_gui", *map(str, argv)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=ENV,
        stdin=subprocess.DEVNULL,
        preexec_fn=preexec_fn,
    )


def _one_line_exit_2(done, *expected):
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    for text in expected:
        assert text in lines[0], lines[0]


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["measure", "length", "1e100000000", "m"], "far too large"),
        (["measure", "length", "1e100000000m"], "far too large"),
        (["measure", "length", "--feet", "1e100000000", "--inches", "2"], "far too large"),
        (["measure", "length", "--feet", "70", "--inches", "1e100000000"], "far too large"),
        (["measure", "gland", "1e100000000"], "far too large"),
        (["measure", "length", "9" * 5000, "m"], ""),
        (["nmea", "parse", "--duration", "nan", "--port", "loop://"], "--duration"),
        (["nmea", "parse", "--duration", "-1", "--port", "loop://"], "--duration"),
    ],
)
def test_huge_and_non_finite_numbers(argv, expected):
    _one_line_exit_2(_run(*argv), expected)


def test_measure_limits_both_sides():
    """The new bound takes nothing a real reading needs: up to 13 integer digits reach the whale-size check."""
    assert _run("measure", "length", "30.25", "m").returncode == 0
    _one_line_exit_2(_run("measure", "length", "9999999999999", "m"), "too large to be a whale")
    _one_line_exit_2(_run("measure", "length", "1e12", "m"), "too large to be a whale")
    _one_line_exit_2(_run("measure", "length", "1e13", "m"), "far too large")


def _receipt_with_digits(path: Path, digits: int) -> Path:
    path.write_text(
        '{"bundle_sequence": '
        + "7" * digits
        + ', "bundle_sha256": "'
        + "a" * 64
        + '", "vessel": "Hvalur 9", "received_at": "2026-06-01T12:00:00Z"}'
    )
    return path


def test_receipt_with_a_5000_digit_sequence(tmp_path):
    db = tmp_path / "logbook.sqlite"
    assert _run("demo-data", "--db", db, "--days", "1").returncode == 0
    _one_line_exit_2(
        _run("bundle", "receipt", "--db", db, _receipt_with_digits(tmp_path / "r.json", 5000)), "5000 digits"
    )
    _one_line_exit_2(
        _run("bundle", "receipt", "--db", db, _receipt_with_digits(tmp_path / "r.json", 4300)), "4300 digits"
    )


@pytest.fixture
def full_disk(tmp_path):
    """A real full filesystem: a 256 KiB tmpfs (root only); where mounting is not allowed, a file size limit
    (RLIMIT_FSIZE) makes the kernel refuse the writes instead, an I/O error injected below SQLite."""
    mount = tmp_path / "full"
    mount.mkdir()
    mounted = (
        os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True
        ).returncode
        == 0
    )
    if mounted:
        yield mount, None
        subprocess.run(["umount", str(mount)], check=True)
        return

    def small_files():
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, like ENOSPC
        resource.setrlimit(resource.RLIMIT_FSIZE, (128 * 1024, 128 * 1024))

    yield mount, small_files


def test_demo_data_on_a_full_disk(full_disk):
    where, limit = full_disk
    db = where / "demo.sqlite"
    done = _run("demo-data", "--db", db, "--days", "30", preexec_fn=limit)
    _one_line_exit_2(done, "nothing written")
    assert not db.exists() and not list(where.glob("demo.sqlite*")), "no half-filled logbook left behind"


def test_demo_data_in_a_folder_that_cannot_exist(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file, not a folder")
    _one_line_exit_2(_run("demo-data", "--db", blocker / "demo.sqlite", "--days", "1"), "nothing written")


@pytest.mark.parametrize(
    "argv",
    [
        ["key", "rotate", "--db", "{junk}"],
        ["key", "replace", "--db", "{junk}", "--reason", "lost"],
        ["bundle", "adopt-journal", "--db", "{junk}", "--reason", "restored"],
        ["authority", "trust", "--db", "{junk}", "{junk}"],
        ["authority", "keygen", "--out", "{junk}"],
        ["authority", "receipt", "{junk}", "--key", "{junk}", "--out", "{tmp}/r.json"],
        ["authority", "ingest", "--ledger", "{junk}", "{junk}"],
        ["bundle", "receipt", "--db", "{junk}", "{junk}"],
        ["bundle", "export", "--db", "{junk}", "--out", "{tmp}/out"],
    ],
)
def test_custody_and_authority_commands_refuse_junk(tmp_path, argv):
    junk = tmp_path / "junk"
    junk.write_bytes(b"\x00\xffnot a database, key, ledger or bundle\n" * 10)
    done = _run(*[a.format(junk=junk, tmp=tmp_path) for a in argv])
    _one_line_exit_2(done)
