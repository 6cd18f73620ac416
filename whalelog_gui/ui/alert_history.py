"""Alert history window: every stored alert change, newest first (Schedule paras 7 and 8 alerts, position lost)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from whalelog_gui.nav.format import format_position

COLUMNS = ("Time (UTC)", "Change", "Category", "Alert", "Area", "Schedule para", "Position", "State", "By")
LIMIT = 1000


class AlertHistoryWindow(QDialog):
    def __init__(self, db, parent=None, limit: int = LIMIT):
        super().__init__(parent)
        self.setWindowTitle("Alert history")
        self.db = db
        self.limit = limit
        self.summary_label = QLabel()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        refresh = buttons.addButton("Refresh", QDialogButtonBox.ButtonRole.ActionRole)
        refresh.clicked.connect(self.refresh)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1100, 520)

    def refresh(self) -> None:
        from whalelog_gui.store.alert_log import alert_history

        entries = alert_history(self.db, limit=self.limit)
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            cells = (
                e.at.strftime("%Y-%m-%d %H:%M:%S"), e.change, e.category.label, e.title, e.area_id or "—",
                e.paragraph or "—", format_position(e.lat, e.lon), e.state.value, changed_by(e),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        shown = f"latest {self.limit}" if len(entries) == self.limit else "all"
        self.summary_label.setText(f"{len(entries)} alert changes ({shown}), newest first")


def changed_by(entry) -> str:
    """Who made this change: a person only for what a person did (acknowledge); raising, updating and
    rectifying are the monitor's own (issue 15: an automatic "rectified" was shown as done by the officer)."""
    if entry.who:
        return entry.who
    if entry.change == "acknowledged" and entry.acknowledged_by:
        return entry.acknowledged_by
    return "automatic (area monitor)"
