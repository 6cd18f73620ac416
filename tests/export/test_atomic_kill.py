"""A real export process SIGKILLed at every stage leaves no half bundle and no record wrongly marked sent."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from whalelog_gui.export.bundle import export_bundle
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
            label = stop_at
            print("STOPPED", label, flush=True)
            sys.stdin.readline()  # parked here until SIGKILL
    print("FINISHED", flush=True)
""")

# (stage:done at which the process dies, "last" = the stage's final step; whether the bundle is in place by then)
KILL_POINTS = [("snapshot:0", False), ("zip:3", False), ("zip:last", False), ("synced:last", False),
               ("renamed:1", True), ("marked:1", True)]


@pytest.mark.slow
@pytest.mark.parametrize("point, bundle_in_place", KILL_POINTS)
def test_sigkill_during_export(season_db, signing_key, db_path, out_dir, tmp_path, point, bundle_in_place):
    season_db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stage = point.split(":")[0]
    stop_at = point
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(db_path), str(out_dir), stop_at],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=os.getcwd()))
    try:
        line = proc.stdout.readline()
        assert line.startswith("STOPPED"), line
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL

    db = open_db(db_path)
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    zips = sorted(out_dir.glob("*.zip"))
    sent = transmission.transmissions(db)
    if bundle_in_place:
        (bundle,) = zips
        verified = verify_bundle(bundle)  # complete and valid, never half
        if stage == "marked":
            assert [t.sha256 for t in sent] == [verified.sha256]
            assert len(transmission.sent_records(db)) == sum(
                sum(c.values()) for c in verified.manifest["record_counts"].values())
        else:
            assert sent == [] and transmission.sent_records(db) == {}
    else:
        assert zips == []
        assert sent == [] and transmission.sent_records(db) == {}
    # the next export after the crash works: stale partial files go, numbering continues from what was recorded
    if stage != "marked":
        result = export_bundle(db, out_dir, signing_key)
        assert result.sequence == 1 and verify_bundle(result.path)
        assert not list(out_dir.glob(".*.partial"))
