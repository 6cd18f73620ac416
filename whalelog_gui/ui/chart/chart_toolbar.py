"""Chart actions the main window can put in a toolbar or menu: zoom in/out, centre on ship, follow ship."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Template
from whalelog_gui.ui.chart.chart_view import ChartView
from whalelog_gui.ui.i18n import Retranslating


class ChartToolBar(Retranslating, QToolBar):
    """Buttons bound to one ChartView; the Follow button tracks the view (a pan by hand unchecks it)."""

    def __init__(self, view: ChartView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tr_bind(self.setWindowTitle, QT_TRANSLATE_NOOP("Chart", "Chart"))
        self.setObjectName("chart_toolbar")
        self.view = view
        self.zoom_in_action = self._action(
            QT_TRANSLATE_NOOP("Chart", "Zoom in"),
            QT_TRANSLATE_NOOP("Chart", "Zoom the chart in"),
            view.zoom_in,
            QKeySequence.StandardKey.ZoomIn,
        )
        self.zoom_out_action = self._action(
            QT_TRANSLATE_NOOP("Chart", "Zoom out"),
            QT_TRANSLATE_NOOP("Chart", "Zoom the chart out"),
            view.zoom_out,
            QKeySequence.StandardKey.ZoomOut,
        )
        self.centre_action = self._action(
            QT_TRANSLATE_NOOP("Chart", "Centre ship"),
            QT_TRANSLATE_NOOP("Chart", "Centre the chart on own ship (C)"),
            view.centre_on_ship,
            "C",
        )
        self.follow_action = self._action(
            QT_TRANSLATE_NOOP("Chart", "Follow ship"),
            QT_TRANSLATE_NOOP("Chart", "Keep own ship in the centre (F)"),
            None,
            "F",
        )
        self.follow_action.setCheckable(True)
        self.follow_action.setChecked(view.follow())
        self.follow_action.toggled.connect(view.set_follow)
        view.follow_changed.connect(self.follow_action.setChecked)

    def _action(self, text: Template, tip: Template, slot, shortcut) -> QAction:
        action = QAction(self)
        self.tr_bind(action.setText, text)
        self.tr_bind(action.setToolTip, tip)
        action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action
