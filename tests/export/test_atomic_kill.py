"""A real export process SIGKILLed at every stage leaves no half bundle, no record wrongly marked sent, and never
two different bundles with one sequence number; a second export while one runs fails before writing any file."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from whalelog_gui.export.bundle import ExportBusy, NothingToSend, export_bundle, export_steps
from whalelog_gui.export.verify import verify_bundle
from whalelog_gui.store import transmission
from whalelog_gui.store.db import open_db

# Runs the real export generator; after reaching the chosen step it reports and waits to be killed.
DRIVER = textwrap.dedent("""
    import sys
    from whalelog_gui.export import keys
    from whalelog_gui.export.bundle import export_steps
    from whalelog_gui.store.db import open_db
    db_path, out_dir, stop_at = sys.argv[1], sys.argv[2], sys.argv[3]
    db = open_db(db_path)
    key = keys.load_or_create_signing_key(keys.key_path_for(db_path))
    for step in export_steps(db, out_dir, key):
        if stop_at in (f"{step.stage}:{step.done}", f"{step.stage}:last" if step.done == step.total else ""):
            print("STOPPED", stop_at, flush=True)
            sys.stdin.readline()  # parked here until SIGKILL
    print("FINISHED", flush=True)
""")

BEFORE_PENDING = ["snapshot:0", "zip:3", "zip:last", "synced:last"]


def _park(db_path, out_dir, stop_at):
    """A real export process parked at stop_at (holding whatever it holds there)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(db_path), str(out_dir), stop_at],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=os.getcwd()),
    )
    line = proc.stdout.readline()
    if not line.startswith("STOPPED"):
        proc.kill()
        proc.wait(timeout=30)
        pytest.fail(f"driver did not reach {stop_at}: {line!r}")
    return proc


def _kill(proc):
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def _crash_at(season_db, db_path, out_dir, stop_at):
    season_db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _kill(_park(db_path, out_dir, stop_at))
    db = open_db(db_path)
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return db


def _sequences_are_unique(out_dir):
    """Every bundle in the directory verifies, and no sequence number is carried by two of them."""
    seqs = [verify_bundle(z).manifest["sequence"] for z in sorted(out_dir.glob("*.zip"))]
    assert len(seqs) == len(set(seqs)), seqs
    return sorted(seqs)


def _run_with_messages(db, out_dir, key, **kwargs):
    steps, messages = export_steps(db, out_dir, key, **kwargs), []
    while True:
        try:
            step = next(steps)
        except StopIteration as done:
            return done.value, messages
        messages.append((step.stage, step.message))


@pytest.mark.slow
@pytest.mark.parametrize("point", BEFORE_PENDING)
def test_kill_before_the_sequence_is_taken(season_db, signing_key, db_path, out_dir, point):
    db = _crash_at(season_db, db_path, out_dir, point)
    assert list(out_dir.glob("*.zip")) == []
    assert transmission.transmissions(db) == [] and transmission.sent_records(db) == {}
    assert transmission.pending_transmission(db) is None
    result = export_bundle(db, out_dir, signing_key)
    assert result.sequence == 1 and verify_bundle(result.path)
    assert not list(out_dir.glob(".*.partial"))
    assert _sequences_are_unique(out_dir) == [1]


@pytest.mark.slow
def test_kill_after_the_sequence_is_taken_before_the_rename(season_db, signing_key, db_path, out_dir):
    db = _crash_at(season_db, db_path, out_dir, "pending:1")
    assert list(out_dir.glob("*.zip")) == [] and len(list(out_dir.glob(".*.partial"))) == 1
    assert transmission.pending_transmission(db).seq == 1 and transmission.transmissions(db) == []
    result, messages = _run_with_messages(db, out_dir, signing_key)
    assert ("recovered" in dict(messages)) and "used again" in dict(messages)["recovered"]
    assert result.sequence == 1  # no bundle 1 ever existed, so the number is free
    assert transmission.pending_transmission(db) is None and not list(out_dir.glob(".*.partial"))
    assert _sequences_are_unique(out_dir) == [1]
    assert [t.sha256 for t in transmission.transmissions(db)] == [result.sha256]


