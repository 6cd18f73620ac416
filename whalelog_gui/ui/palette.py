"""Day / dusk / night for the whole application: one QPalette + one style sheet on the QApplication.

Setting both on the application (not on single windows) means every window, dialog, QMessageBox, menu
and tooltip created later already has the palette at construction, so night never flashes white.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.ui.night_icons import BridgeStyle
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


def style_sheet(c: BridgeColours) -> str:
    """The parts QPalette alone does not reach in Fusion: tooltips, menus, separators, and the alert roles."""
    return f"""
QToolTip {{ color: {c.text}; background-color: {c.base}; border: 1px solid {c.disabled_text}; }}
QMenuBar, QMenu {{ color: {c.window_text}; background-color: {c.window}; }}
QMenu {{ border: 1px solid {c.disabled_text}; }}
QMenu::item:selected, QMenuBar::item:selected {{ color: {c.highlighted_text}; background-color: {c.highlight}; }}
QToolBar {{ background-color: {c.window}; border: none; spacing: 6px; }}
QStatusBar {{ color: {c.window_text}; background-color: {c.window}; }}
QPushButton {{ min-height: 36px; padding: 4px 12px; }}
QToolButton {{ min-height: 36px; min-width: 44px; padding: 4px 12px; }}
QToolBar QToolButton {{ font-size: 13pt; }}
QTabBar::tab {{ min-height: 32px; padding: 4px 16px; }}
QFrame#alert_bar[role="alarm"] {{ background-color: {c.alarm}; }}
QFrame#alert_bar[role="alarm"] QLabel {{ color: {c.alarm_text}; }}
QFrame#alert_bar[role="warning"] {{ background-color: {c.banner_warning}; border: 2px solid {c.warning}; }}
QFrame#alert_bar[role="warning"] QLabel {{ color: {c.banner_warning_text}; }}
QFrame#alert_bar[role="caution"] {{ background-color: {c.banner_caution}; border: 2px solid {c.caution}; }}
QFrame#alert_bar[role="caution"] QLabel {{ color: {c.banner_caution_text}; }}
QFrame#alert_bar[role="ok"] {{ background-color: {c.window}; border-bottom: 3px solid {c.ok}; }}
QFrame#alert_bar[role="dim"] {{ background-color: {c.base}; border: 2px solid {c.disabled_text}; }}
QLabel[role="ok"] {{ color: {c.ok}; }}
QLabel[role="alarm"] {{ color: {c.window}; background-color: {c.alarm}; padding: 2px 8px; }}
QLabel[role="warning"] {{ color: {c.banner_warning_text}; background-color: {c.banner_warning};
                         border: 1px solid {c.warning}; padding: 2px 8px; }}
QCheckBox::indicator {{ width: 16px; height: 16px; border: 1px solid {c.window_text}; background-color: {c.base}; }}
QCheckBox::indicator:checked {{ background-color: {c.window_text}; }}
QCheckBox::indicator:disabled {{ border: 1px solid {c.disabled_text}; }}
QLabel[role="muted"] {{ color: {c.disabled_text}; }}
"""


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
        qpalette = build_qpalette(self._colours)
        self._app.setPalette(qpalette)
        QToolTip.setPalette(qpalette)
        self._app.setStyleSheet(style_sheet(self._colours))
        if self._settings is not None:
            self._settings.setValue(SETTINGS_KEY, name)
        self.changed.emit(self._colours)

    def cycle(self) -> None:
        self.apply(ORDER[(ORDER.index(self.name) + 1) % len(ORDER)])
