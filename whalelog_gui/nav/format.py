"""How positions, speeds and courses are written for people: degrees and decimal minutes with hemisphere.

Pure functions shared by the GUI panels, reports and the CLI so a position reads the same everywhere.
"""

from __future__ import annotations

from datetime import datetime, time

DASH = "—"


def _dm(value: float, width: int, positive: str, negative: str, places: int) -> str:
    hemisphere = positive if value >= 0 else negative
    scale = 10**places
    # Round once in integer minute-units so 59.9996′ carries into the next degree instead of printing 60.000′.
    total = round(abs(value) * 60 * scale)
    degrees, minute_units = divmod(total, 60 * scale)
    minutes = minute_units / scale
    return f"{degrees:0{width}d}°{minutes:0{places + 3}.{places}f}′{hemisphere}"


def format_lat(lat: float | None, places: int = 3) -> str:
    """45°12.345′S; a dash when there is no position."""
    if lat is None:
        return DASH
    if not -90.0 <= lat <= 90.0:
        raise ValueError(f"latitude out of range: {lat}")
    return _dm(lat, 2, "N", "S", places)


def format_lon(lon: float | None, places: int = 3) -> str:
    """160°00.000′E; -180 and 180 both print as 180°00.000′ with their own hemisphere letter."""
    if lon is None:
        return DASH
    if not -180.0 <= lon <= 180.0:
        raise ValueError(f"longitude out of range: {lon}")
    return _dm(lon, 3, "E", "W", places)


def format_position(lat: float | None, lon: float | None, places: int = 3) -> str:
    if lat is None or lon is None:
        return DASH
    return f"{format_lat(lat, places)} {format_lon(lon, places)}"


def format_sog(sog_kn: float | None) -> str:
    return DASH if sog_kn is None else f"{sog_kn:.1f} kn"


def format_cog(cog_deg: float | None) -> str:
    """Course over ground, three digits true: 005°T; 360 prints as 000."""
    if cog_deg is None:
        return DASH
    return f"{round(cog_deg) % 360:03d}°T"


def format_utc(when: datetime | None, time_of_day: time | None = None) -> str:
    """2024-05-01 12:00:01 UTC; time of day alone when the date is not yet known from the receiver."""
    if when is not None:
        return when.strftime("%Y-%m-%d %H:%M:%S UTC")
    if time_of_day is not None:
        return time_of_day.strftime("%H:%M:%S UTC (no date)")
    return DASH


def format_distance_nm(distance_nm: float | None) -> str:
    if distance_nm is None:
        return DASH
    return f"{distance_nm:.1f} NM" if distance_nm < 100 else f"{distance_nm:.0f} NM"


def format_eta_min(eta_min: float | None) -> str:
    if eta_min is None:
        return DASH
    if eta_min < 1:
        return "< 1 min"
    hours, minutes = divmod(round(eta_min), 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"
