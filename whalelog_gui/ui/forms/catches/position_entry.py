"""Typing a position by hand: one small widget pair, shared by the catch and schooling forms; what it accepts is
nav/typed_position.py's grammar."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from whalelog_gui.nav.format import format_lat, format_lon
from whalelog_gui.messages import Message
from whalelog_gui.nav.typed_position import BOTH, parse_coordinate


class PositionEdit(QWidget):
    """Latitude and longitude fields; `edited` is emitted only for the user's typing, not for give()/show_typed().

    A position given by a source (a GPS fix, the track at noon, a saved record) is used exactly, not re-read from
    its text rounded to a thousandth of a minute, until the user types over it; from then on, and whenever no
    position was given, the typed text is the position. Catch, struck-and-lost and schooling forms all ask value().
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._given: tuple[float, float] | None = None
        self._typed_over = False
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
        # connected first, so anyone told of an edit already sees the position as typed
        self.edited.connect(self._typed)
        self.lat_edit.textEdited.connect(lambda _t: self.edited.emit())
        self.lon_edit.textEdited.connect(lambda _t: self.edited.emit())

    def _typed(self) -> None:
        self._typed_over = True

    def give(self, lat: float | None, lon: float | None) -> None:
        """Show a position from a source and use it exactly until the user types over it (None: nothing given,
        the fields show that and whatever is typed is the position)."""
        self._show(lat, lon)
        self._given = None if lat is None or lon is None else (lat, lon)
        self._typed_over = False

    def show_typed(self, lat: float | None, lon: float | None) -> None:
        """Show a position that was typed by hand (a saved record's): read from its text, like typing."""
        self._show(lat, lon)
        self._given = None

    def forget_given(self) -> None:
        """The source has nothing now (no GPS fix): the fields as they stand are the user's."""
        self._given = None

    @property
    def typed(self) -> bool:
        """Whether value() is the typed text: the user typed over the given position, or none was given."""
        return self._given is None or self._typed_over

    def value(self) -> tuple[float | None, float | None]:
        """The given position exactly, or the typed one (see position())."""
        return self.position() if self.typed else self._given

    def _show(self, lat: float | None, lon: float | None) -> None:
        self.lat_edit.setText("" if lat is None else format_lat(lat))
        self.lon_edit.setText("" if lon is None else format_lon(lon))

    def position(self) -> tuple[float | None, float | None]:
        """The typed text: (lat, lon); (None, None) when both are empty; ValueError with the reason (a Message)
        when either is wrong."""
        lat_text, lon_text = self.lat_edit.text().strip(), self.lon_edit.text().strip()
        if not lat_text and not lon_text:
            return None, None
        if not lat_text or not lon_text:
            raise ValueError(Message(BOTH))
        return parse_coordinate(lat_text, "lat"), parse_coordinate(lon_text, "lon")
