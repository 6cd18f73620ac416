"""The bridge style draws what the application style sheet drew (issue 14): role colours, sizes, no style sheet."""

from __future__ import annotations

from unittest import mock

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTabBar, QTreeWidget, QTreeWidgetItem

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


def season_list(rows: int, *, base_style: bool) -> QTreeWidget:
    from whalelog_gui.ui import record_table

    if base_style:
        tree = record_table.record_tree(["Sheet No.", "Date", "Signed"], 90)
    else:
        with mock.patch.object(record_table, "sized_by_base_style"):
            tree = record_table.record_tree(["Sheet No.", "Date", "Signed"], 90)
    for n in range(rows):
        item = QTreeWidgetItem(
            [str(n + 1), f"2026-05-{n % 28 + 1:02d}", "signed by K. Olsen" if n % 2 else "not signed"]
        )
        item.setCheckState(0, Qt.CheckState.Checked if n % 3 else Qt.CheckState.Unchecked)  # the bridge's check box
        tree.addTopLevelItem(item)
    tree.resize(420, 260)
    tree.setCurrentItem(tree.topLevelItem(1))
    return tree


@pytest.mark.parametrize("name", ["day", "night"])
def test_record_lists_sized_by_fusion_look_as_through_the_bridge_style(qtbot, palette, name):
    """The record lists skip the Python sizeFromContents (~2,000 calls a season's list at start-up); what their
    items are drawn with still comes from the bridge style, so the list is the same picture in every palette."""
    palette.apply(name)
    fast, through = season_list(40, base_style=True), season_list(40, base_style=False)
    for tree in (fast, through):
        qtbot.addWidget(tree)
        tree.show()
    assert fast.style() is QApplication.style().baseStyle()
    assert through.style() is QApplication.style()
    assert fast.grab().toImage() == through.grab().toImage()
