"""The bridge screens' one typeface: DejaVu Sans, and its monospaced cut where figures must line up (positions,
fingerprints); shipped with every Linux desktop and covering the crew's scripts."""

from __future__ import annotations

from PySide6.QtGui import QFont


def bridge_font(point_size: float, *, bold: bool = False, mono: bool = False) -> QFont:
    font = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
    if mono:
        font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
