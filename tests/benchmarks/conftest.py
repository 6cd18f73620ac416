"""Shared benchmark fixtures: one 200-day demo season file per session (built once: it takes a while)."""

from __future__ import annotations

import pytest

from whalelog_gui.demo_data import fill_season
from whalelog_gui.store.db import open_db


@pytest.fixture(scope="session")
def season_200_days(tmp_path_factory):
    """A 200-day season written through the real store (synchronous OFF only to build it faster), checkpointed."""
    path = tmp_path_factory.mktemp("season") / "season.sqlite"
    db = open_db(path, synchronous="OFF")
    fill_season(db, days=200, seed=2)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path
