"""The logbook's numbered sheets by day; one opens below the list (read-only and amend-only once signed)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTreeWidgetItem, QVBoxLayout, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.records.logbook import SheetSummary
from whalelog_gui.ui.i18n import Retranslating, tr_template, translate
from whalelog_gui.ui.record_table import record_tree

HEADERS = (
    QT_TRANSLATE_NOOP("AppendixA", "Sheet No."),
    QT_TRANSLATE_NOOP("AppendixA", "Date"),
    QT_TRANSLATE_NOOP("PreviousDays", "Events"),
    QT_TRANSLATE_NOOP("AppendixA", "Signed"),
)


def summary_row(s: SheetSummary) -> list[str]:
    signed = (
        translate("PreviousDays", "signed by {name} {when} UTC").format(
            name=s.signed_by, when=f"{s.signed_at:%Y-%m-%d %H:%M}"
        )
        if s.signed
        else translate("PreviousDays", "not signed")
    )
    return [str(s.sheet_no), f"{s.day:%Y-%m-%d}", str(s.event_count), signed]


class PreviousDays(Retranslating, QWidget):
    sheet_chosen = Signal(str)  # sheet id

    def __init__(self, sheet_widget: QWidget, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(6, 6, 6, 0)
        hint = QLabel()
        self.tr_bind(
            hint.setText,
            QT_TRANSLATE_NOOP("PreviousDays", "Daily record sheets of this logbook; select one to open it:"),
        )
        hint.setWordWrap(True)
        top_layout.addWidget(hint)
        self.tree = record_tree(HEADERS, 90)
        self.tree.setRootIsDecorated(False)
        top_layout.addWidget(self.tree)
        split.addWidget(top)
        split.addWidget(sheet_widget)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setChildrenCollapsible(False)
        layout.addWidget(split)
        self.tree.currentItemChanged.connect(self._chosen)
        self.sheets: list[SheetSummary] = []

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "sheets"):
            self.tree.setHeaderLabels([tr_template(header) for header in HEADERS])
            self.show_sheets(self.sheets)

    def show_sheets(self, sheets: list[SheetSummary]) -> None:
        self.sheets = sheets
        current = self.tree.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current else None
        self.tree.blockSignals(True)
        self.tree.clear()
        for summary in reversed(sheets):  # newest first: yesterday is what is looked at most
            item = QTreeWidgetItem(summary_row(summary))
            item.setData(0, Qt.ItemDataRole.UserRole, summary.id)
            self.tree.addTopLevelItem(item)
            if summary.id == keep:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)

    def choose(self, sheet_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == sheet_id:
                self.tree.setCurrentItem(item)

    def _chosen(self, item, _previous=None) -> None:
        if item is not None:
            self.sheet_chosen.emit(item.data(0, Qt.ItemDataRole.UserRole))
