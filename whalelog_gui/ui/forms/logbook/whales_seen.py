"""Table 1 "Whales Seen (No. and No. of schools)": tallied from the sightings; a typed-over entry needs a reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from whalelog_gui.records.field_error import FieldError
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.records.whales_seen import WhalesSeenEntry
from whalelog_gui.ui.forms.field_messages import FieldMessages
from whalelog_gui.ui.store_op import FormStore

SaveEntry = Callable[[WhalesSeenEntry, str], Callable | None]  # (entry, reason) -> write(db) or None


def species_name(entry: WhalesSeenEntry) -> str:
    return entry.other_name if entry.species is SeenSpecies.OTHER else entry.species.label


class WhalesSeenDialog(QDialog):
    def __init__(self, entry: WhalesSeenEntry, on_save: SaveEntry, parent=None, *, store: FormStore | None = None):
        super().__init__(parent)
        self.on_save = on_save
        self.store = store or FormStore()
        self.setWindowTitle("Correct whales seen")
        layout = QVBoxLayout(self)
        self.messages = FieldMessages()
        layout.addWidget(self.messages.general)
        form = QFormLayout()
        layout.addLayout(form)
        m = self.messages
        self.species = m.add_row(form, "Species", QComboBox(), "species")
        for s in SeenSpecies:
            self.species.addItem("Others (specify)" if s is SeenSpecies.OTHER else s.label, s.value)
        self.species.setCurrentIndex(self.species.findData(entry.species.value))
        self.other_name = m.add_row(form, "Other species name", QLineEdit(entry.other_name), "other_name")
        self.number = m.add_row(form, "Number seen", QSpinBox(), "number")
        self.schools = m.add_row(form, "Number of schools", QSpinBox(), "schools")
        for spin, value in ((self.number, entry.number), (self.schools, entry.schools)):
            spin.setRange(0, 9999)
            spin.setValue(value)
            spin.setMinimumHeight(40)
        self.reason_edit = m.add_row(form, "Reason", QLineEdit(), "reason")
        self.reason_edit.setPlaceholderText("why the tally from the sightings is corrected")
        self.reason_edit.setMinimumWidth(
            self.reason_edit.fontMetrics().horizontalAdvance(self.reason_edit.placeholderText()) + 24
        )  # the hint is read whole
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.number.setFocus()

    def accept(self) -> None:
        entry = WhalesSeenEntry(
            SeenSpecies(self.species.currentData()),
            self.number.value(),
            self.schools.value(),
            self.other_name.text().strip(),
        )
        reason = self.reason_edit.text().strip()
        if not reason:
            self.messages.show([FieldError("reason", "a reason is required to change the tally")])
            return
        self.store.submit(
            self,
            self.messages,
            lambda: self.on_save(entry, reason),
            lambda _result: super(WhalesSeenDialog, self).accept(),
        )


class WhalesSeenPanel(QGroupBox):
    edit_requested = Signal(object)  # WhalesSeenEntry (or a blank one for a species not yet seen)

    def __init__(self, parent=None):
        super().__init__("Whales seen (No. / schools)", parent)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Species", "No.", "Schools", ""])
        self.tree.setRootIsDecorated(False)
        self.tree.setMinimumHeight(80)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.edit_button = QPushButton("Correct tally…")
        self.edit_button.setMinimumHeight(44)
        row.addWidget(self.edit_button)
        layout.addLayout(row)
        self.edit_button.clicked.connect(self._edit)
        self.tree.itemDoubleClicked.connect(lambda *_: self._edit())
        self.entries: list[WhalesSeenEntry] = []

    def show_entries(self, entries: list[WhalesSeenEntry], editable: bool) -> None:
        self.entries = entries
        self.tree.clear()
        for i, entry in enumerate(entries):
            item = QTreeWidgetItem(
                [
                    species_name(entry),
                    str(entry.number),
                    str(entry.schools),
                    "corrected" if entry.edited else "from sightings",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, i)
            self.tree.addTopLevelItem(item)
        self.edit_button.setEnabled(editable)

    def row_text(self) -> dict[str, tuple[int, int, bool]]:
        return {species_name(e): (e.number, e.schools, e.edited) for e in self.entries}

    def _edit(self) -> None:
        if not self.edit_button.isEnabled():
            return
        item = self.tree.currentItem()
        entry = (
            self.entries[item.data(0, Qt.ItemDataRole.UserRole)]
            if item is not None
            else WhalesSeenEntry(SeenSpecies.BLUE, 0, 0)
        )
        self.edit_requested.emit(entry)
