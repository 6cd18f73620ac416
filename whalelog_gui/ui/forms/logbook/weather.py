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
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
)

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.records.daily_sheet import DailyRecordSheet
from whalelog_gui.records.field_error import FieldError
from whalelog_gui.records.ship_time import ShipClock
from whalelog_gui.records.weather import WeatherObservation
from whalelog_gui.ui.forms.logbook.event_list import amendment_text
from whalelog_gui.ui.forms.field_messages import FieldMessages
from whalelog_gui.ui.forms.logbook.form_rows import translated_row
from whalelog_gui.ui.forms.logbook.reason_dialog import missing_reason
from whalelog_gui.ui.forms.logbook.typed_values import FieldValues
from whalelog_gui.ui.i18n import Retranslating, tr_template, translate
from whalelog_gui.ui.record_table import record_tree
from whalelog_gui.ui.locale_display import local_decimals
from whalelog_gui.ui.store_op import FormStore

#: WMO code 3700 sea state descriptions, 0-9, as in the bridge's weather log
SEA_STATES = (
    QT_TRANSLATE_NOOP("SeaState", "calm (glassy)"),
    QT_TRANSLATE_NOOP("SeaState", "calm (rippled)"),
    QT_TRANSLATE_NOOP("SeaState", "smooth (wavelets)"),
    QT_TRANSLATE_NOOP("SeaState", "slight"),
    QT_TRANSLATE_NOOP("SeaState", "moderate"),
    QT_TRANSLATE_NOOP("SeaState", "rough"),
    QT_TRANSLATE_NOOP("SeaState", "very rough"),
    QT_TRANSLATE_NOOP("SeaState", "high"),
    QT_TRANSLATE_NOOP("SeaState", "very high"),
    QT_TRANSLATE_NOOP("SeaState", "phenomenal"),
)
#: Beaufort scale 0-12 descriptions, as in the bridge's weather log
BEAUFORT = (
    QT_TRANSLATE_NOOP("Beaufort", "calm"),
    QT_TRANSLATE_NOOP("Beaufort", "light air"),
    QT_TRANSLATE_NOOP("Beaufort", "light breeze"),
    QT_TRANSLATE_NOOP("Beaufort", "gentle breeze"),
    QT_TRANSLATE_NOOP("Beaufort", "moderate breeze"),
    QT_TRANSLATE_NOOP("Beaufort", "fresh breeze"),
    QT_TRANSLATE_NOOP("Beaufort", "strong breeze"),
    QT_TRANSLATE_NOOP("Beaufort", "near gale"),
    QT_TRANSLATE_NOOP("Beaufort", "gale"),
    QT_TRANSLATE_NOOP("Beaufort", "strong gale"),
    QT_TRANSLATE_NOOP("Beaufort", "storm"),
    QT_TRANSLATE_NOOP("Beaufort", "violent storm"),
    QT_TRANSLATE_NOOP("Beaufort", "hurricane"),
)
SaveWeather = Callable[[WeatherObservation, str], Callable | None]  # (obs, reason) -> write(db) or None


def weather_row(obs: WeatherObservation, ship_clock: ShipClock | None = None) -> list[str]:
    """The observation as listed: ship's time with UTC beside it (issue 15), sea, wind, visibility."""
    clock = ship_clock or ShipClock.fixed("UTC")
    direction = (
        translate("Weather", "calm/var.") if obs.wind_direction_deg is None else f"{obs.wind_direction_deg:03d}°"
    )
    visibility = "—" if obs.visibility_nm is None else f"{local_decimals(str(obs.visibility_nm))} nm"
    return [
        clock.time_with_utc(obs.at),
        f"{obs.sea_state} {tr_template(SEA_STATES[obs.sea_state])}",
        #: Bf = Beaufort force; {direction} is where the wind blows from, e.g. 270°
        translate("Weather", "Bf {force} from {direction}").format(force=obs.wind_force, direction=direction),
        visibility,
    ]


