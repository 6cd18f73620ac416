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
