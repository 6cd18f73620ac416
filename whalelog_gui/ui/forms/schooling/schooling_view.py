"""The schooling report (Schedule Appendix A Table 2) on screen: the header (expedition or station, date, the factory
ship's noon position), the schools grid with the explanatory notes A–D beside it, remarks, save and sign-off.

Layout and showing only; which form is open, what is refused and what Save and Sign do is schooling_controller's.
Labels are in the crew's language and follow a language switch (Retranslating); the form itself, as printed and
sent, stays in English (Appendix A).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Template
from whalelog_gui.records.schooling import FORM_NOTE
from whalelog_gui.ui.forms.catches.position_entry import PositionEdit
from whalelog_gui.ui.forms.field_messages import FieldMessages, muted
from whalelog_gui.ui.forms.schooling.notes_panel import NotesPanel
from whalelog_gui.ui.forms.schooling.school_grid import SchoolGrid
from whalelog_gui.ui.forms.signer_fields import signer_fields
from whalelog_gui.ui.i18n import Retranslating, translate


def _boxed(layout) -> QWidget:
    layout.setContentsMargins(0, 0, 0, 0)
    box = QWidget()
    box.setLayout(layout)
    return box


class SchoolingView(Retranslating, QWidget):
    def __init__(self, catchers: list[str], signer: str, parent=None):
        super().__init__(parent)
        self.messages = FieldMessages()
        self.name = QLineEdit()
        self.tr_bind(self.name.setPlaceholderText, QT_TRANSLATE_NOOP("Schooling", "expedition or station"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.noon = PositionEdit()
        self.noon_button = QPushButton()
        self.tr_bind(self.noon_button.setText, QT_TRANSLATE_NOOP("Schooling", "From track"))
        self.noon_source = muted("")
        self.noon_source.setObjectName("noon_source")
        self.remarks = QLineEdit()
        self.grid = SchoolGrid(catchers)
        self.errors_label = QLabel()
        self.errors_label.setObjectName("grid_errors")
        self.errors_label.setProperty("role", "alarm")
        self.errors_label.setWordWrap(True)
        self.notes = NotesPanel()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.signer_role, self.signer_name = signer_fields(signer)
        self._build()

    def _build(self) -> None:
        header = QFormLayout()
        header.addRow(
            self._label(QT_TRANSLATE_NOOP("Schooling", "Name of expedition or coastal station")),
            self.messages.wrap(self.name, "name"),
        )
        day_row = QHBoxLayout()
        day_row.addWidget(self.day)
        self.day_note = muted("")
        self.day_note.setWordWrap(True)
        day_row.addStretch(1)
        header.addRow(self._label(QT_TRANSLATE_NOOP("Schooling", "Date")), self.messages.wrap(_boxed(day_row), "day"))
        header.addRow("", self.day_note)  # its own line: a zone name such as Atlantic/Reykjavik is long
        noon_row = QHBoxLayout()
        noon_row.addWidget(self.noon, 1)
        noon_row.addWidget(self.noon_button)
        header.addRow(
            self._label(QT_TRANSLATE_NOOP("Schooling", "Noon position of factory ship")),
            self.messages.wrap(_boxed(noon_row), "noon_position"),
        )
        header.addRow("", self.noon_source)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.help_button = QPushButton()
        self.tr_bind(self.add_button.setText, QT_TRANSLATE_NOOP("Schooling", "Add school"))
        self.tr_bind(self.remove_button.setText, QT_TRANSLATE_NOOP("Schooling", "Remove school"))
        self.tr_bind(self.help_button.setText, QT_TRANSLATE_NOOP("Schooling", "Explanatory notes"))
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
        self.tr_bind(
            self.reason.setPlaceholderText,
            QT_TRANSLATE_NOOP("Schooling", "reason for changing the saved report (audit log)"),
        )
        self.save_button = QPushButton()
        self.sign_button = QPushButton()
        self.tr_bind(self.save_button.setText, QT_TRANSLATE_NOOP("Schooling", "Save"))
        self.tr_bind(self.sign_button.setText, QT_TRANSLATE_NOOP("Schooling", "Sign"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 2)
        bottom.addWidget(self.reason, 2)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.signer_role)
        bottom.addWidget(self.signer_name, 1)
        bottom.addWidget(self.sign_button)
        column = QVBoxLayout(self)
        heading = muted("")
        # the form's own note as the printed form gives it in the crew's language (ui/appendix_a_labels.py)
        self.tr_bind(
            heading.setText,
            QT_TRANSLATE_NOOP("Schooling", "Schooling report (Schedule Appendix A, Table 2). {note}"),
            note=Template("AppendixA", FORM_NOTE),
        )
        column.addWidget(heading)
        column.addWidget(self.messages.general)  # what belongs to no field is said here, never dropped
        column.addLayout(header)
        column.addLayout(tools)
        column.addWidget(splitter, 1)
        column.addWidget(
            self.messages.wrap(self.remarks, "remarks", hint=translate("Schooling", "Remarks for the day's form"))
        )
        column.addLayout(bottom)

    def _label(self, template) -> QLabel:
        label = QLabel()
        self.tr_bind(label.setText, template)
        return label

    def show_zone(self, zone: str) -> None:
        self._zone = zone
        self.day_note.setText(translate("Schooling", "ship's date ({zone}); one form per day").format(zone=zone))

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "_zone"):
            self.show_zone(self._zone)

    def replace_grid(self, catchers: list[str]) -> SchoolGrid:
        """A grid with one row per catcher in place of the one shown (a saved form keeps the fleet it was written
        with)."""
        old, self.grid = self.grid, SchoolGrid(catchers)
        old.parentWidget().layout().replaceWidget(old, self.grid)
        old.deleteLater()
        return self.grid

    def show_grid_errors(self, lines: list[str]) -> None:
        self.errors_label.setText("\n".join(lines))
        self.errors_label.setVisible(bool(lines))

    def set_locked(self, locked: bool) -> None:
        """A signed form: nothing on it can be changed (corrections are amendments)."""
        for w in (self.save_button, self.add_button, self.remove_button, self.grid):
            w.setEnabled(not locked)
