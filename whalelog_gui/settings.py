"""What one installation is set up for: vessel, operation, people, GPS receiver, units, alert timing.

Qt-free so the CLI, the diagnostics and the tests share it; the Qt side only loads/saves it (ui/settings_store.py)
and edits it (ui/settings_dialog.py, ui/first_run.py). Validation lives here and reports per field, so a form can
put each message beside the field the user got wrong.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import timedelta, timezone, tzinfo
from typing import Any, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message, Template
from whalelog_gui.nav.fields import SOG_LIMIT_KN
from whalelog_gui.operations import OPERATIONS, Fleet

UNITS: dict[str, str] = {
    "metres": QT_TRANSLATE_NOOP("Settings", "Metres"),
    "feet": QT_TRANSLATE_NOOP("Settings", "Feet and inches"),
}
PALETTES = ("day", "dusk", "night")
# WhaleLog's interface languages (ui/i18n.py); "" means the system's language, English if WhaleLog lacks it
LANGUAGES = ("en", "nb", "is", "ja")
# NMEA 0183 is 4800 baud; "high speed" (IEC 61162-2, AIS/some GNSS) is 38400; USB receivers often use the rest.
BAUD_RATES = (4800, 9600, 19200, 38400, 57600, 115200)
LOOKAHEAD_RANGE_MIN = (1.0, 240.0)
LOST_FIX_RANGE_S = (1.0, 600.0)
SOG_LIMIT_RANGE_KN = (5.0, 200.0)  # a slow catcher to a fast patrol vessel; 100 kn covers every surface vessel
MAX_NAME = 80
MAX_PEOPLE = 60

_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class SettingsError(ValueError):
    """Settings that cannot be used; `errors` maps each field name to the message for that field."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


def parse_time_zone(text: str) -> tzinfo:
    """An IANA zone ("Pacific/Auckland", "UTC") or a fixed offset ("UTC+12", "-03:30", "+5").

    Offsets are local = UTC + offset, as printed; ship's time at sea is usually a whole-hour nautical zone.
    """
    text = text.strip()
    if not text:
        raise ValueError(
            Message(QT_TRANSLATE_NOOP("Settings", "enter the ship's time zone, e.g. UTC+12 or Pacific/Auckland"))
        )
    if text.upper() in {"UTC", "GMT", "Z"}:
        return timezone.utc
    match = _OFFSET.match(text)
    if match:
        sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
        if minutes >= 60 or hours > 14 or (hours == 14 and minutes):
            raise ValueError(
                Message(QT_TRANSLATE_NOOP("Settings", "{zone}: offsets run from UTC-12 to UTC+14"), zone=repr(text))
            )
        offset = timedelta(hours=hours, minutes=minutes) * (1 if sign == "+" else -1)
        if offset < timedelta(hours=-12):
            raise ValueError(
                Message(QT_TRANSLATE_NOOP("Settings", "{zone}: offsets run from UTC-12 to UTC+14"), zone=repr(text))
            )
        return timezone(offset, f"UTC{sign}{hours:02d}:{minutes:02d}")
    if ".." in text or text.startswith("/") or _CONTROL.search(text):
        raise ValueError(Message(QT_TRANSLATE_NOOP("Settings", "{zone} is not a time zone name"), zone=repr(text)))
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Settings",
                    "{zone} is not a known time zone; use a name like Pacific/Auckland or an offset like UTC+12",
                ),
                zone=repr(text),
            )
        ) from exc


def _name_error(value: str, what: str, required: bool) -> str | None:
    if not value.strip():
        return Message(QT_TRANSLATE_NOOP("Settings", "enter the {what}"), what=what) if required else None
    if _CONTROL.search(value):
        return Message(QT_TRANSLATE_NOOP("Settings", "the {what} contains a control character"), what=what)
    if len(value) > MAX_NAME:
        return Message(QT_TRANSLATE_NOOP("Settings", "the {what} is longer than {n} characters"), what=what, n=MAX_NAME)
    return None


