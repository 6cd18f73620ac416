"""Application start-up: palette, main window, then store, areas, GPS source and the watch behind it.

The window is shown first and the heavy parts (shapely areas, the database, the reader thread) are
built on the first event-loop turn, so the bridge sees a window quickly even on a slow PC.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import signal
import socket
import sys
import time

from PySide6.QtCore import QObject, QSettings, QSocketNotifier, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.ui import error_boxes
from whalelog_gui.ui.error_boxes import error_text, show_error
from whalelog_gui.ui.gui_thread_gc import GuiThreadCollector
from whalelog_gui.ui.database_job import stop_background_jobs
from whalelog_gui.ui.i18n import LanguageController, tr_message, translate
from whalelog_gui.ui.main_window import MainWindow
from whalelog_gui.ui.palette import PaletteController
from whalelog_gui.watch.pipeline import DEFAULT_OFFICER

log = logging.getLogger("whalelog.app")

ORGANISATION = APPLICATION = "WhaleLog"
OFFICER_KEY = "people/watch_officer"  # shared with ui/settings_store.py
DEFAULT_BAUD = 4800  # NMEA 0183 standard rate
# the alarm tones load this long after the last page is built: a turn of their own, not added to the page's
SOUND_AFTER_PAGES_MS = 50
# How long a thread running Python keeps the GIL while another waits for it (CPython's default: 5 ms). The GUI
# thread needs the GIL for every call Qt makes into Python (a timer, a fitted label's paint, the bridge style):
# while a background read ran, each such call could wait 5 ms, and a turn with several froze the bridge 40-50 ms.
# At 1 ms the longest stall with the Transmission read running fell from ~42 to ~33 ms (median of 6 starts), and
# nothing started later (issue 14).
GIL_SWITCH_S = 0.001
PRELOAD_AFTER_SHOW_MS = 15  # the start-up preload begins after the window's first frame
FINE_LAND_AFTER_PAGES_MS = 1500  # the chart's detailed land, for the first zoom-in, built after the start-up
# the names of the demo voyages in resources/demo/*.json, for the catalogues (a test checks the list is complete)
DEMO_VOYAGE_NAMES = (QT_TRANSLATE_NOOP("DemoVoyage", "Southern Ocean Sanctuary boundary"),)


def voyage_name(name: str) -> str:
    """A demo voyage's name in the crew's language (as written in its file when it is not in DEMO_VOYAGE_NAMES)."""
    known = {str(marked): marked for marked in DEMO_VOYAGE_NAMES}
    return tr_message(known[name]) if name in known else name


def build_source(args):
    """(source or None, description) from --demo / --port / --replay; None means no GPS source."""
    if getattr(args, "demo", False):
        from whalelog_gui.nav.simulator import SimulatorSource

        source = SimulatorSource()
        return source, translate("App", "Simulated GPS: {voyage}").format(voyage=voyage_name(source.voyage.name))
    if getattr(args, "port", None):
        from whalelog_gui.nav.sources import SerialSource, source_for

        baud = args.baud or DEFAULT_BAUD
        source = source_for(args.port, baud)  # ValueError for a malformed udp:// or gpsd:// address
        if isinstance(source, SerialSource):
            return source, translate("App", "GPS receiver {port} at {baud} baud").format(port=args.port, baud=baud)
        return source, translate("App", "GPS from {port}").format(port=args.port)
    if getattr(args, "replay", None):
        from whalelog_gui.nav.sources import ReplaySource

        return ReplaySource(args.replay, speed=1.0), translate("App", "Replaying {file}").format(file=args.replay)
    return None, translate("App", "No GPS source")


def make_application() -> QApplication:
    # Native file dialogs (GTK, Windows) ignore the application palette and would flash white at night.
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)  # windows fit the screen as they ask for a size: ui/screen_size.py
    return app


def watch_officer(settings: QSettings) -> str:
    return str(settings.value(OFFICER_KEY, "") or "").strip() or DEFAULT_OFFICER


def quit_on_sigterm(app: QApplication) -> QObject:
    """SIGTERM (a shutdown, `kill`, the service manager) quits like File → Quit: drafts flushed, writer drained,
    database closed. Python runs signal handlers only between bytecodes, and Qt's loop runs in C++, so the signal
    wakes the loop through a socket (signal.set_wakeup_fd) and the handler then quits on the GUI thread."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def woken() -> None:
        try:
            reader.recv(64)
        except OSError:
            pass

    def terminate(_signum, _frame) -> None:
        log.warning("SIGTERM: quitting as File → Quit does")
        QTimer.singleShot(0, app.quit)

    notifier.activated.connect(woken)
    notifier._sockets = (reader, writer)  # kept alive with the notifier
    signal.signal(signal.SIGTERM, terminate)
    return notifier


