"""A running bridge whose disk fills up or stops taking writes (issue 11): a bridge alarm that stays until writes
succeed again, nothing the bridge was shown lost, and everything held written on recovery.

Real parts: a tmpfs of 2 MB really filled to ENOSPC (root, as here), and SQLite itself refusing writes on the
writer's own connection (PRAGMA query_only), which needs no privileges.
"""

import os
import subprocess
from pathlib import Path

import pytest

from whalelog_gui.alerts.model import AlertCategory, AlertState
from whalelog_gui.nav.simulator import SimulatorSource
from whalelog_gui.store.alert_log import alert_history
from whalelog_gui.store.db import open_db
from whalelog_gui.store.position_sources import DEMO, mark_logbook
from whalelog_gui.ui.bridge_session import STORAGE_KEY, BridgeSession
from whalelog_gui.ui.main_window import MainWindow

VOYAGE = Path(__file__).parent / "data" / "sos_crossing.json"


@pytest.fixture
def bridge(qtbot, palette, settings):
    window = MainWindow(palette, "test source")
    qtbot.addWidget(window)
    window.show()
    session = BridgeSession(window, settings, officer=lambda: "J. Smith")
    yield window, session
    session.stop()


def _storage_alert(session):
    return next((a for a in session.watch.alerts.active() if a.key == STORAGE_KEY), None)


def _track_count(path) -> int:
    db = open_db(path, read_only=True)
    try:
        return db.conn.execute("SELECT COUNT(*) FROM track").fetchone()[0]
    finally:
        db.close()


def _run_fault(qtbot, window, session, db_path, break_storage, mend_storage):
    session.settings.setValue("vessel/operation", "land-station")
    session.start(db_path, SimulatorSource(VOYAGE, rate_hz=10, time_scale=30))
    qtbot.waitUntil(lambda: session.writer.done > 5, timeout=10000)
    break_storage()
    qtbot.waitUntil(lambda: _storage_alert(session) is not None, timeout=15000)
    alarm = _storage_alert(session)
    assert alarm.category is AlertCategory.ALARM and alarm.state is AlertState.ACTIVE_UNACKNOWLEDGED
    assert "NOT written" in alarm.title and "kept in memory" in alarm.note
    # the sanctuary alarm comes while storage is failing: shown now, held for the record
    qtbot.waitUntil(lambda: any(a.key == "inside:sos" for a in session.watch.alerts.active()), timeout=15000)
    qtbot.waitUntil(lambda: session.writer.held.state().held_track > 3, timeout=15000)
    assert window.alert_bar.current.category is AlertCategory.ALARM
    mend_storage()
    qtbot.waitUntil(lambda: _storage_alert(session).state is AlertState.RECTIFIED_UNACKNOWLEDGED, timeout=20000)
    assert not session.writer.held.pending
    session.stop()
    history = [(h.alert_key, h.change) for h in alert_history(open_db(db_path, read_only=True), limit=None)]
    assert ("inside:sos", "raised") in history  # shown on the bridge during the fault, now on the record
    assert (STORAGE_KEY, "raised") in history and (STORAGE_KEY, "rectified") in history


def test_a_really_full_disk_raises_the_alarm_and_loses_nothing(qtbot, bridge, tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; the SQLite-refusal test below runs everywhere")
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)]).returncode != 0:
        pytest.skip("mount not permitted in this container; the SQLite-refusal test below runs everywhere")
    window, session = bridge
    filler = mnt / "filler"
    try:
        db_path = mnt / "log.sqlite"
        db = open_db(db_path)
        mark_logbook(db, DEMO)
        db.close()

        def fill():
            with open(filler, "wb") as f:
                try:
                    while True:
                        f.write(b"\0" * 65536)
                        f.flush()
                except OSError:
                    pass

        _run_fault(qtbot, window, session, db_path, fill, lambda: filler.unlink())
        assert _track_count(db_path) > 0
    finally:
        session.stop()
        subprocess.run(["umount", "-l", str(mnt)])


def test_writes_refused_by_sqlite_raise_the_alarm_and_are_written_when_accepted_again(qtbot, bridge, tmp_path):
    window, session = bridge
    db_path = tmp_path / "log.sqlite"
    _run_fault(
        qtbot,
        window,
        session,
        db_path,
        lambda: session.writer.submit(lambda db: db.conn.execute("PRAGMA query_only = ON")),
        lambda: session.writer.submit(lambda db: db.conn.execute("PRAGMA query_only = OFF")),
    )