class WeatherDialog(Retranslating, QDialog):
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
        self.tr_bind(
            self.setWindowTitle,
            QT_TRANSLATE_NOOP("Weather", "Correct weather observation")
            if editing
            else QT_TRANSLATE_NOOP("Weather", "Weather observation"),
        )
        layout = QVBoxLayout(self)
        self.messages = FieldMessages()
        layout.addWidget(self.messages.general)
        form = QFormLayout()
        layout.addLayout(form)
        m = self.messages

        def row(title, widget, field):
            return translated_row(self, m, form, title, widget, field)

        time = QLineEdit(f"{obs.at:%Y-%m-%d %H:%M}")
        self.time_edit = row(QT_TRANSLATE_NOOP("AppendixA", "Time (UTC)"), time, "at")
        #: WMO code 3700: sea state 0 (calm) to 9 (phenomenal)
        self.sea_state = row(QT_TRANSLATE_NOOP("Weather", "Sea state (WMO 0–9)"), QComboBox(), "sea_state")
        self.sea_state.addItems([f"{i} {tr_template(name)}" for i, name in enumerate(SEA_STATES)])
        self.sea_state.setCurrentIndex(obs.sea_state)
        self.wind_force = row(QT_TRANSLATE_NOOP("Weather", "Wind force (Beaufort)"), QComboBox(), "wind_force")
        self.wind_force.addItems([f"{i} {tr_template(name)}" for i, name in enumerate(BEAUFORT)])
        self.wind_force.setCurrentIndex(obs.wind_force)
        direction = "" if obs.wind_direction_deg is None else str(obs.wind_direction_deg)
        #: the true bearing the wind blows from, in degrees
        wind_from = QT_TRANSLATE_NOOP("Weather", "Wind from (° true)")
        self.direction = row(wind_from, QLineEdit(direction), "wind_direction_deg")
        self.tr_bind(self.direction.setPlaceholderText, QT_TRANSLATE_NOOP("Weather", "blank when calm or variable"))
        visibility = "" if obs.visibility_nm is None else local_decimals(str(obs.visibility_nm))
        self.visibility = row(QT_TRANSLATE_NOOP("Weather", "Visibility (nm)"), QLineEdit(visibility), "visibility_nm")
        self.reason_edit = QLineEdit()
        if editing:
            row(QT_TRANSLATE_NOOP("EventDialog", "Reason for change"), self.reason_edit, "reason")
        for widget in (self.sea_state, self.wind_force, self.direction, self.visibility, self.time_edit):
            widget.setMinimumHeight(40)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.tr_bind(self.save_button.setText, QT_TRANSLATE_NOOP("ReasonDialog", "Save"))
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
        if self.editing:
            errors += missing_reason(reason)
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

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "wind_force"):
            for combo, names in ((self.sea_state, SEA_STATES), (self.wind_force, BEAUFORT)):
                for i, name in enumerate(names):
                    combo.setItemText(i, f"{i} {tr_template(name)}")

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


HEADERS = (
    QT_TRANSLATE_NOOP("LogbookSheet", "Ship's time (UTC)"),
    QT_TRANSLATE_NOOP("AppendixA", "Sea state"),
    QT_TRANSLATE_NOOP("Weather", "Wind"),
    QT_TRANSLATE_NOOP("AppendixA", "Visibility"),
)


class WeatherPanel(Retranslating, QGroupBox):
    add_requested = Signal()
    edit_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.tree = record_tree(HEADERS, 80)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton()
        self.tr_bind(self.add_button.setText, QT_TRANSLATE_NOOP("Weather", "Add weather…"))
        self.edit_button = QPushButton()
        for button in (self.add_button, self.edit_button):
            button.setMinimumHeight(44)
            row.addWidget(button)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.tree.itemDoubleClicked.connect(lambda *_: self._edit())
        self.sheet: DailyRecordSheet | None = None
        self.ship_clock: ShipClock | None = None
        self.show_weather(None)

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "tree"):
            self.tree.setHeaderLabels([tr_template(header) for header in HEADERS])
            self.show_weather(self.sheet, self.ship_clock)

    def show_weather(self, sheet: DailyRecordSheet | None, ship_clock: ShipClock | None = None) -> None:
        """A signed sheet's observations can only be amended; amendments show under the original."""
        self.sheet, self.ship_clock = sheet, ship_clock or self.ship_clock
        ship_clock = self.ship_clock
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
        self.edit_button.setText(translate("LogbookSheet", "Amend…") if signed else translate("Weather", "Correct…"))

    def _edit(self) -> None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is not None and self.edit_button.isEnabled():
            self.edit_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))


def new_observation(at: datetime) -> WeatherObservation:
    return WeatherObservation(at.replace(second=0, microsecond=0), 0, 0)
