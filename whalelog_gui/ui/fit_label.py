"""A label of fixed height that shrinks its font to fit its width, so a small bridge screen shows all of a
position or an alert (issue 15: on a 1024x600 panel the position read as fragments, and the alert bar grew
with its text so every tab jumped).

Between `largest_pt` and `smallest_pt` the largest size whose text fits in `lines` lines is drawn; only
text that does not fit even at the smallest size is elided ("…", the whole text is the tooltip), and only
where the caller allows it (`may_elide`: the alert bar, whose full text is also in the alert history).
text() is always the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy

from whalelog_gui.ui.bridge_font import bridge_font


class FitLabel(QLabel):
    def __init__(
        self,
        text: str = "",
        *,
        largest_pt: int,
        smallest_pt: int,
        bold: bool = False,
        mono: bool = False,
        lines: int = 1,
        may_elide: bool = False,
        parent=None,
    ):
        super().__init__(text, parent)
        self.setFont(bridge_font(largest_pt, bold=bold, mono=mono))
        self.largest_pt, self.smallest_pt, self.lines = largest_pt, smallest_pt, lines
        self.setProperty("fits_by_shrinking", True)  # tests/ui/screen_fit.py checks fits(), not text()
        self.setProperty("may_elide", may_elide)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(QFontMetrics(self.font()).lineSpacing() * lines + 2)

    def _font_at(self, point_size: int) -> QFont:
        font = QFont(self.font())
        font.setPointSize(point_size)
        return font

    def _fits_at(self, font: QFont) -> bool:
        metrics, room = QFontMetrics(font), self.contentsRect()
        if self.lines == 1:
            return metrics.horizontalAdvance(self.text()) <= room.width()
        need = metrics.boundingRect(0, 0, room.width(), 10_000, int(Qt.TextFlag.TextWordWrap), self.text())
        return need.width() <= room.width() and need.height() <= room.height()

    def fitted_font(self) -> QFont:
        for size in range(self.largest_pt, self.smallest_pt - 1, -1):
            font = self._font_at(size)
            if self._fits_at(font):
                return font
        return self._font_at(self.smallest_pt)

    def fits(self) -> bool:
        """The whole text is drawn (at some size between largest and smallest)."""
        return not self.text() or self._fits_at(self.fitted_font())

    def drawn_text(self) -> str:
        if self.lines > 1 or self.fits():
            return self.text()
        metrics = QFontMetrics(self.fitted_font())
        return metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance(self.text()) // self.lines + 4, self.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(QFontMetrics(self._font_at(self.smallest_pt)).horizontalAdvance("0" * 4), self.height())

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setFont(self.fitted_font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = (self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask) | Qt.AlignmentFlag.AlignVCenter
        if self.lines > 1:
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(self.contentsRect(), int(flags), self.drawn_text())
