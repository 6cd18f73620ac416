"""Positions as people type them: degrees and decimal minutes with hemisphere (45°12.345′S, 45 12.345 S) or
signed decimal degrees (-45.2057). The one parser for every form; the grammar is checked, never coerced."""

from __future__ import annotations

import re

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message

_DM = re.compile(
    r"^\s*(?P<pre>[NSEW])?\s*(?P<deg>\d{1,3}(?:\.\d+)?)\s*(?:[°º:\s]\s*(?P<min>\d{1,2}(?:\.\d+)?)\s*['′]?)?"
    r"\s*(?P<post>[NSEW])?\s*$",
    re.IGNORECASE,
)
_DECIMAL = re.compile(r"^\s*[+-]?\d{1,3}(?:\.\d+)?\s*$")
_LIMITS = {"lat": (90.0, "NS"), "lon": (180.0, "EW")}

# Why a typed position is refused; {name} is "latitude" or "longitude", {text} the text as typed (quoted).
LATITUDE, LONGITUDE = QT_TRANSLATE_NOOP("TypedPosition", "latitude"), QT_TRANSLATE_NOOP("TypedPosition", "longitude")
#: {first}, {second}: the hemisphere letters, N S or E W (kept as they are typed)
EITHER = QT_TRANSLATE_NOOP("TypedPosition", "{first} or {second}")
ENTER = QT_TRANSLATE_NOOP("TypedPosition", "enter the {name}")
#: the examples are typed positions (degrees, decimal minutes, hemisphere letter): keep them as they are
WRITE_LIKE = QT_TRANSLATE_NOOP("TypedPosition", "{name} {text}: write it like 45°12.345′S, 45 12.345 S or -45.2057")
ADD_HEMISPHERE = QT_TRANSLATE_NOOP("TypedPosition", "{name} {text}: add the hemisphere ({hemispheres})")
WRONG_HEMISPHERE = QT_TRANSLATE_NOOP("TypedPosition", "{name} {text}: hemisphere must be {hemispheres}")
WHOLE_DEGREES = QT_TRANSLATE_NOOP("TypedPosition", "{name}: give whole degrees when minutes follow")
MINUTES_UNDER_60 = QT_TRANSLATE_NOOP("TypedPosition", "{name}: minutes must be less than 60")
OUTSIDE = QT_TRANSLATE_NOOP("TypedPosition", "{name} {text} is outside {low}..{high}")
BOTH = QT_TRANSLATE_NOOP("TypedPosition", "give both latitude and longitude")


def parse_coordinate(text: str, kind: str) -> float:
    """Decimal degrees (south/west negative) from what the user typed; ValueError with the reason otherwise (a
    Message: English in the core, translated where the crew typed it)."""
    limit, hemispheres = _LIMITS[kind]
    first, second = hemispheres[0], hemispheres[1]
    name = Message(LATITUDE if kind == "lat" else LONGITUDE)
    typed = repr(text.strip())
    either = Message(EITHER, first=first, second=second)
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        raise ValueError(Message(ENTER, name=name))
    if _DECIMAL.match(cleaned):
        value = float(cleaned)
    else:
        match = _DM.match(cleaned)
        if match is None or (match["pre"] and match["post"]):
            raise ValueError(Message(WRITE_LIKE, name=name, text=typed))
        hemisphere = (match["pre"] or match["post"] or "").upper()
        if not hemisphere:
            raise ValueError(Message(ADD_HEMISPHERE, name=name, text=typed, hemispheres=either))
        if hemisphere not in hemispheres:
            raise ValueError(Message(WRONG_HEMISPHERE, name=name, text=typed, hemispheres=either))
        degrees = float(match["deg"])
        minutes = float(match["min"] or 0)
        if match["min"] and degrees != int(degrees):
            raise ValueError(Message(WHOLE_DEGREES, name=name))
        if minutes >= 60:
            raise ValueError(Message(MINUTES_UNDER_60, name=name))
        value = (degrees + minutes / 60) * (-1 if hemisphere in "SW" else 1)
    if not -limit <= value <= limit:
        raise ValueError(Message(OUTSIDE, name=name, text=typed, low=f"{-limit:g}", high=f"{limit:g}"))
    return value
