"""PySide6's per-import "does this module use PySide6?" check, answered from the file's bytes (issue 14)."""

import sys
import types
import warnings

from whalelog_gui.ui import pyside_import_check


def test_the_check_is_replaced_once_whalelogs_ui_is_imported():
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert getattr(check, "_whalelog_reads_bytes", False)  # by ui/__init__, before any window module
    assert pyside_import_check.install() is True
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is check  # idempotent
    assert not getattr(check.pyside_check, "_whalelog_reads_bytes", False)  # the original kept, not wrapped twice


def test_the_bytes_give_pysides_own_answer_for_every_module_loaded_here():
    import whalelog_gui.ui.app  # noqa: F401 - the application's modules, Qt and not, and their dependencies
    import whalelog_gui.ui.pages  # noqa: F401

    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    from_files = [m for m in modules if str(getattr(m, "__file__", "")).endswith(".py")]
    assert len(from_files) > 300
    with warnings.catch_warnings():  # inspect.getsource on a built-in module: a Python 3.11 deprecation notice
        warnings.simplefilter("ignore", DeprecationWarning)
        differ = [m.__name__ for m in modules if check(m) != check.pyside_check(m)]
    assert differ == []
    # both answers occur, so the comparison means something
    assert check(sys.modules["whalelog_gui.ui.app"]) is True
    assert check(sys.modules["whalelog_gui.alerts.model"]) is False


def test_what_is_not_a_readable_py_file_goes_to_pysides_check(tmp_path):
    asked = []

    def pyside_check(module):
        asked.append(module.__name__)
        return True

    builtin = sys  # no __file__
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # a file removed since it was imported
    on_disk = types.ModuleType("on_disk")
    (tmp_path / "on_disk.py").write_text("import PySide6.QtCore\n")
    on_disk.__file__ = str(tmp_path / "on_disk.py")
    plain = types.ModuleType("plain")
    (tmp_path / "plain.py").write_text("import sqlite3\n# PySide 6 is not named here\n")
    plain.__file__ = str(tmp_path / "plain.py")
    answers = [pyside_import_check.uses_pyside(m, pyside_check) for m in (builtin, gone, on_disk, plain)]
    assert answers == [True, True, True, False]
    assert asked == ["sys", "gone"]


def test_a_pyside_without_the_check_is_left_as_it_is(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", types.ModuleType("shibokensupport.feature"))
    with caplog.at_level("INFO", logger="whalelog.app"):
        assert pyside_import_check.install() is False
    assert "left as it is" in caplog.text
