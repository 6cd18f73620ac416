"""The logbook's integrity on the bridge (issue 11): checked off the GUI thread, shown as an alarm until declared.

IntegrityWatch runs store.integrity.check_logbook on its own thread and connection (about 1 s on a 200-day season;
the window must never wait for it), raises the alarm "Logbook integrity: records changed outside WhaleLog" naming
the broken records while any break is undeclared, and rectifies it once a check finds the logbook intact again
(after the master's declaration). The master's declaration (declare_break) runs on the same thread, then the
logbook is checked again. Pages hear every result through `changed` (the Transmission page blocks Export).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from whalelog_gui.alerts.model import AlertCategory
from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.store.break_declaration import declare_break
from whalelog_gui.store.integrity import check_logbook
from whalelog_gui.store.integrity_report import ALERT_KEY, ALERT_TITLE, IntegrityReport, alarm_note
from whalelog_gui.ui.database_job import DatabaseJobs

log = logging.getLogger("whalelog.integrity")

INTEGRITY_KEY = ALERT_KEY  # the alarm's situation key (one alert while the break stands)
CHECK_FAILED_KEY = "logbook-integrity-unchecked"
READ_ONLY_REFUSAL = QT_TRANSLATE_NOOP(
    "IntegrityDeclaration", "the logbook is open read-only: open it normally to record a declaration"
)
DECLARE_ACTION = "Declare integrity break…"


class IntegrityWatch(QObject):
    changed = Signal(object)  # IntegrityReport after every check
    declared = Signal(str)  # the declaration's id
    declaration_failed = Signal(object)  # the exception (AuditError: a field's reason; else a general one)
    check_failed = Signal(str)

    def __init__(self, db_path: str | Path, alerts, *, read_only: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path, self.alerts, self.read_only = Path(db_path), alerts, read_only
        self.report: IntegrityReport | None = None
        self.jobs = DatabaseJobs(self.db_path, self)  # a check and a declaration never overlap; results in order

    @property
    def broken(self) -> bool:
        return self.report is not None and not self.report.intact

    def check(self) -> None:
        """Check the logbook in the background; the result comes as `changed` (and the alarm follows it)."""
        self._start(check_logbook, self._checked, self._check_error, read_only=True)

    def declare(self, who: str, reason: str) -> None:
        """The master's declaration (store.break_declaration.declare_break) in the background, then a fresh check."""
        if self.read_only:
            self.declaration_failed.emit(RuntimeError(Message(READ_ONLY_REFUSAL)))
            return

        def op(db):
            declaration_id, _ = declare_break(db, reason, who)
            return declaration_id

        self._start(op, self._declared, self.declaration_failed.emit, read_only=False)

    def show_refusal(self, report: IntegrityReport) -> None:
        """A refusal found by the core itself (an export's own re-check): the alarm and the pages follow it."""
        self._checked(report)

    def wait(self, msecs: int = 10_000) -> bool:
        return self.jobs.wait(msecs)

    def stop(self, msecs: int = 10_000) -> bool:
        """The session stops: a check not yet begun is dropped; a check under way, or a declaration, finishes on
        its own connection first."""
        self.jobs.drop_waiting_reads()
        return self.jobs.wait(msecs)

    # --- on the GUI thread ------------------------------------------------------------------------------------
    def _start(self, op, done, failed, *, read_only: bool) -> None:
        # a declaration (the officer waits for it) goes before the reads waiting; never before this watch's check
        self.jobs.run(op, done, failed, read_only=read_only, urgent=not read_only)

    def _checked(self, report: IntegrityReport) -> None:
        self.report = report
        self.alerts.clear_condition(CHECK_FAILED_KEY)
        if report.intact:
            self.alerts.clear_condition(INTEGRITY_KEY)  # an alarm once raised is rectified, shown until acknowledged
        else:
            log.error("logbook integrity broken: %s", report.names(limit=50))
            self.alerts.raise_condition(INTEGRITY_KEY, AlertCategory.ALARM, ALERT_TITLE, alarm_note(report))
        self.changed.emit(report)

    def _check_error(self, exc: Exception) -> None:
        reason = f"{type(exc).__name__}: {exc}" if not isinstance(exc, sqlite3.Error) else str(exc)
        log.error("logbook integrity check failed: %s", reason)
        # a check that cannot run vouches for nothing: say so, never stay quiet
        self.alerts.raise_condition(
            CHECK_FAILED_KEY,
            AlertCategory.WARNING,
            Message(QT_TRANSLATE_NOOP("Alerts", "Logbook integrity could not be checked")),
            reason,
        )
        self.check_failed.emit(reason)

    def _declared(self, declaration_id: str) -> None:
        log.warning("integrity break declared (%s)", declaration_id)
        self.declared.emit(declaration_id)
        self.check()


def open_declaration(watch: IntegrityWatch, parent, master: str = ""):
    """The declaration dialog for the breaks found last, wired to `watch`; None (and a check) when none is known."""
    from whalelog_gui.ui.integrity_declaration import IntegrityDeclarationDialog

    if not watch.broken:
        watch.check()
        return None
    dialog = IntegrityDeclarationDialog(watch.report, watch.declare, master=master, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # deleted, it hears no later declaration
    watch.declared.connect(dialog.recorded)
    watch.declaration_failed.connect(dialog.refused)
    dialog.open()
    return dialog
