"""The Table 1 detail fields an event needs: sighting, asdic, catch serial, delivery time, other activity.

Only the rows for the event's kind are shown; each row carries its own error label (FieldMessages).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.nav.format import format_lat, format_lon
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.ui.forms.field_messages import FieldMessages
from whalelog_gui.ui.forms.logbook.form_rows import translated_row
from whalelog_gui.ui.forms.logbook.other_activity import SUGGESTIONS, shown_activity, stored_activity
from whalelog_gui.ui.forms.logbook.typed_values import FieldValues
from whalelog_gui.ui.i18n import Retranslating, tr_template

K = EventKind
CHOOSE = QT_TRANSLATE_NOOP("EventDetails", "— choose —")
FIELD_HEIGHT = 40  # touch-sized inputs


def seen_species_name(species: SeenSpecies) -> str:
    """A Table 1 species column in the language showing (the printed form's own names, context AppendixA)."""
    label = "Others (specify)" if species is SeenSpecies.OTHER else species.label
    return tr_template(QT_TRANSLATE_NOOP("AppendixA", label))


def _tall(widget):
    widget.setMinimumHeight(FIELD_HEIGHT)
    return widget


class EventDetailFields(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, messages: FieldMessages, parent=None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        m = messages
        self.species = _tall(QComboBox())
        self.species.addItem(tr_template(CHOOSE), None)
        for s in SeenSpecies:
            self.species.addItem(seen_species_name(s), s.value)
        self.other_species = _tall(QLineEdit())
        self.number_seen = _tall(QSpinBox())
        self.number_seen.setRange(0, 9999)
        self.groups = _tall(QSpinBox())
        self.groups.setRange(0, 9999)
        self.groups.setValue(1)
        self.found_lat, self.found_lon = _tall(QLineEdit()), _tall(QLineEdit())
        found = QWidget()
        row = QHBoxLayout(found)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.found_lat)
        row.addWidget(self.found_lon)
        self.found_by = _tall(QLineEdit())
        self.asdic_yes, self.asdic_no = QPushButton(), QPushButton()
        #: Appendix A Table 1 "Asdic used (Yes/No)": the echo-sounding set used to chase the whale
        self.tr_bind(self.asdic_yes.setText, QT_TRANSLATE_NOOP("EventDetails", "Asdic used: YES"))
        self.tr_bind(self.asdic_no.setText, QT_TRANSLATE_NOOP("EventDetails", "NO asdic"))
        self.asdic_group = QButtonGroup(self)
        asdic = QWidget()
        row = QHBoxLayout(asdic)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.asdic_yes, self.asdic_no):
            button.setCheckable(True)
            button.setMinimumHeight(56)
            self.asdic_group.addButton(button)
            row.addWidget(button)
        self.catch_serial = _tall(QLineEdit())
        self.delivered_at = _tall(QLineEdit())
        #: the digits' order, as typed: year-month-day hours:minutes
        self.tr_bind(self.delivered_at.setPlaceholderText, QT_TRANSLATE_NOOP("EventDetails", "YYYY-MM-DD HH:MM (UTC)"))
        self.other_text = _tall(QComboBox())
        self.other_text.setEditable(True)
        self.other_text.addItems(["", *map(tr_template, SUGGESTIONS)])
        self._activity = ""  # the activity as it will be stored (a picked suggestion: its English source)
        self.other_text.currentTextChanged.connect(self._activity_typed)

        def row(title, widget: QWidget, *fields: str) -> QWidget:
            return translated_row(self, m, self.form, title, widget, *fields)

        self.rows = {
            K.WHALES_SEEN: [
                row(QT_TRANSLATE_NOOP("EventDetails", "Species"), self.species, "species"),
                row(QT_TRANSLATE_NOOP("EventDetails", "Other species"), self.other_species, "other_species"),
                row(QT_TRANSLATE_NOOP("EventDetails", "Number seen"), self.number_seen, "number_seen"),
                row(QT_TRANSLATE_NOOP("EventDetails", "Number of groups"), self.groups, "number_of_groups"),
                row(QT_TRANSLATE_NOOP("EventDetails", "Position found"), found, "found_lat", "found_lon"),
                row(QT_TRANSLATE_NOOP("EventDetails", "Catcher that found them"), self.found_by, "found_by_catcher"),
            ],
            K.CHASE_STARTED: [row(QT_TRANSLATE_NOOP("EventDetails", "Asdic"), asdic, "asdic_used")],
            K.FLAGGED_ALONGSIDE: [
                row(QT_TRANSLATE_NOOP("EventDetails", "Serial No. of catch"), self.catch_serial, "catch_serial")
            ],
            K.DELIVERED: [
                row(QT_TRANSLATE_NOOP("EventDetails", "Delivered (date, time UTC)"), self.delivered_at, "delivered_at")
            ],
            K.OTHER_ACTIVITY: [row(QT_TRANSLATE_NOOP("EventDetails", "Activity"), self.other_text, "other_text")],
        }
        for signal in (
            self.species.currentIndexChanged,
            self.other_species.textChanged,
            self.number_seen.valueChanged,
            self.groups.valueChanged,
            self.found_lat.textChanged,
            self.found_lon.textChanged,
            self.found_by.textChanged,
            self.asdic_group.buttonClicked,
            self.catch_serial.textChanged,
            self.delivered_at.textChanged,
            self.other_text.currentTextChanged,
        ):
            signal.connect(self.changed)
        self.species.currentIndexChanged.connect(self._species_changed)
        self.kind: EventKind | None = None

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "_activity"):  # a language change delivered while the fields are being built
            return
        self.species.setItemText(0, tr_template(CHOOSE))
        for index, species in enumerate(SeenSpecies, 1):
            self.species.setItemText(index, seen_species_name(species))
        activity = self._activity  # read before the items change: their old wording is no longer recognised
        for index, suggestion in enumerate(SUGGESTIONS, 1):
            self.other_text.setItemText(index, tr_template(suggestion))
        self.other_text.setCurrentText(shown_activity(activity))

    def _activity_typed(self, text: str) -> None:
        self._activity = stored_activity(text)

    def show_kind(self, kind: EventKind) -> None:
        self.kind = kind
        for row_kind, widgets in self.rows.items():
            for widget in widgets:
                self.form.setRowVisible(widget.parentWidget(), row_kind is kind)
        self._species_changed()

    def _species_changed(self, *_args) -> None:
        visible = self.kind is K.WHALES_SEEN and self.species.currentData() == SeenSpecies.OTHER.value
        self.form.setRowVisible(self.other_species.parentWidget(), visible)

    def first_field(self) -> QWidget | None:
        return {
            K.WHALES_SEEN: self.species,
            K.CHASE_STARTED: self.asdic_yes if self.asdic_yes.isChecked() else self.asdic_no,
            K.FLAGGED_ALONGSIDE: self.catch_serial,
            K.DELIVERED: self.delivered_at,
            K.OTHER_ACTIVITY: self.other_text,
        }.get(self.kind)

    def fill(self, event: LogEvent) -> None:
        """Show a stored (or freshly stamped) event's details."""
        index = self.species.findData(event.species.value if event.species else None)
        self.species.setCurrentIndex(max(index, 0))
        self.other_species.setText(event.other_species)
        self.number_seen.setValue(event.number_seen or 0)
        self.groups.setValue(event.number_of_groups if event.number_of_groups is not None else 1)
        self.found_lat.setText(format_lat(event.found_lat) if event.found_lat is not None else "")
        self.found_lon.setText(format_lon(event.found_lon) if event.found_lon is not None else "")
        self.found_by.setText(event.found_by_catcher)
        if event.asdic_used is not None:
            (self.asdic_yes if event.asdic_used else self.asdic_no).setChecked(True)
        self.catch_serial.setText(event.catch_serial)
        self.delivered_at.setText(f"{event.delivered_at:%Y-%m-%d %H:%M}" if event.delivered_at else "")
        self.other_text.setCurrentText(shown_activity(event.other_text))

    def values(self, parsed: FieldValues) -> dict:
        """The detail fields of the shown kind as LogEvent keyword values (others are left unset)."""
        kind = self.kind
        if kind is K.WHALES_SEEN:
            species = self.species.currentData()
            return {
                "species": None if species is None else SeenSpecies(species),
                "other_species": self.other_species.text().strip() if species == SeenSpecies.OTHER.value else "",
                "number_seen": self.number_seen.value(),
                "number_of_groups": self.groups.value(),
                "found_lat": parsed.coordinate("found_lat", self.found_lat.text(), "lat"),
                "found_lon": parsed.coordinate("found_lon", self.found_lon.text(), "lon"),
                "found_by_catcher": self.found_by.text().strip(),
            }
        if kind is K.CHASE_STARTED:
            checked = self.asdic_group.checkedButton()
            return {"asdic_used": None if checked is None else checked is self.asdic_yes}
        if kind is K.FLAGGED_ALONGSIDE:
            return {"catch_serial": self.catch_serial.text().strip()}
        if kind is K.DELIVERED:
            text = self.delivered_at.text()
            return {"delivered_at": parsed.utc_time("delivered_at", text) if text.strip() else None}
        if kind is K.OTHER_ACTIVITY:
            return {"other_text": stored_activity(self.other_text.currentText())}
        return {}

    def raw(self) -> dict:
        checked = self.asdic_group.checkedButton()
        return {
            "species": self.species.currentData(),
            "other_species": self.other_species.text(),
            "number_seen": self.number_seen.value(),
            "number_of_groups": self.groups.value(),
            "found_lat": self.found_lat.text(),
            "found_lon": self.found_lon.text(),
            "found_by_catcher": self.found_by.text(),
            "catch_serial": self.catch_serial.text(),
            "asdic_used": None if checked is None else checked is self.asdic_yes,
            "delivered_at": self.delivered_at.text(),
            "other_text": stored_activity(self.other_text.currentText()),
        }

    def restore(self, raw: dict) -> None:
        self.species.setCurrentIndex(max(self.species.findData(raw.get("species")), 0))
        self.other_species.setText(raw.get("other_species", ""))
        self.number_seen.setValue(int(raw.get("number_seen") or 0))
        self.groups.setValue(int(raw.get("number_of_groups") if raw.get("number_of_groups") is not None else 1))
        self.found_lat.setText(raw.get("found_lat", ""))
        self.found_lon.setText(raw.get("found_lon", ""))
        self.found_by.setText(raw.get("found_by_catcher", ""))
        self.catch_serial.setText(raw.get("catch_serial", ""))
        if raw.get("asdic_used") is not None:
            (self.asdic_yes if raw["asdic_used"] else self.asdic_no).setChecked(True)
        self.delivered_at.setText(raw.get("delivered_at", ""))
        self.other_text.setCurrentText(shown_activity(raw.get("other_text", "")))
