"""The Catches tab on screen: the buttons, the ship's-date and text filters, the catches and the struck-and-lost
tables. Layout, filling and filtering only; what the buttons open and what the tables hold is catches_page's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.ui.forms.catches.catch_rows import CATCH_COLUMNS, LOST_COLUMNS
from whalelog_gui.ui.forms.field_messages import muted

ALL_DAYS = "All days"


def _table(columns) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setSortingEnabled(True)  # a click on a header sorts by it (issue 15)
    return table


def fill_table(table: QTableWidget, rows: list[tuple[str, tuple[str, ...]]]) -> None:
    """Rows of (record id, cells); sorting is paused while filling so rows are not reordered under the loop."""
    sorting = table.isSortingEnabled()
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for row, (record_id, values) in enumerate(rows):
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            table.setItem(row, col, item)
    table.setSortingEnabled(sorting)


class CatchesView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.new_button = QPushButton("New catch")
        self.lost_button = QPushButton("Struck and lost")
        self.open_button = QPushButton("Open")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        buttons = QHBoxLayout()
        for b in (self.new_button, self.lost_button, self.open_button):
            buttons.addWidget(b)
        buttons.addWidget(self.summary, 1)
        self.day_filter = QComboBox()  # the season grouped by ship's date, as the sheets are
        self.day_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText("Filter: marking, species, flag paragraph…")
        self.text_filter.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel("Ship's date:"))
        filters.addWidget(self.day_filter)
        filters.addWidget(self.text_filter, 1)
        self.day_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.text_filter.textChanged.connect(lambda _t: self.apply_filter())
        self.catch_table = _table(CATCH_COLUMNS)
        self.catch_table.sortItems(CATCH_COLUMNS.index("Taken (ship's time, UTC)"))
        self.catch_table.sortItems(CATCH_COLUMNS.index("Ship's date"))
        self.lost_table = _table(LOST_COLUMNS)
        column = QVBoxLayout(self)
        column.addLayout(buttons)
        column.addLayout(filters)
        column.addWidget(QLabel("Catches (para 24(b))"))
        column.addWidget(self.catch_table, 3)
        column.addWidget(QLabel("Struck but lost (para 25(a)(2))"))
        column.addWidget(self.lost_table, 1)
        self.zone_note = muted("")
        column.addWidget(self.zone_note)

    def show_zone(self, zone: str) -> None:
        self.zone_note.setText(
            "Double-click a catch to open it; click a heading to sort. Dates and times are the "
            f"ship's ({zone}) with UTC beside them; records are kept in UTC."
        )

    def show_days(self, days: list[str]) -> None:
        """The ship's dates to filter by; the one chosen stays chosen if it is still there."""
        chosen = self.day_filter.currentData()
        self.day_filter.blockSignals(True)
        self.day_filter.clear()
        self.day_filter.addItem(ALL_DAYS, None)
        for day in days:
            self.day_filter.addItem(day, day)
        self.day_filter.setCurrentIndex(max(0, self.day_filter.findData(chosen)) if chosen else 0)
        self.day_filter.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Show the rows of the chosen ship's date whose cells contain the filter text (case-insensitive)."""
        day, words = self.day_filter.currentData(), self.text_filter.text().strip().casefold().split()
        for table in (self.catch_table, self.lost_table):
            day_col = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())].index("Ship's date")
            for row in range(table.rowCount()):
                cells = " ".join(table.item(row, c).text() for c in range(table.columnCount())).casefold()
                hidden = (day is not None and table.item(row, day_col).text() != day) or any(
                    w not in cells for w in words
                )
                table.setRowHidden(row, hidden)

    def record_id_at(self, row: int) -> str | None:
        """The catch on table row `row` as now sorted and filtered (the row's item carries the catch's id)."""
        item = self.catch_table.item(row, 0) if 0 <= row < self.catch_table.rowCount() else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)
