"""Appendix A Table 2 as on paper: one column per sperm whale school chased, one row per catcher of the fleet.

Catcher cells take a number (0 = chased, caught none) or X (did not chase), note A; the total caught is derived.
A cell the core refuses (records/schooling.py) is marked in the palette's alarm colours with the reason as its
tooltip, and the reasons are listed under the grid.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import QApplication, QLineEdit, QStyledItemDelegate, QTableWidget, QTableWidgetItem

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message, reason_of
from whalelog_gui.records.field_error import FieldError
from whalelog_gui.records.schooling import School, parse_caught
from whalelog_gui.ui.i18n import capitalised, tr_message, tr_template
from whalelog_gui.ui.palette_colours import DAY, PALETTES, BridgeColours

HEAD_ROWS = (  # Appendix A Table 2's rows, in the crew's language on screen
    QT_TRANSLATE_NOOP("SchoolGrid", "Time school found"),
    QT_TRANSLATE_NOOP("SchoolGrid", "Total number of whales in school"),
    QT_TRANSLATE_NOOP("SchoolGrid", "Number of takeable whales in school"),
)
CAUGHT_BY = QT_TRANSLATE_NOOP("SchoolGrid", "Caught by {catcher}")
TOTAL_CAUGHT = QT_TRANSLATE_NOOP("SchoolGrid", "Total number caught from school")
REMARKS = QT_TRANSLATE_NOOP("SchoolGrid", "Remarks (other expeditions, note D)")
SCHOOL = QT_TRANSLATE_NOOP("SchoolGrid", "School {number}")
CELL_PATTERNS = {"time": r"\d{0,2}:?\d{0,2}", "count": r"\d{0,4}", "caught": r"(\d{0,3}|[xX])"}


def current_colours() -> BridgeColours:
    """The bridge palette now applied to the application (the palette controller sets Window from it)."""
    window = QApplication.palette().color(QPalette.ColorRole.Window).name().lower()
    return next((c for c in PALETTES.values() if c.window.lower() == window), DAY)


# Why a cell is refused: Messages, said in the crew's language in the cell's tooltip and the list under the grid.
#: {text}: the cell as typed, quoted; HH:MM and 09:30 are how the time is typed
TIME_FOUND_REFUSED = QT_TRANSLATE_NOOP("Schooling", "time found {text}: write ship's time as HH:MM, e.g. 09:30")
COUNT_REFUSED = QT_TRANSLATE_NOOP("Schooling", "{what}: enter a whole number of whales")
#: the Table 2 rows "Total number of whales in school" and "Number of takeable whales in school" (note C)
COUNTED = {"total": QT_TRANSLATE_NOOP("Schooling", "total"), "takeable": QT_TRANSLATE_NOOP("Schooling", "takeable")}


def parse_time_found(text: str) -> time:
    cleaned = text.strip()
    if ":" not in cleaned and cleaned.isdigit() and len(cleaned) in (3, 4):
        cleaned = f"{cleaned[:-2]}:{cleaned[-2:]}"  # 0930 as written on deck
    try:
        hours, minutes = (int(p) for p in cleaned.split(":"))
        return time(hours, minutes)
    except ValueError:
        raise ValueError(Message(TIME_FOUND_REFUSED, text=repr(text.strip()))) from None


def parse_count(text: str, what: str) -> int:
    if not text.strip().isdigit():
        raise ValueError(Message(COUNT_REFUSED, what=Message(COUNTED[what])))
    return int(text.strip())


class CellDelegate(QStyledItemDelegate):
    """Refuses impossible characters while typing (a catcher cell takes digits or X only)."""

    def __init__(self, grid: "SchoolGrid"):
        super().__init__(grid)
        self.grid = grid

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        kind = self.grid.row_kind(index.row())
        if kind in CELL_PATTERNS:
            editor.setValidator(QRegularExpressionValidator(QRegularExpression(CELL_PATTERNS[kind]), editor))
        return editor

    def setModelData(self, editor, model, index):
        text = editor.text().strip()
        # Note A's X is a capital on the form; keep it so whatever was typed.
        model.setData(index, text.upper() if self.grid.row_kind(index.row()) == "caught" else text)


class SchoolGrid(QTableWidget):
    """read() gives the schools and cell errors; show_errors() marks cells; `edited` fires on every cell change."""

    edited = Signal()

    def __init__(self, catchers: list[str], parent=None):
        super().__init__(parent)
        self.catchers = list(catchers)
        self.school_ids: list[str | None] = []
        self.setRowCount(len(HEAD_ROWS) + len(self.catchers) + 2)
        self._relabel()
        self.setItemDelegate(CellDelegate(self))
        self.horizontalHeader().setDefaultSectionSize(140)
        self.setWordWrap(True)
        self.errors: dict[tuple[int, int], str] = {}
        # A fresh column is not a column of mistakes: a cell's error shows once the user has left it, and every
        # error once a save was tried (issue 15: "Add school" filled every empty cell with red).
        self.touched: set[tuple[int, int]] = set()
        self.reveal_all = False
        self.itemChanged.connect(self._item_changed)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        self.touched.add((item.row(), item.column()))
        self.edited.emit()

    def visible_errors(self, errors: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
        """The errors to show now: those of cells left after typing (a school's own ones once a catcher cell of
        it was), or all after a save was tried."""
        if self.reveal_all:
            return dict(errors)
        catcher_rows = range(len(HEAD_ROWS), self.total_row)
        shown = {}
        for (row, col), reason in errors.items():
            if (row, col) in self.touched or (
                row == self.total_row and any((r, col) in self.touched for r in catcher_rows)
            ):
                shown[(row, col)] = reason
        return shown

    # rows
    def catcher_row(self, name: str) -> int:
        return len(HEAD_ROWS) + self.catchers.index(name)

    @property
    def total_row(self) -> int:
        return len(HEAD_ROWS) + len(self.catchers)

    @property
    def remarks_row(self) -> int:
        return self.total_row + 1

    def row_kind(self, row: int) -> str:
        if row == 0:
            return "time"
        if row in (1, 2):
            return "count"
        if row < self.total_row:
            return "caught"
        return "derived" if row == self.total_row else "text"

    # columns
    def add_school(self, school: School | None = None) -> int:
        col = self.columnCount()
        self.blockSignals(True)
        self.insertColumn(col)
        self.school_ids.append(None if school is None else school.id)
        for row in range(self.rowCount()):
            item = QTableWidgetItem("")
            if row == self.total_row:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(row, col, item)
        if school is not None:
            self.item(0, col).setText(school.time_found.strftime("%H:%M"))
            self.item(1, col).setText(str(school.total))
            self.item(2, col).setText(str(school.takeable))
            for name, value in school.caught.items():
                if name in self.catchers:
                    self.item(self.catcher_row(name), col).setText(str(value))
            self.item(self.remarks_row, col).setText(school.remarks)
            self.touched |= {(row, col) for row in range(self.rowCount()) if self.text(row, col)}
        self._renumber()
        self.blockSignals(False)
        self.edited.emit()
        return col

    def remove_school(self, col: int) -> None:
        if 0 <= col < self.columnCount():
            self.removeColumn(col)
            del self.school_ids[col]
            self.touched = {(r, c - (c > col)) for r, c in self.touched if c != col}
            self._renumber()
            self.edited.emit()

    def clear_schools(self) -> None:
        self.blockSignals(True)
        self.setColumnCount(0)
        self.school_ids = []
        self.touched, self.reveal_all = set(), False
        self.blockSignals(False)

    def _relabel(self) -> None:
        """The rows' labels in the language showing (and again on a language change)."""
        self.row_labels = [
            *(tr_template(row) for row in HEAD_ROWS),
            *(tr_template(CAUGHT_BY, catcher=name) for name in self.catchers),
            tr_template(TOTAL_CAUGHT),
            tr_template(REMARKS),
        ]
        self.setVerticalHeaderLabels(self.row_labels)
        self._renumber()

    def _renumber(self) -> None:
        self.setHorizontalHeaderLabels([tr_template(SCHOOL, number=i + 1) for i in range(self.columnCount())])

    def text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return "" if item is None else item.text()

    # reading
    def read(self) -> tuple[list[School], dict[tuple[int, int], str]]:
        """The schools whose head cells parse (with the catcher cells that parse) and (row, col) -> reason."""
        schools, errors = [], {}
        for col in range(self.columnCount()):
            head = {}
            for row, parse in (
                (0, parse_time_found),
                (1, lambda t: parse_count(t, "total")),
                (2, lambda t: parse_count(t, "takeable")),
            ):
                try:
                    head[row] = parse(self.text(row, col))
                except ValueError as exc:
                    errors[(row, col)] = reason_of(exc)
            caught = {}
            for name in self.catchers:
                text = self.text(self.catcher_row(name), col)
                if not text.strip():
                    continue  # School.validate names the empty cell (note A)
                try:
                    caught[name] = parse_caught(text)
                except ValueError as exc:
                    errors[(self.catcher_row(name), col)] = reason_of(exc)
            school = School(
                head.get(0, time(0, 0)),
                head.get(1, 1),
                head.get(2, 0),
                caught,
                self.text(self.remarks_row, col).strip(),
            )
            if self.school_ids[col] is not None:
                school.id = self.school_ids[col]
            else:
                self.school_ids[col] = school.id
            self._show_total(col, school)
            if 1 in head and 2 in head:
                for error in school.validate(self.catchers, where="school"):
                    errors.setdefault(self.cell_of(error, col), error.reason)
            schools.append(school)
        return schools, errors

    def _show_total(self, col: int, school: School) -> None:
        self.blockSignals(True)
        chased = bool(school.chasers)
        self.item(self.total_row, col).setText(str(school.total_caught) if chased else "")
        self.blockSignals(False)

    def cell_of(self, error: FieldError, col: int) -> tuple[int, int]:
        name = error.field.split(".", 1)[1]
        if name.startswith("caught[") and name[7:-1] in self.catchers:
            return self.catcher_row(name[7:-1]), col
        return {"total": 1, "takeable": 2, "caught": self.total_row}.get(name, 0), col

    def show_errors(self, errors: dict[tuple[int, int], str]) -> None:
        self.errors = dict(errors)
        colours = current_colours()
        self.blockSignals(True)
        for row in range(self.rowCount()):
            for col in range(self.columnCount()):
                item = self.item(row, col)
                reason = errors.get((row, col))
                item.setToolTip(capitalised(tr_message(reason)) if reason else "")
                item.setBackground(QBrush(QColor(colours.alarm)) if reason else QBrush())
                item.setForeground(QBrush(QColor(colours.alarm_text)) if reason else QBrush())
        self.blockSignals(False)

    def changeEvent(self, event) -> None:
        # Day/dusk/night switch: re-mark refused cells in the new palette's alarm colours.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.show_errors(self.errors)
        elif event.type() == QEvent.Type.LanguageChange:  # the rows' and schools' labels in the new language
            self._relabel()
            self.show_errors(self.errors)  # and the refused cells' reasons
        super().changeEvent(event)


__all__ = ["SchoolGrid", "current_colours", "parse_count", "parse_time_found"]
