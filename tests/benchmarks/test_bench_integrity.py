"""The logbook integrity check on a 200-day season (issue 11: checked in <= 1 s at open, before export and sign-off),
against baselines measured in the same run on the same file: reading the same rows and SHA-256 over each (the
floor of any check that looks at every row), and SQLite's PRAGMA quick_check (what the open check already pays).
And the bridge while it runs: the longest gap of a 5 ms GUI timer while IntegrityWatch checks off the GUI thread,
against the idle gap (the window must never freeze > 50 ms)."""

from __future__ import annotations

import hashlib
import statistics
import time

from gui_gaps import timer_gaps
from whalelog_gui.alerts.manager import AlertManager
from whalelog_gui.store.audit import audited_tables
from whalelog_gui.store.db import open_db
from whalelog_gui.store.integrity import check_logbook
from whalelog_gui.ui.integrity_watch import IntegrityWatch

RUNS = 5
TARGET_S = 1.0  # issue 11; printed as met/OVER: on this shared 2-core machine absolute times swing 2x with load
BASELINE_RATIO = 1.5  # asserted: the check may cost at most this much more than reading and hashing the same rows
FREEZE_MS = 50.0


def _median(run) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _tables(db) -> list[str]:
    """What check_logbook reads: every record table, alert history, bundles sent, regime settings, track, audit."""
    return [
        *audited_tables(db),
        "alert_log",
        "transmissions",
        "record_transmissions",
        "vessel_settings",
        "track",
        "audit",
    ]


def _read_and_hash(db) -> int:
    rows = 0
    for table in _tables(db):
        for row in db.conn.execute(f"SELECT * FROM [{table}]"):
            hashlib.sha256(repr(row).encode("utf-8")).digest()
            rows += 1
    return rows


def test_integrity_check_of_a_200_day_season(season_200_days):
    season = season_200_days
    db = open_db(season, quick_check=False)
    try:
        report = check_logbook(db)  # warm the file cache; and the season must be intact
        assert report.intact, report.names()
        rows = _read_and_hash(db)
        check = _median(lambda: check_logbook(db))
        hashed = _median(lambda: _read_and_hash(db))
        quick = _median(lambda: db.conn.execute("PRAGMA quick_check").fetchall())
    finally:
        db.close()
    print(
        f"\nintegrity check, 200-day season ({season.stat().st_size / 1e6:.1f} MB, {report.entries} chain links, "
        f"{report.checked.get('track', 0)} track points, {rows} rows): check_logbook {check * 1000:.0f} ms "
        f"(target {TARGET_S * 1000:.0f} ms: {'met' if check <= TARGET_S else 'OVER'}); "
        f"read + SHA-256 of the same rows {hashed * 1000:.0f} ms (ratio {check / hashed:.2f}); "
        f"PRAGMA quick_check {quick * 1000:.0f} ms (ratio {check / quick:.2f})"
    )
    assert check / hashed <= BASELINE_RATIO


def test_the_gui_does_not_freeze_while_the_season_is_checked(qtbot, season_200_days):
    season = season_200_days
    idle = max(timer_gaps(qtbot, seconds=1.0))
    watch = IntegrityWatch(season, AlertManager())
    started = time.perf_counter()
    watch.check()
    busy = max(timer_gaps(qtbot, until=lambda: watch.report is not None))
    took = time.perf_counter() - started
    watch.wait()
    assert watch.report.intact
    print(
        f"\nGUI during the background integrity check ({took * 1000:.0f} ms): longest 5 ms-timer gap "
        f"{busy:.1f} ms, idle {idle:.1f} ms (ratio {busy / max(idle, 0.001):.2f}; limit {FREEZE_MS:.0f} ms)"
    )
    assert busy <= FREEZE_MS
