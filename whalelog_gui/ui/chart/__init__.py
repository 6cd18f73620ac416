"""The offline chart: projection (pure), layers (pure), and the Qt ChartView with its toolbar."""

import ctypes
import sys

# PySide6 6.12 on CPython 3.11 drops a reference to None on every void-returning Qt call (QPainterPath.lineTo,
# QPainter.drawPath, ...); the chart makes tens of thousands per redraw and would abort with
# "none_dealloc". Pin None like whalelog_gui.ui.pyside_refcount pins the bools (belongs there; asked for).
if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
    _none_refs = ctypes.c_ssize_t.from_address(id(None))
    if _none_refs.value < 1 << 40:
        _none_refs.value += 1 << 40
