"""The core (everything but ui/ and export/pdf.py) must import no Qt, so it runs headless and stays testable."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "whalelog_gui"
QT_ROOTS = {"PySide6", "PyQt5", "PyQt6", "shiboken6"}


def _is_qt_allowed(path: Path) -> bool:
    rel = path.relative_to(PACKAGE).as_posix()
    return rel.startswith("ui/") or rel == "export/pdf.py"


def test_no_core_module_imports_qt_in_its_source():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if _is_qt_allowed(path):
            continue
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.relative_to(PACKAGE)}: {n}" for n in names if n.split(".")[0] in QT_ROOTS]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    core_modules = sorted(
        ".".join(("whalelog_gui", *p.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")
        for p in PACKAGE.rglob("*.py")
        if not _is_qt_allowed(p) and p.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {core_modules!r}: importlib.import_module(m)\n"
        f"print(sorted(k for k in sys.modules if k.split('.')[0] in {sorted(QT_ROOTS)!r}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout
