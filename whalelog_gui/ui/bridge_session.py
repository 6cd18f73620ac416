"""Wires one running bridge: GPS source -> NavReader -> NavBridge -> BridgeWatch -> alert bar, sound, store.

Built after the main window is shown; `stop()` is idempotent and leaves no reader thread or open database.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Signal

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.nav.fix import SourceState
from whalelog_gui.ui import bridge_cautions
from whalelog_gui.ui.bridge_cautions import (  # noqa: F401 (the alert keys, as tests and callers know them)
    NOT_RECORDED_KEY,
    READ_ONLY_KEY,
    REGIME_KEY,
    STORAGE_KEY,
    TRACK_GAP_KEY,
)
from whalelog_gui.ui.nav_bridge import NavBridge
from whalelog_gui.ui.sound import SoundController
from whalelog_gui.store.writer import StoreWriter

log = logging.getLogger("whalelog.app")

#: the integrity alarm's button: the master declares the break found (store/integrity.declare_break)
DECLARE_BREAK = QT_TRANSLATE_NOOP("BridgeSession", "Declare\nbreak…")


class BridgeSession(QObject):
    storage_changed = Signal(object)  # StorageState, from the writer thread (queued to the GUI thread)

    def __init__(self, window, settings: QSettings, officer: Callable[[], str], sound: SoundController | None = None):
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.officer = officer
        self.bridge = NavBridge(self)
        # the tones load once the pages are built (ui/app.py), or at the first alert that needs one
        self.sound = sound or SoundController(self, defer=True)
        self.sound.state_changed.connect(window.alert_bar.show_sound_state)
        if self.sound.loaded:
            window.alert_bar.show_sound_state(None, self.sound.available)
        self.db = None
        self.writer: StoreWriter | None = None
        self.watch = None
        self.reader = None
        self.history_window = None
        self.read_only = False
        self.refusal: str | None = None  # why this session's positions are not recorded, if they are not
        self.logbook_kind = "real"
        self.regime_problems: dict[str, str] = {}  # logbook regime values that could not be used
        self.notices = None  # NotificationCautions, once started
        window.alert_history_action.triggered.connect(self.show_history)
        self.storage_changed.connect(self._storage_changed)
        from whalelog_gui.ui.integrity_watch import INTEGRITY_KEY

        self.integrity = None  # IntegrityWatch of the open logbook
        self.declare_button = window.alert_bar.add_alert_action(INTEGRITY_KEY, DECLARE_BREAK)
        self.declare_button.clicked.connect(self.declare_integrity_break)

    def start(
        self,
        db_path,
        source,
        *,
        zones=None,
        app_settings=None,
        choice=None,
        read_only: bool = False,
        checked: bool = False,
        monitor=None,
        check_integrity: bool = True,
    ) -> None:
        """Open the store, load the areas once, build the watch and start reading `source` (None: no GPS).

        choice (logbook_choice.LogbookChoice) says where the positions come from; a simulated or replayed source
        is recorded only in a demo or replay logbook. read_only opens the logbook without writing anything.
        checked: the file has just passed open_checks.inspect_database with its quick_check (on the start-up
        preload thread), so this open does not read the whole file again on the GUI thread. monitor: a ZoneMonitor
        already built over `zones` off the GUI thread (its boundaries take a while); given the settings here.
        check_integrity False: the caller starts `integrity.check()` itself (run_gui: once every page is built)."""
        from whalelog_gui import paths
        from whalelog_gui.alerts.manager import AlertManager
        from whalelog_gui.logbook_choice import choice_for, prepare_logbook
        from whalelog_gui.store import position_sources
        from whalelog_gui.store.db import open_db
        from whalelog_gui.ui.settings_store import load_settings
        from whalelog_gui.ui.watch import BridgeWatch
        from whalelog_gui.watch.recorders import queued_recorders
        from whalelog_gui.zones.areas import load_areas
        from whalelog_gui.zones.monitor import ZoneMonitor

        self.bridge.blockSignals(False)  # a start after a refused one (read-only) must hear fixes again
        app_settings = app_settings or load_settings(self.settings)
        db_path = self.db_path = db_path or paths.default_db_path()
        choice = choice or choice_for(db_path, source)
        self.read_only = read_only
        # GUI-thread connection: migrations, alert history window, the pages' reads
        self.db = open_db(db_path, read_only=read_only, quick_check=not checked)
        self.logbook_kind = position_sources.logbook_kind(self.db)
        if read_only:
            self.refusal = bridge_cautions.read_only_refusal()
        else:
            self.refusal = prepare_logbook(self.db, choice)
            self.logbook_kind = position_sources.logbook_kind(self.db)
        recording = self.refusal is None
        writer = None
        if not read_only:  # every write (forms too, positions only when recorded) commits on the writer's thread
            # the file was checked by the open just above: the writer's own open need not read all of it again
            writer = self.writer = StoreWriter(
                db_path, functools.partial(open_db, quick_check=False), on_storage=self.storage_changed.emit
            )
            writer.start()
        areas = self.areas = zones if zones is not None else load_areas()
        app_settings = self.app_settings = self._with_logbook_regime(app_settings)
        areas = list(areas)
        if monitor is None or len(monitor.areas) != len(areas) or any(a is not b for a, b in zip(monitor.areas, areas)):
            monitor = ZoneMonitor(areas, app_settings.operation, lookahead_min=app_settings.lookahead_min)
        else:
            monitor.operation, monitor.lookahead_min = app_settings.operation, app_settings.lookahead_min
        record_fix, record_change = queued_recorders(writer, choice.source) if recording else (None, None)
        self.watch = BridgeWatch(
            monitor,
            AlertManager(sog_limit_kn=app_settings.sog_limit_kn),
            officer=self.officer,
            parent=self,
            record_fix=record_fix,
            record_change=record_change,
        )
        self._show_mode(choice)
        from whalelog_gui.ui.integrity_watch import IntegrityWatch

        # checked off the GUI thread (~1 s on a full season): a break raises the integrity alarm when found
        self.integrity = IntegrityWatch(db_path, self.watch.alerts, read_only=read_only, parent=self)
        if check_integrity:
            self.integrity.check()
        panel, bar = self.window.position_panel, self.window.alert_bar
        self.bridge.fix_received.connect(self.watch.on_fix)
        self.bridge.status_changed.connect(self.watch.on_status)
        self.bridge.fix_display.connect(panel.show_fix)
        self.bridge.status_changed.connect(panel.show_status)
        self.watch.alerts_changed.connect(bar.show_alerts)
        self.watch.alerts_changed.connect(self.sound.update)
        bar.acknowledge_requested.connect(self.watch.acknowledge)
        bar.silence_requested.connect(self.watch.silence)
        # areas are monitored only while a valid position comes in; until then the bar says so (issue 15)
        bar.set_monitored(False)
        self.bridge.status_changed.connect(
            lambda status: bar.set_monitored(status.state is SourceState.VALID_FIX and not status.fix_lost)
        )
        # raised once the bar listens: a missing regime, and the para 26(a) notifications due (issue 13)
        self._show_regime_caution()
        from whalelog_gui.ui.notification_cautions import NotificationCautions

        # read off the GUI thread (every catch of the season): the cautions follow when it is done (issue 14)
        self.notices = NotificationCautions(
            self.watch.alerts, self.db, lambda: self.app_settings, self, db_path=self.db_path
        )
        self.notices.start()
        self._start_reader(source)

    def _with_logbook_regime(self, app_settings):
        """The per-user settings with this logbook's regime (issue 13). An older installation's regime, still in
        QSettings, is carried into a logbook that has none (logged); it is removed from QSettings only once a
        real logbook holds it, so a demo run cannot take it from the ship's logbook."""
        from whalelog_gui.store import position_sources
        from whalelog_gui.store.regime_settings import adopt_legacy_regime, legacy_differences, with_regime
        from whalelog_gui.store.vessel import load_vessel, save_vessel
        from whalelog_gui.ui.settings_store import forget_legacy_regime, legacy_regime

        legacy = legacy_regime(self.settings)
        if legacy and not self.read_only:
            copied = adopt_legacy_regime(self.db, legacy, self.officer(), str(self.db_path))
            if copied and self.logbook_kind == position_sources.REAL:
                forget_legacy_regime(self.settings)
                log.info(
                    "old per-user vessel settings removed from %s: the logbook %s holds them",
                    self.settings.fileName(),
                    self.db_path,
                )
            elif not copied and (differ := legacy_differences(self.db, legacy)):
                log.warning(
                    "per-user settings %s still hold vessel settings (%s) that differ from the logbook's; "
                    "the logbook's are used",
                    self.settings.fileName(),
                    ", ".join(differ),
                )
        vessel = load_vessel(self.db)
        if self.logbook_kind != position_sources.REAL and not self.read_only and not vessel.regime.get("vessel_name"):
            # a demo or replay logbook never holds the ship's records: name it for what it is rather than have the
            # bridge ask for the ship's settings (flag State and operation stay at their defaults)
            name = {position_sources.DEMO: "DEMO vessel (simulated voyage)"}.get(
                self.logbook_kind, "REPLAY (recorded positions)"
            )
            vessel = dataclasses.replace(vessel, regime={**vessel.regime, "vessel_name": name})
            save_vessel(self.db, vessel, "WhaleLog")
        settings, problems = with_regime(app_settings, vessel)
        for name, message in problems.items():
            log.error("logbook vessel setting %s: %s", name, message)
        self.regime_problems = problems
        return settings

    def current_settings(self):
        """Per-user settings as stored now, with the open logbook's regime (the Settings dialog starts from these)."""
        from whalelog_gui.store.regime_settings import with_regime
        from whalelog_gui.store.vessel import load_vessel
        from whalelog_gui.ui.settings_store import load_settings

        settings = load_settings(self.settings)
        return settings if self.db is None else with_regime(settings, load_vessel(self.db))[0]

    def _show_regime_caution(self) -> None:
        """A logbook without its vessel settings, or with one that cannot be read, is said on the bridge."""
        if self.watch is not None:
            bridge_cautions.show_regime(self.watch.alerts, bool(self.app_settings.vessel_name), self.regime_problems)

    def _show_mode(self, choice) -> None:
        """Title, banner and a standing caution say what this logbook is and whether positions are recorded."""
        self.window.show_logbook_mode(
            self.logbook_kind, choice.source, str(self.db_path), self.refusal, read_only=self.read_only
        )
        log.info(
            "logbook %s (%s, positions from the %s%s); window title %r",
            self.db_path,
            self.logbook_kind,
            choice.source,
            f"; NOT recorded: {self.refusal}" if self.refusal else "",
            self.window.windowTitle(),
        )
        if self.refusal:
            bridge_cautions.show_not_recorded(self.watch.alerts, self.refusal, self.read_only)

    def _storage_changed(self, state) -> None:
        """The store writer's storage state, on the GUI thread (bridge_cautions.show_storage)."""
        if self.watch is not None:
            bridge_cautions.show_storage(self.watch.alerts, state)

    def _start_reader(self, source) -> None:
        self.window.set_monitoring_running(source is not None)
        if source is None:
            log.warning("no GPS source: choose the receiver's port in Settings (or start with --port PORT)")
            return
        from whalelog_gui.nav.reader import NavReader

        settings = self.app_settings
        self.reader = NavReader(
            source,
            self.bridge.on_fix,
            self.bridge.on_status,
            lost_fix_after_s=settings.lost_fix_s,
            allow_missing_checksum=settings.allow_missing_checksum,
            sog_limit_kn=settings.sog_limit_kn,
        )
        self.reader.start()
        log.info("reading GPS from %s", getattr(source, "name", source))

    def apply_settings(self, new, *, port_from_settings: bool) -> None:
        """Settings saved while running: the monitor takes the new profile and look-ahead at once (the next
        fix re-evaluates every alert), and a receiver chosen in settings is reopened if its line changed."""
        old, self.app_settings = self.app_settings, new
        self.regime_problems = {}  # the dialog saved a validated regime
        if self.watch is not None:
            self.watch.monitor.operation = new.operation
            self.watch.monitor.lookahead_min = new.lookahead_min
            self._show_regime_caution()
        if self.notices is not None:
            self.notices.refresh()  # the operation, time zone or the 85 % switch may have changed
        line = ("gps_port", "baud", "allow_missing_checksum", "lost_fix_s", "sog_limit_kn")
        if port_from_settings and old is not None and any(getattr(old, k) != getattr(new, k) for k in line):
            if self.reader is not None:
                self.reader.stop()
                self.reader = None
            from whalelog_gui.nav.sources import source_for

            try:
                source = source_for(new.gps_port, new.baud) if new.gps_port else None
            except ValueError as exc:  # a malformed udp:// or gpsd:// address: say so, as an unopenable port would
                log.error("cannot use GPS source %s: %s", new.gps_port, exc)
                source = None
            self._start_reader(source)

    def declare_integrity_break(self):
        """The master's declaration dialog for the breaks found (from the alarm or the Transmission page)."""
        if self.integrity is None:
            return None
        from whalelog_gui.ui.integrity_watch import open_declaration

        return open_declaration(self.integrity, self.window)

    def show_history(self) -> None:
        if self.db is None:
            return
        from whalelog_gui.ui.alert_history import AlertHistoryWindow

        if self.writer is not None:
            self.writer.flush()  # show every change submitted so far
        if self.history_window is None:
            self.history_window = AlertHistoryWindow(self.db, self.window)
        self.history_window.refresh()
        self.history_window.show()
        self.history_window.raise_()

    def stop(self) -> None:
        self.bridge.blockSignals(True)  # fixes still queued must not reach a closed store
        if self.reader is not None:
            self.reader.stop()
            self.reader = None
        self.window.set_monitoring_running(False)
        if self.notices is not None:
            self.notices.stop()
        if self.watch is not None:
            self.watch.stop()
        self.sound.update([])
        if self.integrity is not None:
            self.integrity.stop()  # a check under way or a declaration finishes on its own connection first
            self.integrity = None
        if self.writer is not None:
            self.writer.stop()  # drains the queue: every submitted track point and alert change is stored
            self.writer = None
        if self.db is not None:
            self.db.conn.close()
            self.db = None
