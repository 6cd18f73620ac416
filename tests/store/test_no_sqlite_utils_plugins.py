"""No sqlite-utils plugin runs on a logbook's connection: it would be foreign code inside the record (store/db.py)."""

import pytest
import sqlite_utils
from sqlite_utils import hookimpl
from sqlite_utils.plugins import pm

from whalelog_gui.authority.ledger import SQLiteLedger
from whalelog_gui.store.commands import open_for_check
from whalelog_gui.store.db import open_db


class RegistersAFunction:
    """What an installed plugin may do on every connection sqlite-utils makes."""

    def __init__(self):
        self.connections = []

    @hookimpl
    def prepare_connection(self, conn):
        self.connections.append(conn)
        conn.create_function("planted", 0, lambda: "planted by a plugin")


@pytest.fixture
def plugin():
    plugin = RegistersAFunction()
    pm.register(plugin, name="test-plugin")
    try:
        yield plugin
    finally:
        pm.unregister(name="test-plugin")


def test_the_plugin_runs_where_sqlite_utils_is_asked_to_run_plugins(plugin):
    db = sqlite_utils.Database(memory=True)  # the default, so the plugin above is real
    assert plugin.connections == [db.conn]
    assert db.execute("SELECT planted()").fetchone() == ("planted by a plugin",)


def test_no_plugin_runs_on_the_logbook_the_check_or_the_authoritys_ledger(plugin, tmp_path):
    logbook = open_db(tmp_path / "log.sqlite")
    read_only = open_db(tmp_path / "log.sqlite", read_only=True)
    checked, _version = open_for_check(tmp_path / "log.sqlite")
    ledger = SQLiteLedger(tmp_path / "ledger.sqlite")
    assert plugin.connections == []
    for db in (logbook, read_only, checked, ledger.db):
        with pytest.raises(Exception, match="no such function: planted"):
            db.execute("SELECT planted()")
