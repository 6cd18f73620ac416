"""The Qt side of WhaleLog: windows, panels, palettes, sounds and the signal adapters from the core.

Qt lives only here (and in export/pdf.py). PySide6 is pinned below 6.12 in pyproject: 6.12.0 loses a
reference to True/False/None on every emit and void call and aborts the process within a minute at
10 Hz (tests/ui/test_qt_binding_refcounts.py guards it).
"""

# before any window module is imported: PySide6 reads the source of every module imported after it to look for
# "PySide6"; the check reads the file's bytes instead (ui/pyside_import_check.py, ~70 ms of start-up)
from whalelog_gui.ui import pyside_import_check as _pyside_import_check

_pyside_import_check.install()
