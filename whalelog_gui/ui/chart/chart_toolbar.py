"""Chart actions the main window can put in a toolbar or menu: zoom in/out, centre on ship, follow ship."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from whalelog_gui.ui.chart.chart_view import ChartView


class ChartToolBar(QToolBar):
    """Buttons bound to one ChartView; the Follow button tracks the view (a pan by hand unchecks it)."""

    def __init__(self, view: ChartView, parent: QWidget | None = None) -> None:
        super().__init__("Chart", parent)
        self.setObjectName("chart_toolbar")
        self.view = view
        self.zoom_in_action = self._action("Zoom in", "Zoom the chart in", view.zoom_in,
                                           QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action("Zoom out", "Zoom the chart out", view.zoom_out,
                                            QKeySequence.StandardKey.ZoomOut)
        self.centre_action = self._action("Centre ship", "Centre the chart on own ship (C)", view.centre_on_ship, "C")
        self.follow_action = self._action("Follow ship", "Keep own ship in the centre (F)", None, "F")
        self.follow_action.setCheckable(True)
        self.follow_action.setChecked(view.follow())
        self.follow_action.toggled.connect(view.set_follow)
        view.follow_changed.connect(self.follow_action.setChecked)

    def _action(self, text: str, tip: str, slot, shortcut) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action
