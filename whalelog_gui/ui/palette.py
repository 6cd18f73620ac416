"""Day / dusk / night for the whole application: one QPalette and the bridge style (ui/bridge_style.py).

Setting both on the application (not on single windows) means every window, dialog, QMessageBox, menu
and tooltip created later already has the palette at construction, so night never flashes white. No style
sheet: it would style every widget through Qt's style-sheet engine (issue 14); the roles a palette alone does not
reach (alarm labels, the alert bar) are drawn by the bridge style from the same colour table.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.ui.bridge_style import BridgeStyle, role_look
from whalelog_gui.ui.gui_thread_gc import collection_paused
from whalelog_gui.ui.palette_colours import PALETTES, BridgeColours

# the palettes' names, as the View menu and Settings say them
PALETTE_LABELS = {
    "day": QT_TRANSLATE_NOOP("SettingsPages", "Day"),
    "dusk": QT_TRANSLATE_NOOP("SettingsPages", "Dusk"),
    "night": QT_TRANSLATE_NOOP("SettingsPages", "Night"),
}

SETTINGS_KEY = "ui/palette"
_BRIDGE_STYLE: BridgeStyle | None = None  # one per process, kept alive here; the application only borrows it
ORDER = ("day", "dusk", "night")


def build_qpalette(c: BridgeColours) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.window_text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.button,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.button,
        QPalette.ColorRole.ButtonText: c.button_text,
        QPalette.ColorRole.BrightText: c.alarm,
        QPalette.ColorRole.Highlight: c.highlight,
        QPalette.ColorRole.HighlightedText: c.highlighted_text,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.disabled_text,
        QPalette.ColorRole.Link: c.highlighted_text,
        # Fusion draws bevels from these; at night a light bevel would be a white line.
        QPalette.ColorRole.Light: c.button,
        QPalette.ColorRole.Midlight: c.button,
        QPalette.ColorRole.Mid: c.disabled_text,
        QPalette.ColorRole.Dark: c.window,
        QPalette.ColorRole.Shadow: c.window,
    }
    for role, hex_colour in roles.items():
        p.setColor(role, QColor(hex_colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled_text))
    return p


class PaletteController(QObject):
    """Owns the current bridge palette; `changed(BridgeColours)` tells custom-drawn views (the chart) to repaint."""

    changed = Signal(object)  # BridgeColours

    def __init__(self, app: QApplication, settings: QSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._settings = settings
        self._colours: BridgeColours = PALETTES["day"]
        # Set the style once per application: replacing it deletes the old one under live widgets.
        global _BRIDGE_STYLE
        if _BRIDGE_STYLE is None:
            _BRIDGE_STYLE = BridgeStyle()
            app.setStyle(_BRIDGE_STYLE)

    @property
    def colours(self) -> BridgeColours:
        return self._colours

    @property
    def name(self) -> str:
        return self._colours.name

    def restore(self, override: str | None = None) -> None:
        """Apply `override` (from --palette) or the palette remembered in QSettings, else day."""
        saved = self._settings.value(SETTINGS_KEY, "day") if self._settings is not None else "day"
        name = override or (saved if saved in PALETTES else "day")
        self.apply(name)

    def apply(self, name: str) -> None:
        if name not in PALETTES:
            raise ValueError(f"unknown palette {name!r}; choose one of {', '.join(ORDER)}")
        self._colours = PALETTES[name]
        if _BRIDGE_STYLE is not None:
            _BRIDGE_STYLE.tint = QColor(self._colours.window_text) if name == "night" else None
            _BRIDGE_STYLE.colours = self._colours
        qpalette = build_qpalette(self._colours)
        self._app.setPalette(qpalette)
        QToolTip.setPalette(qpalette)
        # every window now, not later: views that paint colours of their own (the logbook's NO FIX, refused
        # schooling cells) redraw on the PaletteChange this sends down each window; a widget already holding the new
        # palette gets none, so a second notice from Qt costs nothing
        with collection_paused():  # Qt's list of windows, walked while Python could otherwise collect some
            for window in self._app.topLevelWidgets():
                QCoreApplication.sendEvent(window, QEvent(QEvent.Type.ApplicationPaletteChange))
        self._repolish_roles()
        if self._settings is not None:
            self._settings.setValue(SETTINGS_KEY, name)
        self.changed.emit(self._colours)

    def _repolish_roles(self) -> None:
        """Widgets with a role wear its colours in their own palette, which the application's does not replace."""
        with collection_paused():  # Qt's list of every widget, walked while Python could otherwise collect some
            for widget in self._app.allWidgets():
                if role_look(widget) is not None:
                    widget.style().unpolish(widget)
                    widget.style().polish(widget)
                    widget.update()

    def cycle(self) -> None:
        self.apply(ORDER[(ORDER.index(self.name) + 1) % len(ORDER)])
