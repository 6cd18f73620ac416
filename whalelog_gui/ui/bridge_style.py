"""The bridge's widget style: Fusion drawn in the bridge palette, with bridge-sized controls and coloured roles.

Why not an application style sheet: with one set, every widget of every page is styled through Qt's style-sheet
engine, which tripled the cost of building a page (issue 14: the whole start-up 0.13 s slower). The few things a
QPalette does not reach are done here instead, in one place:
- sizes an officer can hit with a glove on a rolling bridge: push and tool buttons at least 36 px high, tabs 32;
- the check box drawn as a plain box with a filled centre, visible in every palette (Fusion's is faint at night);
- tool bars flat in the window colour (Fusion's gradient draws a light line at night);
- roles: a QLabel with the dynamic property ``role`` (ok, alarm, warning, muted) and the alert bar (a QFrame named
  ``alert_bar``: alarm, warning, caution, ok, dim) take their colours from the bridge colour table. A widget whose
  role changes is re-polished (``style().unpolish(w); style().polish(w)``), and PaletteController re-polishes every
  widget with a role when day turns to night.
Standard icons are tinted at night (night_icons.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QFrame,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QToolBar,
    QToolButton,
    QWidget,
)

from whalelog_gui.ui.night_icons import silhouette
from whalelog_gui.ui.palette_colours import PALETTES, BridgeColours

# Sizes as the application style sheet drew them before (so every page keeps the layout it was fitted to at
# 1024x600): a minimum for the content, padding around it, and the frame Fusion draws outside that.
BUTTON_MIN_HEIGHT = 36  # a push or tool button's content: hit with a gloved finger
BUTTON_PADDING = (12, 4)  # x, y: each side of a button's content
PUSH_BUTTON_FRAME = 1
TOOL_BUTTON_MIN_WIDTH = 44
# a tool bar's buttons are narrower than push buttons: the chart's four keep one row on 1024x600 at 150 %
TOOL_BUTTON_PADDING_X = 5
TOOL_BUTTON_FRAME = 5  # Fusion's tool button frame and its arrow room, both sides together
TAB_MIN_HEIGHT = 32
TAB_EXTRA = (8, 8)  # x, y beyond Fusion's own tab (16 px of padding a side, of which Fusion already keeps 12)
TOOL_BAR_SPACING = 6
TOOL_BAR_POINT_SIZE = 13  # the palette and chart buttons: read at arm's length
WORN = "_bridge_role_worn"  # set on a widget wearing a role's palette, frame and margins (unpolish undoes them)


@dataclass(frozen=True)
class RoleLook:
    """How a role is drawn: names of BridgeColours fields (None: the palette's own)."""

    text: str | None = None
    fill: str | None = None
    edge: str | None = None
    edge_px: int = 0
    bottom_edge_only: bool = False
    padding: tuple[int, int] = (0, 0)  # x, y: room between a filled label's edge and its text


LABEL_ROLES = {
    "ok": RoleLook(text="ok"),
    "alarm": RoleLook(text="window", fill="alarm", padding=(8, 2)),
    "warning": RoleLook(text="banner_warning_text", fill="banner_warning", edge="warning", edge_px=1, padding=(8, 2)),
    "muted": RoleLook(text="disabled_text"),
}
# the alert bar's labels take its text colour (a child inherits its parent's palette)
ALERT_BAR_ROLES = {
    "alarm": RoleLook(text="alarm_text", fill="alarm"),
    "warning": RoleLook(text="banner_warning_text", fill="banner_warning", edge="warning", edge_px=2),
    "caution": RoleLook(text="banner_caution_text", fill="banner_caution", edge="caution", edge_px=2),
    "ok": RoleLook(fill="window", edge="ok", edge_px=3, bottom_edge_only=True),
    "dim": RoleLook(fill="base", edge="disabled_text", edge_px=2),
}


def sized_by_base_style(*widgets: QWidget) -> None:
    """Widgets whose look the bridge style does not change (record lists, scroll bars) sized and drawn by its Fusion
    itself, not through the Python override. A ResizeToContents column asks the style for every cell's size, and a
    season's catches (~2,000 cells) and previous days (~800) were that many calls into Python on the start-up's
    turns (~25 ms, issue 14); every layout pass asks each scroll bar (a page's scroll area, a list's header) for its
    size again (~1,700 calls a start). What Fusion asks the style for while it draws (the panel, an arrow, an icon)
    still goes through the bridge style (it is Fusion's proxy), so they look the same in every palette;
    tests/ui/test_bridge_style.py compares them."""
    for widget in widgets:
        style = widget.style()
        if isinstance(style, BridgeStyle):
            widget.setStyle(style.baseStyle())


def scroll_bars_by_base_style(area: QAbstractScrollArea) -> None:
    """An area's scroll bars sized by the bridge style's Fusion itself (sized_by_base_style)."""
    sized_by_base_style(area.horizontalScrollBar(), area.verticalScrollBar())


def role_look(widget: QWidget) -> RoleLook | None:
    """The look of `widget`'s role, None for a widget without one (or a role the widget's kind does not have)."""
    role = widget.property("role")
    if not role:
        return None
    if isinstance(widget, QFrame) and widget.objectName() == "alert_bar":
        return ALERT_BAR_ROLES.get(role)
    if isinstance(widget, QLabel):
        return LABEL_ROLES.get(role)
    return None


class BridgeStyle(QProxyStyle):
    """Fusion with the bridge's sizes and roles; standard icons tinted while `tint` is set (night)."""

    def __init__(self):
        super().__init__(QStyleFactory.create("Fusion"))
        self.tint: QColor | None = None
        self.colours: BridgeColours = PALETTES["day"]

    def standardIcon(self, standard_icon, option=None, widget=None):  # noqa: N802 (Qt override)
        icon = super().standardIcon(standard_icon, option, widget)
        return icon if self.tint is None else silhouette(icon, self.tint)

    # -- roles ---------------------------------------------------------------------------------------------------

    def polish(self, target):  # QWidget, QApplication and QPalette overloads share the name
        result = super().polish(target)
        if isinstance(target, QWidget):
            if isinstance(target, QToolBar):  # here, not in pixelMetric: a Python override Qt calls ~18,000 times
                font = target.font()
                font.setPointSize(TOOL_BAR_POINT_SIZE)
                target.setFont(font)
                target.layout().setSpacing(TOOL_BAR_SPACING)
                target.layout().setContentsMargins(0, 0, 0, 0)  # the buttons fill the bar (in the menu bar's corner)
            look = role_look(target)
            if look is not None:
                self._wear(target, look)
        return result

    def unpolish(self, target):
        if isinstance(target, QWidget) and target.property(WORN):
            target.setProperty(WORN, None)
            target.setPalette(QPalette())  # back to the application's palette
            target.setAutoFillBackground(False)
            if isinstance(target, QFrame):
                target.setFrameShape(QFrame.Shape.NoFrame)
            target.setContentsMargins(0, 0, 0, 0)
        return super().unpolish(target)

    def _wear(self, widget: QWidget, look: RoleLook) -> None:
        c = self.colours
        palette = QPalette(widget.palette())
        if look.text:
            palette.setColor(QPalette.ColorRole.WindowText, QColor(getattr(c, look.text)))
        if look.fill:
            palette.setColor(QPalette.ColorRole.Window, QColor(getattr(c, look.fill)))
        widget.setPalette(palette)
        widget.setAutoFillBackground(look.fill is not None)
        if isinstance(widget, QFrame) and look.edge:
            widget.setFrameShape(QFrame.Shape.Box)
            widget.setFrameShadow(QFrame.Shadow.Plain)
            widget.setLineWidth(look.edge_px)
        # a QFrame's frame width is its contents margins: set last, they keep the text inside padding and edge
        x, y = look.padding
        w = look.edge_px
        if look.bottom_edge_only:
            widget.setContentsMargins(x, y, x, y + w)
        else:
            widget.setContentsMargins(x + w, y + w, x + w, y + w)
        widget.setProperty(WORN, True)

    def drawControl(self, element, option, painter, widget=None):  # noqa: N802 (Qt override)
        if element == QStyle.ControlElement.CE_ShapedFrame and widget is not None:
            look = role_look(widget)
            if look is not None and look.edge:
                self._draw_edge(painter, widget.rect(), QColor(getattr(self.colours, look.edge)), look)
                return
        if element == QStyle.ControlElement.CE_ToolBar:  # flat, in the window colour
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Window))
            return
        super().drawControl(element, option, painter, widget)

    @staticmethod
    def _draw_edge(painter, rect: QRect, colour: QColor, look: RoleLook) -> None:
        w = look.edge_px
        if look.bottom_edge_only:
            painter.fillRect(QRect(rect.left(), rect.bottom() - w + 1, rect.width(), w), colour)
            return
        painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), w), colour)
        painter.fillRect(QRect(rect.left(), rect.bottom() - w + 1, rect.width(), w), colour)
        painter.fillRect(QRect(rect.left(), rect.top(), w, rect.height()), colour)
        painter.fillRect(QRect(rect.right() - w + 1, rect.top(), w, rect.height()), colour)

    # -- the check box -------------------------------------------------------------------------------------------

    def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802 (Qt override)
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox and isinstance(widget, QCheckBox):
            self._draw_check_box(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)

    def _draw_check_box(self, option, painter) -> None:
        c = self.colours
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        ink = QColor(c.window_text if enabled else c.disabled_text)
        box = option.rect  # Fusion's indicator size
        size = box.height()
        painter.save()
        painter.fillRect(box, QColor(c.base))
        painter.setPen(ink)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box.adjusted(0, 0, -1, -1))
        if option.state & QStyle.StateFlag.State_On:
            painter.fillRect(box.adjusted(3, 3, -3, -3), ink)
        elif option.state & QStyle.StateFlag.State_NoChange:  # partly checked: a bar
            painter.fillRect(box.adjusted(3, size // 2 - 2, -3, -(size // 2 - 2)), ink)
        painter.restore()

    # -- sizes ---------------------------------------------------------------------------------------------------

    def sizeFromContents(self, contents_type, option, size, widget=None):  # noqa: N802 (Qt override)
        kind = QStyle.ContentsType
        pad_x, pad_y = BUTTON_PADDING
        if contents_type == kind.CT_PushButton:  # from the content: Fusion's 80 px minimum width is not kept
            return QSize(
                size.width() + 2 * (pad_x + PUSH_BUTTON_FRAME),
                max(size.height(), BUTTON_MIN_HEIGHT) + 2 * (pad_y + PUSH_BUTTON_FRAME),
            )
        if contents_type == kind.CT_ToolButton and isinstance(widget, QToolButton):
            return QSize(
                max(size.width(), TOOL_BUTTON_MIN_WIDTH) + 2 * TOOL_BUTTON_PADDING_X + TOOL_BUTTON_FRAME,
                max(size.height(), BUTTON_MIN_HEIGHT) + 2 * pad_y + TOOL_BUTTON_FRAME,
            )
        result = super().sizeFromContents(contents_type, option, size, widget)
        if contents_type == kind.CT_TabBarTab:
            return QSize(result.width() + TAB_EXTRA[0], max(result.height(), TAB_MIN_HEIGHT) + TAB_EXTRA[1])
        return result
