"""One catch on screen: the form on the left; on the right the compliance flags as they arise (each with its
paragraph, plain explanation and the crew's explanation, Schedule para 24(b)(6)) and the sign-off checklist.

Layout and showing only; what the buttons do and what the checklist holds is in catch_controller.CatchController.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.nav.format import format_utc
from whalelog_gui.records.daily_sheet import Signature
from whalelog_gui.records.field_error import FieldError
from whalelog_gui.ui.forms.catches.catch_form import CatchForm
from whalelog_gui.ui.forms.catches.flags_panel import FlagsPanel
from whalelog_gui.ui.forms.signer_fields import ROLE_NAMES, signer_fields
from whalelog_gui.ui.i18n import tr_message, tr_template, translate
from whalelog_gui.ui.screen_size import ask_size


# what each sign-off checklist item is about (records/catch_sign_off.py names them by the record's fields)
CHECKLIST_FIELDS = {
    "species": QT_TRANSLATE_NOOP("CatchDialog", "Species"),
    "catcher": QT_TRANSLATE_NOOP("CatchDialog", "Catcher"),
    "order": QT_TRANSLATE_NOOP("CatchDialog", "Order"),
    "time_taken": QT_TRANSLATE_NOOP("CatchDialog", "Time taken"),
    "time_killed": QT_TRANSLATE_NOOP("CatchDialog", "Time killed"),
    "time_hauled_up": QT_TRANSLATE_NOOP("CatchDialog", "Time hauled up"),
    "position": QT_TRANSLATE_NOOP("CatchDialog", "Position"),
    "lat": QT_TRANSLATE_NOOP("CatchDialog", "Latitude"),
    "lon": QT_TRANSLATE_NOOP("CatchDialog", "Longitude"),
    "length": QT_TRANSLATE_NOOP("CatchDialog", "Length"),
    "sex": QT_TRANSLATE_NOOP("CatchDialog", "Sex"),
    "milk_present": QT_TRANSLATE_NOOP("CatchDialog", "Milk present"),
    "foetus": QT_TRANSLATE_NOOP("CatchDialog", "Foetus"),
    "explanation": QT_TRANSLATE_NOOP("CatchDialog", "Explanation"),
    "save": QT_TRANSLATE_NOOP("CatchDialog", "Save"),
}


def checklist_line(item: FieldError) -> str:
    """FieldError("time_hauled_up", "hauled up before …") -> "Time hauled up: hauled up before …" for the crew."""
    name = CHECKLIST_FIELDS.get(item.field)
    said = tr_template(name) if name is not None else item.field.replace("_", " ").capitalize()
    return f"{said}: {tr_message(item.reason)}"


class CatchView(QDialog):
    def __init__(self, form: CatchForm, signer: str, parent=None):
        super().__init__(parent)
        self.form = form
        self.flags_panel = FlagsPanel()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        right = QWidget()
        column = QVBoxLayout(right)
        flags_box = QGroupBox(translate("CatchDialog", "Compliance flags (Schedule)"))
        flags_scroll = QScrollArea()
        flags_scroll.setWidgetResizable(True)
        flags_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        holder_col = QVBoxLayout(holder)
        holder_col.addWidget(self.flags_panel)
        holder_col.addStretch(1)
        flags_scroll.setWidget(holder)
        QVBoxLayout(flags_box).addWidget(flags_scroll)
        column.addWidget(flags_box, 3)
        column.addWidget(self._sign_box(signer), 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            translate("CatchDialog", "reason for changing the saved record (kept in the audit log)")
        )
        self.reason.hide()  # asked only when a saved record is changed
        self.save_button = QPushButton(translate("CatchDialog", "Save"))
        self.save_button.setDefault(True)
        self.close_button = QPushButton(translate("CatchDialog", "Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        outer.addLayout(buttons)
        ask_size(self, 1150, 760)  # at most the screen (ui/screen_size.py); the form scrolls

    def _sign_box(self, signer: str) -> QGroupBox:
        box = QGroupBox(translate("CatchDialog", "Sign-off"))
        self.blockers = QLabel()
        self.blockers.setObjectName("blockers")
        self.blockers.setWordWrap(True)
        self.blockers.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.blockers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signer_role, self.signer_name = signer_fields(signer)
        self.sign_button = QPushButton(translate("CatchDialog", "Sign"))
        row = QHBoxLayout()
        row.addWidget(self.signer_role)
        row.addWidget(self.signer_name, 1)
        row.addWidget(self.sign_button)
        # the Sign row first, the checklist scrolling below it: a shrinking list never moves the button
        # under a click meant for it (issue 15)
        checklist = QScrollArea()
        checklist.setWidgetResizable(True)
        checklist.setFrameShape(QScrollArea.Shape.NoFrame)
        checklist.setWidget(self.blockers)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(checklist, 1)
        return box

    def show_title(self, marking: str | None) -> None:
        self.setWindowTitle(
            translate("CatchDialog", "Catch record")
            if marking is None
            else translate("CatchDialog", "Catch {marking}").format(marking=marking)
        )

    def show_sign_off(self, checklist: list[FieldError], signature: Signature | None) -> None:
        """Who signed and when, or what still stands before sign-off ("Ready to sign." when nothing does)."""
        if signature is not None:
            self.blockers.setText(
                translate(
                    "CatchDialog", "Signed by {role} {name} at {when}. Corrections are made as amendments."
                ).format(
                    role=tr_template(ROLE_NAMES.get(signature.role, signature.role.value)),
                    name=signature.name,
                    when=format_utc(signature.at),
                )
            )
        elif not checklist:
            self.blockers.setText(translate("CatchDialog", "Ready to sign."))
        else:
            lines = [translate("CatchDialog", "Before sign-off:"), *(f"• {checklist_line(i)}" for i in checklist)]
            self.blockers.setText("\n".join(lines))
        self.blockers.setProperty("role", "muted" if signature is not None or not checklist else "")
