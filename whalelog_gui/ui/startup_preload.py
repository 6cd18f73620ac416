"""Start-up work that needs no widget, done on a thread while the main window is shown (issue 14).

The window must appear and answer at once; what the session needs first is slow to import or to read (sqlite-utils
and numpy, shapely and the regulated areas, the chart's land and its painter paths, the store modules the pages use) and the logbook's
full-file check reads the whole file. None of it touches Qt, so it runs here, beside the GUI thread's event loop,
and `done` (queued to the GUI thread) says when the session may start. Nothing here decides anything: an error is
kept and the GUI thread's own open of the logbook then meets it and says why, as it always has.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from whalelog_gui.logbook_choice import LogbookChoice

log = logging.getLogger("whalelog.app")

# What the session needs from the core, imported here. Only Qt-free modules: PySide's import hook (shiboken's
# __feature_import__, run for every import) has crashed with two threads importing at once (seen here in a full UI
# run, and reported by other PySide6 applications), so no Qt module is imported on this thread.
SESSION_MODULES = (
    "sqlite_utils",
    "whalelog_gui.store.db",
    "whalelog_gui.zones.areas",
    "whalelog_gui.zones.monitor",
    "whalelog_gui.alerts.manager",
    "whalelog_gui.nav.reader",
    "whalelog_gui.ui.chart.layers",
)
# The core modules the pages read and write through (Qt-free, ~0.4 s to import): loaded here, so building a page
# on the GUI thread imports only its widget modules (those are imported there, the first time each page is built).
PAGE_MODULES = (
    "whalelog_gui.records.daily_sheet",
    "whalelog_gui.records.title_page",
    "whalelog_gui.records.catch",
    "whalelog_gui.records.compliance",
    "whalelog_gui.records.schooling",
    "whalelog_gui.records.stocks",
    "whalelog_gui.nav.typed_position",
    "whalelog_gui.store.logbook_repo",
    "whalelog_gui.store.sheet_entries",
    "whalelog_gui.store.drafts",
    "whalelog_gui.store.catches",
    "whalelog_gui.store.schooling",
    "whalelog_gui.store.notifications",
    "whalelog_gui.store.regime_settings",
    "whalelog_gui.store.writer",
    "whalelog_gui.export.report_files",
    "whalelog_gui.export.status",
    "whalelog_gui.export.custody",
    "whalelog_gui.export.receipt",
    "whalelog_gui.export.season",
    "whalelog_gui.export.bundle",
)


class StartupPreload(QObject):
    # both emitted from the preload thread and received on the GUI thread (this object lives there)
    session_ready = Signal()  # the logbook checked, the areas loaded: the session may start
    done = Signal()  # every page's modules loaded too

    def __init__(self, choose: Callable[[], LogbookChoice], parent: QObject | None = None):
        super().__init__(parent)
        self._choose = choose
        self.choice: LogbookChoice | None = None  # which logbook this session opens (logbook_choice.py)
        self.areas = None  # the regulated areas, loaded once for the watch and the chart
        self.monitor = None  # a ZoneMonitor over them, its operation still to be set from the settings
        self.checked = False  # the logbook file passed open_checks.inspect_database (with its quick_check)
        self.ready = False  # session_ready was emitted
        self.finished = False  # done was emitted
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="startup-preload", daemon=True)
        self._fine_land: threading.Thread | None = None

    def start(self) -> None:
        if self._stopping:  # quit before the start-up got this far: nothing to load
            return
        # the one Qt module the thread uses (QPainterPath, a value class, for the chart's land): imported here, on
        # the GUI thread, as the import hook requires; it imports no more than QtGui, loaded already
        importlib.import_module("whalelog_gui.ui.chart.chart_layers_qt")
        self._thread.start()

    def stop(self) -> None:
        """Quitting (even within the first second): the thread stops after its current step, is joined, and emits
        nothing more. A daemon thread still running Qt or import code at interpreter exit aborts the process."""
        self._stopping = True
        for thread in (self._thread, self._fine_land):
            if thread is not None and thread.is_alive():
                thread.join()

    def build_fine_land(self) -> None:
        """The fine land's painter paths (the chart past 6 px/deg), built on a thread once every page is built.
        Built at the first zoom-in instead, they froze the chart for ~0.15 s (the layer decoded, then ~48 000
        points made into paths); built in the preload, they held back the session by as much."""
        if self._stopping or self._fine_land is not None:
            return
        from whalelog_gui.ui.chart.chart_layers_qt import land_paths  # here, on the GUI thread (see above)

        def build() -> None:
            began = time.perf_counter()
            try:
                land_paths(coarse=False)  # lru-cached: the chart's first zoom-in finds them made
            except Exception:  # noqa: BLE001 - logged; the chart builds them itself at the first zoom-in
                log.exception("fine chart land not built in the background")
                return
            log.info("fine chart land built in %.2f s", time.perf_counter() - began)

        self._fine_land = threading.Thread(target=build, name="chart-fine-land", daemon=True)
        self._fine_land.start()

    def _run(self) -> None:
        began = time.perf_counter()
        check = None
        try:
            self.choice = self._choose()
            check = self._start_check()
            for name in SESSION_MODULES:
                if self._stopping:
                    return
                importlib.import_module(name)
                if name == "whalelog_gui.zones.monitor":
                    from whalelog_gui.operations import OPERATIONS
                    from whalelog_gui.zones.areas import load_areas
                    from whalelog_gui.zones.monitor import ZoneMonitor

                    self.areas = load_areas()
                    # the boundaries are the slow part; the session sets operation and look-ahead from settings
                    self.monitor = ZoneMonitor(self.areas, OPERATIONS[0])
                elif name == "whalelog_gui.ui.chart.layers":  # Qt-free: the chart's land, read from its file
                    from whalelog_gui.ui.chart.chart_layers_qt import land_paths
                    from whalelog_gui.ui.chart.layers import chart_land

                    chart_land()
                    # and the painter paths the Chart's first screen draws (the whole-world scale: coarse land,
                    # ~25 ms), so its first paint only draws them; chart_layers_qt was imported by start(), on the
                    # GUI thread. The fine land (~0.12 s) is built at the first zoom-in: here it would hold back the
                    # session by that much
                    land_paths(coarse=True)
            check.join()
            self._session_ready()
            for name in PAGE_MODULES:  # while the GUI thread starts the session and builds the chart
                if self._stopping:
                    return
                importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the GUI thread loads what is missing and reports its own error
            log.exception("start-up preload stopped; the rest loads on the GUI thread")
        finally:
            if check is not None:
                check.join()
            self._session_ready()
            self.finished = True
            log.info("start-up preload done in %.2f s", time.perf_counter() - began)
            if not self._stopping:
                self.done.emit()

    def _session_ready(self) -> None:
        if not self.ready and not self._stopping:
            self.ready = True
            self.session_ready.emit()

    def _start_check(self) -> threading.Thread:
        """The logbook's full-file check (~60 ms of SQLite reading a 60 MB season) on a thread of its own: SQLite lets
        go of the GIL while it reads, so the check runs beside the imports instead of after them. Its module is
        imported here, on the preload thread: the check thread imports nothing (one importing thread, see above)."""
        from whalelog_gui.store.open_checks import StoreOpenError, inspect_database

        choice = self.choice

        def check() -> None:
            if choice is None or self._stopping:
                return
            try:
                inspect_database(choice.path, quick_check=True)
            except (StoreOpenError, OSError):
                return  # refused: the GUI thread's open meets the same refusal and shows it to the officer
            except Exception:  # noqa: BLE001 - unchecked: the GUI thread's open checks again and reports
                log.exception("start-up check of the logbook stopped; the session checks it again")
                return
            self.checked = True

        thread = threading.Thread(target=check, name="startup-check", daemon=True)
        thread.start()
        return thread
