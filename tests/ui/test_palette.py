from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QMessageBox, QVBoxLayout

from whalelog_gui.ui.main_window import MainWindow
from whalelog_gui.ui.palette import PaletteController, build_qpalette
from whalelog_gui.ui.palette_colours import PALETTES

WINDOW = QPalette.ColorRole.Window
TEXT = QPalette.ColorRole.WindowText


def _colour(widget, role=WINDOW) -> str:
    return widget.palette().color(role).name()


def test_every_kind_of_top_level_widget_picks_up_each_palette(qtbot, palette):
    window = MainWindow(palette)
    qtbot.addWidget(window)
    window.show()
    for name in ("night", "dusk", "day", "night"):
        palette.apply(name)
        colours = PALETTES[name]
        # created after the switch, like a dialog opened at night: must be dark from its first frame
        box = QMessageBox(QMessageBox.Icon.Warning, "Check", "Leaving the sanctuary", parent=window)
        dialog = QDialog(window)
        QVBoxLayout(dialog).addWidget(QLabel("a form"))
        menu = window.menu_view
        standalone_menu = QMenu()
        qtbot.addWidget(standalone_menu)
        for widget in (window, box, dialog, menu, standalone_menu, window.alert_bar, window.position_panel):
            assert _colour(widget) == colours.window, (name, widget)
            assert _colour(widget, TEXT) == colours.window_text, (name, widget)


def test_existing_dialog_follows_a_later_switch(qtbot, palette):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    palette.apply("night")
    assert _colour(dialog) == PALETTES["night"].window
    palette.apply("day")
    assert _colour(dialog) == PALETTES["day"].window


def test_message_box_opened_at_night_renders_dark(qtbot, palette):
    palette.apply("night")
    box = QMessageBox(QMessageBox.Icon.Information, "Night", "No white flash")
    qtbot.addWidget(box)
    box.show()
    image = box.grab().toImage()
    corner = QColor(image.pixel(2, 2))
    assert corner.lightness() < 40, corner.name()


def test_toolbar_buttons_and_shortcut_switch_and_cycle(qtbot, palette):
    window = MainWindow(palette)
    qtbot.addWidget(window)
    received = []
    palette.changed.connect(received.append)
    window.palette_actions["dusk"].trigger()
    assert palette.name == "dusk" and received[-1].name == "dusk"
    assert QApplication.instance().palette().color(WINDOW).name() == PALETTES["dusk"].window
    window.cycle_palette_action.trigger()
    assert palette.name == "night" and window.palette_actions["night"].isChecked()
    window.cycle_palette_action.trigger()
    assert palette.name == "day"


def test_palette_is_remembered_across_restarts(qapp, tmp_path):
    path = str(tmp_path / "persist.ini")
    first = PaletteController(qapp, QSettings(path, QSettings.Format.IniFormat))
    first.restore()
    first.apply("dusk")
    second = PaletteController(qapp, QSettings(path, QSettings.Format.IniFormat))
    second.restore()
    assert second.name == "dusk"
    second.restore(override="night")  # --palette wins over the remembered one
    assert second.name == "night"
    second.apply("day")


def test_alarm_and_warning_distinguishable_and_no_white_at_night():
    for colours in PALETTES.values():
        alarm, warning = QColor(colours.alarm), QColor(colours.warning)
        assert abs(alarm.hue() - warning.hue()) >= 20, colours.name
    night = build_qpalette(PALETTES["night"])
    for role in QPalette.ColorRole:
        if role in (QPalette.ColorRole.NColorRoles,):
            continue
        assert night.color(role).lightness() < 140, role


def test_unknown_palette_is_refused(palette):
    import pytest

    with pytest.raises(ValueError, match="unknown palette"):
        palette.apply("sunset")
    assert palette.name == "day"


def test_file_dialogs_are_qt_drawn_so_they_follow_the_night_palette(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from whalelog_gui.ui.app import make_application

    assert make_application() is qapp
    assert QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
