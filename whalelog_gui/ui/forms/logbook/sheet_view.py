"""One daily record sheet on screen: header, one-tap buttons (today only), timeline, totals, weather, whales seen.

Layout only; what the buttons do is in sheet_controller.SheetController.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Template
from whalelog_gui.ui.forms.logbook.event_buttons import EventButtons
from whalelog_gui.ui.forms.logbook.event_list import EventList
from whalelog_gui.ui.forms.logbook.totals_panel import TotalsPanel
from whalelog_gui.ui.forms.logbook.weather import WeatherPanel
from whalelog_gui.ui.forms.logbook.whales_seen import WhalesSeenPanel
from whalelog_gui.ui.i18n import Retranslating, tr_template


def set_role(label: QLabel, role: str | None) -> None:
    """Switch a label's palette role (drawn by ui/bridge_style.py) and re-polish so it shows at once."""
    if label.property("role") != role:
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)


class SheetView(Retranslating, QWidget):
    language_changed = Signal()  # the controller re-says the header and status lines it set

    def __init__(self, live: bool, parent=None):
        super().__init__(parent)
        self.live = live
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(4)
        # Two header rows only: with the alert bar above, the page must fit a 1280x800 bridge screen.
        head = QHBoxLayout()
        self.title_label = QLabel()
        big = QFont(self.font())
        big.setPointSize(big.pointSize() + 2)
        big.setBold(True)
        self.title_label.setFont(big)
        self.title_label.setWordWrap(True)  # a long zone name or a longer language wraps, never cut off
        head.addWidget(self.title_label)
        self.fix_label = QLabel()
        self.fix_label.setWordWrap(True)  # "NO FIX — …" wraps rather than widening the page on a small screen
        head.addWidget(self.fix_label, 1, Qt.AlignmentFlag.AlignVCenter)
        self.activity_label = QLabel()
        head.addWidget(self.activity_label)
        self.sign_button = QPushButton()
        self.tr_bind(self.sign_button.setText, QT_TRANSLATE_NOOP("LogbookSheet", "Sign sheet…"))
        self.sign_button.setEnabled(False)  # until a sheet with events is shown
        self.sign_button.setMinimumWidth(self.sign_button.sizeHint().width())  # never squeezed by the header
        head.addWidget(self.sign_button)
        outer.addLayout(head)
        status = QHBoxLayout()
        self.logged_label = QLabel()
        self._said: tuple[Template, dict] | None = None  # the status line's message, re-said on a language change
        self.logged_label.setWordWrap(True)
        status.addWidget(self.logged_label, 1)
        self.lock_label = QLabel()
        self.lock_label.hide()
        status.addWidget(self.lock_label)
        outer.addLayout(status)
        self.zone_change_label = QLabel()  # the day the ship's clocks were changed (issue 15): a 23 or 25 h day
        self.zone_change_label.setWordWrap(True)
        self.zone_change_label.hide()
        outer.addWidget(self.zone_change_label)  # its own row: shown on one day of a season, never squeezed
        self.buttons = EventButtons()
        self.event_list = EventList()
        self.totals = TotalsPanel()
        self.weather = WeatherPanel()
        self.whales_seen = WhalesSeenPanel()

        # Left: what is tapped and what it adds up to. Right: the timeline (the longest list) over the
        # sightings and weather tabs. Tabs, not a stack: the page must fit a 1280x800 bridge screen.
        self.side_tabs = QTabWidget()
        for panel in (self.whales_seen, self.weather):
            panel.setTitle("")
            panel.setFlat(True)
        self.side_tabs.addTab(self.whales_seen, "")
        self.side_tabs.addTab(self.weather, "")
        #: Appendix A Table 1 columns "Whales Seen (No. and No. of schools)" and "WEATHER CONDITIONS"
        self.tr_bind(
            lambda text: self.side_tabs.setTabText(0, text),
            QT_TRANSLATE_NOOP("LogbookSheet", "Whales seen (No. / schools)"),
        )
        self.tr_bind(
            lambda text: self.side_tabs.setTabText(1, text), QT_TRANSLATE_NOOP("LogbookSheet", "Weather conditions")
        )
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        side = QSplitter(Qt.Orientation.Vertical)
        side.setChildrenCollapsible(False)
        if live:
            main_layout.addWidget(self.buttons, 1)
            side.addWidget(self.event_list)
            side.setStretchFactor(0, 3)
        else:  # no buttons on a past day: the timeline takes their place
            self.buttons.hide()
            self.fix_label.hide()
            main_layout.addWidget(self.event_list, 1)
        main_layout.addWidget(self.totals)
        side.addWidget(self.side_tabs)
        side.setStretchFactor(side.count() - 1, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(main)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)
        self.splitter = split

    def retranslate(self) -> None:
        super().retranslate()
        if self.__dict__.get("_said") is not None:
            self.logged_label.setText(tr_template(self._said[0], **self._said[1]))
        self.language_changed.emit()

    def say(self, template: Template, role: str | None, **values) -> None:
        """The status line under the header: what was just logged or refused, in the language showing."""
        self._said = (template, values)
        self.logged_label.setText(tr_template(template, **values))
        set_role(self.logged_label, role)

    def show_zone_change(self, text: str | None) -> None:
        self.zone_change_label.setText(text or "")
        set_role(self.zone_change_label, "warning" if text else None)
        self.zone_change_label.setVisible(bool(text))

    def show_lock(self, text: str | None) -> None:
        self.lock_label.setText(text or "")
        set_role(self.lock_label, "warning" if text else None)
        self.lock_label.setVisible(bool(text))
