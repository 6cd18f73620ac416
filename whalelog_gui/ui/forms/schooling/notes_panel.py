"""Appendix A Table 2 explanatory notes A–D, verbatim from the Schedule, shown as help beside the grid.

Shown in the crew's language (the English is records/schooling.EXPLANATORY_NOTES, the printed form's text); the
notes are filed under "SchoolingNotes" by their letter's English text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Template
from whalelog_gui.records.schooling import EXPLANATORY_NOTES
from whalelog_gui.ui.i18n import Retranslating

TITLE = QT_TRANSLATE_NOOP("SchoolingNotes", "<b>Explanatory notes</b> (Appendix A, Table 2)")
# the notes' English is the Schedule's, kept in the core; these entries make lupdate list them for translation
NOTES = (
    QT_TRANSLATE_NOOP(
        "SchoolingNotes",
        "Fill in one column for each school chased with number of whales caught by each catcher taking part in the "
        "chase; if catchers chase the school but do not catch from it, enter 0; for catchers in fleet which do not "
        "chase that school enter X.",
    ),
    QT_TRANSLATE_NOOP(
        "SchoolingNotes",
        "A school on this form means a group of whales which are sufficiently close together that a catcher having "
        "completed handling one whale can start chasing another whale almost immediately without spending time "
        "searching. A solitary whale should be entered as a school of 1 whale.",
    ),
    QT_TRANSLATE_NOOP(
        "SchoolingNotes",
        "A takeable whale is a whale of a size or kind which the catchers would take if possible. It does not "
        "necessarily include all whales above legal size, e.g. if catchers are concentrating on large whales only "
        "these would be counted as takeable.",
    ),
    QT_TRANSLATE_NOOP(
        "SchoolingNotes",
        "Information about catchers from other expeditions or companies operating on the same school should be "
        "recorded under Remarks.",
    ),
)


class NotesPanel(Retranslating, QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("explanatory_notes")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the notes wrap instead
        self.setMinimumWidth(260)
        self._labels: dict[str, QLabel] | None = None  # the notes, written the first time they are shown

    @property
    def note_labels(self) -> dict[str, QLabel]:
        if self._labels is None:
            self._write_notes()
        assert self._labels is not None
        return self._labels

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        # the panel starts hidden (Explanatory notes shows it): its body is built when first shown, not with the
        # Schooling page at start-up (issue 14)
        if visible and self._labels is None:
            self._write_notes()
        super().setVisible(visible)

    def _write_notes(self) -> None:
        body = QWidget()
        column = QVBoxLayout(body)
        title = QLabel()
        title.setWordWrap(True)
        self.tr_bind(title.setText, TITLE)
        column.addWidget(title)
        self._labels = {}
        for letter, text in EXPLANATORY_NOTES.items():
            label = QLabel()
            label.setWordWrap(True)
            self.tr_bind(
                lambda said, label=label, letter=letter: label.setText(f"<b>{letter}.</b> {said}"),
                Template("SchoolingNotes", text),
            )
            label.setObjectName(f"note_{letter}")
            self._labels[letter] = label
            column.addWidget(label)
        column.addStretch(1)
        self.setWidget(body)
