"""An error line under each field, so a refusal is told where the user made it (colours from the style sheet)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    return label


class FieldMessages:
    """Field name -> error label; show() fills the named ones and hides the rest."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}

    def wrap(self, name: str, editor: QWidget, hint: str = "") -> QWidget:
        """The editor with its (hidden) error line beneath, and an optional hint."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        if hint:
            column.addWidget(muted(hint))
        column.addWidget(self.label(name))
        return box

    def label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{name}")
        label.setProperty("role", "alarm")
        label.setWordWrap(True)
        label.hide()
        self.labels[name] = label
        return label

    def show(self, errors: dict[str, str]) -> None:
        for name, label in self.labels.items():
            message = errors.get(name, "")
            label.setText(message[:1].upper() + message[1:])
            label.setVisible(bool(message))

    def text(self, name: str) -> str:
        label = self.labels[name]
        return label.text() if not label.isHidden() else ""
