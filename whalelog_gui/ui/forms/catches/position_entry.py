"""Typing a position by hand: one small widget pair, shared by the catch and schooling forms; what it accepts is
nav/typed_position.py's grammar."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from whalelog_gui.nav.format import format_lat, format_lon
from whalelog_gui.messages import Message
from whalelog_gui.nav.typed_position import BOTH, parse_coordinate


class PositionEdit(QWidget):
    """Latitude and longitude fields; `edited` is emitted only for the user's typing, not for set_position()."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.lat_edit = QLineEdit()
        self.lat_edit.setPlaceholderText("45°12.345′S")
        self.lon_edit = QLineEdit()
        self.lon_edit.setPlaceholderText("170°30.000′E")
        for edit in (self.lat_edit, self.lon_edit):  # a whole position is always readable (issue 15)
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("000°00.000′W") + 16)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lat_edit, 1)
        layout.addWidget(self.lon_edit, 1)
        self.lat_edit.textEdited.connect(lambda _t: self.edited.emit())
        self.lon_edit.textEdited.connect(lambda _t: self.edited.emit())

    def set_position(self, lat: float | None, lon: float | None) -> None:
        self.lat_edit.setText("" if lat is None else format_lat(lat))
        self.lon_edit.setText("" if lon is None else format_lon(lon))

    def position(self) -> tuple[float | None, float | None]:
        """(lat, lon); (None, None) when both are empty; ValueError with the reason (a Message) when either is wrong."""
        lat_text, lon_text = self.lat_edit.text().strip(), self.lon_edit.text().strip()
        if not lat_text and not lon_text:
            return None, None
        if not lat_text or not lon_text:
            raise ValueError(Message(BOTH))
        return parse_coordinate(lat_text, "lat"), parse_coordinate(lon_text, "lon")
