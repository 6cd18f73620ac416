"""The record lists' columns fitted to their texts (ui/record_table.py, issue 14)."""

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from whalelog_gui.messages import Template
from whalelog_gui.ui.record_table import fit_columns, record_table


def _filled(qtbot, rows):
    table = record_table([Template("Test", "No."), Template("Test", "Species"), Template("Test", "Place")])
    qtbot.addWidget(table)
    table.resize(900, 300)
    table.show()
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    return table


def test_columns_are_as_wide_as_qt_fits_them_to_every_row_even_out_of_view(qtbot):
    rows = [(str(n), "Minke", "63°12.5′N") for n in range(1, 200)]
    rows[150] = ("150", "Fin whale (Balaenoptera physalus)", "63°12.5′N")  # the widest, far below the view
    rows[3] = ("WWWWWW", "Sei", "6°1′S")  # widest of the first column, in fewer characters than others
    table = _filled(qtbot, rows)
    fit_columns(table, [[row[c] for row in rows] for c in range(3)])
    ours = [table.columnWidth(c) for c in range(2)]  # the last column stretches to the table's width
    assert table.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive  # resizable by hand
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(-1)  # Qt's own fit, over every row
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    qtbot.waitUntil(lambda: [table.columnWidth(c) for c in range(2)] != [0, 0])
    assert ours == [table.columnWidth(c) for c in range(2)]


def test_a_column_is_never_narrower_than_its_title(qtbot):
    table = _filled(qtbot, [("1", "", "")])
    fit_columns(table, [["1"], [""], [""]])
    assert table.columnWidth(1) == table.horizontalHeader().sectionSizeHint(1) > 0
