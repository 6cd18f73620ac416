"""Storage faults at the writer: real SQLite refusals (issue 11). Before the change a failed track or alert write
was logged and dropped: the disk-full "inside Southern Ocean Sanctuary" alarm vanished from the record silently."""

import sqlite3
from datetime import datetime, timezone

import pytest

from whalelog_gui.alerts.model import Alert, AlertCategory, AlertState
from whalelog_gui.store.alert_log import alert_history, record_alert_change
from whalelog_gui.store.held_writes import ALERT, TRACK, HeldWrites, storage_problem
from whalelog_gui.store.track import track_count, write_point

T0 = 1_797_224_400


def _alarm(n: int) -> Alert:
    at = datetime.fromtimestamp(T0 + n, timezone.utc)
    return Alert(
        id=f"a{n}",
        key="inside:sos",
        category=AlertCategory.ALARM,
        state=AlertState.ACTIVE_UNACKNOWLEDGED,
        title="Inside Southern Ocean Sanctuary",
        paragraph="7(b)",
        area_id="sos",
        raised_at=at,
        changed_at=at,
    )


def _point(n: int) -> tuple:
    return (T0 + 60 * n, -62.0 - n / 1000, 171.0, 10.0, 180.0, 0, "receiver")


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def _disk_full(db) -> None:
    """A real SQLITE_FULL: the database may not grow by a single page any more."""
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages}")


def _disk_back(db) -> None:
    db.conn.execute("PRAGMA max_page_count = 1073741823")


def _fill_until_full(db, held) -> int:
    n = 0
    while not held.pending:
        held.write(db, TRACK, write_point, _point(n))
        n += 1
    return n


def test_a_full_disk_holds_track_and_alerts_in_order_and_writes_them_on_recovery(db):
    states, clock = [], Clock()
    held = HeldWrites(states.append, clock=clock)
    _disk_full(db)
    n = _fill_until_full(db, held)  # the pages free at the start are used up first, then SQLite says "full"
    assert states[-1].failing and "disk is full" in states[-1].reason
    stored_before = track_count(db)
    held.write(db, ALERT, record_alert_change, _alarm(1), "raised", source="receiver")
    for k in range(n, n + 30):
        held.write(db, TRACK, write_point, _point(k))
    state = held.state()
    assert state.failing and state.held_track == 31 and state.held_alerts == 1
    assert track_count(db) == stored_before and alert_history(db) == []
    clock.now += 10
    assert not held.retry(db)  # still full: nothing lost, nothing half-written
    _disk_back(db)
    clock.now += 10
    assert held.retry(db)
    assert track_count(db) == stored_before + 31
    assert [h.title for h in alert_history(db)] == ["Inside Southern Ocean Sanctuary"]
    assert not states[-1].failing and not held.pending


def test_a_read_only_store_is_a_storage_fault_too(db):
    states = []
    held = HeldWrites(states.append)
    db.conn.execute("PRAGMA query_only = ON")  # SQLite refuses every write: SQLITE_READONLY
    held.write(db, ALERT, record_alert_change, _alarm(1), "raised", source="receiver")
    assert held.pending and "read-only" in states[-1].reason
    db.conn.execute("PRAGMA query_only = OFF")
    assert held.retry(db) and len(alert_history(db)) == 1


def test_beyond_the_bound_the_oldest_track_points_are_dropped_counted_and_alert_changes_never(db):
    states, clock = [], Clock()
    held = HeldWrites(states.append, track_limit=5, clock=clock)
    db.conn.execute("PRAGMA query_only = ON")
    for n in range(3):
        held.write(db, ALERT, record_alert_change, _alarm(n), "raised", source="receiver")
    for n in range(12):
        held.write(db, TRACK, write_point, _point(n))
    state = held.state()
    assert (state.held_track, state.held_alerts, state.dropped_track) == (5, 3, 7)
    assert state.dropped_from == datetime.fromtimestamp(T0, timezone.utc)
    assert state.dropped_to == datetime.fromtimestamp(T0 + 60 * 6, timezone.utc)
    db.conn.execute("PRAGMA query_only = OFF")
    clock.now += 10
    assert held.retry(db)
    recovered = states[-1]
    assert not recovered.failing and recovered.dropped_track == 7  # the recovery still reports the gap
    kept = [r[0] for r in db.conn.execute("SELECT t FROM track ORDER BY t")]
    assert kept == [T0 + 60 * n for n in range(7, 12)] and len(alert_history(db)) == 3


def test_a_locked_database_beyond_the_busy_timeout_is_held_not_lost(tmp_path):
    from whalelog_gui.store.db import open_db

    path = tmp_path / "locked.sqlite"
    db, other = open_db(path), open_db(path)
    db.conn.execute("PRAGMA busy_timeout = 50")
    other.conn.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    held = HeldWrites()
    held.write(db, TRACK, write_point, _point(1))
    assert held.pending and "locked" in held.state().reason
    other.conn.execute("ROLLBACK")
    assert held.retry(db) and track_count(db) == 1
    db.close()
    other.close()


def test_a_refused_record_is_not_mistaken_for_a_storage_fault(db):
    with pytest.raises(sqlite3.IntegrityError):
        HeldWrites().write(db, TRACK, write_point, (*_point(1)[:6], "simulator"))  # a real logbook refuses it
    assert storage_problem(sqlite3.IntegrityError("UNIQUE constraint failed")) is None
