"""The read-only lists of records: the table (catches, reports, transmission, alert history) and the tree whose
rows may carry amendments (a sheet's weather, whales seen, previous days)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableWidget, QTreeWidget

from whalelog_gui.messages import Template
from whalelog_gui.ui.bridge_style import scroll_bars_by_base_style, sized_by_base_style
from whalelog_gui.ui.i18n import tr_template


def record_table(columns: Sequence[Template], rows: int = 0) -> QTableWidget:
    """One row a record, never edited in place (a record changes through its form, audited); column titles in the
    language showing; columns as wide as their contents, the last one taking what is left."""
    table = QTableWidget(rows, len(columns))
    _sized_by_fusion(table)
    table.setHorizontalHeaderLabels([tr_template(column) for column in columns])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fit_columns(table: QTableWidget, columns: Sequence[Iterable[str]]) -> None:
    """Each column as wide as the widest of its texts (`columns`, one iterable of texts a column) or its title, as
    ResizeToContents makes it, but measured here once, a text at a time: Qt's ResizeToContents asks the style for
    every cell's size whenever the table is laid out (a season's ~2,000 catch cells froze the bridge ~35 ms each
    time the list was filled in view; issue 14). The columns can then be widened by hand; the last one stretches."""
    header = table.horizontalHeader()
    metrics = QFontMetricsF(table.font())  # fractional, rounded up as Qt's own text layout rounds a line's width
    # the item's text margins (QCommonStyle's CT_ItemViewItem) and the grid line, as Qt's own fit adds them
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    margin += 1 if table.showGrid() else 0
    for col, texts in enumerate(columns):
        widest = max((math.ceil(metrics.horizontalAdvance(text)) for text in set(texts)), default=0)
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(col, max(widest + margin, header.sectionSizeHint(col)))


def record_tree(headers: Sequence[Template], min_height: int) -> QTreeWidget:
    """Column titles in the language showing, columns as wide as their contents, at least `min_height` tall."""
    tree = QTreeWidget()
    _sized_by_fusion(tree)
    tree.setHeaderLabels([tr_template(header) for header in headers])
    tree.setMinimumHeight(min_height)
    # every row is one line of text: Qt measures one row instead of asking the style for each item's size (a
    # 200-day season's previous days were ~2,000 size questions to the bridge style, ~20 ms of start-up; issue 14)
    tree.setUniformRowHeights(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return tree


def _sized_by_fusion(view: QTableWidget | QTreeWidget) -> None:
    """The list, its headers and their scroll bars sized by the bridge style's Fusion itself before anything is
    measured (bridge_style.sized_by_base_style: the same look, no Python call per cell or layout pass)."""
    headers = (view.horizontalHeader(), view.verticalHeader()) if isinstance(view, QTableWidget) else (view.header(),)
    sized_by_base_style(view, *headers)
    for area in (view, *headers):
        scroll_bars_by_base_style(area)
