"""Appendix A Table 2 explanatory notes A–D, verbatim from the Schedule, shown as help beside the grid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from whalelog_gui.records.schooling import EXPLANATORY_NOTES


class NotesPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("explanatory_notes")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the notes wrap instead
        body = QWidget()
        column = QVBoxLayout(body)
        title = QLabel("<b>Explanatory notes</b> (Appendix A, Table 2)")
        title.setWordWrap(True)
        column.addWidget(title)
        self.note_labels: dict[str, QLabel] = {}
        for letter, text in EXPLANATORY_NOTES.items():
            label = QLabel(f"<b>{letter}.</b> {text}")
            label.setWordWrap(True)
            label.setObjectName(f"note_{letter}")
            self.note_labels[letter] = label
            column.addWidget(label)
        column.addStretch(1)
        self.setWidget(body)
        self.setMinimumWidth(260)
