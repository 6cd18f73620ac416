"""The small quick dialog behind an event: details after a tap, edit (with reason), insert after the fact, amend.

A tapped event keeps the time and position stamped at the tap; the dialog only adds the Table 1 details.
Refused input is shown at the field with the core's reason and the dialog stays open with everything typed.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.nav.format import format_lat, format_lon, format_position
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.field_error import FieldError
from whalelog_gui.ui.screen_size import scrolling
from whalelog_gui.ui.forms.logbook.event_details import EventDetailFields
from whalelog_gui.ui.forms.logbook.event_labels import LABELS, NO_FIX_TEXT
from whalelog_gui.ui.forms.field_messages import FieldMessages
from whalelog_gui.ui.forms.logbook.form_rows import translated_row
from whalelog_gui.ui.forms.logbook.reason_dialog import missing_reason
from whalelog_gui.ui.forms.logbook.typed_values import FieldValues
from whalelog_gui.ui.i18n import Retranslating
from whalelog_gui.ui.store_op import FormStore


class EventMode(enum.Enum):
    NEW = "new"  # just tapped: time and position are the stamp
    INSERT = "insert"  # logged after the fact: time and position typed
    EDIT = "edit"  # correct a saved event (reason required, audited)
    AMEND = "amend"  # correct an event on a signed sheet (a new amendment record)


TITLES = {
    EventMode.NEW: QT_TRANSLATE_NOOP("EventDialog", "Log"),
    EventMode.INSERT: QT_TRANSLATE_NOOP("EventDialog", "Insert after the fact"),
    EventMode.EDIT: QT_TRANSLATE_NOOP("EventDialog", "Edit"),
    #: an amendment: a correction recorded beside the original of a signed daily record sheet
    EventMode.AMEND: QT_TRANSLATE_NOOP("EventDialog", "Amend (sheet is signed)"),
}
SaveEvent = Callable[[LogEvent, str], Callable | None]  # (event, reason) -> write(db), on the GUI thread


def time_text(at: datetime) -> str:
    return f"{at:%Y-%m-%d %H:%M:%S}"


class EventDialog(Retranslating, QDialog):
    changed = Signal()

    def __init__(
        self, mode: EventMode, event: LogEvent, on_save: SaveEvent, parent=None, *, store: FormStore | None = None
    ):
        super().__init__(parent)
        self.mode, self.original, self.on_save = mode, event, on_save
        self.store = store or FormStore()
        self.saved_event: LogEvent | None = None
        self.tr_bind(
            self.setWindowTitle,
            QT_TRANSLATE_NOOP("EventDialog", "{mode}: {event}"),
            mode=TITLES[mode],
            event=LABELS.template(event.kind),
        )
        outer = QVBoxLayout(self)
        body = QWidget()  # the fields scroll on a small screen; Save and Cancel stay in view (issue 15)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.messages = FieldMessages()
        layout.addWidget(self.messages.general)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        m = self.messages
        self.kind_combo = QComboBox()
        for kind in EventKind:
            self.kind_combo.addItem(LABELS[kind], kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(event.kind.value))
        self.kind_combo.setEnabled(mode is EventMode.INSERT)
        self.kind_combo.setMinimumHeight(40)
        translated_row(self, m, self.form, QT_TRANSLATE_NOOP("EventDialog", "Event"), self.kind_combo, "kind")
        self.stamp_label = QLabel()
        self.time_edit, self.lat_edit, self.lon_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.no_fix_check = QCheckBox()
        self.tr_bind(self.no_fix_check.setText, QT_TRANSLATE_NOOP("EventDialog", "No fix (no position)"))
        if mode is EventMode.NEW:
            self._show_stamp(event)
            #: the time and position recorded automatically at the tap
            stamped = QT_TRANSLATE_NOOP("EventDialog", "Stamped")
            translated_row(self, m, self.form, stamped, self.stamp_label, "at", "lat", "lon")
        else:
            self.time_edit.setText(time_text(event.at))
            translated_row(self, m, self.form, QT_TRANSLATE_NOOP("AppendixA", "Time (UTC)"), self.time_edit, "at")
            position = QWidget()
            row = QHBoxLayout(position)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in (self.lat_edit, self.lon_edit, self.no_fix_check):
                row.addWidget(widget)
            self.lat_edit.setText(format_lat(event.lat) if event.lat is not None else "")
            self.lon_edit.setText(format_lon(event.lon) if event.lon is not None else "")
            self.no_fix_check.setChecked(event.no_fix)
            title = QT_TRANSLATE_NOOP("AppendixA", "Position")
            translated_row(self, m, self.form, title, position, "lat", "lon", "no_fix")
        self.details = EventDetailFields(m)
        self.details.fill(event)
        self.details.show_kind(event.kind)
        layout.addWidget(self.details)
        tail = QFormLayout()
        layout.addLayout(tail)
        self.note_edit = QLineEdit(event.note)
        translated_row(self, m, tail, QT_TRANSLATE_NOOP("EventDialog", "Note"), self.note_edit, "note")
        self.reason_edit = QLineEdit()
        self.tr_bind(
            self.reason_edit.setPlaceholderText, QT_TRANSLATE_NOOP("EventDialog", "why is the saved record changed?")
        )
        if mode in (EventMode.EDIT, EventMode.AMEND):
            title = QT_TRANSLATE_NOOP("EventDialog", "Reason for change")
            translated_row(self, m, tail, title, self.reason_edit, "reason")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.tr_bind(self.save_button.setText, QT_TRANSLATE_NOOP("ReasonDialog", "Save"))
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(56)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setMinimumHeight(56)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(scrolling(body), 1)
        outer.addWidget(buttons)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.details.show_kind(self.kind))
        for signal in (
            self.kind_combo.currentIndexChanged,
            self.time_edit.textChanged,
            self.lat_edit.textChanged,
            self.lon_edit.textChanged,
            self.no_fix_check.toggled,
            self.details.changed,
            self.note_edit.textChanged,
            self.reason_edit.textChanged,
        ):
            signal.connect(self.changed)
        focus = self.details.first_field() or (self.time_edit if mode is not EventMode.NEW else self.save_button)
        focus.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "kind_combo"):
            for index, kind in enumerate(EventKind):
                self.kind_combo.setItemText(index, LABELS[kind])

    def _show_stamp(self, event: LogEvent) -> None:
        time = f"{event.at:%H:%M:%S}"
        if event.no_fix:
            self.tr_bind(
                self.stamp_label.setText,
                QT_TRANSLATE_NOOP("EventDialog", "{time} UTC (computer clock) — {no_fix}: no position"),
                time=time,
                no_fix=NO_FIX_TEXT,
            )
            self.stamp_label.setProperty("role", "alarm")
        else:
            self.stamp_label.setText(f"{time} UTC  {format_position(event.lat, event.lon)}")

    @property
    def kind(self) -> EventKind:
        return EventKind(self.kind_combo.currentData())

    def build(self) -> tuple[LogEvent, list[FieldError]]:
        """The event as typed, and the errors met reading the fields (the core validates the rest)."""
        parsed = FieldValues()
        base = replace(self.original, kind=self.kind)
        if self.mode is not EventMode.NEW:
            at = parsed.utc_time("at", self.time_edit.text())
            no_fix = self.no_fix_check.isChecked()
            lat = None if no_fix else parsed.coordinate("lat", self.lat_edit.text(), "lat")
            lon = None if no_fix else parsed.coordinate("lon", self.lon_edit.text(), "lon")
            base = replace(base, at=at or self.original.at, lat=lat, lon=lon, no_fix=no_fix)
        event = replace(base, note=self.note_edit.text().strip(), **self.details.values(parsed))
        return event, parsed.errors

    def accept(self) -> None:
        event, errors = self.build()
        reason = self.reason_edit.text().strip()
        if self.mode in (EventMode.EDIT, EventMode.AMEND):
            errors += missing_reason(reason)
        if errors:
            self.messages.show(errors)
            return
        self.store.submit(
            self,
            self.messages,
            lambda: self.on_save(event, reason),
            lambda _result: self._stored(event),
            self.save_button,
        )

    def _stored(self, event: LogEvent) -> None:
        self.saved_event = event
        super().accept()

    # --- drafts ---------------------------------------------------------------------------------------------

    def draft_data(self) -> dict:
        e = self.original
        return {
            "mode": self.mode.value,
            "kind": self.kind.value,
            "event_id": e.id,
            "stamp": {"at": e.at.isoformat(), "lat": e.lat, "lon": e.lon, "no_fix": e.no_fix},
            "time": self.time_edit.text(),
            "lat": self.lat_edit.text(),
            "lon": self.lon_edit.text(),
            "no_fix": self.no_fix_check.isChecked(),
            "note": self.note_edit.text(),
            "reason": self.reason_edit.text(),
            "details": self.details.raw(),
        }

    def restore(self, data: dict) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(data.get("kind")), 0))
        if self.mode is not EventMode.NEW:
            self.time_edit.setText(data.get("time", ""))
            self.lat_edit.setText(data.get("lat", ""))
            self.lon_edit.setText(data.get("lon", ""))
            self.no_fix_check.setChecked(bool(data.get("no_fix")))
        self.note_edit.setText(data.get("note", ""))
        self.reason_edit.setText(data.get("reason", ""))
        self.details.restore(data.get("details", {}))


def stamp_from_draft(kind: EventKind, data: dict) -> LogEvent:
    """The tapped event a draft was kept for: the stamp is restored exactly, never re-stamped now."""
    stamp = data["stamp"]
    return LogEvent(kind, datetime.fromisoformat(stamp["at"]), stamp["lat"], stamp["lon"], bool(stamp["no_fix"]))
