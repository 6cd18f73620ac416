"""What refusing foreign and damaged files costs at open (issue 11): open_db on a 200-day season with the read-only
inspection and PRAGMA quick_check, against the same open without them (quick_check=False skips only the check),
and the held-writes path (a disk that refuses) against direct writes. Ratios against baselines in the same run."""

from __future__ import annotations

import statistics
import time

import pytest

from whalelog_gui.store.db import open_db
from whalelog_gui.store.held_writes import TRACK, HeldWrites
from whalelog_gui.store.track import write_point

RUNS = 5
T0 = 1_797_224_400


@pytest.fixture(scope="module")
def season(season_200_days):
    return season_200_days


def _median_open(path, **kwargs) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        open_db(path, **kwargs).close()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def test_open_with_quick_check_against_open_without(season):
    _median_open(season)  # warm the file cache
    without = _median_open(season, quick_check=False)
    checked = _median_open(season)
    size_mb = season.stat().st_size / 1e6
    print(
        f"\nopen 200-day season ({size_mb:.1f} MB): with quick_check {checked * 1000:.0f} ms, "
        f"without {without * 1000:.0f} ms, ratio {checked / without:.2f}"
    )


def test_held_writes_against_direct_writes(tmp_path):
    n = 2000
    rows = [(T0 + 60 * i, -62.0, 171.0, 10.0, 180.0, 0, "receiver") for i in range(n)]
    direct_db = open_db(tmp_path / "direct.sqlite")
    started = time.perf_counter()
    for row in rows:
        write_point(direct_db, row)
    direct = time.perf_counter() - started
    held_db = open_db(tmp_path / "held.sqlite")
    held = HeldWrites()
    held_db.conn.execute("PRAGMA query_only = ON")
    for row in rows:
        held.write(held_db, TRACK, write_point, row)
    held_db.conn.execute("PRAGMA query_only = OFF")
    started = time.perf_counter()
    assert held.retry(held_db)
    catch_up = time.perf_counter() - started
    assert held_db.conn.execute("SELECT COUNT(*) FROM track").fetchone()[0] == n
    print(
        f"\n{n} track points: direct (one fsync each) {direct * 1000:.0f} ms, catching up after a storage fault "
        f"(batches of 500) {catch_up * 1000:.0f} ms, ratio {catch_up / direct:.2f}"
    )
