"""Store tests run against real temp-file SQLite databases opened exactly as the app opens them."""

import sys
from pathlib import Path

import pytest

from whalelog_gui.records.title_page import TitlePage
from whalelog_gui.store import logbook_repo
from whalelog_gui.store.db import open_db

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_builders import DAY  # noqa: E402


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "data" / "whalelog.sqlite")
    yield database
    database.close()


@pytest.fixture
def logbook_id(db):
    return logbook_repo.save_title_page(db, TitlePage("Toshi Maru No. 25", "2026/27", year_built=1988), who="Mate Sato")


@pytest.fixture
def sheet(db, logbook_id):
    return logbook_repo.create_sheet(db, logbook_id, DAY, who="Mate Sato")
