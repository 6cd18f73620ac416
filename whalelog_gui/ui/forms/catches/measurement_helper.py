"""The tape-reading helper: type what the tape says, see the value logged from it, live (Schedule para 23).

Metres (any precision) or feet and inches, per the units setting (switchable for one whale). The rounding is the
core's (records/measurement.py, exact Decimal); this widget only shows the raw reading beside the logged value.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from whalelog_gui.records.measurement import LengthReading, LengthUnit, MeasurementError
from whalelog_gui.ui.i18n import translate


class LengthEntry(QWidget):
    """`changed` fires on every keystroke; reading() is the LengthReading (None when empty), or raises
    MeasurementError with the reason the reading cannot be logged."""

    changed = Signal()

    def __init__(self, units: str = "metres", parent: QWidget | None = None):
        super().__init__(parent)
        self.unit = QComboBox()
        self.unit.addItem(translate("Measurement", "metres"), "metres")
        self.unit.addItem(translate("Measurement", "feet and inches"), "feet")
        self.metres = QLineEdit()
        self.metres.setPlaceholderText(translate("Measurement", "tape reading, e.g. 10.25"))
        self.feet = QLineEdit()
        self.feet.setPlaceholderText(translate("Measurement", "feet"))
        self.inches = QLineEdit()
        self.inches.setPlaceholderText(translate("Measurement", "inches"))
        self.feet_label, self.inches_label = QLabel("ft"), QLabel("in")
        self.metres_label = QLabel("m")
        self.logged = QLabel()  # "read 10.25 m → logged 10.3 m"
        self.logged.setObjectName("logged_length")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.metres, self.metres_label, self.feet, self.feet_label, self.inches, self.inches_label):
            row.addWidget(w)
        row.addWidget(self.unit)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.logged)
        for edit in (self.metres, self.feet, self.inches):
            edit.textChanged.connect(self._changed)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.unit.setCurrentIndex(max(0, self.unit.findData(units)))
        self._unit_changed()

    @property
    def in_feet(self) -> bool:
        return self.unit.currentData() == "feet"

    def _unit_changed(self, *_args) -> None:
        for w in (self.metres, self.metres_label):
            w.setVisible(not self.in_feet)
        for w in (self.feet, self.feet_label, self.inches, self.inches_label):
            w.setVisible(self.in_feet)
        self._changed()

    def is_empty(self) -> bool:
        if self.in_feet:
            return not self.feet.text().strip() and not self.inches.text().strip()
        return not self.metres.text().strip()

    def reading(self) -> LengthReading | None:
        if self.is_empty():
            return None
        if not self.in_feet:
            return LengthReading.metres(self.metres.text())
        inches = self.inches.text().strip()
        return LengthReading.feet(self.feet.text().strip() or "0", inches or None)

    def set_reading(self, reading: LengthReading | None) -> None:
        for edit in (self.metres, self.feet, self.inches):
            edit.blockSignals(True)
            edit.clear()
        if reading is not None:
            if reading.unit is LengthUnit.METRES:
                self.unit.setCurrentIndex(self.unit.findData("metres"))
                self.metres.setText(str(reading.raw))
            else:
                self.unit.setCurrentIndex(self.unit.findData("feet"))
                self.feet.setText(str(reading.raw))
                self.inches.setText("" if reading.raw_inches is None else str(reading.raw_inches))
        for edit in (self.metres, self.feet, self.inches):
            edit.blockSignals(False)
        self._changed()

    def _changed(self, *_args) -> None:
        try:
            reading = self.reading()
        except MeasurementError:
            reading = None
        # Schedule para 23: both the tape reading and the logged value are kept and shown.
        self.logged.setText(
            ""
            if reading is None
            else translate("Measurement", "read {raw} → logged {logged} {unit} (para 23)").format(
                raw=reading.raw_text, logged=reading.logged_text, unit=reading.unit.value
            )
        )
        self.changed.emit()
