"""Regulated areas (Schedule paras 7 and 8) as data, geodesy, and the ZoneMonitor. No Qt here."""
