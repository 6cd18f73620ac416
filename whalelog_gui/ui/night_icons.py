"""Standard icons (file dialogs, message boxes) recoloured at night.

Qt's stock icons are drawn in white, blue and yellow whatever the palette; on a dark bridge a white folder icon
is a flash that costs the officer his night vision. At night every standard icon is redrawn as a silhouette in
the dim text colour; by day and dusk the stock icons are kept.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

ICON_SIZES = (16, 22, 24, 32, 48, 64)


def silhouette(icon: QIcon, colour: QColor) -> QIcon:
    """The icon's shape in one colour, alpha kept, at the sizes widgets ask for."""
    out = QIcon()
    for size in ICON_SIZES:
        pixmap: QPixmap = icon.pixmap(QSize(size, size))
        if pixmap.isNull():
            continue
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), colour)
        painter.end()
        out.addPixmap(pixmap)
    return out if not out.isNull() else icon
