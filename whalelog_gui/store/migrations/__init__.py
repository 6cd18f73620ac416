"""Schema migrations: one module per version, named mNNNN_<name>.py, each with VERSION = N and apply(db).

Discovery is by pkgutil so adding a migration is adding a file. Frozen builds must collect every module here
(PyInstaller: hiddenimports=collect_submodules("whalelog_gui.store.migrations")); discover() fails loudly if
the versions found are not exactly 1..N, so a missing module is caught rather than silently skipped.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from types import ModuleType

_NAME = re.compile(r"^m(\d{4})_\w+$")


class MigrationSetError(RuntimeError):
    """The migration modules on disk do not form the contiguous sequence 1..N."""


def discover() -> list[ModuleType]:
    """All migration modules, sorted by VERSION, checked to be 1..N with the file number matching VERSION."""
    found: dict[int, ModuleType] = {}
    for info in pkgutil.iter_modules(__path__):
        match = _NAME.match(info.name)
        if not match:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        version = getattr(module, "VERSION", None)
        if version != int(match.group(1)) or not callable(getattr(module, "apply", None)):
            raise MigrationSetError(f"{info.name}: VERSION must equal its file number and apply(db) must exist")
        if version in found:
            raise MigrationSetError(f"two migrations claim version {version}")
        found[version] = module
    versions = sorted(found)
    if versions != list(range(1, len(versions) + 1)):
        raise MigrationSetError(f"migration versions are not contiguous from 1: {versions}")
    return [found[v] for v in versions]
