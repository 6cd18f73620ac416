"""The schooling report editor (Schedule Appendix A Table 2): one form per day, the fleet's catchers from settings,
the factory ship's noon position from the track (editable), explanatory notes A–D as help beside the grid.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, timezone

import sqlite_utils
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.records.daily_sheet import Signature, SignerRole
from whalelog_gui.operations import Fleet
from whalelog_gui.records.schooling import FORM_NOTE, SchoolingReport
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.schooling import (
    find_schooling_report,
    new_schooling_report,
    noon_position_from_track,
    save_schooling_report,
    schooling_reports_on,
    sign_schooling_report,
)
from whalelog_gui.store.vessel import load_ship_clock
from whalelog_gui.store.writer import StoreWriter
from whalelog_gui.ui.forms.field_messages import FieldMessages, muted
from whalelog_gui.ui.forms.catches.position_entry import PositionEdit
from whalelog_gui.ui.forms.schooling.notes_panel import NotesPanel
from whalelog_gui.ui.forms.schooling.school_grid import SchoolGrid
from whalelog_gui.ui.forms.save_refusals import STATUS, SaveRefusals
from whalelog_gui.ui.forms.signer_fields import signer_fields
from whalelog_gui.ui.store_op import FormStore


class SchoolingPage(QWidget):
    def __init__(
        self,
        db: sqlite_utils.Database,
        settings: AppSettings,
        who: Callable[[], str],
        parent=None,
        *,
        writer: StoreWriter | None = None,
    ):
        super().__init__(parent)
        self.db, self.settings, self.who = db, settings, who
        self.store = FormStore(db, writer)  # saves and signatures commit on the store writer's thread (issue 14)
        self.fleet = Fleet(settings.operation, settings.vessel_name, settings.catcher_names)
        self.ship_clock = load_ship_clock(db)  # forms are dated by the ship's date, from the logbook (issue 15)
        self.report: SchoolingReport | None = None
        self.saved = False
        self.messages = FieldMessages()
        self.name = QLineEdit(self.fleet.expedition)  # never the catcher's own name (issue 15)
        self.name.setPlaceholderText("expedition or station")
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate(self.ship_clock.ship_date(datetime.now(timezone.utc))))
        self.noon = PositionEdit()
        self.noon_button = QPushButton("From track")
        self.noon_source = muted("")
        self.noon_source.setObjectName("noon_source")
        self.remarks = QLineEdit()
        self.grid = SchoolGrid(list(self.fleet.catchers))
        self.errors_label = QLabel()
        self.errors_label.setObjectName("grid_errors")
        self.errors_label.setProperty("role", "alarm")
        self.errors_label.setWordWrap(True)
        self.notes = NotesPanel()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self._build()
        self._shown = (self.name.text().strip(), self.current_day)  # the form the grid now holds
        self._discard_armed = False
        self.day.dateChanged.connect(lambda _d: self.switch_form())
        self.name.editingFinished.connect(self.switch_form)
        self._noon_edited = False
        self._edited_fields: set[str] = set()
        self.name.textEdited.connect(lambda _t: self._edited_fields.add("name"))
        self.noon.edited.connect(lambda: self._edited_fields.add("noon_position"))
        self.noon.edited.connect(self._noon_typed)
        self.noon_button.clicked.connect(self.noon_from_track)
        self.grid.edited.connect(self.check)
        self.load_day()

    def _build(self) -> None:
        header = QFormLayout()
        header.addRow("Name of expedition or coastal station", self.messages.wrap(self.name, "name"))
        day_row = QHBoxLayout()
        day_row.addWidget(self.day)
        self.day_note = muted(f"ship's date ({self.ship_clock.current_zone}); one form per day")
        self.day_note.setWordWrap(True)
        day_row.addStretch(1)
        header.addRow("Date", self.messages.wrap(_boxed(day_row), "day"))
        header.addRow("", self.day_note)  # its own line: a zone name such as Atlantic/Reykjavik is long
        noon_row = QHBoxLayout()
        noon_row.addWidget(self.noon, 1)
        noon_row.addWidget(self.noon_button)
        # only the factory ship's own track gives its noon position; elsewhere it is entered as received
        self.noon_button.setVisible(self.fleet.is_factory_ship)
        header.addRow("Noon position of factory ship", self.messages.wrap(_boxed(noon_row), "noon_position"))
        header.addRow("", self.noon_source)
        self.add_button = QPushButton("Add school")
        self.remove_button = QPushButton("Remove school")
        self.help_button = QPushButton("Explanatory notes")
        self.help_button.setCheckable(True)
        self.add_button.clicked.connect(lambda: self.grid.add_school())
        self.remove_button.clicked.connect(lambda: self.grid.remove_school(self.grid.currentColumn()))
        self.help_button.toggled.connect(self.notes.setVisible)
        tools = QHBoxLayout()
        for b in (self.add_button, self.remove_button):
            tools.addWidget(b)
        tools.addStretch(1)
        tools.addWidget(self.help_button)
        grid_side = QWidget()
        grid_col = QVBoxLayout(grid_side)
        grid_col.setContentsMargins(0, 0, 0, 0)
        grid_col.addWidget(self.grid, 1)
        grid_col.addWidget(self.errors_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(grid_side)
        splitter.addWidget(self.notes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.notes.hide()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("reason for changing the saved report (audit log)")
        self.save_button = QPushButton("Save")
        self.save_button.clicked.connect(self.save)
        self.signer_role, self.signer_name = signer_fields(self.who())
        self.sign_button = QPushButton("Sign")
        self.sign_button.clicked.connect(self.sign)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 2)
        bottom.addWidget(self.reason, 2)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.signer_role)
        bottom.addWidget(self.signer_name, 1)
        bottom.addWidget(self.sign_button)
        column = QVBoxLayout(self)
        column.addWidget(muted("Schooling report (Schedule Appendix A, Table 2). " + FORM_NOTE))
        column.addWidget(self.messages.general)  # what belongs to no field is said here, never dropped
        column.addLayout(header)
        column.addLayout(tools)
        column.addWidget(splitter, 1)
        column.addWidget(self.messages.wrap(self.remarks, "remarks", hint="Remarks for the day's form"))
        column.addLayout(bottom)

    # --- loading ---------------------------------------------------------------------------------------------
    @property
    def current_day(self) -> date:
        return self.day.date().toPython()

    @property
    def ship_tz(self):
        """The ship's zone in force at the start of the chosen day (noon is that day's noon ship's time)."""
        return self.ship_clock.tz(self.ship_clock.day_bounds(self.current_day)[0])

    def set_settings(self, settings: AppSettings) -> None:
        """New settings: a form not yet saved is re-opened with the new fleet; saved forms keep theirs."""
        self.settings = settings
        self.fleet = Fleet(settings.operation, settings.vessel_name, settings.catcher_names)
        self.ship_clock = load_ship_clock(self.db)
        self.day_note.setText(f"ship's date ({self.ship_clock.current_zone}); one form per day")
        self.noon_button.setVisible(self.fleet.is_factory_ship)
        if not self.saved and not self.unsaved():
            self.load_day()

    def unsaved(self) -> bool:
        report, _, _ = self.read()
        return _comparable(report) != self._loaded

    def switch_form(self) -> None:
        """Another day (or station) was chosen: open its form, but never drop unsaved cells silently."""
        wanted = (self.name.text().strip(), self.current_day)
        if wanted == self._shown:
            return
        by_date = wanted[1] != self._shown[1]  # a new date reopens its saved form; a new name starts its own
        if self.unsaved() and not self._discard_armed:
            self._discard_armed = True
            self.name.blockSignals(True)
            self.day.blockSignals(True)
            self.name.setText(self._shown[0])
            self.day.setDate(QDate(self._shown[1]))
            self.name.blockSignals(False)
            self.day.blockSignals(False)
            self.status.setText(
                f"The form of {self._shown[1]} has unsaved changes: Save them, or choose the "
                "other date again to discard them."
            )
            return
        self.load_day(by_date)

    def load_day(self, by_date: bool = True) -> None:
        """Open the day's form if there is one, otherwise a fresh form with the noon position from the track."""
        name = self.name.text().strip()
        existing = find_schooling_report(self.db, name, self.current_day) if name else None
        if existing is None and by_date:  # a saved form reopens by its date, whatever name the field held (issue 15)
            on_day = schooling_reports_on(self.db, self.current_day)
            existing = on_day[0] if on_day else None
            if existing is not None:
                name = existing.name
                self.name.blockSignals(True)
                self.name.setText(name)
                self.name.blockSignals(False)
        self.saved = existing is not None
        self.report = existing or new_schooling_report(
            self.db,
            name,
            self.current_day,
            list(self.fleet.catchers),
            self.ship_tz,
            track_is_factory_ship=self.fleet.is_factory_ship,
        )
        if self.report.catchers != self.grid.catchers:  # a saved form keeps the fleet it was written with
            old = self.grid
            self.grid = SchoolGrid(self.report.catchers)
            self.grid.edited.connect(self.check)
            old.parentWidget().layout().replaceWidget(old, self.grid)
            old.deleteLater()
        self.grid.clear_schools()
        self._edited_fields = set()
        for school in self.report.schools:
            self.grid.add_school(school)
        self.noon.set_position(self.report.noon_lat, self.report.noon_lon)
        self._noon = (self.report.noon_lat, self.report.noon_lon)
        self._noon_edited = self.report.noon_position_edited or self.report.noon_lat is None
        self.noon_source.setText(self._noon_text(existing))
        self.remarks.setText(self.report.remarks)
        self.status.setText("Saved form loaded." if existing else "New form for the day.")
        self.check()
        self._shown = (name, self.current_day)
        self._discard_armed = False
        self._loaded = _comparable(self.read()[0])

    def _noon_text(self, existing: SchoolingReport | None) -> str:
        if existing is not None and existing.noon_position_edited:
            return "Entered by hand."
        if not self.fleet.is_factory_ship:
            if self.fleet.factory_ship:
                return f"Type the noon position of {self.fleet.factory_ship} as received (not this catcher's track)."
            return "No factory ship: type the position the form asks for, as received, or leave it blank."
        if self.report.noon_lat is None:
            return "No track at noon ship's time: type the noon position."
        return "From the track at noon ship's time."

    def _noon_typed(self) -> None:
        self._noon_edited = True
        self.noon_source.setText("Entered by hand.")

    def noon_from_track(self) -> None:
        position = noon_position_from_track(self.db, self.current_day, self.ship_tz)
        if position is None:
            self.noon_source.setText("No track within an hour of noon ship's time: type the noon position.")
            return
        self.noon.set_position(*position)
        self._noon, self._noon_edited = position, False
        self.noon_source.setText("From the track at noon ship's time.")

    # --- checking ---------------------------------------------------------------------------------------------
    def read(self) -> tuple[SchoolingReport, dict, dict]:
        """The report as the page stands, header field -> reason, and grid (row, col) -> reason."""
        schools, cell_errors = self.grid.read()
        field_errors: dict[str, str] = {}
        edited = self._noon_edited
        lat, lon = self._noon if not edited else (None, None)
        if edited:
            try:
                lat, lon = self.noon.position()
            except ValueError as exc:
                field_errors["noon_position"] = str(exc)
        report = SchoolingReport(
            self.name.text().strip(),
            self.current_day,
            list(self.grid.catchers),
            lat,
            lon,
            edited,
            schools,
            self.remarks.text().strip(),
            id=self.report.id,
        )
        for error in report.validate():
            if not error.field.startswith("schools["):
                field_errors.setdefault(error.field, error.reason)
        return report, field_errors, cell_errors

    def check(self) -> bool:
        report, field_errors, cell_errors = self.read()
        # a fresh form is not a form of mistakes: a field's error shows once it was edited, or after a save
        self.messages.show({k: v for k, v in field_errors.items() if self.grid.reveal_all or k in self._edited_fields})
        shown = self.grid.visible_errors(cell_errors)
        self.grid.show_errors(shown)
        lines = [
            f"School {col + 1}, {self.grid.row_labels[row]}: {reason}"
            for (row, col), reason in sorted(shown.items(), key=lambda kv: (kv[0][1], kv[0][0]))
        ]
        self.errors_label.setText("\n".join(lines))
        self.errors_label.setVisible(bool(lines))
        signed = self.report is not None and self.report.signature is not None
        self.reason.setVisible(self.saved and not signed)
        for w in (self.save_button, self.add_button, self.remove_button, self.grid):
            w.setEnabled(not signed)
        self.sign_button.setEnabled(self.saved and not signed and not field_errors and not cell_errors)
        if signed:
            self.status.setText(f"Signed by {report_signer(self.report)}: locked.")
        return not field_errors and not cell_errors

    # --- saving and signing ---------------------------------------------------------------------------------------
    def save(self, then: Callable[[], object] | None = None) -> bool:
        """Store the day's form: committed on the store writer's thread (the page disabled, "Saving…" until it is
        done), then(), if given, once stored. True when stored or on its way; False when refused (said at the
        fields and on the status line, the grid as typed)."""
        self.grid.reveal_all = True  # a save shows every refused cell, touched or not
        if not self.check():
            self.status.setText("Not saved: correct the cells and fields marked.")
            return False
        report, _, _ = self.read()
        who, reason = self.who(), self.reason.text().strip() or None

        def stored(_none) -> None:
            self.report, self.saved = report, True
            self._loaded = _comparable(report)
            self.reason.clear()
            self.status.setText(f"Saved: {len(report.schools)} school(s), {report.total_caught} whale(s) caught.")
            self.check()
            if then is not None:
                then()

        return self.store.submit(
            self,
            SaveRefusals(self.messages, self.status),
            lambda: lambda db: save_schooling_report(db, report, who, reason),
            stored,
            self.save_button,
            field=STATUS,
        )

    def sign(self) -> bool:
        """Sign the saved form; unsaved changes are saved first (save, stored, then sign), so what is signed is
        what the page shows. True when signed or on its way; False when refused (said on the status line)."""
        if not self.unsaved():
            return self._sign_saved()
        signed: list[bool] = []  # without a writer the save, and so the signing, happen before save() returns
        return self.save(then=lambda: signed.append(self._sign_saved())) and all(signed)

    def _sign_saved(self) -> bool:
        signature = Signature(
            self.signer_name.text().strip(), SignerRole(self.signer_role.currentData()), datetime.now(timezone.utc)
        )
        report_id, who = self.report.id, self.who()

        def signed(_none) -> None:
            self.report.signature = signature
            self.check()

        # IntegrityBroken (a stored record changed outside WhaleLog) is said with its reason and records
        return self.store.submit(
            self,
            SaveRefusals(self.messages, self.status, signing=True),
            lambda: lambda db: sign_schooling_report(db, report_id, signature, who),
            signed,
            self.sign_button,
            field=STATUS,
        )


def _comparable(report: SchoolingReport) -> dict:
    """What the user edits on the form; name and day pick the form, so they are not edits of it."""
    values = dataclasses.asdict(report)
    for key in ("signature", "name", "day"):
        values.pop(key)
    return values


def report_signer(report: SchoolingReport) -> str:
    s = report.signature
    return f"{s.role.value} {s.name}"


def _boxed(layout) -> QWidget:
    layout.setContentsMargins(0, 0, 0, 0)
    box = QWidget()
    box.setLayout(layout)
    return box
