"""Shows each FieldError under the field that caused it, so the user sees at the field why input was refused.

One class for every form (logbook, catches, schooling): an error line under each field, a general line for what
belongs to no field (never dropped), the first field in error focused. Colours come from the bridge style (ui/bridge_style.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QVBoxLayout, QWidget

from whalelog_gui.records.daily_sheet import SheetSignedError
from whalelog_gui.records.field_error import FieldError, InvalidRecord
from whalelog_gui.store.audit import AuditError
from whalelog_gui.store.catches import CatchSignedError
from whalelog_gui.store.held_writes import not_saved_reason
from whalelog_gui.store.integrity_report import IntegrityBroken
from whalelog_gui.store.schooling import ReportSignedError
from whalelog_gui.ui.i18n import tr_message

# a record the store refuses to change or sign: signed already, audit, or its stored chain broken (sign-off)
REFUSED = (SheetSignedError, CatchSignedError, ReportSignedError, AuditError, IntegrityBroken)


def muted(text: str) -> QLabel:
    """A hint beside a field, in the palette's muted colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    return label


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setProperty("role", "alarm")  # palette role: alarm colours from palette_colours
    label.hide()
    return label


def _hide_when_edited(widget: QWidget, label: QLabel) -> None:
    """An error under a field goes once the field is changed: a fixed field must not still look wrong
    (issue 15). The next Save checks it again."""
    for name in ("textChanged", "currentIndexChanged", "valueChanged", "toggled", "dateTimeChanged", "edited"):
        signal = getattr(widget, name, None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(lambda *_args: label.hide())
            return


class FieldMessages:
    """field name -> message label; unknown fields go to the form's general label."""

    def __init__(self, general: QLabel | None = None):
        self.general = general or error_label()
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}

    def add_row(self, form: QFormLayout, title: str, widget: QWidget, *fields: str) -> QWidget:
        """A form row whose field widget carries its own error label below it."""
        form.addRow(title, self.wrap(widget, *fields))
        return widget

    def wrap(self, widget: QWidget, *fields: str, hint: str = "") -> QWidget:
        """The widget with its (hidden) error line beneath, and an optional hint."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        if hint:
            layout.addWidget(muted(hint))
        label = error_label()
        layout.addWidget(label)
        for field in fields:
            self.labels[field] = label
            self.widgets[field] = widget
        _hide_when_edited(widget, label)
        return box

    def label(self, *fields: str) -> QLabel:
        """An error line of its own for fields with no widget (e.g. the order of a marking), to place anywhere."""
        label = error_label()
        for field in fields:
            self.labels[field] = label
        return label

    def attach(self, layout: QBoxLayout, widget: QWidget, *fields: str) -> None:
        label = error_label()
        layout.addWidget(label)
        for field in fields:
            self.labels[field] = label
            self.widgets[field] = widget

    def clear(self) -> None:
        for label in {id(lbl): lbl for lbl in [*self.labels.values(), self.general]}.values():
            label.clear()
            label.hide()

    def show(self, errors: Iterable[FieldError] | Mapping[str, str]) -> None:
        """Each error under its field (a mapping is field -> reason); the rest on the general line."""
        if isinstance(errors, Mapping):
            errors = [FieldError(field, reason) for field, reason in errors.items() if reason]
        errors = list(errors)
        self.clear()
        texts: dict[int, tuple[QLabel, list[str]]] = {}
        for error in errors:
            label = self.labels.get(error.field)
            said = tr_message(error.reason)  # a core Message in the language showing; other text as it is
            reason = said if label is not None else f"{error.field}: {said}"
            label = label or self.general
            texts.setdefault(id(label), (label, []))[1].append(reason)
        for label, reasons in texts.values():
            label.setText("\n".join(dict.fromkeys(reasons)))
            label.show()
        first = next((self.widgets[e.field] for e in errors if e.field in self.widgets), None)
        if first is not None:
            first.setFocus()

    def message(self, field: str) -> str:
        label = self.labels.get(field, self.general)
        return label.text() if not label.isHidden() else ""


def refusal_errors(exc: BaseException, field: str = "sheet") -> list[FieldError] | None:
    """What a save refused by the core or by storage shows at the form; None for an exception that is a bug."""
    if isinstance(exc, InvalidRecord):
        return list(exc.errors)
    if isinstance(exc, REFUSED):
        return [FieldError(field, str(exc))]
    if isinstance(exc, sqlite3.Error):  # disk full, I/O error, read-only: the reason at the form, the input kept
        return [FieldError(field, not_saved_reason(exc))]
    return None


def saved_or_shown(messages: FieldMessages, save, *, field: str = "sheet") -> bool:
    """Run `save()`; a refusal from the core is shown at its field (or on the sheet) and the dialog stays open."""
    try:
        save()
    except (InvalidRecord, *REFUSED, sqlite3.Error) as refused:
        messages.show(refusal_errors(refused, field) or [])
        return False
    return True
