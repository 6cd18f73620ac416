"""The signer's role and name fields shared by the catch dialog and the schooling report (para 24(b) sign-off)."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtWidgets import QComboBox, QLineEdit

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.records.daily_sheet import Signature, SignerRole
from whalelog_gui.ui.i18n import tr_template

#: who signs a record (Schedule para 24(b)): the master or an inspector (para 21)
ROLE_NAMES = {
    SignerRole.MASTER: QT_TRANSLATE_NOOP("Signer", "master"),
    SignerRole.INSPECTOR: QT_TRANSLATE_NOOP("Signer", "inspector"),
}


def signer_fields(name: str) -> tuple[QComboBox, QLineEdit]:
    """(role chooser with every SignerRole, name field pre-filled with the person on watch)."""
    role = QComboBox()
    for each in SignerRole:
        role.addItem(tr_template(ROLE_NAMES.get(each, each.value)), each.value)
    name_edit = QLineEdit(name)
    # "Officer of the watch" read whole on a small screen (issue 15)
    name_edit.setMinimumWidth(name_edit.fontMetrics().horizontalAdvance("Officer of the watch") + 16)
    return role, name_edit


def signature_now(role: QComboBox, name_edit: QLineEdit) -> Signature:
    """The signature the fields from signer_fields() give, made now (UTC)."""
    return Signature(name_edit.text().strip(), SignerRole(role.currentData()), datetime.now(timezone.utc))
