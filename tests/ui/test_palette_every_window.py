"""Every top-level window and dialog of the app picks up the night palette, with no white flash (issue 7).

The dialog and window classes are discovered by walking whalelog_gui.ui for QDialog / QMainWindow subclasses
(QWizard and QMessageBox are QDialogs), so a new dialog without an entry in FACTORIES fails the coverage test.
Each one is built as the app builds it, against a real temp-file database holding a short demo season, after
the controller switched to night: its palette must be the NIGHT table, and a grab of it shown must hold no
white-ish pixel (all of R, G, B > WHITE_ISH).
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtGui import QAction, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QTabWidget, QWidget

from alert_samples import sanctuary_alarm

import whalelog_gui.ui
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.records.weather import WeatherObservation
from whalelog_gui.records.whales_seen import WhalesSeenEntry
from whalelog_gui.store.alert_log import record_alert_change
from whalelog_gui.ui.palette_colours import DAY, NIGHT, BridgeColours
from window_context import Ctx

WHITE_ISH = 200  # a pixel with every channel above this is a white flash on a dark bridge
ROLES = {
    "Window": QPalette.ColorRole.Window,
    "WindowText": QPalette.ColorRole.WindowText,
    "Base": QPalette.ColorRole.Base,
    "Text": QPalette.ColorRole.Text,
}
T0 = datetime(2026, 5, 2, 9, 30, tzinfo=timezone.utc)


def discover_window_classes() -> set[str]:
    """'module.Class' of every QDialog / QMainWindow subclass defined in whalelog_gui.ui."""
    found = set()
    for info in pkgutil.walk_packages(whalelog_gui.ui.__path__, "whalelog_gui.ui."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and issubclass(obj, (QDialog, QMainWindow)) and obj.__module__ == info.name:
                found.add(f"{info.name}.{name}")
    return found


def no_fix():
    return None, None


def ignore(*_args):  # the save callback: never called, no dialog is accepted here
    pass


def make_main_window(ctx: Ctx) -> QWidget:
    """The main window as run_gui builds it: session started on the store, all pages installed."""
    from whalelog_gui.ui.bridge_session import BridgeSession
    from whalelog_gui.ui.main_window import MainWindow
    from whalelog_gui.ui.pages import install_pages

    window = MainWindow(ctx.palette)  # "No GPS source", in the language showing
    session = BridgeSession(window, ctx.settings, officer=lambda: "Officer of the watch")
    ctx.cleanup.append(session.stop)
    session.start(ctx.db_path, None, app_settings=ctx.app_settings())
    install_pages(window, session, ctx.palette).build_all()  # every page is looked at, not its empty slot
    return window


def make_first_run(ctx):
    from whalelog_gui.ui.first_run import FirstRunWizard

    return FirstRunWizard(store=ctx.settings, port_lister=lambda: [], db=ctx.db)


def make_settings_dialog(ctx):
    from whalelog_gui.ui.settings_dialog import SettingsDialog

    return SettingsDialog(ctx.app_settings(), ctx.settings, port_lister=lambda: [], db=ctx.db)


def make_alert_history(ctx):
    from whalelog_gui.ui.alert_history import AlertHistoryWindow

    alert = sanctuary_alarm(T0, -61.5, 171.0)
    record_alert_change(ctx.db, alert, "raised", source="receiver")
    window = AlertHistoryWindow(ctx.db)
    window.refresh()
    return window


def make_catch_dialog(ctx):
    from whalelog_gui.ui.forms.catches.catch_dialog import CatchDialog

    return CatchDialog(ctx.db, ctx.app_settings(), no_fix, lambda: "Mate")


def make_catch_view(ctx):
    """The catch dialog's view alone, with no controller: layout and colours do not depend on one."""
    from datetime import timezone

    from whalelog_gui.ui.forms.catches.catch_form import CatchForm
    from whalelog_gui.ui.forms.catches.catch_view import CatchView

    return CatchView(CatchForm(["Cazador"], "metres", timezone.utc, "UTC"), "Mate")


