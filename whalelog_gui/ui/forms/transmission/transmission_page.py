"""The Transmission view: what is unsent / sent / acknowledged per record family, Export (on a worker thread, with
progress), the signing key's fingerprint shown large for authorities to pin, receipt import, and Print / PDF.

While the logbook holds undeclared integrity breaks (issue 11) Export is refused here with the reason, and
"Declare integrity break…" asks for the master's declaration; the export's own re-check (export/bundle.py) shows
its refusal the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.export import keys
from whalelog_gui.export.bundle import ExportResult
from whalelog_gui.export.custody import KeyCustody
from whalelog_gui.export.receipt import ReceiptError, import_receipt
from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.store.integrity_report import IntegrityReport
from whalelog_gui.ui.forms.field_messages import muted
from whalelog_gui.ui.forms.transmission.export_job import ExportJob
from whalelog_gui.ui.forms.transmission.form_printing import FormPrinter
from whalelog_gui.ui.forms.transmission.sent_status import BUNDLE_COLUMNS, STATUS_COLUMNS, SentStatusDisplay
from whalelog_gui.ui.bridge_font import bridge_font
from whalelog_gui.ui.database_job import DatabaseJobs
from whalelog_gui.ui.i18n import Retranslating, tr_template, translate
from whalelog_gui.ui.record_table import record_table


class TransmissionPage(SentStatusDisplay, Retranslating, QWidget):
    declare_requested = Signal()  # "Declare integrity break…"
    integrity_refused = Signal(object)  # IntegrityReport: an export's own re-check found a break

    def __init__(
        self,
        db: sqlite_utils.Database,
        db_path: str | Path,
        parent=None,
        *,
        staged: bool = False,
        read_in_background: bool = False,
    ):
        """staged: the signing key is read and shown by whoever runs `steps` (ui/pages.py at start-up, on the turn
        after the page is made: reading the key and its custody on the same turn froze the window too long).
        read_in_background: what has been sent is read from `db_path` off the GUI thread (refresh)."""
        super().__init__(parent)
        self.db, self.db_path = db, Path(db_path)
        self.jobs = DatabaseJobs(self.db_path, self) if read_in_background else None
        self._read_again = False
        self.key_ok = False  # until the key is read (show_fingerprint): Export stays off before then
        self.integrity: IntegrityReport | None = None  # the last check's report (None: not checked yet)
        self.integrity_box = QGroupBox()
        self.tr_bind(self.integrity_box.setTitle, QT_TRANSLATE_NOOP("Transmission", "Logbook integrity"))
        self.integrity_reason = QLabel()
        self.integrity_reason.setObjectName("integrity_reason")
        self.integrity_reason.setWordWrap(True)
        self.integrity_reason.setProperty("role", "alarm")
        self.declare_button = QPushButton()
        self.tr_bind(self.declare_button.setText, QT_TRANSLATE_NOOP("Transmission", "Declare integrity break…"))
        self.declare_button.clicked.connect(self.declare_requested)
        self.integrity_box.hide()
        self.pool = QThreadPool.globalInstance()
        self.job: ExportJob | None = None
        self.last_result: ExportResult | None = None
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(bridge_font(self.font().pointSizeF() * 1.6, bold=True, mono=True))
        self.fingerprint.setWordWrap(True)
        self.status_table = record_table(STATUS_COLUMNS)
        self.bundle_table = record_table(BUNDLE_COLUMNS)
        self.pending = QLabel()
        self.pending.setObjectName("pending")
        self.out_dir = QLineEdit()
        # the whole folder is shown (the page scrolls sideways on a small screen rather than hide its end)
        self.out_dir.textChanged.connect(
            lambda text: self.out_dir.setMinimumWidth(self.out_dir.fontMetrics().horizontalAdvance(text) + 16)
        )
        self.out_dir.setText(str(self.db_path.parent / "outbox"))
        self.choose_button = QPushButton()
        self.tr_bind(self.choose_button.setText, QT_TRANSLATE_NOOP("Transmission", "Choose…"))
        self.all_records = QCheckBox()
        self.tr_bind(self.all_records.setText, QT_TRANSLATE_NOOP("Transmission", "everything again (--all)"))
        self.export_button = QPushButton()
        self.tr_bind(self.export_button.setText, QT_TRANSLATE_NOOP("Transmission", "Export bundle"))
        self.export_button.setEnabled(False)  # until the signing key is read (show_fingerprint)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.receipt_button = QPushButton()
        self.tr_bind(self.receipt_button.setText, QT_TRANSLATE_NOOP("Transmission", "Import receipt…"))
        self.printer = FormPrinter(db, lambda: self.fingerprint_text)
        self._build()
        self.choose_button.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(self.start_export)
        self.receipt_button.clicked.connect(self.choose_receipt)
        self.fingerprint_text = ""
        self.steps = self._show_key_step()
        if not staged:
            for _ in self.steps:
                pass
        # No refresh here: reading the season costs ~1 s on a full season, and showEvent does it when looked at.

    def _show_key_step(self) -> Iterator[QWidget]:
        self.show_fingerprint()
        yield self.fingerprint

    def _build(self) -> None:
        key_box = QGroupBox()
        self.tr_bind(
            key_box.setTitle,
            QT_TRANSLATE_NOOP("Transmission", "Signing key fingerprint (SHA-256) — authorities pin this"),
        )
        key_col = QVBoxLayout(key_box)
        key_col.addWidget(self.fingerprint)
        key_hint = muted("")
        self.tr_bind(
            key_hint.setText,
            QT_TRANSLATE_NOOP(
                "Transmission",
                "Printed on every PDF form. Read it out or send it by a separate channel so an authority "
                "can check that bundles come from this installation.",
            ),
        )
        key_col.addWidget(key_hint)
        export_box = QGroupBox()
        self.tr_bind(export_box.setTitle, QT_TRANSLATE_NOOP("Transmission", "Export"))
        export_col = QVBoxLayout(export_box)
        export_col.addWidget(self._caption(QT_TRANSLATE_NOOP("Transmission", "Target folder")))
        folder = QHBoxLayout()
        folder.addWidget(self.out_dir, 1)
        folder.addWidget(self.choose_button)
        export_col.addLayout(folder)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.all_records)
        actions.addStretch(1)
        actions.addWidget(self.receipt_button)
        export_col.addLayout(actions)
        export_col.addWidget(self.progress)
        export_col.addWidget(self.message)
        tables = QHBoxLayout()
        status_col = QVBoxLayout()
        status_col.addWidget(self._caption(QT_TRANSLATE_NOOP("Transmission", "What has been sent")))
        status_col.addWidget(self.status_table, 1)
        status_col.addWidget(self.pending)
        bundles_col = QVBoxLayout()
        bundles_col.addWidget(self._caption(QT_TRANSLATE_NOOP("Transmission", "Bundles")))
        bundles_col.addWidget(self.bundle_table, 1)
        bundles_col.addWidget(self.printer)
        tables.addLayout(status_col, 1)
        tables.addLayout(bundles_col, 1)
        integrity_col = QVBoxLayout(self.integrity_box)
        integrity_col.addWidget(self.integrity_reason)
        declare_row = QHBoxLayout()
        declare_row.addWidget(self.declare_button)
        declare_row.addStretch(1)
        integrity_col.addLayout(declare_row)
        column = QVBoxLayout(self)
        column.addWidget(self.integrity_box)
        column.addWidget(key_box)
        column.addWidget(export_box)
        column.addLayout(tables, 1)

    def _caption(self, text) -> QLabel:
        label = QLabel()
        self.tr_bind(label.setText, text)
        return label

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "bundle_table"):
            self.status_table.setHorizontalHeaderLabels([tr_template(column) for column in STATUS_COLUMNS])
            self.bundle_table.setHorizontalHeaderLabels([tr_template(column) for column in BUNDLE_COLUMNS])
            if self.isVisible() and self.job is None:
                self.refresh()

    def show_fingerprint(self) -> None:
        """The installation key's fingerprint, or (as an alarm, export disabled) why the next export would be
        refused: a lost or foreign key, a database restored from a backup (export/custody.py). Never makes a key."""
        key_path = keys.key_path_for(self.db_path)
        problem = KeyCustody(self.db, self.db_path).key_problem()
        try:
            if problem is not None:
                raise keys.KeyFileError(problem)
            key = keys.load_signing_key(key_path) if key_path.exists() else None
        except (keys.KeyFileError, OSError) as exc:
            self._show_key(translate("Transmission", "Export blocked: {reason}").format(reason=exc), "", alarm=True)
            return
        if key is None:
            self._show_key(translate("Transmission", "No signing key yet: the first export makes one"), "", alarm=False)
            return
        text = keys.fingerprint(key.public_key())
        groups = text.split()
        self._show_key(" ".join(groups[:8]) + "\n" + " ".join(groups[8:]), text, alarm=False)

    def _show_key(self, shown: str, fingerprint: str, alarm: bool) -> None:
        self.fingerprint_text = fingerprint
        self.fingerprint.setText(shown)
        self.fingerprint.setProperty("role", "alarm" if alarm else "")
        self.fingerprint.style().unpolish(self.fingerprint)
        self.fingerprint.style().polish(self.fingerprint)
        self.key_ok = not alarm
        self._enable_export()

    def _enable_export(self) -> None:
        broken = self.integrity is not None and not self.integrity.intact
        self.export_button.setEnabled(self.key_ok and not broken and self.job is None)

    def show_integrity(self, report: IntegrityReport) -> None:
        """The last integrity check: while breaks are undeclared, Export is refused here with the reason."""
        self.integrity = report
        if report.intact:
            self.integrity_box.hide()
        else:
            self.integrity_reason.setText(
                translate(
                    "Transmission",
                    "Export refused: records changed outside WhaleLog: {records}. Nothing leaves the ship "
                    "until the master declares the break with a reason; the declaration travels, flagged, in the next "
                    "bundle.",
                ).format(records=report.names())
            )
            self.integrity_box.show()
        self._enable_export()

    def showEvent(self, event) -> None:
        # Records are added on other pages; the counts must be current whenever the view is looked at.
        super().showEvent(event)
        if self.job is None:
            self.refresh()

    # --- export on the thread pool ------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("Transmission", "Folder for the bundle"), self.out_dir.text()
        )
        if folder:
            self.out_dir.setText(folder)

    def start_export(self) -> ExportJob | None:
        if self.job is not None:
            return None  # one export at a time: two would race for the same sequence number
        if self.integrity is not None and not self.integrity.intact:
            self.message.setText(self.integrity_reason.text())  # the refusal, where Export was asked for
            return None
        if not self.out_dir.text().strip():
            self.message.setText(translate("Transmission", "Choose a target folder first."))
            return None
        self.job = ExportJob(self.db_path, self.out_dir.text().strip(), self.all_records.isChecked())
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.blocked.connect(self._blocked)
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.message.setText(translate("Transmission", "Exporting…"))
        self.pool.start(self.job)
        return self.job

    def _progress(self, stage: str, done: int, total: int, message: str) -> None:
        # The zip is the long part: it fills the bar from 10 % to 90 %.
        share = {
            "recovered": 0,
            "integrity": 0,
            "snapshot": 0,
            "pdf": 5,
            "files": 10,
            "synced": 90,
            "pending": 92,
            "renamed": 95,
            "marked": 100,
        }
        value = 10 + int(80 * done / max(total, 1)) if stage == "zip" else share.get(stage, 0)
        self.progress.setValue(value)
        self.message.setText(message)

    def _finished(self, result: ExportResult) -> None:
        self.job, self.last_result = None, result
        self._enable_export()
        self.progress.setValue(100)
        self.message.setText(
            translate("Transmission", "Bundle {number} written: {file} ({size} bytes).").format(
                number=result.sequence, file=result.path, size=f"{result.size:,}"
            )
        )
        self.refresh()

    def _blocked(self, report: IntegrityReport, reason: str) -> None:
        """The export's own re-check found a break (made since the last check): refused, shown, alarm raised."""
        self.job = None
        self.progress.hide()
        self.message.setText(reason[:1].upper() + reason[1:])
        self.show_integrity(report)
        self.integrity_refused.emit(report)

    def _failed(self, reason: str) -> None:
        self.job = None
        self.show_fingerprint()  # enables Export again unless the key itself is the problem
        self.progress.hide()
        self.message.setText(reason[:1].upper() + reason[1:])

    # --- receipts -------------------------------------------------------------------------------------------------
    def choose_receipt(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("Transmission", "Authority's receipt"),
            self.out_dir.text(),
            translate("Transmission", "Receipts (*.json);;All files (*)"),
        )
        if path:
            self.import_receipt_file(path)

    def import_receipt_file(self, path: str | Path) -> bool:
        try:
            sent = import_receipt(self.db, path)
        except ReceiptError as exc:
            self.message.setText(translate("Transmission", "Receipt refused: {reason}").format(reason=exc))
            return False
        self.message.setText(
            translate("Transmission", "Bundle {number} acknowledged (received {when}).").format(
                number=sent.seq, when=sent.acknowledged_at
            )
        )
        self.refresh()
        return True
