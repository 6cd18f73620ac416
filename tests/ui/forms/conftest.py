"""The logbook page tests' database: a migrated temp-file logbook, pages disposed before it closes."""

import pytest
from logbook_harness import dispose_pages, open_test_db


@pytest.fixture
def db(tmp_path):
    database = open_test_db(tmp_path / "whalelog.sqlite")
    yield database
    dispose_pages()
    database.close()
