"""The logbook area of the main window: title page, today's sheet with one-tap events, previous days.

LogbookPage(db, current_fix, who) is the one entry point; every save goes through whalelog_gui.store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from whalelog_gui.ui.forms.logbook.page import LogbookPage

__all__ = ["LogbookPage"]


def __getattr__(name: str):
    # imported when first asked for, not with the package: the session's start-up imports latest_fix from here,
    # and the page's modules load when the page is built, in its own event-loop turn (issue 14)
    if name == "LogbookPage":
        from whalelog_gui.ui.forms.logbook.page import LogbookPage

        return LogbookPage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
