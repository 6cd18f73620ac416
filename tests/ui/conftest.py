"""UI test setup: settings in a temp INI file, one palette controller per test on the session QApplication."""

import pytest
from PySide6.QtCore import QSettings

from whalelog_gui.ui.palette import PaletteController


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "whalelog.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def palette(qapp, settings):
    controller = PaletteController(qapp, settings)
    controller.restore()
    yield controller
    controller.apply("day")


@pytest.fixture
def ctx(qtbot, palette, settings, tmp_path):
    """A store with a two-day demo season, for tests that open every window (test_palette_every_window.py)."""
    from window_context import Ctx

    from whalelog_gui.demo_data import fill_season
    from whalelog_gui.store.db import open_db

    db_path = tmp_path / "log.sqlite"
    db = open_db(db_path)
    fill_season(db, days=2)  # real rows for the logbook, catches and alert tables to draw
    context = Ctx(db, db_path, settings, palette, qtbot)
    yield context
    for close in reversed(context.cleanup):
        close()
    db.conn.close()


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp, tmp_path_factory):
    """English as run_gui starts it: its catalogue holds the plural forms ("1 alert", "2 alerts")."""
    from whalelog_gui.ui.i18n import LanguageController

    store = QSettings(str(tmp_path_factory.mktemp("language") / "language.ini"), QSettings.Format.IniFormat)
    LanguageController(qapp, store).apply("en", remember=False)
