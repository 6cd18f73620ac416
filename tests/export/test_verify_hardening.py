"""`bundle verify` on hostile input (issue 11): the signature is checked before anything is inflated, a member is
never inflated past the size the signed manifest gives it, hashes are streamed, non-regular members and files
are refused, and no input gets a traceback: exit 1 with the reason.

Memory is bounded for real: the verifier runs as a subprocess under an address-space limit (RLIMIT_AS) set a
little above what the same interpreter needs to import the verifier (measured in the same run), so a verifier
that inflates a bomb dies of MemoryError instead of finishing. Peak figures are in tests/benchmarks."""

import hashlib
import json
import os
import resource
import subprocess
import sys
import zlib

import pytest
from crafted_bundles import deflated, gpx_bomb_bundle, records_bomb_bundle, signed_bundle, stored, write_zip, zeros_bomb

HEADROOM = 160 << 20  # what verifying a real season bundle needs above the bare interpreter, with margin
GIB = 1 << 30
MIB = 1 << 20


@pytest.fixture(scope="module")
def baseline_vm():
    """Peak virtual memory of an interpreter that has imported the verifier and the CLI, measured now."""
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import whalelog_gui.cli, whalelog_gui.export.commands, "
            "whalelog_gui.export.verify\nprint(next(l.split()[1] for l in open('/proc/self/status') "
            "if l.startswith('VmPeak')))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(probe.stdout) * 1024


def _verify(path, baseline_vm, *extra, timeout=120):
    limit = baseline_vm + HEADROOM
    done = subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "bundle", "verify", str(path), *extra],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (limit, limit)),
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def _refused(done, reason):
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and reason in lines[0], done.stderr
    assert json.loads(done.stdout)["valid"] is False


def test_forged_3_mb_bomb_is_refused_at_the_signature(tmp_path, baseline_vm):
    path = tmp_path / "bomb.zip"
    gpx_bomb_bundle(path, 3 * GIB, honest=False, forge=True)
    assert path.stat().st_size < 4 * MIB
    _refused(_verify(path, baseline_vm), "signature")


def test_member_larger_than_the_signed_manifest_says_is_refused_before_inflating(tmp_path, baseline_vm):
    path = tmp_path / "bomb.zip"
    gpx_bomb_bundle(path, 3 * GIB, honest=False, lie_about_size=True)
    _refused(_verify(path, baseline_vm), "differs from the signed manifest")


def test_bomb_within_its_signed_size_streams_in_bounded_memory(tmp_path, baseline_vm):
    path = tmp_path / "bomb.zip"
    gpx_bomb_bundle(path, 400 * MIB)  # every hash right: only parsing it can refuse it
    _refused(_verify(path, baseline_vm), "track.gpx: not well-formed XML")


def test_record_file_beyond_what_the_verifier_parses_is_refused(tmp_path, baseline_vm):
    path = tmp_path / "bomb.zip"
    records_bomb_bundle(path, 64 * MIB)
    _refused(_verify(path, baseline_vm), "larger")


def test_stream_that_inflates_past_its_header_size_stops_there(tmp_path, baseline_vm):
    bomb, _ = zeros_bomb("track.gpx", 300 * MIB, honest=False)
    bomb.usize = 1000  # header and manifest say 1,000 bytes; the stream holds 300 MiB
    path = tmp_path / "bomb.zip"
    signed_bundle(path, [bomb], {"track.gpx": "0" * 64})
    _refused(_verify(path, baseline_vm), "inflates beyond its declared size")


def _one_member_bundle(tmp_path, member):
    path = tmp_path / "crafted.zip"
    signed_bundle(path, [member], {member.name: hashlib.sha256(b"<gpx/>").hexdigest()})
    return path


@pytest.mark.parametrize(
    "attr, name, reason",
    [
        (0o120777 << 16, "track.gpx", "not in the bundle's form"),  # a symlink
        (0o040755 << 16, "track.gpx", "not in the bundle's form"),  # a directory
        (0o100644 << 16, "records/", "directory member"),
        (0o100644 << 16, "../track.gpx", "unsafe"),
        (0o100644 << 16, "/track.gpx", "unsafe"),
    ],
)
def test_non_regular_or_unsafe_members_are_refused(tmp_path, baseline_vm, attr, name, reason):
    member = deflated(name, b"<gpx/>")
    member.attr = attr
    _refused(_verify(_one_member_bundle(tmp_path, member), baseline_vm), reason)


def test_duplicate_member_is_refused(tmp_path, baseline_vm):
    path = tmp_path / "dup.zip"
    signed_bundle(
        path,
        [deflated("track.gpx", b"<gpx/>"), deflated("track.gpx", b"<gpx/>")],
        {"track.gpx": hashlib.sha256(b"<gpx/>").hexdigest()},
    )
    _refused(_verify(path, baseline_vm), "duplicate")


@pytest.mark.parametrize(
    "extra, reason",
    [
        ({"sequence": 10**4000}, "4001 digits"),
        ({"vessel": json.loads("[" * 200 + "]" * 200)}, "vessel"),
    ],
)
def test_hostile_manifest_values_are_reasons(tmp_path, baseline_vm, extra, reason):
    path = tmp_path / "m.zip"
    signed_bundle(
        path,
        [deflated("track.gpx", b"<gpx/>")],
        {"track.gpx": hashlib.sha256(b"<gpx/>").hexdigest()},
        manifest_extra=extra,
    )
    _refused(_verify(path, baseline_vm), reason)


def test_deeply_nested_manifest_is_a_reason(tmp_path, baseline_vm):
    nested = b"[" * 100000 + b"]" * 100000
    path = tmp_path / "deep.zip"
    write_zip(path, [stored("manifest.json", nested), stored("manifest.sig", b"x" * 88 + b"\n")])
    _refused(_verify(path, baseline_vm), "manifest")


def test_huge_number_inside_a_signed_record_file_is_a_reason(tmp_path, baseline_vm):
    doc = b'{"family": "events", "records": [' + b"9" * 5000 + b"]}"
    csv = b"id,kind,corrects\n"
    path = tmp_path / "n.zip"
    signed_bundle(
        path,
        [deflated("records/events.json", doc), deflated("csv/events.csv", csv)],
        {"records/events.json": hashlib.sha256(doc).hexdigest(), "csv/events.csv": hashlib.sha256(csv).hexdigest()},
    )
    _refused(_verify(path, baseline_vm), "5000 digits")


def test_directory_and_fifo_are_not_bundles(tmp_path, baseline_vm):
    _refused(_verify(tmp_path, baseline_vm), "not a regular file")
    fifo = tmp_path / "pipe.zip"
    os.mkfifo(fifo)
    _refused(_verify(fifo, baseline_vm, timeout=30), "not a regular file")


def test_truncated_and_empty_files(tmp_path, baseline_vm):
    (tmp_path / "empty.zip").write_bytes(b"")
    _refused(_verify(tmp_path / "empty.zip", baseline_vm), "end-of-directory")
    (tmp_path / "junk.zip").write_bytes(zlib.compress(b"x" * 1000))
    _refused(_verify(tmp_path / "junk.zip", baseline_vm), "end-of-directory")


def test_real_bundle_still_verifies_under_the_same_limit(season_db, signing_key, out_dir, baseline_vm):
    from whalelog_gui.export.bundle import export_bundle

    result = export_bundle(season_db, out_dir, signing_key)
    done = _verify(result.path, baseline_vm)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["valid"] is True
