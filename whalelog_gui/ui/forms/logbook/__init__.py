"""The logbook area of the main window: title page, today's sheet with one-tap events, previous days.

LogbookPage(db, current_fix, who) is the one entry point; every save goes through whalelog_gui.store.
"""

from whalelog_gui.ui.forms.logbook.page import LogbookPage

__all__ = ["LogbookPage"]
