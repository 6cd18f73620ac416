"""Table 1 WEATHER CONDITIONS: the day's observations and the dialog that records (or corrects) one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

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
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from whalelog_gui.records.daily_sheet import DailyRecordSheet
from whalelog_gui.records.field_error import FieldError
from whalelog_gui.records.ship_time import ShipClock
from whalelog_gui.records.weather import WeatherObservation
from whalelog_gui.ui.forms.logbook.event_list import amendment_text
from whalelog_gui.ui.forms.field_messages import FieldMessages
from whalelog_gui.ui.forms.logbook.typed_values import FieldValues
from whalelog_gui.ui.store_op import FormStore

SEA_STATES = (
    "calm (glassy)",
    "calm (rippled)",
    "smooth (wavelets)",
    "slight",
    "moderate",
    "rough",
    "very rough",
    "high",
    "very high",
    "phenomenal",
)  # WMO code 3700
BEAUFORT = (
    "calm",
    "light air",
    "light breeze",
    "gentle breeze",
    "moderate breeze",
    "fresh breeze",
    "strong breeze",
    "near gale",
    "gale",
    "strong gale",
    "storm",
    "violent storm",
    "hurricane",
)
SaveWeather = Callable[[WeatherObservation, str], Callable | None]  # (obs, reason) -> write(db) or None


def weather_row(obs: WeatherObservation, ship_clock: ShipClock | None = None) -> list[str]:
    """The observation as listed: ship's time with UTC beside it (issue 15), sea, wind, visibility."""
    clock = ship_clock or ShipClock.fixed("UTC")
    direction = "calm/var." if obs.wind_direction_deg is None else f"{obs.wind_direction_deg:03d}°"
    visibility = "—" if obs.visibility_nm is None else f"{obs.visibility_nm} nm"
    return [
        clock.time_with_utc(obs.at),
        f"{obs.sea_state} {SEA_STATES[obs.sea_state]}",
        f"Bf {obs.wind_force} from {direction}",
        visibility,
    ]


class WeatherDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        obs: WeatherObservation,
        on_save: SaveWeather,
        editing: bool,
        parent=None,
        *,
        store: FormStore | None = None,
    ):
        super().__init__(parent)
        self.original, self.on_save, self.editing = obs, on_save, editing
        self.store = store or FormStore()
        self.setWindowTitle("Correct weather observation" if editing else "Weather observation")
        layout = QVBoxLayout(self)
        self.messages = FieldMessages()
        layout.addWidget(self.messages.general)
        form = QFormLayout()
        layout.addLayout(form)
        m = self.messages
        self.time_edit = m.add_row(form, "Time (UTC)", QLineEdit(f"{obs.at:%Y-%m-%d %H:%M}"), "at")
        self.sea_state = m.add_row(form, "Sea state (WMO 0–9)", QComboBox(), "sea_state")
        self.sea_state.addItems([f"{i} {name}" for i, name in enumerate(SEA_STATES)])
        self.sea_state.setCurrentIndex(obs.sea_state)
        self.wind_force = m.add_row(form, "Wind force (Beaufort)", QComboBox(), "wind_force")
        self.wind_force.addItems([f"{i} {name}" for i, name in enumerate(BEAUFORT)])
        self.wind_force.setCurrentIndex(obs.wind_force)
        direction = "" if obs.wind_direction_deg is None else str(obs.wind_direction_deg)
        self.direction = m.add_row(form, "Wind from (° true)", QLineEdit(direction), "wind_direction_deg")
        self.direction.setPlaceholderText("blank when calm or variable")
        visibility = "" if obs.visibility_nm is None else str(obs.visibility_nm)
        self.visibility = m.add_row(form, "Visibility (nm)", QLineEdit(visibility), "visibility_nm")
        self.reason_edit = QLineEdit()
        if editing:
            m.add_row(form, "Reason for change", self.reason_edit, "reason")
        for widget in (self.sea_state, self.wind_force, self.direction, self.visibility, self.time_edit):
            widget.setMinimumHeight(40)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton("Save", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for signal in (
            self.time_edit.textChanged,
            self.sea_state.currentIndexChanged,
            self.wind_force.currentIndexChanged,
            self.direction.textChanged,
            self.visibility.textChanged,
            self.reason_edit.textChanged,
        ):
            signal.connect(self.changed)
        self.sea_state.setFocus()

    def build(self) -> tuple[WeatherObservation, list[FieldError]]:
        parsed = FieldValues()
        at = parsed.utc_time("at", self.time_edit.text())
        obs = WeatherObservation(
            at or self.original.at,
            self.sea_state.currentIndex(),
            self.wind_force.currentIndex(),
            parsed.integer("wind_direction_deg", self.direction.text()),
            parsed.decimal("visibility_nm", self.visibility.text()),
            self.original.note,
            self.original.id,
            self.original.sheet_id,
        )
        return obs, parsed.errors

    def accept(self) -> None:
        obs, errors = self.build()
        # every refusal at once, not one per Save: the record's own rules for the fields that did parse
        unparsed = {e.field for e in errors}
        errors += [e for e in obs.validate() if e.field not in unparsed]
        reason = self.reason_edit.text().strip()
        if self.editing and not reason:
            errors.append(FieldError("reason", "a reason is required to change a saved record"))
        if errors:
            self.messages.show(errors)
            return
        self.store.submit(
            self,
            self.messages,
            lambda: self.on_save(obs, reason),
            lambda _result: super(WeatherDialog, self).accept(),
            self.save_button,
        )

    def draft_data(self) -> dict:
        return {
            "obs_id": self.original.id,
            "time": self.time_edit.text(),
            "sea_state": self.sea_state.currentIndex(),
            "wind_force": self.wind_force.currentIndex(),
            "direction": self.direction.text(),
            "visibility": self.visibility.text(),
            "reason": self.reason_edit.text(),
        }

    def restore(self, data: dict) -> None:
        self.time_edit.setText(data.get("time", ""))
        self.sea_state.setCurrentIndex(int(data.get("sea_state", 0)))
        self.wind_force.setCurrentIndex(int(data.get("wind_force", 0)))
        self.direction.setText(data.get("direction", ""))
        self.visibility.setText(data.get("visibility", ""))
        self.reason_edit.setText(data.get("reason", ""))


class WeatherPanel(QGroupBox):
    add_requested = Signal()
    edit_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__("Weather conditions", parent)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Ship's time (UTC)", "Sea state", "Wind", "Visibility"])
        self.tree.setMinimumHeight(80)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton("Add weather…")
        self.edit_button = QPushButton("Correct…")
        for button in (self.add_button, self.edit_button):
            button.setMinimumHeight(44)
            row.addWidget(button)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.tree.itemDoubleClicked.connect(lambda *_: self._edit())

    def show_weather(self, sheet: DailyRecordSheet | None, ship_clock: ShipClock | None = None) -> None:
        """A signed sheet's observations can only be amended; amendments show under the original."""
        self.tree.clear()
        for obs in sheet.weather if sheet else []:
            item = QTreeWidgetItem(weather_row(obs, ship_clock))
            item.setData(0, Qt.ItemDataRole.UserRole, obs.id)
            for amendment in sheet.amendments_for(obs.id):
                child = QTreeWidgetItem([amendment_text(amendment)])
                child.setFirstColumnSpanned(True)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(False)
            item.setExpanded(True)
        signed = bool(sheet and sheet.signed)
        self.add_button.setEnabled(not signed)
        self.edit_button.setEnabled(bool(sheet and sheet.weather))
        self.edit_button.setText("Amend…" if signed else "Correct…")

    def _edit(self) -> None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is not None and self.edit_button.isEnabled():
            self.edit_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))


def new_observation(at: datetime) -> WeatherObservation:
    return WeatherObservation(at.replace(second=0, microsecond=0), 0, 0)
