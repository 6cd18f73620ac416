"""Positions as the bridge reads them: degrees and minutes with hemisphere (45°12.345′S). Pure Python."""

from __future__ import annotations


def _deg_min(value: float, decimals: int) -> tuple[int, float]:
    total_min = round(abs(value) * 60.0, decimals)
    deg = int(total_min // 60)
    return deg, total_min - deg * 60


def format_lat(lat: float, decimals: int = 3) -> str:
    """45°12.345′S; decimals=0 gives graticule labels such as 45°30′S, and whole degrees as 45°S."""
    return _format(lat, "N", "S", 2, decimals)


def format_lon(lon: float, decimals: int = 3) -> str:
    """170°05.000′W; the antimeridian reads 180°."""
    return _format(lon, "E", "W", 3, decimals)


def _format(value: float, positive: str, negative: str, deg_width: int, decimals: int) -> str:
    deg, minutes = _deg_min(value, decimals)
    hemi = positive if value >= 0 else negative
    if deg_width == 3 and deg == 180:
        hemi = ""  # 180°E and 180°W are the same meridian
    if abs(value) < 1e-9 and decimals == 0:
        return "0°"
    if decimals == 0:
        return f"{deg}°{hemi}" if minutes < 0.5 else f"{deg}°{int(round(minutes)):02d}′{hemi}"
    return f"{deg}°{minutes:0{3 + decimals}.{decimals}f}′{hemi}"


def format_position(lat: float, lon: float) -> str:
    return f"{format_lat(lat)} {format_lon(lon)}"
