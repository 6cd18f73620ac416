"""Every window opens within the usable area of its screen as the app opens it, with no fitting step of the test's
own (test_fits_small_screens.py sizes each window to the screens of issue 15 and checks its layout): a window asks
for its size with screen_size.ask_size, and one that asks for none is kept within the screen by Qt (issue 14: no
application-wide event filter)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from test_palette_every_window import FACTORIES
from whalelog_gui.ui.screen_size import ask_size, available_size, fit_to_screen


def assert_within_screen(widget, where: str) -> None:
    screen = available_size(widget)
    size = widget.size()
    assert size.width() <= screen.width() and size.height() <= screen.height(), (
        f"{where}: opened {size.width()}x{size.height()} on a {screen.width()}x{screen.height()} screen"
    )


@pytest.mark.parametrize("name", sorted(FACTORIES), ids=lambda n: n.rsplit(".", 1)[1])
def test_every_window_opens_within_its_screen(qtbot, ctx, name):
    widget = FACTORIES[name](ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert_within_screen(widget, name.rsplit(".", 1)[1])


class Wide(QLabel):
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(5000, 4000)  # content laid out for a wall-sized monitor


def test_a_window_asking_for_more_than_its_screen_gets_the_screen_and_a_smaller_ask_is_kept(qtbot):
    screen = available_size(QDialog())
    big, small = QDialog(), QDialog()
    for dialog in (big, small):
        qtbot.addWidget(dialog)
    ask_size(big, screen.width() + 600, screen.height() + 400)
    ask_size(small, screen.width() - 100, screen.height() - 50)
    big.show()
    small.show()
    assert big.size() == screen
    assert small.size() == QSize(screen.width() - 100, screen.height() - 50)
    # as it would open on a larger screen (the tests' bridge screens): the size asked for, not the one it got here
    fit_to_screen(big, QSize(screen.width() + 1000, screen.height() + 1000))
    assert big.size() == QSize(screen.width() + 600, screen.height() + 400)


def test_a_window_asking_for_no_size_is_kept_within_its_screen(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(Wide("a label wider than any screen"))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_within_screen(dialog, "a dialog that asked for no size")
