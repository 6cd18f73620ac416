"""The day's timeline: each event with its stamp, "NO FIX" marked, and amendments shown under the original."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.records.daily_sheet import Amendment, DailyRecordSheet
from whalelog_gui.records.ship_time import ShipClock
from whalelog_gui.ui.forms.logbook.event_labels import LABELS, NO_FIX_TEXT, details, position_text
from whalelog_gui.ui.i18n import Retranslating, tr_template, translate

# position before the event so NO FIX is never scrolled away
COLUMNS = (
    #: ship's time, with the UTC time beside it in brackets
    QT_TRANSLATE_NOOP("LogbookSheet", "Ship's time (UTC)"),
    QT_TRANSLATE_NOOP("AppendixA", "Position"),
    QT_TRANSLATE_NOOP("EventDialog", "Event"),
)
POSITION = 1
ID_ROLE = Qt.ItemDataRole.UserRole


def amendment_text(amendment: Amendment) -> str:
    changes = ", ".join(f"{k} → {v}" for k, v in sorted(amendment.changes.items()))
    when = amendment.created_at[:16].replace("T", " ")
    #: an amendment to a signed daily record sheet, shown under the original; {changes} are "field → value" pairs
    return translate("EventList", "AMENDED by {who} at {when} UTC: {changes} — reason: {reason}").format(
        who=amendment.created_by, when=when, changes=changes, reason=amendment.reason
    )


MIN_ROWS = 6


class EventList(Retranslating, QWidget):
    edit_requested = Signal(str)  # event id (edit, or amend when the sheet is signed)
    insert_requested = Signal()
    delete_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr_template(column) for column in COLUMNS])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        # "22:00:05 (10:00 UTC)": ship's time with UTC beside it, never cut
        self.tree.setColumnWidth(
            0, self.tree.fontMetrics().horizontalAdvance("00:00:00 (00:00 UTC)") + self.tree.indentation() + 32
        )
        self.tree.setColumnWidth(1, 190)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { min-height: 30px; }")  # rows big enough to pick with a thumb
        self.tree.setMinimumHeight(MIN_ROWS * 32 + 30)  # a day's work in view, not four rows (issue 15)
        self._shown_ids: set[str] = set()
        self.tree.itemDoubleClicked.connect(lambda *_: self._edit())
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.edit_button = QPushButton(translate("EventList", "Edit…"))
        self.insert_button = QPushButton()
        self.tr_bind(self.insert_button.setText, QT_TRANSLATE_NOOP("EventList", "Insert after the fact…"))
        self.delete_button = QPushButton()
        self.tr_bind(self.delete_button.setText, QT_TRANSLATE_NOOP("EventList", "Delete…"))
        for button in (self.edit_button, self.insert_button, self.delete_button):
            button.setMinimumHeight(48)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.edit_button.clicked.connect(self._edit)
        self.insert_button.clicked.connect(self.insert_requested)
        self.delete_button.clicked.connect(self._delete)
        self.signed = False
        self.sheet: DailyRecordSheet | None = None
        self.ship_clock = ShipClock.fixed("UTC")
        self._selection_changed()

    def show_sheet(self, sheet: DailyRecordSheet | None, ship_clock: ShipClock | None = None) -> None:
        self.sheet = sheet
        if ship_clock is not None:
            self.ship_clock = ship_clock
        self.signed = bool(sheet and sheet.signed)
        selected = self.selected_id()
        before, self._shown_ids = self._shown_ids, {e.id for e in sheet.events} if sheet else set()
        self.tree.clear()
        newest = None
        # palette.py sets BrightText to the alarm colour; read the application's, which is current at a switch
        alarm = QApplication.palette().color(QPalette.ColorRole.BrightText)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for event in sheet.events if sheet else []:
            detail = details(event)
            item = QTreeWidgetItem(
                [
                    self.ship_clock.time_with_utc(event.at, seconds=True),
                    position_text(event),
                    f"{LABELS[event.kind]}: {detail}" if detail else LABELS[event.kind],
                ]
            )
            item.setToolTip(0, self.ship_clock.date_stamp(event.at))
            item.setToolTip(2, item.text(2))
            item.setData(0, ID_ROLE, event.id)
            if event.no_fix:
                item.setForeground(POSITION, alarm)
                item.setFont(POSITION, bold)
                item.setToolTip(
                    POSITION,
                    translate(
                        "EventList", "{no_fix}: no valid GPS fix when logged; time from the computer clock"
                    ).format(no_fix=tr_template(NO_FIX_TEXT)),
                )
            for amendment in sheet.amendments_for(event.id):
                child = QTreeWidgetItem(["", "", amendment_text(amendment)])
                child.setForeground(2, alarm)
                child.setToolTip(2, child.text(2))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if event.id == selected:
                self.tree.setCurrentItem(item)
            if before and event.id not in before:
                newest = item  # logged since the list was last shown
        for amendment in sheet.amendments if sheet else []:
            if amendment.target_table not in ("events", "weather"):  # weather ones show under the observation
                self.tree.addTopLevelItem(QTreeWidgetItem(["", "", amendment_text(amendment)]))
        if newest is not None:
            self.tree.scrollToItem(newest)  # the event just logged is in view, whatever was selected
        elif self.tree.currentItem() is None:
            self.tree.scrollToBottom()  # the newest event stays in view on a running day
        self.edit_button.setText(
            translate("LogbookSheet", "Amend…") if self.signed else translate("EventList", "Edit…")
        )
        self._selection_changed()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "tree"):
            self.tree.setHeaderLabels([tr_template(column) for column in COLUMNS])
            self.show_sheet(self.sheet)

    def changeEvent(self, event) -> None:
        # items carry the alarm colour as a brush: redraw them when day/dusk/night changes
        if event.type() == QEvent.Type.PaletteChange and self.sheet is not None:
            self.show_sheet(self.sheet)
        super().changeEvent(event)

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return None if item is None else item.data(0, ID_ROLE)

    def _selection_changed(self) -> None:
        has = self.selected_id() is not None
        editable_sheet = self.sheet is not None
        self.edit_button.setEnabled(has and editable_sheet)
        self.delete_button.setEnabled(has and not self.signed)
        self.insert_button.setEnabled(editable_sheet and not self.signed)

    def _edit(self) -> None:
        if (event_id := self.selected_id()) is not None:
            self.edit_requested.emit(event_id)

    def _delete(self) -> None:
        if (event_id := self.selected_id()) is not None:
            self.delete_requested.emit(event_id)