def flush_open_drafts(app: QApplication) -> None:
    """Every open form's draft written now (File → Quit and SIGTERM), not after its typing pause."""
    from whalelog_gui.ui.forms.logbook.drafts import DraftKeeper

    for widget in app.topLevelWidgets():
        for keeper in widget.findChildren(DraftKeeper):
            keeper.flush()


def refuse_store(window, exc, *, interactive: bool) -> bool:
    """A logbook WhaleLog must not write: say why (stderr and, when someone is there, a dialog). Returns True
    when the user chose to open a damaged logbook read-only."""
    from whalelog_gui.store.open_checks import DatabaseDamagedError

    print(f"whalelog: {exc}", file=sys.stderr, flush=True)
    if not interactive:
        return False
    if isinstance(exc, DatabaseDamagedError):
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("App", "Logbook damaged"),
            error_text(error_boxes.DAMAGED, exc),
            parent=window,
        )
        read_only = box.addButton(translate("App", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is read_only
    show_error(window, translate("App", "WhaleLog cannot open this logbook"), error_boxes.CANNOT_OPEN, exc)
    return False


def show_language_problems(window: MainWindow, language: LanguageController) -> None:
    """A missing catalogue or Japanese font, in the status bar in the alarm colour until the language changes."""
    from PySide6.QtWidgets import QLabel

    label = window.findChild(QLabel, "language_problems")
    if label is None:
        label = QLabel()
        label.setObjectName("language_problems")
        label.setProperty("role", "alarm")
        label.setWordWrap(True)
        window.statusBar().addPermanentWidget(label, 2)
    label.setText(" ".join(language.problems))
    label.setVisible(bool(language.problems))


def run_gui(args) -> int:
    started = time.perf_counter()
    switch_was = sys.getswitchinterval()
    sys.setswitchinterval(GIL_SWITCH_S)
    from whalelog_gui.logging_setup import configure_logging

    configure_logging()
    app = make_application()
    settings = QSettings(ORGANISATION, APPLICATION)
    palette = PaletteController(app, settings)
    palette.restore(getattr(args, "palette", None))
    language = LanguageController(app, settings)
    language.restore()  # before any window: the walkthrough already speaks the crew's language
    from whalelog_gui.logbook_choice import choose_logbook
    from whalelog_gui.ui.first_run import settings_for_start

    choice = choose_logbook(args)  # a demo or replay gets its own logbook unless --db names one
    # the demo and smoke tests (--exit-after) never block on the first-run walkthrough
    interactive = not (getattr(args, "demo", False) or getattr(args, "exit_after", None))
    # the walkthrough saves the regime (vessel, operation, flag State) in the logbook chosen above (issue 13)
    app_settings = settings_for_start(settings, choice.path, interactive=interactive, language=language)
    if app_settings is None:
        log.info("first-run walkthrough cancelled; nothing saved")
        return 0
    # a receiver from settings may be changed in Settings while running; one given on the command line is kept
    port_from_settings = not (args.demo or args.port or args.replay)
    if port_from_settings and app_settings.gps_port:
        args.port, args.baud = app_settings.gps_port, args.baud or app_settings.baud
    try:
        source, description = build_source(args)
    except ValueError as exc:  # a malformed udp:// or gpsd:// address: one line, like a usage error
        print(f"whalelog: {exc}", file=sys.stderr)
        return 2
    window = MainWindow(palette, description)
    show_language_problems(window, language)
    language.changed.connect(lambda _code: show_language_problems(window, language))
    window.show()
    log.info("main window shown after %.2f s", time.perf_counter() - started)

    from whalelog_gui.ui.startup_preload import StartupPreload

    # imports, areas, land paths and the logbook's check on a thread while the event loop shows the window: started
    # once the loop has painted the window (below), as a thread holding Python's GIL would slow the window's own
    # construction and first frame
    preload = StartupPreload(lambda: choice, window)

    session = None  # the BridgeSession, made once the preload has loaded its modules (never waited for here)

    def stop_session() -> None:
        if session is not None:
            session.stop()

    def start(read_only: bool = bool(getattr(args, "read_only", False))) -> None:
        nonlocal session
        from whalelog_gui.ui.bridge_session import BridgeSession

        if session is None:
            session = BridgeSession(window, settings, officer=lambda: watch_officer(settings))
        started = session
        with refusals_said(read_only):
            session.start(
                choice.path,
                source,
                app_settings=app_settings,
                choice=choice,
                read_only=read_only,
                zones=preload.areas,
                monitor=preload.monitor,
                checked=preload.checked and not read_only,
                check_integrity=False,
            )
            # the Chart's widget modules on the next event-loop turn, the pages (the Chart first) on the one after:
            # the window answers between the session's start, those imports and the Chart's build, each short
            # enough for the 50 ms the bridge may wait (issue 14)
            QTimer.singleShot(1, lambda: started.db is not None and import_chart(started, read_only))

    def import_chart(started, read_only: bool) -> None:
        with refusals_said(read_only):  # a module that cannot be loaded is said, as a failed install is
            importlib.import_module("whalelog_gui.ui.chart_page")
            QTimer.singleShot(1, lambda: started.db is not None and install(read_only))

    def install(read_only: bool) -> None:
        from whalelog_gui.ui.pages import NEXT_PAGE_MS, install_pages

        with refusals_said(read_only):
            # the Chart drawn on the event-loop turn after the one that builds it: built and drawn together, the
            # window froze for ~50 ms, the bridge's limit (issue 14); the screen keeps its last frame meanwhile
            window.pages.setUpdatesEnabled(False)
            QTimer.singleShot(NEXT_PAGE_MS, window.pages, lambda: window.pages.setUpdatesEnabled(True))
            pages = install_pages(window, session, palette, port_from_settings=port_from_settings, language=language)
            integrity, sound = session.integrity, session.sound

            # after the last page, each on a turn of its own: the alarm tones (QtMultimedia, ~25-40 ms here; an
            # alert before then loads them itself, ui/sound.py); then the whole-season integrity check (~1 s of
            # Python on a pool thread: started with the pages still being built it took the GIL from them, and
            # started before the tones it made their turn 70-100 ms); its alarm follows a second later. The chart's
            # fine land is built on a thread once the window has settled (ui/startup_preload.py)
            def tones_then_check() -> None:
                try:
                    sound.load()
                finally:  # the check runs whatever the sound did, unless this session has stopped meanwhile
                    if integrity is not None:
                        QTimer.singleShot(NEXT_PAGE_MS, lambda: session.integrity is integrity and integrity.check())

            def after_pages() -> None:
                collector.settle()  # the pages are kept: no later collection walks them again
                QTimer.singleShot(SOUND_AFTER_PAGES_MS, tones_then_check)
                QTimer.singleShot(FINE_LAND_AFTER_PAGES_MS, preload.build_fine_land)

            if pages.built:
                after_pages()
            else:
                pages.all_built.connect(after_pages)

    @contextlib.contextmanager
    def refusals_said(read_only: bool):
        from whalelog_gui.store.open_checks import StoreOpenError

        try:
            yield
        except StoreOpenError as refused:  # another program's file, damaged, unwritable: refused with the reason
            session.stop()
            # a person is at the screen unless this is a smoke test (--exit-after), even in the demo
            if refuse_store(window, refused, interactive=not getattr(args, "exit_after", None)) and not read_only:
                start(read_only=True)
                return
            app.exit(2)
        except Exception as exc:  # a store or area file that cannot be opened: say so where the user sees it
            log.exception("start-up failed")
            show_error(window, translate("App", "WhaleLog cannot start"), error_boxes.CANNOT_START, exc)
            app.exit(2)

    # the session starts once the preload is done; the event loop (and the window) runs meanwhile
    begun = []

    def start_once() -> None:  # once, even if a refused start is retried read-only
        if not begun:
            begun.append(True)
            collector.settle()  # the modules and the window are kept: no collection walks them again (54 ms each)
            start()

    preload.done.connect(start_once)  # every module loaded: the GUI thread then imports nothing while it runs
    from whalelog_gui.ui.diagnostics_action import save_diagnostics_action
    from whalelog_gui.ui.settings_store import load_settings

    diagnostics = save_diagnostics_action(
        window,
        lambda: session.current_settings() if session is not None else load_settings(settings),
        lambda: session.reader if session is not None else None,
    )
    window.menu_file.insertAction(window.quit_action, diagnostics)
    if getattr(args, "exit_after", None):
        QTimer.singleShot(int(args.exit_after * 1000), lambda: app.exit(0))  # no quit question in smoke tests
    app.aboutToQuit.connect(lambda: flush_open_drafts(app))
    app.aboutToQuit.connect(preload.stop)  # before the window (its parent) goes
    app.aboutToQuit.connect(stop_session)
    app.aboutToQuit.connect(stop_background_jobs)  # the pages' reads dropped, before the collector stops
    sigterm = quit_on_sigterm(app)  # noqa: F841 - lives as long as the loop
    # from here on other threads run Python: the cyclic collector runs on this thread only (ui/gui_thread_gc.py)
    collector = GuiThreadCollector(app)
    # once the window has painted: the preload's imports hold the GIL in 5 ms slices, and the first paint's Python
    # (the alert bar's fitted labels) waited on them, the window's first frame ~50 ms instead of ~25
    QTimer.singleShot(PRELOAD_AFTER_SHOW_MS, preload.start)
    code = app.exec()
    preload.stop()
    stop_session()
    collector.stop()
    sys.setswitchinterval(switch_was)
    return code
