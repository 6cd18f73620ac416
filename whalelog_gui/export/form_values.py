"""How a stored value is printed on an Appendix A form: ship's time with UTC beside it, positions in degrees and
minutes, durations, empty for a missing value. Qt-free; shared by every form in pdf_forms and its parts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from whalelog_gui.nav.format import format_lat, format_lon
from whalelog_gui.records.ship_time import ShipClock


def value_text(value) -> str:
    return "" if value is None else str(value)


def ship_time(clock: ShipClock, moment: datetime | str | None, fmt: str = "%H:%M") -> str:
    """ "22:00 (10:00 UTC)": ship's time as the crew kept it, UTC beside it (issue 15: one ship's day everywhere);
    a ship keeping UTC prints the time once, the form's header says which."""
    if not moment:
        return ""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    local = clock.local(moment)
    if local.utcoffset() == timedelta(0):
        return f"{local:{fmt}}" + (" UTC" if "%Y" in fmt else "")
    return f"{local:{fmt}} ({moment.astimezone(timezone.utc):%H:%M} UTC)"


def position_text(lat, lon, sep: str = " ") -> str:
    return "" if lat is None or lon is None else f"{format_lat(lat)}{sep}{format_lon(lon)}"


def duration_text(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min"


def utc_minute(text: str | None) -> str:
    """ "2026-05-02T21:00:13.123456+00:00" -> "2026-05-02 21:00 UTC": no microseconds on a signature."""
    if not text:
        return ""
    moment = datetime.fromisoformat(text).astimezone(timezone.utc)
    return f"{moment:%Y-%m-%d %H:%M} UTC"
