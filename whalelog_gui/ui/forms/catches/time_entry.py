"""Times are typed in ship's time and kept in UTC (records store UTC; the crew thinks in ship's time)."""

from __future__ import annotations

from datetime import datetime, timezone, tzinfo

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QWidget

DISPLAY_FORMAT = "yyyy-MM-dd HH:mm"


def to_utc(local: datetime, ship_tz: tzinfo) -> datetime:
    return local.replace(tzinfo=ship_tz).astimezone(timezone.utc)


def to_ship(moment: datetime, ship_tz: tzinfo) -> datetime:
    return moment.astimezone(ship_tz).replace(tzinfo=None)


class ShipTimeEdit(QWidget):
    """A date-time in ship's time; optional ones carry a check box (unchecked = not yet known)."""

    changed = Signal()

    def __init__(self, ship_tz: tzinfo, optional_label: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ship_tz = ship_tz
        self.edit = QDateTimeEdit()
        self.edit.setDisplayFormat(DISPLAY_FORMAT)
        self.edit.setCalendarPopup(True)
        self.known = QCheckBox(optional_label) if optional_label else None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        if self.known is not None:
            row.addWidget(self.known)
            self.known.toggled.connect(self._toggled)
            self._toggled(False)
        row.addWidget(self.edit, 1)
        self.edit.dateTimeChanged.connect(lambda _v: self.changed.emit())

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.edit.setVisible(on)  # a greyed placeholder date would read as a value
        self.changed.emit()

    def follow(self, other: "ShipTimeEdit") -> None:
        """Start from `other`'s time when this optional time is first ticked (hauling up follows taking)."""

        def start(on: bool) -> None:
            if on and not self._set_once:
                self.edit.setDateTime(other.edit.dateTime())

        self._set_once = False
        self.known.toggled.connect(start)

    def value(self) -> datetime | None:
        """UTC, or None for an optional time not given."""
        if self.known is not None and not self.known.isChecked():
            return None
        local = self.edit.dateTime().toPython().replace(second=0, microsecond=0)
        return to_utc(local, self.ship_tz)

    def set_value(self, moment: datetime | None) -> None:
        if moment is not None:
            self._set_once = True
            self.edit.setDateTime(QDateTime(to_ship(moment, self.ship_tz).replace(second=0, microsecond=0)))
        if self.known is not None:
            self.known.setChecked(moment is not None)
