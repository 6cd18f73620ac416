"""Asks why a saved record is changed: the audit trail needs a reason for every change after saving."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from whalelog_gui.records.field_error import FieldError
from whalelog_gui.ui.forms.field_messages import FieldMessages
from whalelog_gui.ui.i18n import translate


def missing_reason(reason: str) -> list[FieldError]:
    """The refusal when a saved record is changed without a reason (the audit trail needs one); else none."""
    if reason.strip():
        return []
    return [FieldError("reason", translate("ReasonDialog", "a reason is required to change a saved record"))]


class ReasonDialog(QDialog):
    def __init__(self, question: str, action: str | None = None, parent=None):
        """action: the accept button's text (default "Save", in the language showing)."""
        super().__init__(parent)
        self.setWindowTitle(translate("ReasonDialog", "Reason for the change"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(question))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(translate("ReasonDialog", "e.g. time corrected from the bridge log"))
        layout.addWidget(self.reason_edit)
        self.messages = FieldMessages()
        self.messages.attach(layout, self.reason_edit, "reason")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            action or translate("ReasonDialog", "Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def accept(self) -> None:
        if refused := missing_reason(self.reason):
            self.messages.show(refused)
            return
        super().accept()