def _names_error(values: tuple[str, ...], what: str) -> str | None:
    if len(values) > MAX_PEOPLE:
        return Message(QT_TRANSLATE_NOOP("Settings", "more than {n} {what}"), n=MAX_PEOPLE, what=what)
    for value in values:
        problem = _name_error(
            value, Message(QT_TRANSLATE_NOOP("Settings", "name {name}"), name=repr(value.strip())), required=True
        )
        if problem:
            return problem
    if len({v.strip().casefold() for v in values}) != len(values):
        return Message(QT_TRANSLATE_NOOP("Settings", "a name appears twice in the {what}"), what=what)
    return None


def _range_error(value: float, limits: tuple[float, float], template: Template) -> str | None:
    """`template` (naming {low} and {high}) when value lies outside the inclusive limits."""
    low, high = limits
    return None if low <= value <= high else Message(template, low=low, high=high)


def _choice_error(value: str, choices: tuple[str, ...]) -> str | None:
    if value in choices:
        return None
    return Message(QT_TRANSLATE_NOOP("Settings", "choose one of: {choices}"), choices=", ".join(choices))


def split_names(text: str) -> tuple[str, ...]:
    """Names typed one per line or separated by commas/semicolons; blanks dropped, spaces trimmed."""
    return tuple(part.strip() for part in re.split(r"[\n,;]", text) if part.strip())


