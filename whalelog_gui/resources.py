"""One place that finds bundled resources, from a source checkout, an installed wheel or a PyInstaller build.

The source is the top-level resources/ (with the scripts that derive its data); building maps it into the
package as whalelog_gui.resources_data (setup.py, packaging/whalelog.spec), where importlib.resources finds it.
A source checkout (and an editable install of one) reads resources/ beside the package directly, so a
worktree always sees its own data.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

PACKAGED = "resources_data"  # the name resources/ has inside the installed package


class ResourcesMissing(FileNotFoundError):
    """Neither a checkout's resources/ nor the packaged copy exists: the installation is broken."""


def resources_dir() -> Path:
    """The resources tree: a checkout's top-level resources/, else the copy inside the installed package."""
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "zones").is_dir() and (checkout.parent / "pyproject.toml").is_file():
        return checkout
    packaged = importlib.resources.files("whalelog_gui") / PACKAGED
    if packaged.is_dir():
        return Path(str(packaged))  # wheels and PyInstaller unpack to the file system; a zip import is unsupported
    raise ResourcesMissing(f"WhaleLog resources not found in {checkout} or {packaged}: reinstall WhaleLog")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
