"""Specimens collected from a whale (Schedule para 29): kind, label with the whale's number, testes weight."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from whalelog_gui.records.catch import Specimen, SpecimenKind
from whalelog_gui.ui.i18n import translate


class SpecimenRow(QWidget):
    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = QComboBox()
        for kind in SpecimenKind:
            self.kind.addItem(kind.value, kind.value)  # Qt keeps str enums as plain str
        self.label = QLineEdit(label)
        self.label.setPlaceholderText(translate("Specimens", "label: the whale's number (para 29(c))"))
        self.weight = QLineEdit()
        self.weight.setPlaceholderText(translate("Specimens", "both testes, kg"))
        self.remove = QPushButton(translate("Specimens", "Remove"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.label, 2)
        row.addWidget(self.weight, 1)
        row.addWidget(self.remove)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self, *_args) -> None:
        # Para 29(a)(1): the combined weight of both testes.
        self.weight.setVisible(self.kind.currentData() == SpecimenKind.TESTES_WEIGHT.value)

    def specimen(self) -> Specimen:
        weight = None
        text = self.weight.text().strip().replace(",", ".")
        if self.weight.isVisibleTo(self) and text:
            try:
                weight = Decimal(text)
            except InvalidOperation:
                raise ValueError(f"testes weight {text!r} is not a number") from None
            if not weight.is_finite():
                raise ValueError(f"testes weight {text!r} is not a number")
        return Specimen(SpecimenKind(self.kind.currentData()), self.label.text(), weight)


class SpecimensEditor(QWidget):
    changed = Signal()

    def __init__(self, default_label=lambda: "", parent: QWidget | None = None):
        super().__init__(parent)
        self.default_label = default_label
        self.rows: list[SpecimenRow] = []
        self.add_button = QPushButton(translate("Specimens", "Add specimen"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.add_button)

    def add_row(self, specimen: Specimen | None = None) -> SpecimenRow:
        row = SpecimenRow(self.default_label() if specimen is None else specimen.label)
        if specimen is not None:
            row.kind.setCurrentIndex(row.kind.findData(specimen.kind.value))
            row.weight.setText("" if specimen.weight_kg is None else str(specimen.weight_kg))
        row.remove.clicked.connect(lambda: self._remove(row))
        for signal in (row.kind.currentIndexChanged, row.label.textChanged, row.weight.textChanged):
            signal.connect(self.changed)
        self.rows.append(row)
        self.column.insertWidget(len(self.rows) - 1, row)
        self.changed.emit()
        return row

    def _remove(self, row: SpecimenRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.changed.emit()

    def set_specimens(self, specimens) -> None:
        for row in list(self.rows):
            self._remove(row)
        for specimen in specimens:
            self.add_row(specimen)

    def specimens(self) -> tuple[tuple[Specimen, ...], dict[int, str]]:
        """The specimens that could be read, and row index -> reason for those that could not."""
        done, errors = [], {}
        for i, row in enumerate(self.rows):
            try:
                done.append(row.specimen())
            except ValueError as exc:
                errors[i] = str(exc)
        return tuple(done), errors