def make_struck_lost(ctx):
    from whalelog_gui.ui.forms.catches.struck_lost_dialog import StruckLostDialog

    return StruckLostDialog(ctx.db, ctx.app_settings(), no_fix, lambda: "Mate")


def make_event_dialog(ctx):
    from whalelog_gui.ui.forms.logbook.event_dialog import EventDialog, EventMode

    event = LogEvent(EventKind.WHALES_SEEN, T0, 63.3, -25.4, species=SeenSpecies.FIN, number_seen=3, number_of_groups=1)
    return EventDialog(EventMode.EDIT, event, ignore)


def make_whales_seen(ctx):
    from whalelog_gui.ui.forms.logbook.whales_seen import WhalesSeenDialog

    return WhalesSeenDialog(WhalesSeenEntry(SeenSpecies.FIN, 3, 1), ignore)


def make_weather(ctx):
    from whalelog_gui.ui.forms.logbook.weather import WeatherDialog

    return WeatherDialog(WeatherObservation(T0, 3, 4, 220), ignore, editing=False)


def make_reason(ctx):
    from whalelog_gui.ui.forms.logbook.reason_dialog import ReasonDialog

    from whalelog_gui.ui.i18n import translate

    return ReasonDialog(translate("ReasonDialog", "The title page was saved before. Why is it changed?"))


def make_sign_off(ctx):
    from whalelog_gui.ui.forms.logbook.sign_off import SignOffDialog

    from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message

    # which sheet, as the sheet controller words it: said in the language showing
    sheet = Message(QT_TRANSLATE_NOOP("LogbookSheet", "sheet No. {number} of {day}"), number=2, day="2026-05-02")
    return SignOffDialog(sheet, "Einar Jónsson", ignore, clock=lambda: T0 + timedelta(hours=9))


def make_integrity_declaration(ctx):
    """The declaration dialog over real breaks: regime settings written into the file outside WhaleLog."""
    import sqlite3

    from whalelog_gui.store.integrity import check_logbook
    from whalelog_gui.ui.integrity_declaration import IntegrityDeclarationDialog

    conn = sqlite3.connect(ctx.db_path, isolation_level=None)
    for key, value in (("flag_state", '"JP"'), ("operation", '"factory ship"'), ("vessel_name", '"Nisshin Maru"')):
        conn.execute(
            "INSERT OR REPLACE INTO vessel_settings VALUES (?, ?, '2026-12-01T00:00:00+00:00', 'sqlite3')", (key, value)
        )
    conn.close()
    report = check_logbook(ctx.db)
    assert len(report.breaks) == 3
    return IntegrityDeclarationDialog(report, ignore, master="Einar Jónsson")


FACTORIES = {
    "whalelog_gui.ui.main_window.MainWindow": make_main_window,
    "whalelog_gui.ui.first_run.FirstRunWizard": make_first_run,
    "whalelog_gui.ui.settings_dialog.SettingsDialog": make_settings_dialog,
    "whalelog_gui.ui.alert_history.AlertHistoryWindow": make_alert_history,
    "whalelog_gui.ui.forms.catches.catch_dialog.CatchDialog": make_catch_dialog,
    "whalelog_gui.ui.forms.catches.catch_view.CatchView": make_catch_view,
    "whalelog_gui.ui.forms.catches.struck_lost_dialog.StruckLostDialog": make_struck_lost,
    "whalelog_gui.ui.forms.logbook.event_dialog.EventDialog": make_event_dialog,
    "whalelog_gui.ui.forms.logbook.whales_seen.WhalesSeenDialog": make_whales_seen,
    "whalelog_gui.ui.forms.logbook.weather.WeatherDialog": make_weather,
    "whalelog_gui.ui.forms.logbook.reason_dialog.ReasonDialog": make_reason,
    "whalelog_gui.ui.forms.logbook.sign_off.SignOffDialog": make_sign_off,
    "whalelog_gui.ui.integrity_declaration.IntegrityDeclarationDialog": make_integrity_declaration,
}


