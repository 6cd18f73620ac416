"""Data-entry forms of the main window (the Appendix A logbook area lives in forms.logbook)."""
