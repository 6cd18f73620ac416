"""Signing the day's sheet (Table 1 "Signed"): the master or an inspector signs; the sheet is then locked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.records.daily_sheet import Signature, SignerRole
from whalelog_gui.ui.forms.field_messages import FieldMessages
from whalelog_gui.ui.forms.logbook.form_rows import translated_row
from whalelog_gui.ui.forms.signer_fields import ROLE_NAMES
from whalelog_gui.ui.i18n import Retranslating, capitalised
from whalelog_gui.ui.store_op import FormStore
from whalelog_gui.ui.forms.logbook.stamping import Clock, system_clock


class SignOffDialog(Retranslating, QDialog):
    def __init__(
        self,
        sheet_title,
        name: str,
        on_sign: Callable[[Signature], Callable | None],
        clock: Clock = system_clock,
        parent=None,
        *,
        store: FormStore | None = None,
    ):
        """sheet_title: which sheet (a Message, said in the language showing); on_sign(signature) -> write(db) or
        None, on the GUI thread; store: where the write goes."""
        super().__init__(parent)
        self.on_sign, self.clock = on_sign, clock
        self.store = store or FormStore()
        self.tr_bind(self.setWindowTitle, QT_TRANSLATE_NOOP("SignOff", "Sign the daily record sheet"))
        layout = QVBoxLayout(self)
        notice = QLabel()
        self.tr_bind(
            notice.setText,
            QT_TRANSLATE_NOOP(
                "SignOff",
                "Sign {sheet}. After signing it cannot be edited; corrections become amendments "
                "with a reason, shown next to the original.",
            ),
            sheet=sheet_title,
        )
        notice.setWordWrap(True)
        layout.addWidget(notice)
        self.messages = FieldMessages()
        layout.addWidget(self.messages.general)
        form = QFormLayout()
        layout.addLayout(form)
        name_title = QT_TRANSLATE_NOOP("SignOff", "Name")
        self.name_edit = translated_row(self, self.messages, form, name_title, QLineEdit(name), "signed_by")
        roles = QWidget()
        row = QHBoxLayout(roles)
        row.setContentsMargins(0, 0, 0, 0)
        self.role_group = QButtonGroup(self)
        self.role_buttons: dict[SignerRole, QRadioButton] = {}
        for role in SignerRole:
            button = QRadioButton()
            self.tr_bind(lambda text, b=button: b.setText(capitalised(text)), ROLE_NAMES[role])
            self.role_group.addButton(button)
            self.role_buttons[role] = button
            row.addWidget(button)
        self.role_buttons[SignerRole.MASTER].setChecked(True)
        translated_row(self, self.messages, form, QT_TRANSLATE_NOOP("SignOff", "Signing as"), roles, "signed_role")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.tr_bind(self.sign_button.setText, QT_TRANSLATE_NOOP("SignOff", "Sign and lock"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name_edit.setFocus()

    @property
    def role(self) -> SignerRole:
        return next(r for r, b in self.role_buttons.items() if b.isChecked())

    def accept(self) -> None:
        signature = Signature(self.name_edit.text().strip(), self.role, self.clock())
        self.store.submit(
            self,
            self.messages,
            lambda: self.on_sign(signature),
            lambda _result: super(SignOffDialog, self).accept(),
            self.sign_button,
        )
