"""Windows never open larger than the screen they are on (1024x600 bridge panel PCs, issue 15).

Each window asks for the size it would like (resize() in its constructor); ScreenFitter, installed once on
the application, shrinks every top-level window to the available screen as it is first shown, so a dialog
designed on a large monitor still has its buttons on a small one (its layout scrolls where it must).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

FITTED = "_whalelog_fitted_to_screen"


def available_size(widget: QWidget) -> QSize:
    """The usable desktop (without task bar) of the widget's screen, in Qt's logical pixels."""
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry().size()


def fit_to_screen(widget: QWidget, available: QSize | None = None) -> None:
    """Shrink the window to the available screen (never grow it); a window wider than the screen is useless."""
    available = available or available_size(widget)
    size = widget.size() if widget.testAttribute(Qt.WidgetAttribute.WA_Resized) else widget.sizeHint()
    fitted = size.boundedTo(available)
    if fitted != widget.size():
        widget.resize(fitted)
    widget.setProperty(FITTED, True)


class ScreenFitter(QObject):
    """Event filter on the application: fits each top-level window to its screen when first shown."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not watched.property(FITTED)
        ):
            fit_to_screen(watched)
        return False


def install_screen_fitter(app: QApplication) -> ScreenFitter:
    """Once per application (make_application may be called again in one process)."""
    fitter = app.findChild(ScreenFitter)
    if fitter is None:
        fitter = ScreenFitter(app)
        app.installEventFilter(fitter)
    return fitter


def scrolling(widget: QWidget) -> QScrollArea:
    """The widget in a frameless scroll area that fills the space and scrolls only below its minimum size."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area
