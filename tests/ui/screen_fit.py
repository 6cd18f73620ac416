"""What "fits on the screen" means for a shown window, as a list of problems a test can print (issue 15).

A text fits when QFontMetrics says it does at the widget's current size (labels, buttons, check boxes, line
edits); an action is reachable when its button lies inside the window and inside every ancestor that clips
it, except that a scroll area's contents may extend past its viewport (scrolling reaches them), as long as
the scroll area itself is reachable.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

SLACK = 2  # px: anti-aliasing and rounding of metrics


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _shown_text(text: str) -> str:
    """The text as drawn: a mnemonic '&' is not drawn, '&&' is one '&'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of the widget that is drawn, in window coordinates: clipped by every ancestor up to a scroll
    viewport (whose contents are reachable by scrolling)."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if grand is not None and isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return rect  # inside a scroll area: reaching it is the scroll bar's job
        rect = rect.intersected(QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size()))
        parent = grand
    return rect.intersected(window.rect())


# Japanese (kana, CJK ideographs, full-width forms) breaks between any two characters (Unicode line breaking,
# UAX #14), not only at spaces: each such character is a run of its own.
_CJK = "\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_RUN = re.compile(f"[{_CJK}]|[^\\s{_CJK}]+")


def unbreakable_runs(text: str) -> list[str]:
    """The pieces word wrap cannot break: words between spaces, and each CJK character on its own."""
    return _RUN.findall(text) or [""]


def _text_problem(widget: QWidget) -> str | None:
    metrics = QFontMetrics(widget.font())
    if widget.property("fits_by_shrinking"):  # whalelog_gui.ui.fit_label.FitLabel
        if widget.fits() or widget.property("may_elide"):
            return None
        return f"does not fit even at {widget.smallest_pt} pt in {widget.width()}x{widget.height()}"
    if isinstance(widget, QLabel):
        text = _shown_text(widget.text()) if widget.buddy() is not None else widget.text()
        if not text or widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
        if widget.textFormat() != 0 and ("<" in text and ">" in text):  # rich text: let Qt lay it out
            document_width = widget.sizeHint().width()
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                return None if need <= widget.height() + SLACK else f"needs {need} px high, has {widget.height()}"
            return (
                None
                if document_width <= widget.width() + SLACK
                else f"needs {document_width} px wide, has {widget.width()}"
            )
        room = widget.contentsRect().adjusted(widget.margin(), widget.margin(), -widget.margin(), -widget.margin())
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + SLACK:
                return f"wrapped text needs {need} px high, has {widget.height()}"
            longest = max(metrics.horizontalAdvance(word) for word in unbreakable_runs(text))
            return None if longest <= room.width() + SLACK else f"word of {longest} px in {room.width()}"
        lines = text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.lineSpacing() * len(lines)
        if width > room.width() + SLACK:
            return f"text needs {width} px wide, has {room.width()}"
        if height > room.height() + SLACK + 2:
            return f"text needs {height} px high, has {room.height()}"
        return None
    if isinstance(widget, (QCheckBox, QRadioButton)):
        if not widget.text():
            return None
        need = widget.sizeHint().width()
        return None if need <= widget.width() + SLACK else f"needs {need} px wide, has {widget.width()}"
    if isinstance(widget, QAbstractButton):
        text = _shown_text(widget.text())
        if (
            not text
            or isinstance(widget, QToolButton)
            and widget.parentWidget() is not None
            and isinstance(widget.parentWidget(), QTabBar)
        ):
            return None
        need = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + (
            widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        )
        room = widget.width() - 8  # Fusion's bevel and the smallest padding
        if need > room + SLACK:
            return f"text needs {need} px wide, has {room}"
        high = metrics.lineSpacing() * (text.count("\n") + 1)
        return None if high <= widget.height() - 4 + SLACK else f"text needs {high} px high, has {widget.height()}"
    if isinstance(widget, QLineEdit):
        text = widget.text() or widget.placeholderText()
        if not text:
            return None
        room = widget.width() - 10  # frame and text margins
        need = metrics.horizontalAdvance(text)
        return None if need <= room + SLACK else f"text needs {need} px wide, has {room}"
    if isinstance(widget, QComboBox):
        text = widget.currentText()
        if not text:
            return None
        room = widget.width() - 30  # the arrow
        need = metrics.horizontalAdvance(text)
        return None if need <= room + SLACK else f"text needs {need} px wide, has {room}"
    return None


def _describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    name = widget.objectName() or type(widget).__name__
    return f"{name} {shown[:50]!r}"


def _cut_sideways(widget: QWidget) -> str | None:
    """Inside a scroll area that never scrolls sideways (the position panel), what lies past its right edge can
    never be seen: a longer caption in another language widens the panel beyond it (issue 16). Text meant to wrap
    (a word-wrapped label, e.g. the catch dialog's sign-off checklist) is cut too when it runs past the edge of
    a scroll area it fills: its lines end off screen, and nobody scrolls sideways to read a checklist."""
    wraps = isinstance(widget, QLabel) and widget.wordWrap() and isinstance(widget.parentWidget(), QWidget)
    wraps = wraps and isinstance(widget.parentWidget().parentWidget(), QAbstractScrollArea)  # the area's widget
    parent = widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            if grand.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff and not wraps:
                return None
            right = widget.mapTo(parent, widget.rect().topRight()).x()
            return (
                None
                if right <= parent.width() + SLACK
                else f"cut off: reaches x={right} in a scroll area {parent.width()} px wide that does not scroll sideways"
            )
        parent = grand
    return None


def fit_problems(window: QWidget) -> list[str]:
    """Every text that does not fit and every button the user cannot reach in the shown window."""
    problems = []
    kinds = (QLabel, QAbstractButton, QLineEdit, QComboBox)
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or not _shown(widget, window):
            continue
        if isinstance(widget.parentWidget(), QTabBar):  # the tab bar's own scroll arrows
            continue
        problem = _text_problem(widget) or _cut_sideways(widget)
        if problem:
            problems.append(f"{_describe(widget)}: {problem}")
        if isinstance(widget, QAbstractButton):
            visible = _visible_rect(widget, window)
            if visible.width() < widget.width() or visible.height() < widget.height():
                problems.append(
                    f"{_describe(widget)}: button not fully visible "
                    f"({visible.width()}x{visible.height()} of {widget.width()}x{widget.height()})"
                )
    return problems


def each_page(window):
    """Each page and inner tab of the main window in turn (a dialog is one page)."""
    if not isinstance(window, QMainWindow):
        yield window.windowTitle()
        return
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        page = window.pages.widget(index)
        inner = [(tabs, i) for tabs in page.findChildren(QTabWidget) for i in range(tabs.count())]
        for tabs, i in [(None, None)] + inner:
            if tabs is not None:
                tabs.setCurrentIndex(i)
            yield window.pages.tabText(index) + ("" if tabs is None else f" > {tabs.tabText(i)}")
