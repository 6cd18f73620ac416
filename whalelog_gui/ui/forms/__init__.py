"""Data-entry pages of the main window, one package each (logbook, catches, schooling, transmission)."""