@dataclass(frozen=True)
class AppSettings:
    vessel_name: str = ""
    catcher_names: tuple[str, ...] = ()  # the fleet's catchers (factory-ship operations)
    operation: str = "factory-ship"
    time_zone: str = "UTC"  # ship's time, for display only: everything is stored in UTC
    crew_names: tuple[str, ...] = ()
    inspector_names: tuple[str, ...] = ()
    watch_officer: str = ""
    gps_port: str = ""  # empty: no receiver configured yet
    baud: int = 4800
    allow_missing_checksum: bool = False
    units: str = "metres"
    lookahead_min: float = 30.0
    lost_fix_s: float = 5.0
    sog_limit_kn: float = SOG_LIMIT_KN  # a faster SOG is a bad field; a position moving faster is a jump
    palette: str = "day"
    language: str = ""  # per-user presentation like the palette; "" follows the system

    def errors(self) -> dict[str, str]:
        """Every problem, keyed by field name; empty when the settings are usable."""
        errors: dict[str, str] = {}
        checks = {
            "vessel_name": _name_error(
                self.vessel_name, Message(QT_TRANSLATE_NOOP("Settings", "vessel name")), required=True
            ),
            "catcher_names": _names_error(self.catcher_names, Message(QT_TRANSLATE_NOOP("Settings", "catcher names"))),
            "crew_names": _names_error(self.crew_names, Message(QT_TRANSLATE_NOOP("Settings", "crew names"))),
            "inspector_names": _names_error(
                self.inspector_names, Message(QT_TRANSLATE_NOOP("Settings", "inspector names"))
            ),
            "watch_officer": _name_error(
                self.watch_officer, Message(QT_TRANSLATE_NOOP("Settings", "watch officer's name")), required=False
            ),
        }
        errors.update({k: v for k, v in checks.items() if v})
        if problem := _choice_error(self.operation, OPERATIONS):
            errors["operation"] = problem
        if (
            self.vessel_name.strip()
            and self.vessel_name.strip().casefold() in {c.strip().casefold() for c in self.catcher_names}
            and self.operation == "factory-ship"
        ):
            errors["catcher_names"] = Message(
                QT_TRANSLATE_NOOP("Settings", "the factory ship itself is listed as one of its catchers")
            )
        try:
            parse_time_zone(self.time_zone)
        except ValueError as exc:
            errors["time_zone"] = exc.args[0] if exc.args and isinstance(exc.args[0], Message) else str(exc)
        if _CONTROL.search(self.gps_port) or len(self.gps_port) > 200:
            errors["gps_port"] = Message(
                QT_TRANSLATE_NOOP("Settings", "the port name contains a control character or is too long")
            )
        elif self.gps_port:
            from whalelog_gui.nav.sources import address_error

            if problem := address_error(self.gps_port):
                errors["gps_port"] = problem
        if self.baud not in BAUD_RATES:
            errors["baud"] = Message(
                QT_TRANSLATE_NOOP("Settings", "{baud} baud is not a receiver rate; choose one of {choices}"),
                baud=self.baud,
                choices=", ".join(map(str, BAUD_RATES)),
            )
        if self.units not in UNITS:
            errors["units"] = Message(QT_TRANSLATE_NOOP("Settings", "choose metres or feet"))
        later = {
            "lookahead_min": _range_error(
                self.lookahead_min,
                LOOKAHEAD_RANGE_MIN,
                QT_TRANSLATE_NOOP("Settings", "look-ahead must be between {low:g} and {high:g} minutes"),
            ),
            "lost_fix_s": _range_error(
                self.lost_fix_s,
                LOST_FIX_RANGE_S,
                QT_TRANSLATE_NOOP("Settings", "lost-fix time must be between {low:g} and {high:g} seconds"),
            ),
            "sog_limit_kn": _range_error(
                self.sog_limit_kn,
                SOG_LIMIT_RANGE_KN,
                QT_TRANSLATE_NOOP("Settings", "speed limit must be between {low:g} and {high:g} knots"),
            ),
            "palette": _choice_error(self.palette, PALETTES),
            "language": _choice_error(self.language, LANGUAGES) if self.language else None,  # "": the system's
        }
        errors.update({k: v for k, v in later.items() if v})
        return errors

    def validated(self) -> AppSettings:
        """Self, or SettingsError listing every field at fault."""
        errors = self.errors()
        if errors:
            raise SettingsError(errors)
        return self

    def ship_tz(self) -> tzinfo:
        return parse_time_zone(self.time_zone)

    def fleet(self) -> Fleet:
        """Who is who in the fleet these settings describe (the catchers never include the factory ship)."""
        return Fleet(self.operation, self.vessel_name, self.catcher_names)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (tuples as lists); the inverse of settings_from_mapping."""
        return {
            f.name: list(v) if isinstance(v := getattr(self, f.name), tuple) else v for f in dataclasses.fields(self)
        }


_FIELDS = {f.name: f for f in dataclasses.fields(AppSettings)}


def _coerce(name: str, raw: Any) -> Any:
    """Values as stored by QSettings' INI/registry back ends arrive as strings; turn them into the field's type."""
    kind = _FIELDS[name].type
    if kind == "tuple[str, ...]":
        if isinstance(raw, str):
            return split_names(raw)
        if isinstance(raw, (list, tuple)):
            return tuple(str(x).strip() for x in raw if str(x).strip())
        raise ValueError("expected a list of names")
    if kind == "bool":
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in {"true", "1", "yes", "on"}:
            return True
        if text in {"false", "0", "no", "off", ""}:
            return False
        raise ValueError(f"expected true or false, got {raw!r}")
    if kind == "int":
        if isinstance(raw, bool):
            raise ValueError("expected a whole number")
        return int(str(raw).strip())
    if kind == "float":
        value = float(str(raw).strip())
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("expected a finite number")
        return value
    return str(raw)


def settings_from_mapping(values: Mapping[str, Any]) -> tuple[AppSettings, dict[str, str]]:
    """Build settings from stored values, keeping the default for any field that is missing or unreadable.

    Returns the settings and the problems found (field -> message), so a corrupt entry never stops the app
    starting and the caller can log or show what was reset.
    """
    problems: dict[str, str] = {}
    kwargs: dict[str, Any] = {}
    for name in _FIELDS:
        if name not in values or values[name] is None:
            continue
        try:
            kwargs[name] = _coerce(name, values[name])
        except (TypeError, ValueError) as exc:
            problems[name] = f"stored value {values[name]!r} unreadable ({exc}); default used"
    settings = AppSettings(**kwargs)
    for name, message in settings.errors().items():
        if name == "vessel_name" and not settings.vessel_name:
            continue  # not set up yet is not a fault; first run asks for it
        problems[name] = f"stored value {getattr(settings, name)!r} invalid ({message}); default used"
        kwargs.pop(name, None)
    return AppSettings(**kwargs), problems


def apply_overrides(
    settings: AppSettings, *, port: str | None = None, baud: int | None = None, palette: str | None = None
) -> AppSettings:
    """Command-line choices (--port, --baud, --palette) win for this run without being saved."""
    changes = {k: v for k, v in {"gps_port": port, "baud": baud, "palette": palette}.items() if v is not None}
    return dataclasses.replace(settings, **changes)
