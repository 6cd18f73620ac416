"""Runs the export core (a plain generator, export/bundle.py) on the QThreadPool and reports progress by signal.

The job opens its own database connection: an SQLite connection belongs to the thread that made it. No UI routine
is called inside run(); the page hears about progress, the result and failures only through the signals.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from whalelog_gui.export import keys
from whalelog_gui.export.bundle import ExportBlocked, ExportError, ExportResult, NothingToSend, export_steps
from whalelog_gui.export.custody import CustodyError, KeyCustody
from whalelog_gui.store.db import open_db


class ExportSignals(QObject):
    progress = Signal(str, int, int, str)  # stage, done, total, message
    finished = Signal(object)  # ExportResult
    failed = Signal(str)  # one-line reason
    blocked = Signal(object, str)  # IntegrityReport, reason: the export's own integrity re-check refused it


class ExportJob(QRunnable):
    def __init__(self, db_path: str | Path, out_dir: str | Path, all_records: bool = False):
        super().__init__()
        self.db_path, self.out_dir, self.all_records = Path(db_path), Path(out_dir), all_records
        self.signals = ExportSignals()
        self.setAutoDelete(False)  # the page keeps it until the signals have been delivered

    def run(self) -> None:
        try:
            result = self._export()
        except ExportBlocked as exc:
            self.signals.blocked.emit(exc.report, str(exc))
        except (NothingToSend, CustodyError) as exc:
            self.signals.failed.emit(str(exc))
        except (ExportError, keys.KeyFileError, sqlite3.Error, OSError) as exc:
            self.signals.failed.emit(f"export failed: {exc}")
        except Exception as exc:  # noqa: BLE001 - a worker must report, never die silently
            self.signals.failed.emit(f"export failed unexpectedly: {type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)

    def _export(self) -> ExportResult:
        from whalelog_gui.export.pdf import render_forms  # QtGui printing, usable off the GUI thread

        self.out_dir.mkdir(parents=True, exist_ok=True)
        db = open_db(self.db_path)
        try:
            custody = KeyCustody(db, self.db_path)  # never a new key for a logbook with history
            custody.journal_custody.use_outbox(
                self.out_dir
            )  # its copy of the journal survives a restore of the data folder
            signing_key = custody.signing_key_for_export()
            steps = export_steps(
                db,
                self.out_dir,
                signing_key,
                all_records=self.all_records,
                pdf_renderer=render_forms,
                journal=custody.journal_custody.journals(),
            )
            while True:
                try:
                    step = next(steps)
                except StopIteration as done:
                    return done.value
                self.signals.progress.emit(step.stage, step.done, step.total, step.message)
        finally:
            db.close()
