"""The start-up preload (issue 14): loads and checks off the GUI thread, decides nothing, never hides a refusal."""

import sqlite3
import threading
from pathlib import Path

from whalelog_gui.logbook_choice import LogbookChoice
from whalelog_gui.store.db import open_db
from whalelog_gui.ui.gui_thread_gc import GuiThreadCollector
from whalelog_gui.ui.startup_preload import StartupPreload
from app_env import isolated_env


def choice_at(path: Path):
    return lambda: LogbookChoice(path, "receiver", "real", named=True)


def run(qtbot, choose) -> StartupPreload:
    preload = StartupPreload(choose)
    # as run_gui runs it: the cyclic collector on the GUI thread only. Left automatic, the preload's imports could
    # collect an earlier test's Qt garbage on the preload thread (a segfault seen once under two test workers)
    collector = GuiThreadCollector()
    try:
        with qtbot.waitSignals([preload.session_ready, preload.done], timeout=60000):
            preload.start()
        # the thread may still be returning from its last emit when `done` arrives here: joined before the test
        # lets go of the QObject, which a thread still inside emit() would otherwise meet deleted (a rare segfault
        # seen under two test workers, in the test after this one)
        preload._thread.join(timeout=60)
    finally:
        collector.stop()
    assert preload.ready and preload.finished and not preload._thread.is_alive()
    return preload


