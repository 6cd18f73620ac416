"""The wheel works on its own: built from the tree, installed into a fresh venv (no checkout on the path),
it finds its resources inside the package and runs the CLI and a 5-second offscreen demo window."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # builds a wheel and installs PySide6 into a new venv (from the pip cache)

SKIP = shutil.ignore_patterns(
    ".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "tests", "shots"
)


def run(*cmd, cwd, env=None, timeout=600) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{cmd}: {proc.stderr[-2000:]}"
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    shutil.copytree(ROOT, source, ignore=SKIP)
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", tmp / "dist", source, cwd=tmp)
    (wheel,) = (tmp / "dist").glob("whalelog-*.whl")
    run(sys.executable, "-m", "venv", tmp / "venv", cwd=tmp)
    python = tmp / "venv" / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", wheel, cwd=tmp, timeout=900)
    home = tmp / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        QT_QPA_PLATFORM="offscreen",
    )
    work = tmp / "elsewhere"  # not the checkout: nothing but the installed wheel can be imported
    work.mkdir()
    return tmp / "venv" / "bin", work, env


def test_resources_are_read_from_inside_the_installed_package(installed):
    bin_dir, work, env = installed
    where = run(
        bin_dir / "python",
        "-c",
        "from whalelog_gui.resources import resources_dir; print(resources_dir())",
        cwd=work,
        env=env,
    ).stdout.strip()
    assert Path(where).is_relative_to(bin_dir.parent) and where.endswith("whalelog_gui/resources_data")


def test_zones_list(installed):
    bin_dir, work, env = installed
    areas = json.loads(run(bin_dir / "whalelog", "zones", "list", cwd=work, env=env).stdout)["areas"]
    assert {"sos", "ios"} <= {a["id"] for a in areas}


def test_check_catch_finds_the_stock_lines_and_the_flag_state(installed):
    """records/stocks.py reads resources/stocks/places.json and the flag State comes from pycountry (issue 13)."""
    bin_dir, work, env = installed
    catch = {
        "species": "minke",
        "sex": "male",
        "length": {"value": "8.1", "unit": "m"},
        "taken": "2026-12-01T10:00:00Z",
        "lat": 65.0,
        "lon": -10.0,
        "operation": "land-station",
        "flag_state": "NO",
        "calf": None,
        "local_consumption": False,
        "fender": False,
        "weapon": None,
        "hauled_up": None,
        "gland_cm": None,
        "milk": None,
    }
    proc = subprocess.run(
        [str(bin_dir / "whalelog"), "check", "catch"],
        input=json.dumps(catch) + "\n",
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    row = json.loads(proc.stdout)
    assert row["stock"]["stock"] == "Central" and "not binding on Norway" in row["flags"][0]["reason"]


def test_measure_length_matches_the_checkout(installed):
    bin_dir, work, env = installed
    out = run(bin_dir / "whalelog", "measure", "length", "10.25", "m", cwd=work, env=env).stdout
    expected = run(sys.executable, "-m", "whalelog_gui", "measure", "length", "10.25", "m", cwd=ROOT).stdout
    assert out == expected and out.strip()


def test_demo_window_runs_five_seconds_offscreen(installed):
    bin_dir, work, env = installed
    db = work / "demo.sqlite"
    run(bin_dir / "whalelog", "--demo", "--exit-after", "5", "--db", db, cwd=work, env=env, timeout=120)
    assert db.is_file()


def test_the_crews_languages_ship_in_the_wheel(installed):
    """The .qm catalogues are package data: the installed app loads Japanese without the checkout (issue 16)."""
    bin_dir, work, env = installed
    probe = (
        "from PySide6.QtCore import QTranslator\n"
        "from whalelog_gui.ui.i18n import catalogue_bytes\n"
        "for lang in ('en', 'nb', 'is', 'ja'):\n"
        "    data = catalogue_bytes(lang)\n"
        "    assert data is not None and QTranslator().load(data), lang\n"
        "print('ok')"
    )
    out = run(bin_dir / "python", "-c", probe, cwd=work, env=env)
    assert out.stdout.strip() == "ok"
