"""A finished walkthrough is deleted by Qt, not left to Python's garbage collector (ui/first_run.py).

Left to the collector, two finished walkthroughs' widgets were freed twice, and the next FirstRunWizard crashed
the process in QWizard's constructor (a segfault; it also struck full test runs at random, whenever automatic
collection came round to them). Here the first-run tests run in one pytest process with a collection after each
test, which made the crash certain on the old code."""

import subprocess
import sys
from pathlib import Path

from app_env import isolated_env

TESTS = Path(__file__).parent
COLLECT_AFTER_EACH_TEST = """
import gc
import pytest

@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item, nextitem):
    gc.collect()  # on the main thread, as the bridge's collector does (ui/gui_thread_gc.py)
"""


def test_the_walkthrough_tests_survive_a_collection_after_each_test(tmp_path):
    (tmp_path / "collect_after_each_test.py").write_text(COLLECT_AFTER_EACH_TEST)
    env = isolated_env(tmp_path, PYTHONPATH=str(tmp_path))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            "-p",
            "collect_after_each_test",
            "--rootdir",
            str(TESTS.parent),
            str(TESTS / "test_first_run.py"),
            str(TESTS / "test_first_run_fleet.py"),
        ],
        env=env,
        cwd=TESTS.parent.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    assert " passed" in done.stdout.splitlines()[-1]