def test_a_sound_logbook_is_checked_and_the_areas_loaded_off_the_gui_thread(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "log.sqlite"
    open_db(path).conn.close()
    from whalelog_gui.store import open_checks

    checked_on = []
    real_inspect = open_checks.inspect_database
    monkeypatch.setattr(
        open_checks,
        "inspect_database",
        lambda p, **kw: (
            checked_on.append((threading.get_ident(), threading.current_thread().name, kw.get("quick_check"))),
            real_inspect(p, **kw),
        )[1],
    )
    preload = run(qtbot, choice_at(path))
    assert preload.choice.path == path and preload.checked
    # on a thread of its own, beside the preload's imports (SQLite lets go of the GIL while it reads the file)
    assert checked_on and checked_on[0][0] != threading.get_ident()
    assert checked_on[0][1:] == ("startup-check", True)
    assert preload.areas and [a.id for a in preload.monitor.areas] == [a.id for a in preload.areas]


def test_a_damaged_logbook_is_not_marked_checked_so_the_gui_open_refuses_it(qtbot, tmp_path):
    path = tmp_path / "bad.sqlite"
    open_db(path).conn.close()
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:  # the schema page's body overwritten, as a failing disk sector would leave it
        f.seek(200)
        f.write(b"\xa5" * (page_size - 200))
    preload = run(qtbot, choice_at(path))
    assert not preload.checked  # the GUI thread's open_db then runs the full check and shows the refusal
    assert preload.areas  # everything else is still loaded


def test_a_choice_that_fails_is_left_for_the_gui_thread_to_meet(qtbot):
    def refuse():
        raise OSError("no space left on the device")

    preload = run(qtbot, refuse)
    assert preload.choice is None and not preload.checked


def test_quitting_while_the_preload_still_runs_exits_cleanly(tmp_path):
    """Quitting before the preload is done: it is stopped and joined, never left running into interpreter exit (a
    daemon thread in Qt or import code there aborted the process: exit -6)."""
    import subprocess
    import sys

    env = isolated_env(tmp_path)
    # spread over the preload's second or two (how long it takes depends on the machine): before the fix, quits
    # at 0.3 and 0.5 s aborted here
    for after in ("0.05", "0.2", "0.3", "0.4", "0.5", "0.7"):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "whalelog_gui",
                "--demo",
                "--exit-after",
                after,
                "--db",
                str(tmp_path / f"quick{after}.sqlite"),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, f"--exit-after {after}: exit {done.returncode}\n{done.stderr[-2000:]}"


SHOWN_WITHOUT = """
import sys
from whalelog_gui.cli import main
from whalelog_gui.ui.main_window import MainWindow

show = MainWindow.show

def recorded_show(window):
    loaded = [name for name in ("sqlite_utils", "numpy", "shapely") if name in sys.modules]
    print("loaded when shown:", *loaded, file=sys.stderr, flush=True)
    show(window)

MainWindow.show = recorded_show
sys.exit(main(["--db", sys.argv[1], "--exit-after", "0.5"]))
"""


def test_the_window_is_shown_before_sqlite_utils_and_numpy_are_imported(tmp_path):
    """They take ~0.3 s and only the session needs them: the store modules the walkthrough and the logbook choice
    use name sqlite-utils' type for annotations only, and store.db imports it at the first open (issue 14)."""
    import subprocess
    import sys

    path = tmp_path / "log.sqlite"
    open_db(path).conn.close()
    env = isolated_env(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", SHOWN_WITHOUT, str(path)], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    shown = [line for line in done.stderr.splitlines() if line.startswith("loaded when shown:")]
    assert shown == ["loaded when shown:"], shown


INTEGRITY_AFTER_PAGES = """
import sys
from PySide6.QtWidgets import QApplication
from whalelog_gui.cli import main
from whalelog_gui.ui import integrity_watch
from whalelog_gui.ui.pages import pages_of

check, checked = integrity_watch.IntegrityWatch.check, integrity_watch.IntegrityWatch._checked

from whalelog_gui.ui.chart import chart_view
paint, paints = chart_view.ChartView.paintEvent, []

def counted_paint(view, event):
    paints.append(1)
    paint(view, event)

chart_view.ChartView.paintEvent = counted_paint

def recorded_check(watch):
    window = watch.parent().window
    print("integrity check started; every page built:", pages_of(window).built, file=sys.stderr, flush=True)
    print("GIL switch interval:", sys.getswitchinterval(), file=sys.stderr, flush=True)
    # the Chart's first paint is held at start-up (ui/app.py): by the time every page is built (and the tones
    # loaded) the pages must draw again and the Chart must have been painted
    print("pages drawn:", window.pages.updatesEnabled(), "chart painted:", bool(paints), file=sys.stderr, flush=True)
    check(watch)

def recorded_result(watch, report):
    checked(watch, report)
    alarm = any(a.key == integrity_watch.INTEGRITY_KEY for a in watch.alerts.active())
    print("integrity checked; intact:", report.intact, "alarm:", alarm, file=sys.stderr, flush=True)
    QApplication.instance().exit(0)

integrity_watch.IntegrityWatch.check = recorded_check
integrity_watch.IntegrityWatch._checked = recorded_result

from whalelog_gui.ui import sound
load = sound.SoundController.load

def recorded_load(controller):
    built = pages_of(controller.parent().window).built
    load(controller)
    label = controller.parent().window.alert_bar.sound_label.text()
    print(f"sound loaded; every page built: {built}; available: {controller.available}; said: {label!r}",
          file=sys.stderr, flush=True)

sound.SoundController.load = recorded_load
sys.exit(main(["--db", sys.argv[1], "--exit-after", "60"]))
"""


def test_the_integrity_check_starts_once_every_page_is_built_and_still_raises_its_alarm(tmp_path):
    """The whole-season check (~1 s of Python on a pool thread) would slow the pages' building; run_gui starts it
    when they are built, and a record changed outside WhaleLog still raises the alarm (issue 14)."""
    import subprocess
    import sys

    from whalelog_gui.demo_data import fill_season

    path = tmp_path / "log.sqlite"
    db = open_db(path)
    fill_season(db, days=2)
    db.conn.close()
    conn = sqlite3.connect(path, isolation_level=None)  # as an adversary would, outside WhaleLog
    conn.execute("UPDATE vessel_settings SET value_json = '\"JP\"' WHERE key = 'flag_state'")
    conn.close()
    env = isolated_env(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", INTEGRITY_AFTER_PAGES, str(path)], env=env, capture_output=True, text=True, timeout=90
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line for line in done.stderr.splitlines() if line.startswith(("integrity check", "pages drawn"))]
    assert lines == [
        "integrity check started; every page built: True",
        "pages drawn: True chart painted: True",
        "integrity checked; intact: False alarm: True",
    ], done.stderr[-2000:]
    # the alarm tones (QtMultimedia) load after the pages too, and the bar then says whether sound works
    # the GUI thread waits at most 1 ms for the GIL while a background read runs (ui/app.py, GIL_SWITCH_S)
    assert "GIL switch interval: 0.001" in done.stderr.splitlines(), done.stderr[-2000:]
    sound = [line for line in done.stderr.splitlines() if line.startswith("sound loaded")]
    assert sound in (
        ["sound loaded; every page built: True; available: True; said: ''"],
        ["sound loaded; every page built: True; available: False; said: '✕ sound unavailable'"],
    ), done.stderr[-2000:]


def test_the_charts_land_paths_are_built_on_the_preload_thread_not_at_the_first_paint(qtbot, tmp_path, monkeypatch):
    """QPainterPath building that froze the chart's first paint (issue 14): the preload builds the paths of the
    whole-world scale the Chart opens at, so the paint finds them made."""
    from whalelog_gui.ui.chart import chart_layers_qt

    built_on = []
    real = chart_layers_qt.WorldPaths.from_rings.__func__
    monkeypatch.setattr(
        chart_layers_qt.WorldPaths,
        "from_rings",
        classmethod(lambda cls, rings: (built_on.append(threading.get_ident()), real(cls, rings))[1]),
    )
    chart_layers_qt.land_paths.cache_clear()  # as at process start
    path = tmp_path / "log.sqlite"
    open_db(path).conn.close()
    run(qtbot, choice_at(path))
    assert built_on and threading.get_ident() not in built_on
    made = len(built_on)
    assert chart_layers_qt.land_paths(coarse=True) and len(built_on) == made  # the first paint builds nothing


def test_the_fine_land_is_built_on_a_thread_once_asked_so_the_first_zoom_in_builds_nothing(
    qtbot, tmp_path, monkeypatch
):
    """Built at the first zoom-in, the fine land froze the chart ~0.15 s (issue 14); run_gui asks for it once every
    page is built, and quitting waits for the thread."""
    from whalelog_gui.ui.chart import chart_layers_qt

    built_on = []
    real = chart_layers_qt.WorldPaths.from_rings.__func__
    monkeypatch.setattr(
        chart_layers_qt.WorldPaths,
        "from_rings",
        classmethod(lambda cls, rings: (built_on.append(threading.current_thread().name), real(cls, rings))[1]),
    )
    chart_layers_qt.land_paths.cache_clear()
    path = tmp_path / "log.sqlite"
    open_db(path).conn.close()
    preload = run(qtbot, choice_at(path))
    coarse = len(built_on)
    assert set(built_on) == {"startup-preload"}  # the coarse land only, for the Chart's first screen
    preload.build_fine_land()
    preload.build_fine_land()  # once
    preload.stop()  # joins it, as quitting does
    fine = built_on[coarse:]
    assert fine and set(fine) == {"chart-fine-land"}
    assert chart_layers_qt.land_paths(coarse=False) and len(built_on) == coarse + len(fine)  # the zoom builds nothing


BUILT_WITHOUT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import whalelog_gui.ui.pages as pages
from whalelog_gui.cli import main

# what only an officer's action needs, each imported when that action is first taken (issue 14)
ON_ACTION = ("whalelog_gui.ui.settings_dialog", "whalelog_gui.ui.forms.catches.catch_dialog",
             "whalelog_gui.ui.forms.catches.struck_lost_dialog", "whalelog_gui.export.pdf", "xml.sax.saxutils",
             "numpy.ma")
install = pages.install_pages

def recorded_install(window, *args, **kwargs):
    built = install(window, *args, **kwargs)

    def report():
        loaded = [name for name in ON_ACTION if name in sys.modules]
        print("pages built:", built.built, "loaded:", *loaded, file=sys.stderr, flush=True)
        import gc  # the cyclic collector runs on the GUI thread's timer only (ui/gui_thread_gc.py)
        print("automatic garbage collection:", gc.isenabled(), file=sys.stderr, flush=True)
        QApplication.instance().exit(0)

    built.all_built.connect(lambda: QTimer.singleShot(0, report))
    return built

pages.install_pages = recorded_install
sys.exit(main(["--db", sys.argv[1], "--exit-after", "60"]))
"""


def test_every_page_is_built_without_what_only_an_officers_action_needs(tmp_path):
    """The Settings dialog, the catch dialogs, the PDF printer, the XML writer and numpy.ma are not imported to
    build the pages; each is imported when first used (issue 14)."""
    import subprocess
    import sys

    from whalelog_gui.demo_data import fill_season

    path = tmp_path / "log.sqlite"
    db = open_db(path)
    fill_season(db, days=2)
    db.conn.close()
    done = subprocess.run(
        [sys.executable, "-c", BUILT_WITHOUT, str(path)],
        env=isolated_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line for line in done.stderr.splitlines() if line.startswith(("pages built:", "automatic garbage"))]
    assert lines == ["pages built: True loaded:", "automatic garbage collection: False"], done.stderr[-2000:]
