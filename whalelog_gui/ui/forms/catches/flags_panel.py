"""The compliance flags of a catch as they arise, each with its Schedule paragraph, the plain explanation, and the
crew's full explanation field (Schedule para 24(b)(6)). Rows are kept per rule, so typing is never interrupted.

Rendering follows the flag's structured values, never its text: a flag that does not bind the flag State
(binding=False) is shown as information, with who is not bound and why, and asks for no explanation.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from whalelog_gui.records.catch import Flag
from whalelog_gui.ui.forms.field_messages import muted
from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.ui.i18n import Retranslating, tr_message, translate

NONE_YET = QT_TRANSLATE_NOOP(
    "CatchFlags", "No possible infraction found so far. Flags appear here as the record is entered."
)
EXPLANATION_HINT = QT_TRANSLATE_NOOP(
    "CatchFlags", "The crew's full explanation of this flag (required before sign-off, para 24(b)(6))"
)


class FlagRow(Retranslating, QFrame):
    def __init__(self, flag: Flag, explanation: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"flag_{flag.rule_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.paragraph = QLabel()
        self.paragraph.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.explanation = QPlainTextEdit(explanation)
        self.explanation.setTabChangesFocus(True)
        self.tr_bind(self.explanation.setPlaceholderText, EXPLANATION_HINT)
        self.explanation.setFixedHeight(self.explanation.fontMetrics().lineSpacing() * 3 + 12)
        head = QHBoxLayout()
        head.addWidget(self.paragraph, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.summary, 1)
        column = QVBoxLayout(self)
        column.addLayout(head)
        column.addWidget(self.explanation)
        self.update_flag(flag)

    def update_flag(self, flag: Flag) -> None:
        self.flag = flag
        self.paragraph.setText(
            translate("CatchFlags", "Para {paragraph}").format(paragraph=flag.paragraph)
            if flag.binding
            else translate("CatchFlags", "Para {paragraph}\n(information)").format(paragraph=flag.paragraph)
        )
        # Certain binding flags in the alarm role; "not ruled out" (a fact missing) as warnings; not binding: muted.
        role = "muted" if not flag.binding else "warning" if flag.uncertain else "alarm"
        self.paragraph.setProperty("role", role)
        self.paragraph.style().unpolish(self.paragraph)
        self.paragraph.style().polish(self.paragraph)
        # the core's Messages (English in the record) in the language showing
        note = f"\n{flag.paragraph} — {tr_message(flag.binding_note)}" if flag.binding_note else ""
        self.summary.setText(tr_message(flag.explanation) + note)
        self.explanation.setVisible(flag.needs_explanation)

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "flag"):  # a language change delivered while the row is being built
            self.update_flag(self.flag)


class FlagsPanel(Retranslating, QWidget):
    """set_flags() after each re-check; explanations() gives rule_id -> text for the flags now raised."""

    explanation_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: dict[str, FlagRow] = {}
        self._texts: dict[str, str] = {}  # kept when a flag clears and comes back while typing
        self.none_label = muted("")
        self.tr_bind(self.none_label.setText, NONE_YET)
        self.none_label.setObjectName("no_flags")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.none_label)

    def set_explanations(self, explanations: dict[str, str]) -> None:
        self._texts.update(explanations)
        for rule_id, row in self.rows.items():
            row.explanation.setPlainText(self._texts.get(rule_id, ""))

    def set_flags(self, flags: Sequence[Flag]) -> None:
        wanted = {f.rule_id: f for f in flags}
        for rule_id in list(self.rows):
            if rule_id not in wanted:
                row = self.rows.pop(rule_id)
                self._texts[rule_id] = row.explanation.toPlainText()
                row.setParent(None)
                row.deleteLater()
        for index, flag in enumerate(flags):
            row = self.rows.get(flag.rule_id)
            if row is None:
                row = FlagRow(flag, self._texts.get(flag.rule_id, ""))
                row.explanation.textChanged.connect(self.explanation_changed)
                self.rows[flag.rule_id] = row
            else:
                row.update_flag(flag)
            self.column.insertWidget(index + 1, row)
        self.none_label.setVisible(not flags)

    def explanations(self) -> dict[str, str]:
        return {
            rule_id: row.explanation.toPlainText().strip()
            for rule_id, row in self.rows.items()
            if row.flag.needs_explanation and row.explanation.toPlainText().strip()
        }

    def flags(self) -> list[Flag]:
        return [row.flag for row in self.rows.values()]
