"""Catch records (Schedule paras 20(b), 23, 24(b), 25, 27(c), 29) and struck-and-lost whales: the Catches page."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from whalelog_gui.ui.forms.catches.catch_dialog import CatchDialog
    from whalelog_gui.ui.forms.catches.catches_page import CatchesPage
    from whalelog_gui.ui.forms.catches.struck_lost_dialog import StruckLostDialog

__all__ = ["CatchDialog", "CatchesPage", "StruckLostDialog"]

# each imported when first asked for: the page at start-up, the dialogs at the first catch (issue 14)
_MODULES = {
    "CatchDialog": "catch_dialog",
    "CatchesPage": "catches_page",
    "StruckLostDialog": "struck_lost_dialog",
}


def __getattr__(name: str):
    if name in _MODULES:
        return getattr(importlib.import_module(f"{__name__}.{_MODULES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
