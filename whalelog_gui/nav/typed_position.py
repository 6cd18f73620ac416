"""Positions as people type them: degrees and decimal minutes with hemisphere (45°12.345′S, 45 12.345 S) or
signed decimal degrees (-45.2057). The one parser for every form; the grammar is checked, never coerced."""

from __future__ import annotations

import re

_DM = re.compile(
    r"^\s*(?P<pre>[NSEW])?\s*(?P<deg>\d{1,3}(?:\.\d+)?)\s*(?:[°º:\s]\s*(?P<min>\d{1,2}(?:\.\d+)?)\s*['′]?)?"
    r"\s*(?P<post>[NSEW])?\s*$",
    re.IGNORECASE,
)
_DECIMAL = re.compile(r"^\s*[+-]?\d{1,3}(?:\.\d+)?\s*$")
_LIMITS = {"lat": (90.0, "NS"), "lon": (180.0, "EW")}


def parse_coordinate(text: str, kind: str) -> float:
    """Decimal degrees (south/west negative) from what the user typed; ValueError with the reason otherwise."""
    limit, hemispheres = _LIMITS[kind]
    name = "latitude" if kind == "lat" else "longitude"
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        raise ValueError(f"enter the {name}")
    if _DECIMAL.match(cleaned):
        value = float(cleaned)
    else:
        match = _DM.match(cleaned)
        if match is None or (match["pre"] and match["post"]):
            raise ValueError(f"{name} {text.strip()!r}: write it like 45°12.345′S, 45 12.345 S or -45.2057")
        hemisphere = (match["pre"] or match["post"] or "").upper()
        if not hemisphere:
            raise ValueError(f"{name} {text.strip()!r}: add the hemisphere ({' or '.join(hemispheres)})")
        if hemisphere not in hemispheres:
            raise ValueError(f"{name} {text.strip()!r}: hemisphere must be {' or '.join(hemispheres)}")
        degrees = float(match["deg"])
        minutes = float(match["min"] or 0)
        if match["min"] and degrees != int(degrees):
            raise ValueError(f"{name}: give whole degrees when minutes follow")
        if minutes >= 60:
            raise ValueError(f"{name}: minutes must be less than 60")
        value = (degrees + minutes / 60) * (-1 if hemisphere in "SW" else 1)
    if not -limit <= value <= limit:
        raise ValueError(f"{name} {text.strip()!r} is outside {-limit:g}..{limit:g}")
    return value
