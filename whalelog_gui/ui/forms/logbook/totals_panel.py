"""The derived Table 1 totals (para 28(b)(1)), never typed: recomputed from the events as time passes."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.records.activity_totals import Activity, ActivityTotals
from whalelog_gui.ui.i18n import tr_template, translate

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


class TotalsPanel(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(translate("LogbookTotals", "Total time (h:mm, derived from the events)"), parent)
        grid = QGridLayout(self)  # two columns of totals: the page must fit a 1280x800 bridge screen
        grid.setVerticalSpacing(2)
        grid.setHorizontalSpacing(10)
        self.values: dict[Activity, QLabel] = {}
        bold = QFont(self.font())
        bold.setBold(True)
        self.chasing_label = QLabel("0:00")
        rows = [(tr_template(title), activity) for title, activity in ROWS] + [
            (translate("LogbookTotals", "Total chasing time"), None)
        ]
        for i, (title, activity) in enumerate(rows):
            label = self.chasing_label if activity is None else QLabel("0:00")
            if activity is not None:
                label.setFont(bold)
                label.setObjectName(f"total_{activity.value}")
                self.values[activity] = label
            row, column = i % 4, (i // 4) * 2
            grid.addWidget(QLabel(title), row, column)
            grid.addWidget(label, row, column + 1)
        self.span_label = QLabel("—")
        self.span_label.setProperty("role", "muted")
        grid.addWidget(QLabel(translate("LogbookTotals", "Day so far")), 4, 0)
        grid.addWidget(self.span_label, 4, 1, 1, 3)

    def show_totals(self, totals: ActivityTotals) -> None:
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
