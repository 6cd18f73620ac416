"""Windows never open larger than the screen they are on (1024x600 bridge panel PCs, issue 15).

A window that wants a size asks for it with ask_size() in its constructor, never resize(): it gets at most the
usable area of its screen, so a dialog designed on a large monitor still has its buttons on a small one (its
layout scrolls where it must). A window that asks for no size is kept within the screen by Qt itself (adjustSize()
at the first show bounds it to 2/3 of the screen). No application-wide event filter: one ran Python for every
event of every widget, ~11 µs each, 60-80 ms of each Logbook build at start-up (issue 14).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

from whalelog_gui.ui.bridge_style import scroll_bars_by_base_style


def available_size(widget: QWidget) -> QSize:
    """The usable desktop (without task bar) of the widget's screen, in Qt's logical pixels."""
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry().size()


ASKED = "_whalelog_asked_size"  # the size a window asked for, kept so it can be fitted to another screen


def ask_size(window: QWidget, width: int, height: int) -> None:
    """The size `window` would like, at most the usable area of the screen it opens on (its parent's, or the
    primary screen)."""
    asked = QSize(width, height)
    window.setProperty(ASKED, asked)
    window.resize(asked.boundedTo(available_size(window)))


def fit_to_screen(widget: QWidget, available: QSize | None = None) -> None:
    """The window as it opens on a screen of `available` (default: its own): the size it asked for (or had, or its
    size hint), at most that screen; a window wider than the screen is useless. Tests size windows to the bridge
    screens of issue 15 with it."""
    available = available or available_size(widget)
    asked = widget.property(ASKED)
    if isinstance(asked, QSize):
        size = asked
    else:
        size = widget.size() if widget.testAttribute(Qt.WidgetAttribute.WA_Resized) else widget.sizeHint()
    fitted = size.boundedTo(available)
    if fitted != widget.size():
        widget.resize(fitted)


def scrolling(widget: QWidget) -> QScrollArea:
    """The widget in a frameless scroll area that fills the space and scrolls only below its minimum size."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    scroll_bars_by_base_style(area)
    return area
