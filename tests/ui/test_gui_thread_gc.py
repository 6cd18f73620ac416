"""Qt objects in reference cycles are destroyed on the GUI thread, never on a worker thread (ui/gui_thread_gc.py)."""

import gc
import threading

from PySide6.QtCore import QObject, Qt

from whalelog_gui.ui import gui_thread_gc
from whalelog_gui.ui.gui_thread_gc import GuiThreadCollector, collect_due, collection_paused


def _cyclic_garbage(destroyed_on: list) -> None:
    probe = QObject()
    probe.destroyed.connect(
        lambda *_: destroyed_on.append(threading.current_thread().name), Qt.ConnectionType.DirectConnection
    )
    probe.me = probe  # a reference cycle: only the cyclic collector frees it


def _allocate_in_a_worker() -> list:
    kept = []

    def allocate():
        kept.append([[i] for i in range(200_000)])  # far past every generation's threshold, and kept

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    return kept


def test_with_automatic_collection_a_worker_thread_destroys_the_qt_object(qtbot):
    """The crash's cause, shown: what the collector below prevents."""
    destroyed_on = []
    was = gc.isenabled()
    gc.collect()
    gc.enable()
    try:
        _cyclic_garbage(destroyed_on)
        _allocate_in_a_worker()
    finally:
        if not was:
            gc.disable()
        gc.collect()
    assert destroyed_on == ["worker"]


def test_the_collector_destroys_it_on_the_gui_thread_by_pythons_thresholds(qtbot):
    destroyed_on = []
    was = gc.isenabled()
    gc.collect()
    collector = GuiThreadCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        _cyclic_garbage(destroyed_on)
        kept = _allocate_in_a_worker()
        assert destroyed_on == []  # the worker allocated past the thresholds and collected nothing
        qtbot.waitUntil(lambda: destroyed_on == ["MainThread"], timeout=5000)
        del kept
    finally:
        collector.stop()
    assert gc.isenabled() == was  # stop() restores what it found


def test_a_collection_is_made_only_when_python_would_make_one():
    was = gc.isenabled()
    gc.disable()  # as under the collector: nothing collects behind the test's back
    try:
        gc.collect()
        assert collect_due() is None  # counts just reset: nothing due
        junk = [[i] for i in range(gc.get_threshold()[0] * 3)]
        assert collect_due() in (0, 1, 2)
        assert collect_due() is None  # collected: the counts start again
        del junk
    finally:
        if was:
            gc.enable()


def _middle_collections_until_oldest_is_due() -> None:
    """Collect the young generations until the oldest one's count, and the middle one's, are past their
    thresholds: by the counts alone the next collection would be a full one."""
    while gc.get_count()[2] <= gc.get_threshold()[2]:
        gc.collect(1)
    while gc.get_count()[1] <= gc.get_threshold()[1]:
        gc.collect(0)


def test_a_full_collection_waits_until_a_quarter_more_objects_are_long_lived(monkeypatch):
    """CPython's guard (issue 14): without it every tenth middle collection was a full one, walking every object
    the window holds on the GUI thread (54-80 ms each on a 200-day season)."""
    was = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        monkeypatch.setattr(gui_thread_gc._LongLived, "total", 1_000_000)
        monkeypatch.setattr(gui_thread_gc._LongLived, "pending", 1_000)
        _middle_collections_until_oldest_is_due()
        kept = [[i] for i in range(gc.get_threshold()[0] * 3)]  # young objects that survive: they move on
        assert collect_due() == 1  # the oldest generation is due by its count, not by the guard
        assert gui_thread_gc._LongLived.pending >= 1_000 + len(kept)  # the survivors counted as moved on
        monkeypatch.setattr(gui_thread_gc._LongLived, "pending", 250_001)  # a quarter more: now it is due
        _middle_collections_until_oldest_is_due()
        junk = [[i] for i in range(gc.get_threshold()[0] * 3)]
        assert collect_due() == 2
        assert gui_thread_gc._LongLived.pending == 0 and gui_thread_gc._LongLived.total == len(gc.get_objects(2))
        del junk, kept
    finally:
        if was:
            gc.enable()


def test_settling_freezes_what_the_start_up_made_and_stopping_releases_it(qtbot):
    collector = GuiThreadCollector()
    try:
        made = [[i] for i in range(1000)]
        collector.settle()
        assert gc.get_freeze_count() >= len(made)  # out of every later collection's walk
        assert not any(obj is made for obj in gc.get_objects())
    finally:
        collector.stop()
    assert gc.get_freeze_count() == 0


PALETTE_SWITCH_WITH_QT_GARBAGE = """
import gc
from PySide6.QtWidgets import QApplication
from whalelog_gui.ui.forms.logbook.sheet_view import SheetView
from whalelog_gui.ui.palette import PaletteController

app = QApplication([])
palette = PaletteController(app)
for name in ("night", "day", "night", "dusk") * 5:
    gc.collect()
    view = SheetView(live=False)
    view._cycle = view  # garbage in a reference cycle: only the collector frees it, and its child widgets with it
    del view
    palette.apply(name)
    view = SheetView(live=False)
    view._cycle = view
    del view
    gc.set_threshold(1, 1, 1)  # a collection at almost every allocation: one falls inside the walk itself
    palette._repolish_roles()  # the walk apply() makes (apply's own allocations would collect before it)
    gc.set_threshold(700, 10, 10)
print("switched")
"""


def test_a_palette_switch_walks_every_widget_with_collection_paused():
    """The walk over QApplication.allWidgets() turns each widget of Qt's list into a Python object; a collection
    in the middle could free a widget later in that list, and the walk then touched freed memory (a segfault
    seen in a test's palette fixture). Run in a process of its own: a crash is a crash, not a failed assert."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PALETTE_SWITCH_WITH_QT_GARBAGE], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and "switched" in done.stdout, (done.returncode, done.stderr[-2000:])


def test_collection_paused_restores_what_it_found():
    gc.enable()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()  # as under the GUI-thread collector
    try:
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
