"""The derived Table 1 totals (para 28(b)(1)), never typed: recomputed from the events as time passes."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.records.activity_totals import Activity, ActivityTotals
from whalelog_gui.ui.i18n import Retranslating, translate

ROWS = (
    (QT_TRANSLATE_NOOP("LogbookTotals", "Searching"), Activity.SEARCHING),
    (QT_TRANSLATE_NOOP("LogbookTotals", "Chasing A) with asdic"), Activity.CHASING_WITH_ASDIC),
    (QT_TRANSLATE_NOOP("LogbookTotals", "Chasing B) without asdic"), Activity.CHASING_WITHOUT_ASDIC),
    (QT_TRANSLATE_NOOP("LogbookTotals", "Handling"), Activity.HANDLING),
    (QT_TRANSLATE_NOOP("LogbookTotals", "Towing"), Activity.TOWING),
    (QT_TRANSLATE_NOOP("LogbookTotals", "Resting"), Activity.RESTING),
    (QT_TRANSLATE_NOOP("LogbookTotals", "Other (bunkering, port)"), Activity.OTHER),
)


def hours_minutes(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


class TotalsPanel(Retranslating, QGroupBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.tr_bind(self.setTitle, QT_TRANSLATE_NOOP("LogbookTotals", "Total time (h:mm, derived from the events)"))
        grid = QGridLayout(self)  # two columns of totals: the page must fit a 1280x800 bridge screen
        grid.setVerticalSpacing(2)
        grid.setHorizontalSpacing(10)
        self.values: dict[Activity, QLabel] = {}
        bold = QFont(self.font())
        bold.setBold(True)
        self.chasing_label = QLabel("0:00")
        rows = [*ROWS, (QT_TRANSLATE_NOOP("LogbookTotals", "Total chasing time"), None)]
        for i, (title, activity) in enumerate(rows):
            label = self.chasing_label if activity is None else QLabel("0:00")
            if activity is not None:
                label.setFont(bold)
                label.setObjectName(f"total_{activity.value}")
                self.values[activity] = label
            row, column = i % 4, (i // 4) * 2
            title_label = QLabel()
            self.tr_bind(title_label.setText, title)
            grid.addWidget(title_label, row, column)
            grid.addWidget(label, row, column + 1)
        self.span_label = QLabel("—")
        self.span_label.setProperty("role", "muted")
        day_so_far = QLabel()
        self.tr_bind(day_so_far.setText, QT_TRANSLATE_NOOP("LogbookTotals", "Day so far"))
        grid.addWidget(day_so_far, 4, 0)
        grid.addWidget(self.span_label, 4, 1, 1, 3)
        self.totals: ActivityTotals | None = None

    def retranslate(self) -> None:
        super().retranslate()
        if self.__dict__.get("totals") is not None:
            self.show_totals(self.totals)

    def show_totals(self, totals: ActivityTotals) -> None:
        self.totals = totals
        for activity, label in self.values.items():
            label.setText(hours_minutes(totals[activity]))
        self.chasing_label.setText(hours_minutes(totals.chasing))
        if totals.start is None:
            self.span_label.setText(translate("LogbookTotals", "no events yet"))
        else:
            state = (
                translate("LogbookTotals", "ceased") if totals.ceased else translate("LogbookTotals", "not ceased yet")
            )
            self.span_label.setText(
                f"{hours_minutes(totals.total)} ({totals.start:%H:%M}–{totals.end:%H:%M} UTC, {state})"
            )

    def text(self, activity: Activity) -> str:
        return self.values[activity].text()
