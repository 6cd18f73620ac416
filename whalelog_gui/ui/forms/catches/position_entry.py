"""Typing a position by hand: degrees and decimal minutes with hemisphere (45°12.345′S, 45 12.345 S) or signed
decimal degrees (-45.2057). Qt-free parsing plus one small widget pair, shared by the catch and schooling forms.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from whalelog_gui.nav.format import format_lat, format_lon

_DM = re.compile(
    r"^\s*(?P<pre>[NSEW])?\s*(?P<deg>\d{1,3}(?:\.\d+)?)\s*(?:[°º:\s]\s*(?P<min>\d{1,2}(?:\.\d+)?)\s*['′]?)?"
    r"\s*(?P<post>[NSEW])?\s*$",
    re.IGNORECASE,
)
_DECIMAL = re.compile(r"^\s*[+-]?\d{1,3}(?:\.\d+)?\s*$")
_LIMITS = {"lat": (90.0, "NS"), "lon": (180.0, "EW")}


def parse_coordinate(text: str, kind: str) -> float:
    """Decimal degrees (south/west negative) from what the user typed; ValueError with the reason otherwise."""
    limit, hemispheres = _LIMITS[kind]
    name = "latitude" if kind == "lat" else "longitude"
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        raise ValueError(f"enter the {name}")
    if _DECIMAL.match(cleaned):
        value = float(cleaned)
    else:
        match = _DM.match(cleaned)
        if match is None or (match["pre"] and match["post"]):
            raise ValueError(f"{name} {text.strip()!r}: write it like 45°12.345′S, 45 12.345 S or -45.2057")
        hemisphere = (match["pre"] or match["post"] or "").upper()
        if not hemisphere:
            raise ValueError(f"{name} {text.strip()!r}: add the hemisphere ({' or '.join(hemispheres)})")
        if hemisphere not in hemispheres:
            raise ValueError(f"{name} {text.strip()!r}: hemisphere must be {' or '.join(hemispheres)}")
        degrees = float(match["deg"])
        minutes = float(match["min"] or 0)
        if match["min"] and degrees != int(degrees):
            raise ValueError(f"{name}: give whole degrees when minutes follow")
        if minutes >= 60:
            raise ValueError(f"{name}: minutes must be less than 60")
        value = (degrees + minutes / 60) * (-1 if hemisphere in "SW" else 1)
    if not -limit <= value <= limit:
        raise ValueError(f"{name} {text.strip()!r} is outside {-limit:g}..{limit:g}")
    return value


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
        """(lat, lon); (None, None) when both are empty; ValueError with the reason when either is wrong."""
        lat_text, lon_text = self.lat_edit.text().strip(), self.lon_edit.text().strip()
        if not lat_text and not lon_text:
            return None, None
        if not lat_text or not lon_text:
            raise ValueError("give both latitude and longitude")
        return parse_coordinate(lat_text, "lat"), parse_coordinate(lon_text, "lon")
