"""Application start-up: palette, main window, then store, areas, GPS source and the watch behind it.

The window is shown first and the heavy parts (shapely areas, the database, the reader thread) are
built on the first event-loop turn, so the bridge sees a window quickly even on a slow PC.
"""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from whalelog_gui.ui.main_window import MainWindow
from whalelog_gui.ui.palette import PaletteController

log = logging.getLogger("whalelog.app")

ORGANISATION = APPLICATION = "WhaleLog"
OFFICER_KEY = "people/watch_officer"  # shared with ui/settings_store.py
DEFAULT_OFFICER = "Officer of the watch"
DEFAULT_BAUD = 4800  # NMEA 0183 standard rate


def build_source(args):
    """(source or None, description) from --demo / --port / --replay; None means no GPS source."""
    if getattr(args, "demo", False):
        from whalelog_gui.nav.simulator import SimulatorSource

        source = SimulatorSource()
        return source, f"Simulated GPS: {source.voyage.name}"
    if getattr(args, "port", None):
        from whalelog_gui.nav.sources import SerialSource, source_for

        baud = args.baud or DEFAULT_BAUD
        source = source_for(args.port, baud)  # ValueError for a malformed udp:// or gpsd:// address
        if isinstance(source, SerialSource):
            return source, f"GPS receiver {args.port} at {baud} baud"
        return source, f"GPS from {args.port}"
    if getattr(args, "replay", None):
        from whalelog_gui.nav.sources import ReplaySource

        return ReplaySource(args.replay, speed=1.0), f"Replaying {args.replay}"
    return None, "No GPS source"


def make_application() -> QApplication:
    # Native file dialogs (GTK, Windows) ignore the application palette and would flash white at night.
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    from whalelog_gui.ui.screen_size import install_screen_fitter

    install_screen_fitter(app)  # no window opens larger than a 1024x600 bridge screen
    return app


def watch_officer(settings: QSettings) -> str:
    return str(settings.value(OFFICER_KEY, "") or "").strip() or DEFAULT_OFFICER


def run_gui(args) -> int:
    started = time.perf_counter()
    from whalelog_gui.logging_setup import configure_logging

    configure_logging()
    app = make_application()
    settings = QSettings(ORGANISATION, APPLICATION)
    palette = PaletteController(app, settings)
    palette.restore(getattr(args, "palette", None))
    from whalelog_gui.ui.first_run import settings_for_start

    # the demo and smoke tests (--exit-after) never block on the first-run walkthrough
    interactive = not (getattr(args, "demo", False) or getattr(args, "exit_after", None))
    app_settings = settings_for_start(settings, interactive=interactive)
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
    window.show()
    log.info("main window shown after %.2f s", time.perf_counter() - started)

    from whalelog_gui.ui.bridge_session import BridgeSession

    session = BridgeSession(window, settings, officer=lambda: watch_officer(settings))

    def start() -> None:
        try:
            session.start(args.db, source, app_settings=app_settings)
            from whalelog_gui.ui.pages import install_pages

            install_pages(window, session, palette, port_from_settings=port_from_settings)
        except Exception as exc:  # a store or area file that cannot be opened: say so where the user sees it
            log.exception("start-up failed")
            QMessageBox.critical(window, "WhaleLog cannot start", f"{exc}")
            app.exit(2)

    QTimer.singleShot(0, start)
    from whalelog_gui.ui.diagnostics_action import save_diagnostics_action
    from whalelog_gui.ui.settings_store import load_settings

    diagnostics = save_diagnostics_action(window, lambda: load_settings(settings), lambda: session.reader)
    window.menu_file.insertAction(window.quit_action, diagnostics)
    if getattr(args, "exit_after", None):
        QTimer.singleShot(int(args.exit_after * 1000), lambda: app.exit(0))  # no quit question in smoke tests
    app.aboutToQuit.connect(session.stop)
    code = app.exec()
    session.stop()
    return code
