"""Catch records (Schedule paras 20(b), 23, 24(b), 25, 27(c), 29) and struck-and-lost whales: the Catches page."""

from whalelog_gui.ui.forms.catches.catch_dialog import CatchDialog
from whalelog_gui.ui.forms.catches.catches_page import CatchesPage
from whalelog_gui.ui.forms.catches.struck_lost_dialog import StruckLostDialog

__all__ = ["CatchDialog", "CatchesPage", "StruckLostDialog"]
