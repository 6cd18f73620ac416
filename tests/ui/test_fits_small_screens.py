"""Every window and dialog is usable on a 1024x600 bridge PC and the other sizes of issue 15.

The window classes are the ones test_palette_every_window discovers (a new dialog without a factory fails
there). Each is opened as the app opens it, sized to the screen as the app sizes it, and every label,
button, check box and line edit must show its whole text, and every button must lie inside what is drawn
(scroll areas may hold more than they show: the scroll bar reaches it). The main window is checked with an
alarm showing, on every page and every inner tab. A scale factor of 150 % gives Qt a logical screen of
2/3 the pixels, so 1024x600 at 150 % is laid out exactly like a 683x400 screen at 100 %.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QSize

from screen_fit import each_page, fit_problems
from test_palette_every_window import FACTORIES, make_main_window
from whalelog_gui.alerts.model import Alert, AlertCategory, AlertState
from whalelog_gui.ui.screen_size import fit_to_screen

SCREENS = {
    "1024x600": QSize(1024, 600),
    "1280x800": QSize(1280, 800),
    "1920x1080": QSize(1920, 1080),
    "1024x600@150%": QSize(683, 400),
    "1280x800@150%": QSize(853, 533),
    "1920x1080@150%": QSize(1280, 720),
}
T0 = datetime(2026, 5, 2, 9, 30, tzinfo=timezone.utc)
LONG_ALARM = Alert(
    "a1",
    "inside:sos",
    AlertCategory.ALARM,
    AlertState.ACTIVE_UNACKNOWLEDGED,
    "Inside Southern Ocean Sanctuary (factory ships and catchers attached to them)",
    "7(b)",
    "sos",
    T0,
    T0,
    lat=-61.5,
    lon=171.0,
    distance_nm=None,
    note="Line: 40S 50W, east to 20E, south to 55S, east to 130E, north to 40S, east across 180 "
    "to 130W, south to 60S, east to 50W, north to 40S.",
)


def open_sized(qtbot, widget, screen: QSize):
    qtbot.addWidget(widget)
    fit_to_screen(widget, screen)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(20)  # word-wrapped labels settle their height on a second layout pass
    return widget


def assert_fits(widget, screen: QSize, where: str) -> None:
    size = widget.size()
    assert size.width() <= screen.width() and size.height() <= screen.height(), (
        f"{where}: window is {size.width()}x{size.height()} on a {screen.width()}x{screen.height()} screen"
    )
    minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    assert minimum.width() <= screen.width() and minimum.height() <= screen.height(), (
        f"{where}: layout needs at least {minimum.width()}x{minimum.height()}"
    )
    problems = fit_problems(widget)
    assert not problems, f"{where}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("screen_name", sorted(SCREENS))
@pytest.mark.parametrize(
    "name", sorted(set(FACTORIES) - {"whalelog_gui.ui.main_window.MainWindow"}), ids=lambda n: n.rsplit(".", 1)[1]
)
def test_dialog_fits_the_screen(qtbot, ctx, name, screen_name):  # noqa: F811 (ctx: the imported fixture)
    screen = SCREENS[screen_name]
    widget = open_sized(qtbot, FACTORIES[name](ctx), screen)
    assert_fits(widget, screen, f"{name.rsplit('.', 1)[1]} at {screen_name}")


@pytest.mark.parametrize("palette_name", ["day", "night"])
@pytest.mark.parametrize("screen_name", sorted(SCREENS))
def test_main_window_fits_with_an_alarm_on_every_page(qtbot, ctx, screen_name, palette_name):  # noqa: F811
    screen = SCREENS[screen_name]
    ctx.palette.apply(palette_name)
    window = open_sized(qtbot, make_main_window(ctx), screen)
    window.alert_bar.show_alerts([LONG_ALARM])
    window.position_panel.lat_label.setText("59°59.887′S")
    window.position_panel.lon_label.setText("179°59.999′W")
    qtbot.wait(10)
    for where in each_page(window):
        qtbot.wait(1)
        assert_fits(window, screen, f"main window at {screen_name}, {where}")


@pytest.mark.parametrize("screen_name", ["1024x600@150%", "1024x600"])
def test_main_window_fits_with_the_integrity_alarm_and_its_declare_button(qtbot, ctx, screen_name):  # noqa: F811
    from whalelog_gui.store.integrity_report import ALERT_TITLE
    from whalelog_gui.ui.integrity_watch import INTEGRITY_KEY

    screen = SCREENS[screen_name]
    window = open_sized(qtbot, make_main_window(ctx), screen)
    alarm = Alert(
        "i1",
        INTEGRITY_KEY,
        AlertCategory.ALARM,
        AlertState.ACTIVE_UNACKNOWLEDGED,
        ALERT_TITLE,
        None,
        None,
        T0,
        T0,
        note="Changed: catches 3f2a91c0-77aa-4e1b-9a4e-1c0ffee00001, vessel_settings "
        "flag_state. Export and sign-off are refused until the master declares it.",
    )
    window.alert_bar.show_alerts([alarm])
    qtbot.wait(10)
    assert window.alert_bar.alert_actions[INTEGRITY_KEY].isVisibleTo(window)
    assert_fits(window, screen, f"main window at {screen_name} with the integrity alarm")


def test_alert_bar_height_does_not_change_with_the_alert(qtbot, ctx):  # noqa: F811
    window = open_sized(qtbot, make_main_window(ctx), SCREENS["1024x600"])
    heights = []
    for alerts in (
        [],
        [LONG_ALARM],
        [
            Alert(
                "w",
                "near:x",
                AlertCategory.WARNING,
                AlertState.ACTIVE_UNACKNOWLEDGED,
                "Approaching Indian Ocean Sanctuary",
                "7(a)",
                "ios",
                T0,
                T0,
                distance_nm=0.1,
                eta_min=0.5,
                lat=-40.0,
                lon=60.0,
            )
        ],
        [],
    ):
        window.alert_bar.show_alerts(alerts)
        qtbot.wait(5)
        heights.append(window.alert_bar.height())
    assert len(set(heights)) == 1, f"alert bar heights {heights}"


def test_the_checker_finds_a_clipped_label_and_an_unreachable_button(qtbot):
    """The check itself can fail: a label narrower than its text and a button outside its window."""
    from PySide6.QtWidgets import QLabel, QPushButton, QWidget

    window = QWidget()
    window.resize(200, 100)
    label = QLabel("Regulated areas NOT monitored — no position", window)
    label.setGeometry(0, 0, 60, 20)
    button = QPushButton("Sign", window)
    button.setGeometry(180, 80, 80, 30)
    qtbot.addWidget(window)
    window.show()
    problems = fit_problems(window)
    assert any("Regulated areas" in p for p in problems), problems
    assert any("'Sign'" in p and "not fully visible" in p for p in problems), problems


def test_the_checker_finds_wrapped_text_running_past_its_scroll_area(qtbot):
    """A word-wrapped list in a scroll area (the catch dialog's sign-off checklist) that is laid out wider than the
    area: its lines end past the right edge, behind a sideways scroll bar nobody uses (issue 16, Icelandic)."""
    from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

    window = QWidget()
    window.resize(320, 200)
    checklist = QLabel("Fyrir undirritun:\n• Vista: vista þarf skráninguna áður en hún er undirrituð")
    checklist.setWordWrap(True)
    area = QScrollArea()
    area.setWidget(checklist)
    QVBoxLayout(window).addWidget(area)
    qtbot.addWidget(window)
    window.show()
    checklist.resize(900, 60)  # not resized to the area: wider than it, so it need not wrap
    qtbot.wait(1)
    problems = fit_problems(window)
    assert any("Vista" in p and "cut off" in p for p in problems), problems
    area.setWidgetResizable(True)  # as the catch dialog has it: wraps to the width shown
    qtbot.waitUntil(lambda: checklist.width() <= area.viewport().width())
    assert fit_problems(window) == []


@pytest.mark.parametrize("screen_name", ["1024x600", "1024x600@150%"])
def test_every_settings_tab_and_walkthrough_page_fits(qtbot, ctx, screen_name):  # noqa: F811
    """Issue 13 added the flag State (with its country name) and the para 26 notices page: each tab and each
    walkthrough page is checked, not only the one that opens first."""
    from test_palette_every_window import make_first_run, make_settings_dialog

    screen = SCREENS[screen_name]
    dialog = open_sized(qtbot, make_settings_dialog(ctx), screen)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        assert_fits(dialog, screen, f"Settings > {dialog.tabs.tabText(index)} at {screen_name}")
    dialog.pages[0].flag_state.setText("RU")  # the longest name beside the code: "the Russian Federation"
    dialog.tabs.setCurrentIndex(0)
    qtbot.wait(1)
    assert_fits(dialog, screen, f"Settings > vessel with a long State name at {screen_name}")
    wizard = open_sized(qtbot, make_first_run(ctx), screen)
    wizard.gps_page.port_test.seconds = 0.1
    for _ in range(len(wizard.pageIds()) - 1):
        qtbot.wait(1)
        assert_fits(wizard, screen, f"walkthrough > {wizard.currentPage().title()} at {screen_name}")
        if wizard.currentId() == wizard.pageIds()[1]:
            wizard.currentPage().fields.vessel_name.setText("Kyo Maru")
        wizard.next()


@pytest.mark.parametrize("lang", ["en", "nb", "is", "ja"])
@pytest.mark.parametrize("screen_name", ["1024x600", "1280x800"])
def test_todays_sheet_is_never_scrolled_sideways(qtbot, ctx, screen_name, lang):  # noqa: F811
    """On a 1024x600 panel today's sheet (the one-tap buttons, the timeline, Sign) was wider than the space the
    position panel left it: the officer had to scroll sideways to sign. The panel now narrows to let it fit."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    from whalelog_gui.ui.i18n import LanguageController

    language = LanguageController(QApplication.instance(), ctx.settings)
    language.apply(lang, remember=False)
    try:
        screen = SCREENS[screen_name]
        window = open_sized(qtbot, make_main_window(ctx), screen)
        window.alert_bar.show_alerts([LONG_ALARM])
        for where in each_page(window):
            qtbot.wait(1)
            page = window.pages.currentWidget()
            if isinstance(page, QScrollArea):
                assert not page.horizontalScrollBar().isVisible(), f"{where} at {screen_name} in {lang}"
        assert window.position_panel.width() >= 200  # ui/main_window.SIDE_MIN_WIDTH: the figures still read
    finally:
        language.apply("en", remember=False)
