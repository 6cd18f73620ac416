"""The bridge style draws what the application style sheet drew (issue 14): role colours, sizes, no style sheet."""

from __future__ import annotations

from unittest import mock

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QTabBar,
    QTableWidgetItem,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.ui.alert_bar import AlertBar
from whalelog_gui.ui.bridge_style import BUTTON_MIN_HEIGHT, TAB_MIN_HEIGHT
from whalelog_gui.ui.palette_colours import PALETTES


@pytest.mark.parametrize("name", ["day", "dusk", "night"])
def test_no_application_style_sheet_in_any_palette(palette, name):
    palette.apply(name)
    # one would style every widget through Qt's style-sheet engine: the pages ~3x slower to build
    assert QApplication.instance().styleSheet() == ""


def edge_and_inside(bar: AlertBar) -> tuple[str, str]:
    image = bar.grab().toImage()
    return image.pixelColor(0, 60).name(), image.pixelColor(12, 60).name()


def test_alert_bar_role_is_drawn_and_follows_the_palette_switch(qtbot, palette):
    palette.apply("night")
    bar = AlertBar()
    qtbot.addWidget(bar)
    bar.resize(900, 120)
    bar._set_role("warning")
    bar.show()
    night, day = PALETTES["night"], PALETTES["day"]
    assert edge_and_inside(bar) == (night.warning, night.banner_warning)
    palette.apply("day")  # the role is not set again: the switch re-polishes it
    assert edge_and_inside(bar) == (day.warning, day.banner_warning)
    bar._set_role("alarm")  # no edge: filled to the border
    assert edge_and_inside(bar) == (day.alarm, day.alarm)


def test_role_label_wears_its_colours_and_gives_them_back(qtbot, palette):
    palette.apply("day")
    label = QLabel("NO FIX")
    qtbot.addWidget(label)
    label.setProperty("role", "alarm")
    label.show()
    assert label.palette().color(QPalette.ColorRole.Window).name() == PALETTES["day"].alarm
    assert label.autoFillBackground()
    palette.apply("night")
    assert label.palette().color(QPalette.ColorRole.Window).name() == PALETTES["night"].alarm
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == PALETTES["night"].window
    label.setProperty("role", "")
    label.style().unpolish(label)
    label.style().polish(label)
    assert not label.autoFillBackground()
    assert label.palette().color(QPalette.ColorRole.WindowText) == QApplication.palette().color(
        QPalette.ColorRole.WindowText
    )


def test_buttons_and_tabs_keep_their_bridge_size(qtbot, palette):
    button = QPushButton("OK")
    tabs = QTabBar()
    qtbot.addWidget(button)
    qtbot.addWidget(tabs)
    tabs.addTab("Chart")
    # the content's minimum, then padding and frame: what the style sheet gave (46 and 40 px)
    assert button.sizeHint().height() >= BUTTON_MIN_HEIGHT + 10
    assert tabs.tabSizeHint(0).height() >= TAB_MIN_HEIGHT + 8
    # sized from the text, not Fusion's 80 px minimum: short buttons leave room on a 1024x600 panel
    assert button.sizeHint().width() < 80


ROWS = [(str(n + 1), f"2026-05-{n % 28 + 1:02d}", "signed by K. Olsen" if n % 2 else "not signed") for n in range(40)]


def season_tree():
    from whalelog_gui.ui.record_table import record_tree

    tree = record_tree(["Sheet No.", "Date", "Signed"], 90)
    for n, row in enumerate(ROWS):
        item = QTreeWidgetItem(row)
        item.setCheckState(0, Qt.CheckState.Checked if n % 3 else Qt.CheckState.Unchecked)
        tree.addTopLevelItem(item)
    tree.setCurrentItem(tree.topLevelItem(1))
    return tree


def season_table():
    from whalelog_gui.ui.record_table import record_table

    table = record_table(["Sheet No.", "Date", "Signed"], len(ROWS))
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.setSortingEnabled(True)  # the header's sort arrow
    table.selectRow(2)
    return table


def scrolled_form():
    from whalelog_gui.ui.screen_size import scrolling

    form = QWidget()
    form.setMinimumSize(700, 500)  # larger than the area: both scroll bars show
    QVBoxLayout(form).addWidget(QPushButton("Save"))
    return scrolling(form)


def built(make, *, base_style: bool):
    """`make()` as WhaleLog builds it, or (base_style False) with every widget left on the bridge style."""
    from whalelog_gui.ui import bridge_style

    if base_style:
        widget = make()
    else:
        with mock.patch.object(bridge_style.BridgeStyle, "baseStyle", lambda self: self):
            widget = make()
    widget.resize(420, 260)
    return widget


@pytest.mark.parametrize("name", ["day", "night"])
@pytest.mark.parametrize("make", [season_tree, season_table, scrolled_form])
def test_widgets_sized_by_fusion_look_as_through_the_bridge_style(qtbot, palette, name, make):
    """Record lists and scroll bars skip the Python sizeFromContents (~6,000 calls a season's start-up) and look
    the same as through the bridge style, in every palette: a guard for the day the bridge style draws or sizes
    something of theirs (today it changes nothing there; another style fails this, checked with Qt's Windows)."""
    palette.apply(name)
    fast, through = built(make, base_style=True), built(make, base_style=False)
    for widget in (fast, through):
        qtbot.addWidget(widget)
        widget.show()
    base = QApplication.style().baseStyle()
    assert fast.verticalScrollBar().style() is base and through.verticalScrollBar().style() is QApplication.style()
    assert fast.grab().toImage() == through.grab().toImage()
