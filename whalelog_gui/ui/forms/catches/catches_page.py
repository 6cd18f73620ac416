"""The season's catches and struck-and-lost whales, with "New catch" and "Struck and lost" (the Catches tab)."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from whalelog_gui.ui.forms.catches.catch_dialog import CatchDialog, CurrentFix
from whalelog_gui.ui.forms.field_messages import muted
from whalelog_gui.ui.forms.catches.struck_lost_dialog import StruckLostDialog
from whalelog_gui.ui.forms.catches.time_entry import to_ship

CATCH_COLUMNS = ("Marking", "Species", "Taken (ship's time)", "Position", "Length", "Sex", "Lactating", "Flags",
                 "Signed")
LOST_COLUMNS = ("Catcher", "Struck (ship's time)", "Species", "Position", "Method other than harpoon", "Remarks")


def _table(columns) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


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

    def __init__(self, db: sqlite_utils.Database, settings: AppSettings, current_fix: CurrentFix,
                 who: Callable[[], str], parent=None):
        super().__init__(parent)
        self.db, self.settings, self.current_fix, self.who = db, settings, current_fix, who
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
        self.catch_table = _table(CATCH_COLUMNS)
        self.catch_table.cellDoubleClicked.connect(lambda row, _col: self.open_catch(row))
        self.lost_table = _table(LOST_COLUMNS)
        column = QVBoxLayout(self)
        column.addLayout(buttons)
        column.addWidget(QLabel("Catches (para 24(b))"))
        column.addWidget(self.catch_table, 3)
        column.addWidget(QLabel("Struck but lost (para 25(a)(2))"))
        column.addWidget(self.lost_table, 1)
        column.addWidget(muted("Double-click a catch to open it. Times are ship's time "
                               f"({settings.time_zone}); records are kept in UTC."))
        self.refresh()

    def refresh(self) -> None:
        tz = self.settings.ship_tz()
        self.catches = list_catches(self.db)
        self.catch_table.setRowCount(len(self.catches))
        for row, c in enumerate(self.catches):
            lactating = {True: "yes", False: "no", None: "—"}[c.lactating]
            values = (c.marking, BY_KEY[c.species].name, to_ship(c.time_taken, tz).strftime("%Y-%m-%d %H:%M"),
                      format_position(c.lat, c.lon), "—" if c.length is None else str(c.length), c.sex.value,
                      lactating, flags_text(c), "yes" if c.signature else "no")
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.catch_table.setItem(row, col, item)
        lost = list_struck_lost(self.db)
        self.lost_table.setRowCount(len(lost))
        for row, s in enumerate(lost):
            values = (s.catcher, to_ship(s.time_struck, tz).strftime("%Y-%m-%d %H:%M"),
                      BY_KEY[s.species].name if s.species else "not identified", format_position(s.lat, s.lon),
                      s.killing_method or "harpoon", s.remarks)
            for col, value in enumerate(values):
                self.lost_table.setItem(row, col, QTableWidgetItem(value))
        open_flags = sum(len(missing_explanations(c)) for c in self.catches)
        self.summary.setText(f"{len(self.catches)} catches, {len(lost)} struck and lost"
                             + (f", {open_flags} flag(s) to explain" if open_flags else ""))

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
        dialog = CatchDialog(self.db, self.settings, self.current_fix, self.who, self.catches, parent=self)
        self._show(dialog)
        return dialog

    def open_catch(self, row: int) -> CatchDialog | None:
        if not 0 <= row < len(self.catches):
            return None
        catch = load_catch(self.db, self.catches[row].id)
        dialog = CatchDialog(self.db, self.settings, self.current_fix, self.who, self.catches, catch, parent=self)
        self._show(dialog)
        return dialog

    def open_selected(self) -> CatchDialog | None:
        return self.open_catch(self.catch_table.currentRow())

    def struck_and_lost(self) -> StruckLostDialog:
        dialog = StruckLostDialog(self.db, self.settings, self.current_fix, self.who, parent=self)
        self._show(dialog)
        return dialog
