"""The Reports page: notifications of paras 25(a), 26(a), 27 and 28(a)(2) (issue 13)."""

from whalelog_gui.ui.forms.reports.reports_page import ReportsPage

__all__ = ["ReportsPage"]
