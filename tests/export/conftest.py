"""Fixtures for the export tests: a real SQLite logbook filled through the real store APIs, a real key."""

from __future__ import annotations

import pytest

from whalelog_gui.demo_data import fill_season
from whalelog_gui.export import keys
from whalelog_gui.store.db import open_db


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "logbook.sqlite"


@pytest.fixture
def season_db(db_path):
    """Three days of a demo season (title page, signed sheets, events, weather, track)."""
    db = open_db(db_path)
    fill_season(db, days=3, seed=7)
    return db


@pytest.fixture
def signing_key(db_path):
    return keys.load_or_create_signing_key(keys.key_path_for(db_path))


@pytest.fixture
def out_dir(tmp_path):
    path = tmp_path / "outbox"
    path.mkdir()
    return path


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    """PDF printing creates a QGuiApplication if none exists; in a shared test session that must be pytest-qt's
    QApplication, created first, or later widget tests could not run."""
    return qapp


@pytest.fixture
def authority_key(tmp_path):
    """A real authority key pair (whalelog authority keygen's layout)."""
    from whalelog_gui.authority.receipts import make_authority_key

    return keys.load_signing_key(make_authority_key(tmp_path / "authority"))


@pytest.fixture
def trusted_authority(season_db, authority_key):
    """season_db trusts authority_key (what `whalelog authority trust` records)."""
    import base64

    from whalelog_gui.store import custody

    raw = keys.raw_public_bytes(authority_key.public_key())
    custody.trust_authority(
        season_db, "Fiskeridirektoratet", base64.b64encode(raw).decode(), keys.fingerprint(raw), "Master"
    )
    return authority_key
