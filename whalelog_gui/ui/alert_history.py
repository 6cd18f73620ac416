"""Alert history window: every stored alert change, newest first (Schedule paras 7 and 8 alerts, position lost)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
)

from whalelog_gui.alerts.model import AlertCategory
from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.nav.format import format_position
from whalelog_gui.ui.alert_bar import CATEGORY_TEXT
from whalelog_gui.ui.i18n import Retranslating, tr_message, tr_template, translate
from whalelog_gui.ui.record_table import record_table
from whalelog_gui.ui.locale_display import local_utc
from whalelog_gui.ui.screen_size import ask_size

COLUMNS = (
    QT_TRANSLATE_NOOP("AlertHistory", "Time (UTC)"),
    QT_TRANSLATE_NOOP("AlertHistory", "Change"),
    QT_TRANSLATE_NOOP("AlertHistory", "Category"),
    QT_TRANSLATE_NOOP("AlertHistory", "Alert"),
    QT_TRANSLATE_NOOP("AlertHistory", "Area"),
    QT_TRANSLATE_NOOP("AlertHistory", "Schedule para"),
    QT_TRANSLATE_NOOP("AlertHistory", "Position"),
    QT_TRANSLATE_NOOP("AlertHistory", "State"),
    QT_TRANSLATE_NOOP("AlertHistory", "By"),
)
# what happened to an alert, as the history stores it (store/alert_log.py)
CHANGES = {
    "raised": QT_TRANSLATE_NOOP("AlertHistory", "raised"),
    "acknowledged": QT_TRANSLATE_NOOP("AlertHistory", "acknowledged"),
    "silenced": QT_TRANSLATE_NOOP("AlertHistory", "silenced"),
    "rectified": QT_TRANSLATE_NOOP("AlertHistory", "rectified"),
    "escalated": QT_TRANSLATE_NOOP("AlertHistory", "escalated"),
}
STATES = {
    "active-unacknowledged": QT_TRANSLATE_NOOP("AlertHistory", "active, unacknowledged"),
    "silenced": QT_TRANSLATE_NOOP("AlertHistory", "silenced"),
    "acknowledged": QT_TRANSLATE_NOOP("AlertHistory", "acknowledged"),
    "rectified": QT_TRANSLATE_NOOP("AlertHistory", "rectified"),
    "rectified-unacknowledged": QT_TRANSLATE_NOOP("AlertHistory", "rectified, unacknowledged"),
}
LIMIT = 1000


class AlertHistoryWindow(Retranslating, QDialog):
    def __init__(self, db, parent=None, limit: int = LIMIT):
        super().__init__(parent)
        self.tr_bind(self.setWindowTitle, QT_TRANSLATE_NOOP("AlertHistory", "Alert history"))
        self.db = db
        self.limit = limit
        self.summary_label = QLabel()
        self._entries: list = []
        self.table = record_table(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        refresh = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.tr_bind(refresh.setText, QT_TRANSLATE_NOOP("AlertHistory", "Refresh"))
        refresh.clicked.connect(self.refresh)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        ask_size(self, 1100, 520)

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "table"):
            self.table.setHorizontalHeaderLabels([tr_template(column) for column in COLUMNS])
            self._show(self._entries)  # re-said from what was read: a language change reads no database

    def refresh(self) -> None:
        from whalelog_gui.store.alert_log import alert_history

        self._entries = alert_history(self.db, limit=self.limit)
        self._show(self._entries)

    def _show(self, entries) -> None:
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            cells = (
                local_utc(e.at).removesuffix(" UTC"),
                tr_template(CHANGES.get(e.change, e.change)),
                _category(e.category),
                tr_message(e.title),
                e.area_id or "—",
                e.paragraph or "—",
                format_position(e.lat, e.lon),
                tr_template(STATES.get(e.state.value, e.state.value)),
                changed_by(e),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if len(entries) == self.limit:
            summary = self.tr("%n alert change(s) (the latest {limit}), newest first", "", len(entries))
        else:
            summary = self.tr("%n alert change(s) (all), newest first", "", len(entries))
        self.summary_label.setText(summary.format(limit=self.limit))


def _category(category: AlertCategory) -> str:
    text = tr_template(CATEGORY_TEXT[category])
    return text[:1] + text[1:].lower()


def changed_by(entry) -> str:
    """Who made this change: a person only for what a person did (acknowledge); raising, updating and
    rectifying are the monitor's own (issue 15: an automatic "rectified" was shown as done by the officer)."""
    if entry.who:
        return entry.who
    if entry.change == "acknowledged" and entry.acknowledged_by:
        return entry.acknowledged_by
    return translate("AlertHistory", "automatic (area monitor)")
