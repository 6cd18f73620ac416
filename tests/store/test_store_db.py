"""Connection pragmas, transactions and the migration runner."""

import sqlite3
import textwrap
import types

import pytest

from whalelog_gui.store import db as store_db
from whalelog_gui.store import migrations
from whalelog_gui.store.db import SCHEMA_VERSION, SchemaTooNewError, open_db, transaction, user_version


def test_open_creates_parent_dir_and_sets_durable_pragmas(tmp_path):
    db = open_db(tmp_path / "a" / "b" / "w.sqlite")
    pragma = lambda name: db.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert (tmp_path / "a" / "b" / "w.sqlite").exists()
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == store_db.BUSY_TIMEOUT_MS
    assert user_version(db) == SCHEMA_VERSION >= 1


def test_migrations_are_contiguous_and_reopening_applies_nothing(tmp_path):
    versions = [m.VERSION for m in migrations.discover()]
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    open_db(tmp_path / "w.sqlite").close()
    db = open_db(tmp_path / "w.sqlite", migrate=False)
    assert store_db.migrate_to_latest(db) == []


def test_fresh_database_applies_every_migration_in_order(tmp_path):
    db = open_db(tmp_path / "w.sqlite", migrate=False)
    assert store_db.migrate_to_latest(db) == list(range(1, SCHEMA_VERSION + 1))
    assert {"logbooks", "sheets", "events", "audit", "track", "alert_log", "drafts"} <= set(db.table_names())


def test_newer_schema_is_refused_untouched(tmp_path):
    db = open_db(tmp_path / "w.sqlite")
    db.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(SchemaTooNewError, match="newer"):
        open_db(tmp_path / "w.sqlite")


def test_failed_migration_rolls_back_with_its_version(tmp_path, monkeypatch):
    def apply(db):
        db.conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    bad = types.SimpleNamespace(VERSION=SCHEMA_VERSION + 1, apply=apply)
    original = migrations.discover
    monkeypatch.setattr(migrations, "discover", lambda: [*original(), bad])
    db = open_db(tmp_path / "w.sqlite", migrate=False)
    with pytest.raises(RuntimeError, match="boom"):
        store_db.migrate_to_latest(db)
    assert user_version(db) == SCHEMA_VERSION  # every good migration stayed applied
    assert "half_done" not in db.table_names()


def test_discover_rejects_a_gap(tmp_path, monkeypatch):
    package = tmp_path / "fake_migrations"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for number in (1, 3):
        (package / f"m{number:04d}_x.py").write_text(
            textwrap.dedent(f"""
            VERSION = {number}
            def apply(db):
                pass
        """)
        )
    monkeypatch.setattr(migrations, "__path__", [str(package)])
    monkeypatch.setattr(migrations, "__name__", "fake_migrations")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(migrations.MigrationSetError, match="contiguous"):
        migrations.discover()


def test_transaction_commits_rolls_back_and_nests(db):
    with transaction(db):
        db.conn.execute("INSERT INTO settings VALUES ('a', '1', 'now')")
    with pytest.raises(ZeroDivisionError):
        with transaction(db):
            db.conn.execute("INSERT INTO settings VALUES ('b', '1', 'now')")
            raise ZeroDivisionError("a failure half-way through the save")
    with transaction(db):
        db.conn.execute("INSERT INTO settings VALUES ('c', '1', 'now')")
        with pytest.raises(sqlite3.IntegrityError):
            with transaction(db):  # inner savepoint fails alone
                db.conn.execute("INSERT INTO settings VALUES ('d', '1', 'now')")
                db.conn.execute("INSERT INTO settings VALUES ('a', '1', 'now')")
    keys = [r[0] for r in db.conn.execute("SELECT key FROM settings ORDER BY key")]
    assert keys == ["a", "c"]
    assert not db.conn.in_transaction


def test_sqlite_utils_writes_inside_transaction_do_not_commit_early(db):
    with pytest.raises(RuntimeError):
        with transaction(db):
            db["settings"].insert({"key": "x", "value_json": "1", "updated_at": "now"})
            raise RuntimeError
    assert db["settings"].count == 0
