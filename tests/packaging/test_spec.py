"""packaging/whalelog.spec: name and version from pyproject, every lazily imported command and migration
collected, resources as one tree, unused Qt kept out. The spec is executed with PyInstaller's own hook
utilities; only the four build steps (Analysis, PYZ, EXE, COLLECT) are recorded instead of run, since the
real build (make package) takes a minute and is exercised by packaging/smoke_test.py."""

import argparse
import sys
import tomllib
from pathlib import Path

import pytest

from whalelog_gui import cli

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "whalelog.spec"

import PyInstaller  # noqa: E402,F401  (`make test` installs the package extra: the spec is checked in every run)

pytestmark = pytest.mark.slow  # collect_submodules imports the whole package in a subprocess: ~5 s


class Recorded:
    calls: dict = {}

    def __init__(self, *args, **kwargs):
        type(self).calls.setdefault(type(self).__name__, []).append((args, kwargs))
        self.args, self.kwargs = args, kwargs
        self.binaries = [
            ("PySide6/Qt/lib/libQt6Core.so.6", "/x", "BINARY"),
            ("PySide6/Qt/lib/libQt6Quick.so.6", "/x", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "/x", "BINARY"),
            ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", "/x", "BINARY"),
            ("PySide6/Qt/plugins/imageformats/libqpdf.so", "/x", "BINARY"),
            ("PySide6/Qt/plugins/imageformats/libqsvg.so", "/x", "BINARY"),
            ("PySide6/Qt/lib/libQt6Pdf.so.6", "/x", "BINARY"),
        ]
        self.datas = [
            ("PySide6/Qt/translations/qtbase_de.qm", "/x", "DATA"),
            ("PySide6/Qt/translations/qtbase_ja.qm", "/x", "DATA"),
            ("whalelog_gui/translations/whalelog_nb.qm", "/x", "DATA"),
            ("resources/zones/sos.geojson", "/x", "DATA"),
        ]
        self.pure, self.scripts = [], []


class Analysis(Recorded):
    pass


class PYZ(Recorded):
    pass


class EXE(Recorded):
    pass


class COLLECT(Recorded):
    pass


@pytest.fixture(scope="module")
def spec(tmp_path_factory):
    Recorded.calls = {}
    namespace = {
        "SPECPATH": str(SPEC.parent),
        "DISTPATH": str(tmp_path_factory.mktemp("dist")),
        "Analysis": Analysis,
        "PYZ": PYZ,
        "EXE": EXE,
        "COLLECT": COLLECT,
        "__file__": str(SPEC),
    }
    saved_path = list(sys.path)
    try:
        exec(compile(SPEC.read_text(), str(SPEC), "exec"), namespace)
    finally:
        sys.path[:] = saved_path
    return namespace, Recorded.calls


def dispatch_targets() -> set[str]:
    """Every module the cli package imports lazily, found by walking the real parser (not by reading its text)."""
    found = set()

    def walk(parser: argparse.ArgumentParser):
        func = parser.get_default("func")
        if func is not None:
            (cell,) = [c.cell_contents for c in func.__closure__ if isinstance(c.cell_contents, str)]
            found.add(cell.split(":")[0])
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    walk(sub)

    walk(cli.build_parser())
    return found


def test_name_and_version_come_from_pyproject(spec):
    namespace, calls = spec
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert (namespace["NAME"], namespace["VERSION"]) == (project["name"], project["version"])
    ((exe_args, exe_kwargs),) = calls["EXE"]
    ((_, collect_kwargs),) = calls["COLLECT"]
    assert exe_kwargs["name"] == collect_kwargs["name"] == "whalelog"
    assert exe_kwargs["console"] is True  # the CLI subcommands print to stdout


def test_every_cli_target_and_migration_is_a_hidden_import(spec):
    _, calls = spec
    ((args, kwargs),) = calls["Analysis"]
    hidden = set(kwargs["hiddenimports"])
    targets = dispatch_targets()
    assert {"whalelog_gui.ui.app", "whalelog_gui.nav.commands", "whalelog_gui.export.commands"} <= targets
    assert targets <= hidden
    migrations = {
        f"whalelog_gui.store.migrations.{p.stem}"
        for p in (ROOT / "whalelog_gui" / "store" / "migrations").glob("m[0-9]*.py")
    }
    assert migrations and migrations <= hidden
    assert args[0] == [str(ROOT / "packaging" / "whalelog_launcher.py")]
    # serial_for_url("socket://...") imports its handler by name; without these a frozen build cannot open URLs
    assert {"serial.urlhandler.protocol_socket", "serial.urlhandler.protocol_rfc2217"} <= hidden


def test_resources_go_in_where_the_wheel_has_them(spec):
    _, calls = spec
    ((_, kwargs),) = calls["Analysis"]
    datas = kwargs["datas"]
    assert (str(ROOT / "resources" / "zones" / "areas.geojson"), "whalelog_gui/resources_data/zones") in datas
    assert (str(ROOT / "resources" / "sounds" / "alarm.wav"), "whalelog_gui/resources_data/sounds") in datas
    # the para 9 stock lines (records/stocks.py): without them `check catch` failed in the frozen app (issue 13)
    assert (str(ROOT / "resources" / "stocks" / "places.json"), "whalelog_gui/resources_data/stocks") in datas
    shipped = {Path(src).name for src, _ in datas}
    assert "derive_zones.py" not in shipped and "main-day.png" not in shipped  # sources and README pictures stay
    for lang in ("en", "nb", "is", "ja"):  # the crew's languages, built by `make translations` (issue 16)
        assert (
            str(ROOT / "whalelog_gui" / "translations" / f"whalelog_{lang}.qm"),
            "whalelog_gui/translations",
        ) in datas


def test_unused_qt_is_excluded_and_used_qt_is_kept(spec):
    namespace, calls = spec
    ((_, kwargs),) = calls["Analysis"]
    excludes = set(kwargs["excludes"])
    assert {
        "PySide6.QtWebEngineCore",
        "PySide6.Qt3DCore",
        "PySide6.QtQuick",
        "PySide6.QtQml",
        "PySide6.QtCharts",
        "tkinter",
    } <= excludes
    for used in ("QtCore", "QtGui", "QtWidgets", "QtMultimedia", "QtSvg", "QtPrintSupport", "QtNetwork"):
        assert f"PySide6.{used}" not in excludes
    analysis = namespace["a"]
    kept = {entry[0] for entry in analysis.binaries + analysis.datas}
    assert kept == {
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "resources/zones/sos.geojson",
        # Qt's Japanese buttons and dialogs, and WhaleLog's own catalogues; other Qt languages stay out
        "PySide6/Qt/translations/qtbase_ja.qm",
        "whalelog_gui/translations/whalelog_nb.qm",
    }


def test_launcher_runs_the_one_cli(tmp_path):
    import subprocess

    out = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "whalelog_launcher.py"), "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert out.returncode == 0 and out.stdout.strip() == f"whalelog {cli.__version__}"


def test_pycountry_databases_go_in_beside_the_package(spec):
    """records/flag_state.py looks the flag State up in pycountry's JSON files, opened from pycountry's own folder."""
    import pycountry

    _, calls = spec
    ((_, kwargs),) = calls["Analysis"]
    databases = Path(pycountry.__file__).parent / "databases"
    assert (str(databases / "iso3166-1.json"), "pycountry/databases") in kwargs["datas"]
    assert "pycountry" in kwargs["hiddenimports"]