# --- checks ------------------------------------------------------------------------------------------------


def palette_mismatches(widget: QWidget, colours: BridgeColours) -> list[str]:
    expected = {"Window": colours.window, "WindowText": colours.window_text, "Base": colours.base, "Text": colours.text}
    got = {name: widget.palette().color(role).name() for name, role in ROLES.items()}
    return [f"{name} {got[name]} != {expected[name]}" for name in ROLES if got[name] != expected[name]]


def _text_carets(widget: QWidget) -> list[tuple[int, int, int, int]]:
    """The focused line edit's caret, in widget pixels. Qt draws the caret by inverting what is under it
    (QTextLayout::drawCursor, RasterOp_NotDestination), so on any dark field it is a 1-px light line that no
    palette can change; it is the only light we let through (noted as its own issue)."""
    from PySide6.QtWidgets import QLineEdit

    edit = widget.focusWidget()  # the window's focus child, active or not
    if not isinstance(edit, QLineEdit) or not widget.isAncestorOf(edit):
        return []
    rect = edit.cursorRect()
    top_left = edit.mapTo(widget, rect.topLeft())
    return [(top_left.x() - 2, top_left.y() - 2, top_left.x() + rect.width() + 3, top_left.y() + rect.height() + 3)]


def white_pixels(widget: QWidget) -> tuple[int, tuple[int, int] | None]:
    """(count of white-ish pixels in a grab of the shown widget, (x, y) of the first one)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    w, h = image.width(), image.height()
    assert w > 0 and h > 0, "empty grab"
    data = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    rgb = data.reshape(h, image.bytesPerLine() // 4, 4)[:, :w, :3]  # B, G, R, A in memory
    white = (rgb > WHITE_ISH).all(axis=2)
    for x0, y0, x1, y1 in _text_carets(widget):
        white[max(y0, 0) : y1, max(x0, 0) : x1] = False
    count = int(white.sum())
    if not count:
        return 0, None
    y, x = np.argwhere(white)[0]
    return count, (int(x), int(y))


def assert_night(qtbot, widget: QWidget, label: str) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    mismatches = palette_mismatches(widget, NIGHT)
    assert not mismatches, f"{label}: palette is not night: {'; '.join(mismatches)}"
    count, first = white_pixels(widget)
    assert count == 0, f"{label}: {count} white-ish pixels at night (first at {first})"


# --- tests -------------------------------------------------------------------------------------------------


def test_every_dialog_and_window_class_is_covered():
    discovered = discover_window_classes()
    assert "whalelog_gui.ui.main_window.MainWindow" in discovered  # the walk itself works
    assert not discovered - FACTORIES.keys(), f"add these to FACTORIES: {sorted(discovered - FACTORIES.keys())}"
    assert not FACTORIES.keys() - discovered, f"no longer in the app: {sorted(FACTORIES.keys() - discovered)}"


@pytest.mark.parametrize("name", sorted(FACTORIES), ids=lambda n: n.rsplit(".", 1)[1])
def test_window_opened_at_night_is_dark(qtbot, ctx, name):
    ctx.palette.apply("night")
    widget = FACTORIES[name](ctx)
    assert_night(qtbot, widget, name)


def test_every_page_of_the_main_window_is_dark_at_night(qtbot, ctx):
    ctx.palette.apply("night")
    window = make_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.pages.count() == 6  # Chart, Logbook, Catches, Schooling report, Transmission, Reports
    visited = []
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        page = window.pages.widget(index)
        inner_tabs = [(tabs, i) for tabs in page.findChildren(QTabWidget) for i in range(tabs.count())]
        for tabs, inner in [(None, None)] + inner_tabs:  # the page as it opens, then each of its own tabs
            if tabs is not None:
                tabs.setCurrentIndex(inner)
            where = window.pages.tabText(index) + ("" if tabs is None else f" > {tabs.tabText(inner)}")
            visited.append(where)
            count, first = white_pixels(window)
            assert count == 0, (
                f"page {where!r} ({type(page).__name__}): {count} white-ish pixels at night (first at {first})"
            )
    assert "Logbook > Previous days" in visited and "Logbook > Title page" in visited


def inspect_modal(trigger) -> dict:
    """Run `trigger` (which opens a blocking dialog) and inspect the dialog from inside its event loop."""
    seen = {}

    def look():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, look)
            return
        seen.update(
            title=box.windowTitle(),
            kind=type(box).__name__,
            palette=palette_mismatches(box, NIGHT),
            white=white_pixels(box),
        )
        box.close()  # a QMessageBox closes; a QFileDialog rejects: nothing is chosen

    QTimer.singleShot(0, look)
    trigger()
    assert seen, "no dialog opened"
    return seen


def test_about_box_opened_from_the_help_menu_is_dark(qtbot, ctx):
    """The real Help -> About action (QMessageBox.about blocks)."""
    ctx.palette.apply("night")
    window = make_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    seen = inspect_modal(window.findChild(QAction, "about_action").trigger)
    assert seen["title"] == "About WhaleLog"
    assert not seen["palette"], f"about box palette is not night: {seen['palette']}"
    assert seen["white"][0] == 0, f"about box: {seen['white'][0]} white-ish pixels (first at {seen['white'][1]})"


@pytest.mark.parametrize("outcome", ["saved", "not saved"])
def test_diagnostics_message_boxes_are_dark(qtbot, ctx, tmp_path, outcome):
    """File -> Save diagnostics tells the result in a QMessageBox (Information, or Critical on a write error)."""
    from whalelog_gui.ui.diagnostics_action import save_diagnostics_action

    ctx.palette.apply("night")
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "diagnostics.zip"
    if outcome == "not saved":
        target.mkdir()  # a folder where the zip should go: the write fails with OSError
    action = save_diagnostics_action(
        parent, ctx.app_settings(), log_dir=tmp_path / "logs", choose_path=lambda _parent, _suggested: str(target)
    )
    action.trigger()
    box = action.last_message
    assert box is not None and box.windowTitle() == f"Diagnostics {outcome}"
    assert_night(qtbot, box, f"diagnostics message box ({outcome})")


def test_file_dialog_of_save_diagnostics_is_dark(qtbot, ctx, tmp_path):
    """File -> Save diagnostics asks for the path with QFileDialog.getSaveFileName (Qt's own widget dialog
    here; Save as PDF and the bundle / receipt choosers on the Transmission page open the same dialog)."""
    from whalelog_gui.ui.diagnostics_action import save_diagnostics_action

    ctx.palette.apply("night")
    parent = QWidget()
    qtbot.addWidget(parent)
    action = save_diagnostics_action(parent, ctx.app_settings(), log_dir=tmp_path / "logs")
    # Qt's file dialog keeps its history in the user's QtProject.conf: keep it in the test's folder instead
    user_config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    try:
        seen = inspect_modal(action.trigger)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the dialog saves its state as it goes
    finally:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, user_config)
    assert seen["kind"] == "QFileDialog" and seen["title"] == "Save diagnostics"
    assert action.last_saved is None  # cancelled: nothing written
    assert not seen["palette"], f"file dialog palette is not night: {seen['palette']}"
    assert seen["white"][0] == 0, (
        f"file dialog: {seen['white'][0]} white-ish pixels at night (first at {seen['white'][1]})"
    )


def test_open_dialog_follows_the_switch_back_to_day(qtbot, ctx):
    ctx.palette.apply("night")
    dialog = make_event_dialog(ctx)
    assert_night(qtbot, dialog, "EventDialog")
    ctx.palette.apply("day")
    assert not palette_mismatches(dialog, DAY)
    image = dialog.grab().toImage()
    corner = image.pixelColor(2, 2)
    assert corner.name() == DAY.window, corner.name()  # the dialog background is redrawn in the day colour
