"""The season's catches and struck-and-lost whales, with "New catch" and "Struck and lost" (the Catches tab)."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import Qt, Signal
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

from whalelog_gui.nav.format import format_position
from whalelog_gui.records.catch import Catch
from whalelog_gui.records.compliance import missing_explanations
from whalelog_gui.records.species import BY_KEY
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.catches import list_catches, list_struck_lost, load_catch
from whalelog_gui.store.vessel import load_ship_clock
from whalelog_gui.store.writer import StoreWriter
from whalelog_gui.ui.forms.catches.catch_dialog import CatchDialog, CurrentFix
from whalelog_gui.ui.forms.field_messages import muted
from whalelog_gui.ui.forms.catches.struck_lost_dialog import StruckLostDialog

# Flags and Signed next to the marking: what an officer looks for first stays in view on a 1024x600 screen (issue 15)
CATCH_COLUMNS = (
    "Marking",
    "Flags",
    "Signed",
    "Ship's date",
    "Taken (ship's time, UTC)",
    "Species",
    "Position",
    "Length",
    "Sex",
    "Lactating",
)
LOST_COLUMNS = (
    "Catcher",
    "Ship's date",
    "Struck (ship's time, UTC)",
    "Species",
    "Position",
    "Method other than harpoon",
    "Remarks",
)
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


def _fill(table: QTableWidget, rows: list[tuple[str, tuple[str, ...]]]) -> None:
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


def lactation_cell(c: Catch) -> str:
    """Para 1 lactation as listed: a "yes" from the gland alone says milk was not examined (issue 15)."""
    if c.lactating is True and c.milk_present is None:
        return "presumed yes (milk not examined)"
    return {True: "yes", False: "no", None: "—"}[c.lactating]


def flags_text(c: Catch) -> str:
    if not c.flags:
        return "none"
    open_ = len(missing_explanations(c))
    binding = ", ".join(sorted({f.paragraph for f in c.flags if f.binding}))
    info = ", ".join(sorted({f.paragraph for f in c.flags if not f.binding}))  # not binding on the flag State
    text = (binding + (f" — {open_} to explain" if open_ else " — explained")) if binding else ""
    return "; ".join(part for part in (text, f"information: {info}" if info else "") if part)


class CatchesPage(QWidget):
    records_changed = Signal()  # a catch or struck-and-lost record was saved (the list was re-read)

    def __init__(
        self,
        db: sqlite_utils.Database,
        settings: AppSettings,
        current_fix: CurrentFix,
        who: Callable[[], str],
        parent=None,
        *,
        writer: StoreWriter | None = None,
    ):
        super().__init__(parent)
        self.db, self.settings, self.current_fix, self.who = db, settings, current_fix, who
        self.writer = writer  # the dialogs' saves commit on its thread (issue 14)
        self.catches: list[Catch] = []
        self.dialog: QWidget | None = None
        self.new_button = QPushButton("New catch")
        self.lost_button = QPushButton("Struck and lost")
        self.open_button = QPushButton("Open")
        self.new_button.clicked.connect(self.new_catch)
        self.lost_button.clicked.connect(self.struck_and_lost)
        self.open_button.clicked.connect(self.open_selected)
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
        self.catch_table.cellDoubleClicked.connect(lambda row, _col: self.open_catch(row))
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
        self.refresh()

    def refresh(self) -> None:
        clock = load_ship_clock(self.db)  # the logbook's ship's time, as on the daily record sheet
        self.zone_note.setText(
            "Double-click a catch to open it; click a heading to sort. Dates and times are the "
            f"ship's ({clock.current_zone}) with UTC beside them; records are kept in UTC."
        )
        self.catches = list_catches(self.db)
        _fill(
            self.catch_table,
            [
                (
                    c.id,
                    (
                        c.marking,
                        flags_text(c),
                        "yes" if c.signature else "no",
                        f"{clock.ship_date(c.time_taken)}",
                        clock.time_with_utc(c.time_taken),
                        BY_KEY[c.species].name,
                        format_position(c.lat, c.lon),
                        "—" if c.length is None else str(c.length),
                        c.sex.value,
                        lactation_cell(c),
                    ),
                )
                for c in self.catches
            ],
        )
        lost = list_struck_lost(self.db)
        _fill(
            self.lost_table,
            [
                (
                    s.id,
                    (
                        s.catcher,
                        f"{clock.ship_date(s.time_struck)}",
                        clock.time_with_utc(s.time_struck),
                        BY_KEY[s.species].name if s.species else "not identified",
                        format_position(s.lat, s.lon),
                        s.killing_method or "harpoon",
                        s.remarks,
                    ),
                )
                for s in lost
            ],
        )
        self._fill_days(
            sorted(
                {clock.ship_date(c.time_taken).isoformat() for c in self.catches}
                | {clock.ship_date(s.time_struck).isoformat() for s in lost}
            )
        )
        self.apply_filter()
        open_flags = sum(len(missing_explanations(c)) for c in self.catches)
        self.summary.setText(
            f"{len(self.catches)} catches, {len(lost)} struck and lost"
            + (f", {open_flags} flag(s) to explain" if open_flags else "")
        )

    def _fill_days(self, days: list[str]) -> None:
        chosen = self.day_filter.currentData()
        self.day_filter.blockSignals(True)
        self.day_filter.clear()
        self.day_filter.addItem(ALL_DAYS, None)
        for day in days:
            self.day_filter.addItem(day, day)
        self.day_filter.setCurrentIndex(max(0, self.day_filter.findData(chosen)) if chosen else 0)
        self.day_filter.blockSignals(False)

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

    def set_settings(self, settings: AppSettings) -> None:
        """New settings (fleet, time zone, units, operation) apply to the next dialog opened."""
        self.settings = settings
        self.refresh()

    def _show(self, dialog) -> None:
        # Window-modal and non-blocking: the GPS and alerts keep running while a catch is entered.
        self.dialog = dialog
        dialog.finished.connect(lambda _r: (self.refresh(), self.records_changed.emit()))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def new_catch(self) -> CatchDialog:
        dialog = CatchDialog(
            self.db, self.settings, self.current_fix, self.who, self.catches, parent=self, writer=self.writer
        )
        self._show(dialog)
        return dialog

    def open_catch(self, row: int) -> CatchDialog | None:
        """The catch on table row `row` as now sorted and filtered (the row's item carries the catch's id)."""
        item = self.catch_table.item(row, 0) if 0 <= row < self.catch_table.rowCount() else None
        if item is None:
            return None
        catch = load_catch(self.db, item.data(Qt.ItemDataRole.UserRole))
        dialog = CatchDialog(
            self.db, self.settings, self.current_fix, self.who, self.catches, catch, parent=self, writer=self.writer
        )
        self._show(dialog)
        return dialog

    def open_selected(self) -> CatchDialog | None:
        return self.open_catch(self.catch_table.currentRow())

    def struck_and_lost(self) -> StruckLostDialog:
        dialog = StruckLostDialog(self.db, self.settings, self.current_fix, self.who, parent=self, writer=self.writer)
        self._show(dialog)
        return dialog