@pytest.mark.slow
@pytest.mark.parametrize("moved_away", [False, True])
def test_kill_after_the_rename_adopts_the_bundle(season_db, signing_key, db_path, out_dir, tmp_path, moved_away):
    db = _crash_at(season_db, db_path, out_dir, "renamed:1")
    (crashed,) = out_dir.glob("*.zip")
    first = verify_bundle(crashed)  # complete and valid, never half
    assert transmission.transmissions(db) == [] and transmission.pending_transmission(db).seq == 1
    if moved_away:  # copied to a USB stick and sent, say: it still counts as bundle 1
        crashed.rename(tmp_path / crashed.name)
    steps = export_steps(db, out_dir, signing_key)
    assert next(steps).stage == "recovered"
    with pytest.raises(NothingToSend):  # bundle 1 was adopted: its records are sent, nothing new to send
        list(steps)
    assert [t.sha256 for t in transmission.transmissions(db)] == [first.sha256]
    assert len(transmission.sent_records(db)) == sum(sum(c.values()) for c in first.manifest["record_counts"].values())
    assert transmission.pending_transmission(db) is None
    again = export_bundle(db, out_dir, signing_key, all_records=True)
    assert again.sequence == 2
    previous = tmp_path / crashed.name if moved_away else crashed
    assert verify_bundle(again.path, previous=previous).previous.sha256 == first.sha256
    assert _sequences_are_unique(out_dir) == ([2] if moved_away else [1, 2])


@pytest.mark.slow
def test_kill_after_marking(season_db, signing_key, db_path, out_dir):
    db = _crash_at(season_db, db_path, out_dir, "marked:1")
    (bundle,) = out_dir.glob("*.zip")
    verified = verify_bundle(bundle)
    assert [t.sha256 for t in transmission.transmissions(db)] == [verified.sha256]
    assert transmission.pending_transmission(db) is None
    with pytest.raises(NothingToSend):
        export_bundle(db, out_dir, signing_key)


@pytest.mark.slow
@pytest.mark.parametrize("point", ["snapshot:0", "pending:1"])
def test_second_export_while_one_runs_fails_before_writing_anything(
    season_db, signing_key, db_path, out_dir, tmp_path, point
):
    season_db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    other_out = tmp_path / "other-outbox"
    other_out.mkdir()
    proc = _park(db_path, out_dir, point)
    try:
        with pytest.raises(ExportBusy, match="another export of this logbook is running"):
            export_bundle(season_db, other_out, signing_key)
        assert list(other_out.iterdir()) == []
        cli = subprocess.run(
            [sys.executable, "-m", "whalelog_gui", "bundle", "export", "--db", str(db_path), "--out", str(other_out)],
            capture_output=True,
            text=True,
            timeout=120,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )
        assert cli.returncode == 2 and "another export of this logbook is running" in cli.stderr
        assert len(cli.stderr.strip().splitlines()) == 1 and list(other_out.iterdir()) == []
    finally:
        _kill(proc)
    # the lock died with its holder: the next export runs
    result = export_bundle(season_db, other_out, signing_key)
    assert result.sequence == 1
    assert _sequences_are_unique(other_out) == [1] and list(out_dir.glob("*.zip")) == []


@pytest.mark.parametrize(
    "stage, bundle_kept", [("zip", False), ("synced", False), ("pending", False), ("renamed", True)]
)
def test_cancel_from_the_ui_at_each_stage(season_db, signing_key, out_dir, stage, bundle_kept):
    """Closing the generator (the UI's cancel) before the rename leaves nothing; after it, the bundle counts."""
    steps = export_steps(season_db, out_dir, signing_key)
    for step in steps:
        if step.stage == stage:
            break
    steps.close()
    assert transmission.pending_transmission(season_db) is None and not list(out_dir.glob(".*.partial"))
    zips = list(out_dir.glob("*.zip"))
    if bundle_kept:
        (bundle,) = zips
        assert [t.sha256 for t in transmission.transmissions(season_db)] == [verify_bundle(bundle).sha256]
    else:
        assert zips == [] and transmission.transmissions(season_db) == []
        assert export_bundle(season_db, out_dir, signing_key).sequence == 1
    assert _sequences_are_unique(out_dir) == [1]
