"""Benchmark: peak memory of `whalelog bundle verify` (goal <= 300 MB on any input, issue 11) on a 400-day season
bundle and on a crafted 3 MB bundle that inflates to 3 GiB with every hash and the signature right.

Each verify runs as its own process (the real CLI entry point); it reports its peak RSS (VmHWM). Baselines, measured in the
same run the same way: a bare interpreter that imports the verifier, and a process that streams the bundle file
through SHA-256 (the least any verifier must do). Figures are printed as ratios against both.
"""

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "export"))

from crafted_bundles import gpx_bomb_bundle  # noqa: E402

import whalelog_gui.demo_data as demo_data  # noqa: E402
from whalelog_gui.export import keys  # noqa: E402
from whalelog_gui.export.bundle import export_bundle  # noqa: E402
from whalelog_gui.export.pdf import render_forms  # noqa: E402
from whalelog_gui.store.db import open_db  # noqa: E402

DAYS = 400
GOAL_MB = 300
GIB = 1 << 30
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


# The child reports its own high-water mark (VmHWM): a fresh address space at exec, unlike ru_maxrss, which a
# child forked from this (large) test process inherits.
_REPORT = (
    "import atexit, sys\n"
    "def _report(path=sys.argv.pop(1)):\n"
    "    hwm = next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
    "    open(path, 'w').write(hwm)\n"
    "atexit.register(_report)\n"
)


def _peak(code: str, *argv: str, tmp_path: Path) -> tuple[float, float, int]:
    """(peak RSS in MB, wall seconds, exit code) of a fresh interpreter running code with argv."""
    report = tmp_path / "hwm.txt"
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _REPORT + code, str(report), *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    seconds = time.perf_counter() - start
    assert "Traceback" not in done.stderr, done.stderr
    return int(report.read_text()) / 1024, seconds, done.returncode


def _verify(path, tmp_path) -> tuple[float, float, int]:
    return _peak(
        "from whalelog_gui.cli import main\nsys.exit(main(['bundle', 'verify', sys.argv[1]]))",
        str(path),
        tmp_path=tmp_path,
    )


def _hash_file(path, tmp_path) -> tuple[float, float, int]:
    code = (
        "import hashlib\nh = hashlib.sha256()\nwith open(sys.argv[1], 'rb') as f:\n"
        "    for b in iter(lambda: f.read(1 << 20), b''): h.update(b)\n"
    )
    return _peak(code, str(path), tmp_path=tmp_path)


def _season_bundle(tmp_path) -> Path:
    db_path = tmp_path / "season.sqlite"
    db = open_db(db_path)
    demo_data.fill_season(db, days=DAYS, seed=1)
    out = tmp_path / "out"
    out.mkdir()
    key = keys.load_or_create_signing_key(keys.key_path_for(db_path))
    return export_bundle(db, out, key, pdf_renderer=render_forms).path


def test_bench_verify_peak_memory(qapp, tmp_path, monkeypatch):
    # 400 days must end before today: the demo season refuses catches in the future
    monkeypatch.setattr(demo_data, "SEASON_START", date(2025, 6, 1))
    bare = _peak("import whalelog_gui.cli, whalelog_gui.export.verify", tmp_path=tmp_path)[0]
    season = _season_bundle(tmp_path)
    bomb = tmp_path / "bomb.zip"
    gpx_bomb_bundle(bomb, 3 * GIB)
    rows = []
    for label, path, expected in (("400-day season", season, 0), ("3 MB bomb -> 3 GiB", bomb, 1)):
        hashed = _hash_file(path, tmp_path)[0]
        peak, seconds, code = _verify(path, tmp_path)
        assert code == expected, label
        rows.append((label, path.stat().st_size, peak, seconds, hashed))
    for label, size, peak, seconds, hashed in rows:
        print(
            f"\n[bench verify] {label}: bundle {size / 1e6:.1f} MB; verify peak RSS {peak:.0f} MB "
            f"(goal <= {GOAL_MB} MB) in {seconds:.1f} s; ratio {peak / bare:.2f}x a bare interpreter importing "
            f"the verifier ({bare:.0f} MB), {peak / hashed:.2f}x hashing the file ({hashed:.0f} MB)"
        )
    assert all(peak <= GOAL_MB for _, _, peak, _, _ in rows)
