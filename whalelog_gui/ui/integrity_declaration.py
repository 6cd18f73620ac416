"""The master's declaration of an integrity break (issue 11): the broken records, the master's name, a reason that
explains, and a confirmation. Recorded by store.break_declaration.declare_break as a chained record that travels,
flagged, in the next bundle (export/BUNDLE_FORMAT.md, "Integrity-break declarations").

The dialog only lays out and validates at the fields; `submit(who, reason)` records the declaration off the GUI
thread (IntegrityWatch.declare) and the result comes back through recorded() or refused(). It scrolls inside a
683x400 logical screen (1024x600 at 150 %), with Declare and Cancel always in view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.records.field_error import FieldError
from whalelog_gui.store.audit import AuditError
from whalelog_gui.store.break_declaration import reason_problem
from whalelog_gui.store.integrity_report import IntegrityReport
from whalelog_gui.messages import QT_TRANSLATE_NOOP, reason_of
from whalelog_gui.ui.forms.field_messages import FieldMessages, muted
from whalelog_gui.ui.i18n import tr_message, tr_template, translate
from whalelog_gui.ui.screen_size import ask_size, scrolling

#: the master's declaration (ICRW Schedule para 24 records; issue 11)
CONFIRMATION = QT_TRANSLATE_NOOP(
    "IntegrityDeclaration", "As master, I declare that these records were changed outside WhaleLog"
)


def break_lines(report: IntegrityReport) -> list[str]:
    return [f"{b.label()} — {b.kind}: {b.detail}" for b in report.breaks]


class IntegrityDeclarationDialog(QDialog):
    def __init__(self, report: IntegrityReport, submit: Callable[[str, str], None], master: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("IntegrityDeclaration", "Declare an integrity break"))
        self.submit = submit
        self.declaration_id: str | None = None
        intro = QLabel(
            translate(
                "IntegrityDeclaration",
                "WhaleLog found records that were changed outside WhaleLog. Export and sign-off "
                "are refused until the master declares it. The declaration accepts the records as they are now; it is "
                "kept in the logbook's hash chain and sent, flagged, to the authority with the next bundle.",
            )
        )
        intro.setWordWrap(True)
        self.breaks = QListWidget()
        self.breaks.addItems(break_lines(report))
        self.breaks.setWordWrap(True)  # the whole detail, no sideways scrolling on a small screen
        self.breaks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.breaks.setMinimumHeight(60)
        self.breaks.setMaximumHeight(120)  # the list scrolls; the reason stays in view on a 400 px screen
        self.master_edit = QLineEdit(master)
        self.master_edit.setPlaceholderText(translate("IntegrityDeclaration", "the master's full name"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            translate(
                "IntegrityDeclaration",
                "e.g. the harbour agent corrected catch 3's position with a database tool on "
                "2 Dec, from the bridge log, before WhaleLog was reinstalled",
            )
        )
        self.reason_edit.setMinimumHeight(70)
        self.confirm = QCheckBox(tr_template(CONFIRMATION))
        self.messages = FieldMessages()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.messages.add_row(form, translate("IntegrityDeclaration", "Master"), self.master_edit, "who")
        form.addRow(
            translate("IntegrityDeclaration", "Reason"),
            self.messages.wrap(
                self.reason_edit, "reason", hint=translate("IntegrityDeclaration", "What was changed, by whom and why.")
            ),
        )
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(intro)
        column.addWidget(
            QLabel(
                translate("IntegrityDeclaration", "Records found changed ({count}):").format(count=len(report.breaks))
            )
        )
        column.addWidget(self.breaks)
        column.addLayout(form, 1)
        column.addWidget(self.messages.wrap(self.confirm, "confirm"))
        column.addWidget(muted(translate("IntegrityDeclaration", "The declaration cannot be undone.")))
        column.addWidget(self.messages.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.declare_button = buttons.addButton(
            translate("IntegrityDeclaration", "Declare"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.declare)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(content), 1)
        layout.addWidget(buttons)
        ask_size(self, 680, 560)

    @property
    def master(self) -> str:
        return self.master_edit.text().strip()

    @property
    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def problems(self) -> list[FieldError]:
        errors = []
        if not self.master:
            errors.append(FieldError("who", translate("IntegrityDeclaration", "the master's name is required")))
        problem = reason_problem(self.reason)
        if problem:
            errors.append(FieldError("reason", problem))
        if not self.confirm.isChecked():
            errors.append(FieldError("confirm", translate("IntegrityDeclaration", "tick to confirm the declaration")))
        return errors

    def declare(self) -> bool:
        """Validate at the fields, then hand the declaration to `submit`; False when refused here."""
        errors = self.problems()
        if errors:
            self.messages.show(errors)
            return False
        self.messages.clear()
        self.declare_button.setEnabled(False)
        self.messages.general.setText(translate("IntegrityDeclaration", "Recording the declaration…"))
        self.messages.general.show()
        self.submit(self.master, self.reason)
        return True

    def recorded(self, declaration_id: str) -> None:
        self.declaration_id = declaration_id
        super().accept()

    def refused(self, exc: Exception) -> None:
        """The core refused: its reason at the field it names (AuditError "reason: ..."), else on the form."""
        self.declare_button.setEnabled(True)
        text = str(exc)
        field, _, rest = text.partition(": ")
        if isinstance(exc, AuditError) and field in ("reason", "who"):
            self.messages.show([FieldError(field, rest)])
        else:
            self.messages.clear()
            self.messages.general.setText(
                translate("IntegrityDeclaration", "Declaration not recorded: {reason}").format(
                    reason=tr_message(reason_of(exc))
                )
            )
            self.messages.general.show()
