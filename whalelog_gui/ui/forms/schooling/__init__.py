"""The schooling report editor, Schedule Appendix A Table 2."""

from whalelog_gui.ui.forms.schooling.schooling_page import SchoolingPage

__all__ = ["SchoolingPage"]
