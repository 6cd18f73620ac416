"""Guard against the PySide6 6.12.0 reference-count bug that made the bridge app abort.

6.12.0 dropped one reference to True/False on every SignalInstance.emit() and to None on every
void-returning Qt call; on CPython 3.11 the process died ("bool_dealloc"/"none_dealloc") within
a minute of fixes at 10 Hz. pyproject pins PySide6 below 6.12; this test fails if a binding with
the bug is ever installed again. It runs in a subprocess because the failure mode is an abort.
"""

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPainterPath

class Emitter(QObject):
    fired = Signal(int)

emitter = Emitter()
bools, nones = sys.getrefcount(True), sys.getrefcount(None)
for i in range(5000):
    emitter.fired.emit(i)
path = QPainterPath()
for i in range(5000):
    path.lineTo(i, i)
print(sys.getrefcount(True) - bools, sys.getrefcount(None) - nones)
"""


def test_signal_emits_and_void_calls_keep_singleton_refcounts():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-500:]
    bool_delta, none_delta = (int(v) for v in result.stdout.split())
    # A few references may be held by caches; the bug lost one per call (thousands here).
    assert abs(bool_delta) < 50 and abs(none_delta) < 50, result.stdout
