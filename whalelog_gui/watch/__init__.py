"""The bridge watch in the core: fix -> ZoneMonitor -> AlertManager -> recorders, with no Qt.

The GUI wraps `Watch` in a thin QObject (ui/watch.py); `whalelog watch` runs the same object headless.
"""
