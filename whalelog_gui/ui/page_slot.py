"""A tab's place in the main window (ui/pages.py): empty until its page is built, saying "Opening…" while the tab is
shown before then, or why the page could not be built, and then holding the page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from whalelog_gui.ui.i18n import translate


class PageSlot(QWidget):
    """A tab's place in the window: empty until its page is built, then holding that page."""

    def __init__(self, factory: Callable[[QWidget], QWidget], modules: tuple[str, ...] = (), *, early: bool = False):
        super().__init__()
        self.factory = factory
        self.modules = modules  # imported on a turn of their own before the page is made (start-up only)
        self.early = early  # built before the other pages in the background (Pages.add)
        self.page: QWidget | None = None
        self.building: QWidget | None = None  # a page made, still being built step by step (its `steps`)
        self.opening: QLabel | None = None  # "Opening…", while the tab is shown and its page not yet built
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def say_opening(self) -> None:
        """The tab is shown before its page is built: say so until it is (the page is built on the next turns)."""
        if self.opening is None and self.page is None:
            self.opening = QLabel(self)
            self.opening.setObjectName("page_opening")
            self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # as large as its words, in the middle of the empty page: a failure's alarm colour is a box, not the
            # whole page lit red on the night bridge
            self.layout().addWidget(self.opening, 0, Qt.AlignmentFlag.AlignCenter)
            self.opening.show()  # added to a slot already on screen: shown now, not on a later turn
        if self.opening is not None:  # new, or a failure said before: this is another try
            self.opening.setText(translate("Pages", "Opening…"))
            self.opening.setProperty("role", "")
            self.opening.style().polish(self.opening)

    def opened(self) -> None:
        if self.opening is not None:
            self.opening.deleteLater()
            self.opening = None

    def say_not_built(self, exc: Exception) -> None:
        """A step of this page failed: said where the page would be, in the alarm colour, until it is tried again."""
        from whalelog_gui.ui.error_boxes import PAGE_NOT_OPENED, error_text

        self.say_opening()
        assert self.opening is not None
        self.opening.setText(error_text(PAGE_NOT_OPENED, exc))
        self.opening.setWordWrap(True)
        self.opening.setProperty("role", "alarm")
        self.opening.style().polish(self.opening)
