"""PySide6's per-import source check, answered from the file's bytes instead of `inspect.getsource` (issue 14).

PySide6 6.x (PYSIDE-2029) runs a hook after every import: `shibokensupport.feature.feature_imported` asks
`_mod_uses_pyside(module)`, which reads the module's whole source through `inspect.getsource` (linecache and
tokenize) only to look for the text "PySide6". WhaleLog imports some 200 of its own modules and 400 others while
it starts, so that check alone was ~70 ms of the start-up, on the GUI thread and the preload thread alike.

The answer is the same from the file's bytes: a module's source is its whole .py file, and "PySide6" is ASCII, so
it is in the decoded text exactly when it is in the bytes of any ASCII-compatible encoding (Python source is UTF-8
unless a coding cookie says otherwise; every module we and our dependencies ship is). Anything that is not a plain
.py file on disk (built-ins, extension modules, zip imports, a file that cannot be read) goes to PySide's own check.

This reaches into a private module of PySide6. If a release renames it, nothing is replaced, the log says so, and
start-up is only as slow as PySide makes it; tests/ui/test_pyside_import_check.py compares both answers module by
module so a change of meaning fails there, not on a bridge.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import ModuleType

log = logging.getLogger("whalelog.app")

_MARK = "_whalelog_reads_bytes"


def uses_pyside(module: ModuleType, pyside_check: Callable[[ModuleType], bool]) -> bool:
    """Whether `module`'s source mentions PySide6, from its .py file's bytes; PySide's check for anything else."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return pyside_check(module)
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return pyside_check(module)


def install() -> bool:
    """Replace PySide's check once (idempotent); False, and a log line, if this PySide has no such check."""
    import PySide6.QtCore  # noqa: F401 - sets up shibokensupport.feature, the module patched below

    feature = sys.modules.get("shibokensupport.feature")
    pyside_check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(pyside_check):
        log.info("PySide6's import check not found (a newer PySide6?): left as it is")
        return False
    if getattr(pyside_check, _MARK, False):
        return True

    def by_bytes(module: ModuleType) -> bool:
        return uses_pyside(module, pyside_check)

    setattr(by_bytes, _MARK, True)
    by_bytes.pyside_check = pyside_check  # type: ignore[attr-defined]  # the original, for the test
    feature._mod_uses_pyside = by_bytes  # type: ignore[union-attr]
    return True
