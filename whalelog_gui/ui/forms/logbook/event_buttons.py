"""The large one-tap event buttons of today's sheet: touch-sized for a moving deck, each with a key shown on it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.records.events import EventKind
from whalelog_gui.ui.forms.logbook.event_labels import LABELS
from whalelog_gui.ui.i18n import Retranslating, TranslatedLabels, translate

K = EventKind

# F1 stays free for help and F8/F9 for the alert bar (acknowledge/silence must never be ambiguous); the
# resting, other and end-of-day taps take Shift so the busiest keys stay one press.
SHORTCUTS = {
    K.SEARCH_STARTED: "F2",
    K.WHALES_SEEN: "F3",
    K.CHASE_STARTED: "F4",
    K.WHALE_SHOT: "F5",
    K.CHASE_DISCONTINUED: "F6",
    K.FLAGGED_ALONGSIDE: "F7",
    K.PICKUP_STARTED: "F10",
    K.TOWING_STARTED: "F11",
    K.DELIVERED: "F12",
    K.RESTING_STARTED: "Shift+F2",
    K.RESTING_FINISHED: "Shift+F3",
    K.OTHER_ACTIVITY: "Shift+F4",
    K.CEASED: "Shift+F12",
}

# Rows follow the Table 1 columns: searching, chasing, handling, towing, then resting / other / end of day.
LAYOUT = (
    (K.SEARCH_STARTED, K.WHALES_SEEN, K.CHASE_STARTED),
    (K.WHALE_SHOT, K.CHASE_DISCONTINUED, K.FLAGGED_ALONGSIDE),
    (K.PICKUP_STARTED, K.TOWING_STARTED, K.DELIVERED),
    (K.RESTING_STARTED, K.RESTING_FINISHED, K.OTHER_ACTIVITY, K.CEASED),
)
GRID_COLUMNS = 12  # three buttons a row span 4 columns each, four span 3
# Two short lines per button so the words stay readable at arm's length on a narrow page.
BUTTON_TEXT = TranslatedLabels(
    {
        K.SEARCH_STARTED: QT_TRANSLATE_NOOP("EventButtons", "Start / resume\nsearching"),
        K.WHALES_SEEN: QT_TRANSLATE_NOOP("EventButtons", "Whales seen\nor reported"),
        K.CHASE_STARTED: QT_TRANSLATE_NOOP("EventButtons", "Start\nchasing"),
        K.WHALE_SHOT: QT_TRANSLATE_NOOP("EventButtons", "Whale\nshot"),
        K.CHASE_DISCONTINUED: QT_TRANSLATE_NOOP("EventButtons", "Chase\ndiscontinued"),
        K.FLAGGED_ALONGSIDE: QT_TRANSLATE_NOOP("EventButtons", "Flagged /\nalongside"),
        K.PICKUP_STARTED: QT_TRANSLATE_NOOP("EventButtons", "Start\npicking up"),
        K.TOWING_STARTED: QT_TRANSLATE_NOOP("EventButtons", "Start towing /\npicked up"),
        K.DELIVERED: QT_TRANSLATE_NOOP("EventButtons", "Delivered\nto factory"),
        K.RESTING_STARTED: QT_TRANSLATE_NOOP("EventButtons", "Stop: drift\nor rest"),
        K.RESTING_FINISHED: QT_TRANSLATE_NOOP("EventButtons", "Finished\ndrift / rest"),
        K.OTHER_ACTIVITY: QT_TRANSLATE_NOOP("EventButtons", "Other\nactivity"),
        K.CEASED: QT_TRANSLATE_NOOP("EventButtons", "Ceased\noperations"),
    }
)
MIN_BUTTON_HEIGHT = 60  # about 13 mm on a typical bridge panel: a gloved thumb on a rolling deck


class EventButtons(Retranslating, QWidget):
    tapped = Signal(object)  # EventKind
    key_pressed = Signal(object)  # EventKind, from its F-key

    def __init__(self, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(6)
        # a local rule: the bridge style's 36 px button height (ui/bridge_style.py) would otherwise win over setMinimumHeight
        self.setStyleSheet(f"QPushButton {{ min-height: {MIN_BUTTON_HEIGHT}px; padding: 2px 4px; }}")
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[EventKind, QPushButton] = {}
        font = QFont(self.font())
        font.setPointSize(max(font.pointSize(), 9) + 2)
        font.setBold(True)
        for row, kinds in enumerate(LAYOUT):
            for column, kind in enumerate(kinds):
                key = SHORTCUTS[kind]
                button = QPushButton()
                button.setObjectName(f"event_{kind.value}")
                # the key is a window shortcut of its own, not the button's: it still reaches the controller
                # when the buttons are disabled on a signed sheet, which then says why nothing is logged
                shortcut = QShortcut(QKeySequence(key), self, lambda k=kind: self.key_pressed.emit(k))
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                button.setFont(font)
                button.setMinimumHeight(MIN_BUTTON_HEIGHT)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
                button.clicked.connect(lambda _checked=False, k=kind: self.tapped.emit(k))
                span = GRID_COLUMNS // len(kinds)
                grid.addWidget(button, row, column * span, 1, span)
                self.buttons[kind] = button
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        for kind, button in self.__dict__.get("buttons", {}).items():
            key = SHORTCUTS[kind]
            button.setText(f"{BUTTON_TEXT[kind]}\n[{key}]")
            button.setToolTip(
                translate("EventButtons", "Log '{event}' now with the GPS time and position ({key})").format(
                    event=LABELS[kind], key=key
                )
            )
