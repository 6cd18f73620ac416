"""The signer's role and name fields shared by the catch dialog and the schooling report (para 24(b) sign-off)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from whalelog_gui.records.daily_sheet import SignerRole


def signer_fields(name: str) -> tuple[QComboBox, QLineEdit]:
    """(role chooser with every SignerRole, name field pre-filled with the person on watch)."""
    role = QComboBox()
    for each in SignerRole:
        role.addItem(each.value, each.value)
    name_edit = QLineEdit(name)
    # "Officer of the watch" read whole on a small screen (issue 15)
    name_edit.setMinimumWidth(name_edit.fontMetrics().horizontalAdvance("Officer of the watch") + 16)
    return role, name_edit
