"""Where a form with a status line says a refused save or sign-off: each error at its field, and why on the line.

The catch, struck-and-lost and schooling forms name fields as the core does (lat/lon) but show some of them
together (the position); `field_at` maps one to the other. A refusal that belongs to no field (a signed record,
storage) is reported by FormStore on the field STATUS and said on the status line alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QLabel

from whalelog_gui.records.field_error import FieldError
from whalelog_gui.ui.forms.field_messages import FieldMessages
from whalelog_gui.ui.i18n import tr_message, translate

STATUS = "status"  # FormStore's field for a refusal of the whole record


class SaveRefusals:
    """A `messages` for FormStore.submit: fields through FieldMessages, the whole refusal on the status line."""

    def __init__(
        self,
        messages: FieldMessages,
        status: QLabel,
        field_at: Callable[[str], str] = lambda name: name,
        *,
        signing: bool = False,
    ):
        self.messages, self.status, self.field_at, self.signing = messages, status, field_at, signing

    def show(self, errors: Iterable[FieldError]) -> None:
        errors = list(errors)
        at_fields = [e for e in errors if e.field != STATUS]
        if at_fields or not self.signing:  # a sign-off refusal leaves the form's own field messages as they are
            self.messages.show({self.field_at(e.field): tr_message(e.reason) for e in at_fields})
        reason = "; ".join(e.reason if e.field == STATUS else f"{e.field}: {e.reason}" for e in errors)
        if reason.startswith(("Not saved", "Not signed")):  # storage says so itself (held_writes.not_saved_reason)
            self.status.setText(reason)
        elif self.signing:
            self.status.setText(translate("SaveRefusals", "Not signed: {reason}").format(reason=reason))
        else:
            self.status.setText(translate("SaveRefusals", "Not saved: {reason}").format(reason=reason))
