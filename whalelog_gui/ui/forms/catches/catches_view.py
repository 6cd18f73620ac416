"""The Catches tab on screen: the buttons, the ship's-date and text filters, the catches and the struck-and-lost
tables. Layout, filling and filtering only; what the buttons open and what the tables hold is catches_page's.

Texts are the crew's language and follow a language switch (Retranslating): the cells are kept as Messages and
said again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.ui.forms.catches.catch_rows import CATCH_COLUMNS, LOST_COLUMNS, SHIP_DATE
from whalelog_gui.ui.forms.field_messages import muted
from whalelog_gui.ui.i18n import Retranslating, tr_message, tr_template
from whalelog_gui.ui.record_table import fit_columns, record_table

Rows = list[tuple[str, tuple[str, ...]]]  # (record id, cells)
ZONE_NOTE = QT_TRANSLATE_NOOP(
    "CatchesPage",
    "Double-click a catch to open it; click a heading to sort. Dates and times are the ship's ({zone}) with UTC "
    "beside them; records are kept in UTC.",
)
READING = QT_TRANSLATE_NOOP("CatchesPage", "Reading the catches…")
NOT_READ = QT_TRANSLATE_NOOP("CatchesPage", "The catches could not be read: {reason}")


def _table(columns) -> QTableWidget:
    table = record_table(columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSortingEnabled(True)  # a click on a header sorts by it (issue 15)
    return table


def fill_table(table: QTableWidget, rows: Rows) -> None:
    """Rows of (record id, cells) in the language showing; sorting is paused while filling so rows are not
    reordered under the loop."""
    sorting = table.isSortingEnabled()
    table.setSortingEnabled(False)
    # columns fitted to their texts once, after the fill, by record_table.fit_columns: not re-measured as each
    # item arrives, as the sort moves the rows, or at every layout of the table (issue 14)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setRowCount(len(rows))
    texts: list[list[str]] = [[] for _ in range(table.columnCount())]
    for row, (record_id, values) in enumerate(rows):
        for col, value in enumerate(values):
            text = tr_message(value)
            texts[col].append(text)
            item = QTableWidgetItem(text)
            if col == 0:  # the row's record: record_id_at reads it from the first column
                item.setData(Qt.ItemDataRole.UserRole, record_id)
            table.setItem(row, col, item)
    table.setSortingEnabled(sorting)  # the rows sorted once, by the column the officer chose
    fit_columns(table, texts)


class CatchesView(Retranslating, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._catch_rows: Rows = []
        self._lost_rows: Rows = []
        self._summary: Message | str = ""
        self._zone = ""
        self.new_button = QPushButton()
        self.lost_button = QPushButton()
        self.open_button = QPushButton()
        self.tr_bind(self.new_button.setText, QT_TRANSLATE_NOOP("CatchesPage", "New catch"))
        #: Schedule para 25(a)(2) "struck and lost": glossary term
        self.tr_bind(self.lost_button.setText, QT_TRANSLATE_NOOP("CatchesPage", "Struck and lost"))
        self.tr_bind(self.open_button.setText, QT_TRANSLATE_NOOP("CatchesPage", "Open"))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)  # a failed read's reason (a path) must not widen the page past the screen
        buttons = QHBoxLayout()
        for b in (self.new_button, self.lost_button, self.open_button):
            buttons.addWidget(b)
        buttons.addWidget(self.summary, 1)
        self.day_filter = QComboBox()  # the season grouped by ship's date, as the sheets are
        self.day_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day_filter.addItem("", None)  # all days, said in retranslate()
        self.text_filter = QLineEdit()
        self.tr_bind(
            self.text_filter.setPlaceholderText,
            QT_TRANSLATE_NOOP("CatchesPage", "Filter: marking, species, flag paragraph…"),
        )
        self.text_filter.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(self._label(QT_TRANSLATE_NOOP("CatchesPage", "Ship's date:")))
        filters.addWidget(self.day_filter)
        filters.addWidget(self.text_filter, 1)
        self.day_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.text_filter.textChanged.connect(lambda _t: self.apply_filter())
        self.catch_table = _table(CATCH_COLUMNS)
        self.catch_table.sortItems(CATCH_COLUMNS.index("Taken (ship's time, UTC)"))
        self.catch_table.sortItems(SHIP_DATE[0])
        self.lost_table = _table(LOST_COLUMNS)
        column = QVBoxLayout(self)
        column.addLayout(buttons)
        column.addLayout(filters)
        column.addWidget(self._label(QT_TRANSLATE_NOOP("CatchesPage", "Catches (para 24(b))")))
        column.addWidget(self.catch_table, 3)
        column.addWidget(self._label(QT_TRANSLATE_NOOP("CatchesPage", "Struck but lost (para 25(a)(2))")))
        column.addWidget(self.lost_table, 1)
        self.zone_note = muted("")
        column.addWidget(self.zone_note)
        self.retranslate()

    def _label(self, template) -> QLabel:
        label = QLabel()
        self.tr_bind(label.setText, template)
        return label

    def retranslate(self) -> None:
        """Every text again in the language now showing: bound labels, headings, cells, the day filter's first
        choice, the summary and the zone note."""
        super().retranslate()
        if not hasattr(self, "zone_note"):  # a language change while the view is still being built
            return
        self.catch_table.setHorizontalHeaderLabels([tr_template(c) for c in CATCH_COLUMNS])
        self.lost_table.setHorizontalHeaderLabels([tr_template(c) for c in LOST_COLUMNS])
        self.day_filter.setItemText(0, tr_template(QT_TRANSLATE_NOOP("CatchesPage", "All days")))
        self.summary.setText(tr_message(self._summary))
        self.zone_note.setText(tr_template(ZONE_NOTE, zone=self._zone) if self._zone else "")
        fill_table(self.catch_table, self._catch_rows)
        fill_table(self.lost_table, self._lost_rows)
        self.apply_filter()

    def show_records(self, catches: Rows, lost: Rows, summary: Message, zone: str) -> None:
        """The season's records (record id, cells) and the zone of the ship's time they are shown in."""
        self._catch_rows, self._lost_rows, self._zone = catches, lost, zone
        self._say(summary, alarm=False)
        self.new_button.setEnabled(True)
        self.zone_note.setText(tr_template(ZONE_NOTE, zone=zone))
        fill_table(self.catch_table, catches)
        fill_table(self.lost_table, lost)

    def show_reading(self) -> None:
        """A read is running: said where the summary goes, and no new catch until it is known which exist (the
        dialog numbers a catch and refuses a marking twice from the list). Rows read before stay shown."""
        self.new_button.setEnabled(False)
        if not self._catch_rows and not self._lost_rows:  # never an empty table that looks like "no catches"
            self._say(Message(READING), alarm=False)

    def show_not_read(self, reason: str) -> None:
        """The read failed: said in the alarm colour; rows read before (if any) stay, and New catch stays off."""
        self.new_button.setEnabled(False)
        self._say(Message(NOT_READ, reason=reason), alarm=True)

    def _say(self, summary: Message, *, alarm: bool) -> None:
        self._summary = summary
        if (self.summary.property("role") == "alarm") != alarm:
            self.summary.setProperty("role", "alarm" if alarm else "")
            self.summary.style().unpolish(self.summary)  # the bridge style draws the new role
            self.summary.style().polish(self.summary)
        self.summary.setText(tr_message(summary))

    def show_days(self, days: list[str]) -> None:
        """The ship's dates to filter by; the one chosen stays chosen if it is still there."""
        chosen = self.day_filter.currentData()
        self.day_filter.blockSignals(True)
        while self.day_filter.count() > 1:  # the first choice is every day
            self.day_filter.removeItem(1)
        for day in days:
            self.day_filter.addItem(day, day)
        self.day_filter.setCurrentIndex(max(0, self.day_filter.findData(chosen)) if chosen else 0)
        self.day_filter.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Show the rows of the chosen ship's date whose cells contain the filter text (case-insensitive)."""
        day, words = self.day_filter.currentData(), self.text_filter.text().strip().casefold().split()
        for table, day_col in zip((self.catch_table, self.lost_table), SHIP_DATE):
            for row in range(table.rowCount()):
                # a row's cells are read only when a filter asks: with none (every start-up), a season's ~2,000
                # cells were read on the GUI thread for nothing (issue 14)
                hidden = day is not None and table.item(row, day_col).text() != day
                if words and not hidden:
                    cells = " ".join(table.item(row, c).text() for c in range(table.columnCount())).casefold()
                    hidden = any(w not in cells for w in words)
                table.setRowHidden(row, hidden)

    def record_id_at(self, row: int) -> str | None:
        """The catch on table row `row` as now sorted and filtered (the row's item carries the catch's id)."""
        item = self.catch_table.item(row, 0) if 0 <= row < self.catch_table.rowCount() else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)
