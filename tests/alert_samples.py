"""The alert the history and bridge tests record: inside the Southern Ocean Sanctuary (Schedule para 7(b))."""

from dataclasses import replace
from datetime import datetime

from whalelog_gui.alerts.model import Alert, AlertCategory, AlertState


def sanctuary_alarm(at: datetime, lat: float, lon: float, **changes) -> Alert:
    """Raised at `at`, unacknowledged, at (lat, lon); `changes` as dataclasses.replace takes them."""
    alert = Alert(
        "a1",
        "inside:sos",
        AlertCategory.ALARM,
        AlertState.ACTIVE_UNACKNOWLEDGED,
        "Inside Southern Ocean Sanctuary",
        "7(b)",
        "sos",
        at,
        at,
        lat=lat,
        lon=lon,
    )
    return replace(alert, **changes)
