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
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidgetItem,
    QVBoxLayout,
)

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.records.field_error import FieldError
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.records.whales_seen import WhalesSeenEntry
from whalelog_gui.ui.forms.field_messages import FieldMessages
from whalelog_gui.ui.forms.logbook.event_details import seen_species_name
from whalelog_gui.ui.forms.logbook.form_rows import translated_row
from whalelog_gui.ui.i18n import Retranslating, tr_template, translate
from whalelog_gui.ui.record_table import record_tree
from whalelog_gui.ui.store_op import FormStore

SaveEntry = Callable[[WhalesSeenEntry, str], Callable | None]  # (entry, reason) -> write(db) or None


def species_name(entry: WhalesSeenEntry) -> str:
    """The species as the panel lists it (the language showing; a typed other species as typed)."""
    return entry.other_name if entry.species is SeenSpecies.OTHER else seen_species_name(entry.species)


class WhalesSeenDialog(Retranslating, QDialog):
    def __init__(self, entry: WhalesSeenEntry, on_save: SaveEntry, parent=None, *, store: FormStore | None = None):
        super().__init__(parent)
        self.on_save = on_save
        self.store = store or FormStore()
        self.tr_bind(self.setWindowTitle, QT_TRANSLATE_NOOP("WhalesSeen", "Correct whales seen"))
        layout = QVBoxLayout(self)
        self.messages = FieldMessages()
        layout.addWidget(self.messages.general)
        form = QFormLayout()
        layout.addLayout(form)
        m = self.messages

        def row(title, widget, field):
            return translated_row(self, m, form, title, widget, field)

        self.species = row(QT_TRANSLATE_NOOP("AppendixA", "Species"), QComboBox(), "species")
        for s in SeenSpecies:
            self.species.addItem(seen_species_name(s), s.value)
        self.species.setCurrentIndex(self.species.findData(entry.species.value))
        other_name = QT_TRANSLATE_NOOP("WhalesSeen", "Other species name")
        self.other_name = row(other_name, QLineEdit(entry.other_name), "other_name")
        self.number = row(QT_TRANSLATE_NOOP("EventDetails", "Number seen"), QSpinBox(), "number")
        #: Appendix A Table 1 "No. of schools": groups of whales
        self.schools = row(QT_TRANSLATE_NOOP("WhalesSeen", "Number of schools"), QSpinBox(), "schools")
        for spin, value in ((self.number, entry.number), (self.schools, entry.schools)):
            spin.setRange(0, 9999)
            spin.setValue(value)
            spin.setMinimumHeight(40)
        self.reason_edit = row(QT_TRANSLATE_NOOP("WhalesSeen", "Reason"), QLineEdit(), "reason")
        self.reason_edit.setPlaceholderText(translate("WhalesSeen", "why the tally from the sightings is corrected"))
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
            self.messages.show(
                [FieldError("reason", translate("WhalesSeen", "a reason is required to change the tally"))]
            )
            return
        self.store.submit(
            self,
            self.messages,
            lambda: self.on_save(entry, reason),
            lambda _result: super(WhalesSeenDialog, self).accept(),
        )


HEADERS = (
    QT_TRANSLATE_NOOP("AppendixA", "Species"),
    QT_TRANSLATE_NOOP("WhalesSeen", "No."),
    QT_TRANSLATE_NOOP("WhalesSeen", "Schools"),
    "",
)


class WhalesSeenPanel(Retranslating, QGroupBox):
    edit_requested = Signal(object)  # WhalesSeenEntry (or a blank one for a species not yet seen)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.tree = record_tree(HEADERS, 80)
        self.tree.setRootIsDecorated(False)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.edit_button = QPushButton()
        self.tr_bind(self.edit_button.setText, QT_TRANSLATE_NOOP("WhalesSeen", "Correct tally…"))
        self.edit_button.setMinimumHeight(44)
        row.addWidget(self.edit_button)
        layout.addLayout(row)
        self.edit_button.clicked.connect(self._edit)
        self.tree.itemDoubleClicked.connect(lambda *_: self._edit())
        self.entries: list[WhalesSeenEntry] = []
        self.editable = False

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "entries"):
            self.tree.setHeaderLabels([tr_template(header) for header in HEADERS])
            self.show_entries(self.entries, self.editable)

    def show_entries(self, entries: list[WhalesSeenEntry], editable: bool) -> None:
        self.entries, self.editable = entries, editable
        self.tree.clear()
        for i, entry in enumerate(entries):
            item = QTreeWidgetItem(
                [
                    species_name(entry),
                    str(entry.number),
                    str(entry.schools),
                    translate("WhalesSeen", "corrected") if entry.edited else translate("WhalesSeen", "from sightings"),
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
