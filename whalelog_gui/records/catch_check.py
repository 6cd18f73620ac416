"""`whalelog check catch`: one catch per JSON line on stdin, its compliance flags, para 9 stock and para 23 logged
length on stdout (issue 13), through the same functions the catch dialog and the store use.

Every field is checked against its grammar and a line that does not match prints {"error": "..."} naming the
field; processing goes on and the exit status is 0. Blank lines are skipped.

Input keys: species, sex, length, taken, lat, lon, operation, flag_state (required); calf, local_consumption,
fender, weapon, hauled_up, gland_cm, milk (optional, defaults: null / false).
"""

from __future__ import annotations

import json
import math
import re
import sys
from datetime import datetime
from decimal import Decimal
from typing import Literal, overload

from whalelog_gui.records.catch import Catch, Sex, weapon_from_text
from whalelog_gui.records.flag_state import FlagStateError, check_flag_state
from whalelog_gui.records.measurement import LengthReading, MeasurementError
from whalelog_gui.records.species import BY_KEY
from whalelog_gui.utc import parse_utc

REQUIRED = ("species", "sex", "length", "taken", "lat", "lon", "operation", "flag_state")
OPTIONAL = ("calf", "local_consumption", "fender", "weapon", "hauled_up", "gland_cm", "milk")
_DECIMAL = re.compile(r"^\d{1,4}(\.\d{1,6})?$")  # a tape reading: digits, optional decimals, no sign or exponent
_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|\+00:00)$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_METHOD = 200


class CatchLineError(ValueError):
    """One input line that does not match the grammar; the message names the field."""


def _reading_text(value, what: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise CatchLineError(f'{what}: expected a decimal number as text, e.g. "12.15"')
    text = repr(value) if isinstance(value, float) else str(value)
    if not _DECIMAL.match(text):
        raise CatchLineError(f"{what}: {value!r} is not a plain decimal number")
    return text


def parse_length(value) -> LengthReading | None:
    """{"value": "12.15", "unit": "m"}, {"value": "39", "unit": "ft"} or {"feet": 39, "inches": 7}; or null."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise CatchLineError('length: expected {"value", "unit"} or {"feet", "inches"}')
    try:
        if set(value) == {"value", "unit"}:
            text = _reading_text(value["value"], "length.value")
            if value["unit"] == "m":
                return LengthReading.metres(text)
            if value["unit"] == "ft":
                return LengthReading.feet(text)
            raise CatchLineError(f'length.unit: {value["unit"]!r} is not "m" or "ft"')
        if set(value) in ({"feet"}, {"feet", "inches"}):
            feet = value["feet"]
            if isinstance(feet, bool) or not isinstance(feet, int) or feet < 0:
                raise CatchLineError(f"length.feet: {feet!r} is not a whole number of feet")
            inches = value.get("inches")
            if inches is None:
                return LengthReading.feet(feet)
            return LengthReading.feet(feet, _reading_text(inches, "length.inches"))
    except MeasurementError as exc:
        raise CatchLineError(f"length: {exc}") from None
    raise CatchLineError(f"length: unexpected keys {sorted(value)}; expected value+unit or feet(+inches)")


@overload
def line_time(value, what: str, required: Literal[True]) -> datetime: ...
@overload
def line_time(value, what: str, required: bool) -> datetime | None: ...
def line_time(value, what: str, required: bool) -> datetime | None:
    """A time field of the line: the grammar checked here (UTC only, Z or +00:00), parsed by utc.parse_utc."""
    if value is None and not required:
        return None
    if not isinstance(value, str) or not _UTC.match(value):
        raise CatchLineError(f"{what}: {value!r} is not a UTC ISO 8601 time (e.g. 2026-12-04T06:30:00Z)")
    try:
        return parse_utc(value)
    except ValueError as exc:
        raise CatchLineError(f"{what}: {exc}") from None


def _coordinate(value, what: str, limit: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise CatchLineError(f"{what}: expected a number of decimal degrees, got {value!r}")
    if not -limit <= value <= limit:
        raise CatchLineError(f"{what}: {value} is outside -{limit:g}..{limit:g}")
    return float(value)


def _boolean(value, what: str) -> bool:
    if not isinstance(value, bool):
        raise CatchLineError(f"{what}: expected true or false, got {value!r}")
    return value


def parse_catch(obj) -> tuple[Catch, dict]:
    """The Catch and the vessel facts (operation, flag_state) of one input object; CatchLineError otherwise."""
    from whalelog_gui.records.compliance import OPERATIONS

    if not isinstance(obj, dict):
        raise CatchLineError("expected a JSON object, one catch per line")
    missing = [k for k in REQUIRED if k not in obj]
    if missing:
        raise CatchLineError(f"missing key(s): {', '.join(missing)}")
    unknown = sorted(set(obj) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise CatchLineError(f"unknown key(s): {', '.join(unknown)}")
    species = obj["species"]
    if not isinstance(species, str) or species not in BY_KEY:
        raise CatchLineError(f"species: {species!r} is not a species key ({', '.join(BY_KEY)})")
    if obj["sex"] not in ("male", "female", "unknown"):
        raise CatchLineError(f"sex: {obj['sex']!r} is not male, female or unknown")
    length = parse_length(obj["length"])
    taken = line_time(obj["taken"], "taken", required=True)
    lat = None if obj["lat"] is None else _coordinate(obj["lat"], "lat", 90.0)
    lon = None if obj["lon"] is None else _coordinate(obj["lon"], "lon", 180.0)
    if (lat is None) != (lon is None):
        raise CatchLineError("lat/lon: give both or neither")
    if obj["operation"] not in OPERATIONS:
        raise CatchLineError(f"operation: {obj['operation']!r} is not one of {', '.join(OPERATIONS)}")
    flag_state = obj["flag_state"]
    if flag_state is not None:
        try:
            check_flag_state(flag_state)
        except FlagStateError as exc:
            raise CatchLineError(f"flag_state: {exc}") from None
    calf = obj.get("calf")
    if calf not in (None, "suckling", "accompanied"):
        raise CatchLineError(f'calf: {calf!r} is not null, "suckling" or "accompanied"')
    local = _boolean(obj.get("local_consumption", False), "local_consumption")
    fender = _boolean(obj.get("fender", False), "fender")
    weapon, method = None, ""
    if obj.get("weapon") is not None:
        text = obj["weapon"]
        if not isinstance(text, str) or not text.strip() or _CONTROL.search(text) or len(text) > MAX_METHOD:
            raise CatchLineError(f"weapon: expected null, a harpoon name or a method in words, got {text!r}")
        weapon, method = weapon_from_text(text)
    hauled_up = line_time(obj.get("hauled_up"), "hauled_up", required=False)
    gland = obj.get("gland_cm")
    if gland is not None:
        if not isinstance(gland, str):
            raise CatchLineError(f"gland_cm: expected a decimal number as a string or null, got {gland!r}")
        gland = Decimal(_reading_text(gland, "gland_cm"))
    milk = obj.get("milk")
    if milk not in (None, "present", "absent"):
        raise CatchLineError(f'milk: {milk!r} is not null, "present" or "absent"')
    catch = Catch(
        catcher="check",
        order=1,
        species=species,
        time_taken=taken,
        lat=lat,
        lon=lon,
        time_hauled_up=hauled_up,
        length=length,
        sex=Sex(obj["sex"]),
        gland_raw_cm=gland,
        milk_present=None if milk is None else milk == "present",
        killing_method=method,
        weapon=weapon,
        suckling_calf=calf == "suckling",
        accompanied_by_calf=calf == "accompanied",
        local_consumption=local,
        used_as_fender=fender,
    )
    errors = catch.validate()
    if errors:
        raise CatchLineError("; ".join(str(e) for e in errors))
    return catch, {"operation": obj["operation"], "flag_state": flag_state}


def check_line(text: str) -> dict:
    """The output object for one input line."""
    from whalelog_gui.records.catch_areas import compliance_context
    from whalelog_gui.records.compliance import evaluate
    from whalelog_gui.records.stocks import stock_of

    try:
        obj = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return {"error": "not a JSON object: one catch per line"}
    try:
        catch, vessel = parse_catch(obj)
    except CatchLineError as exc:
        return {"error": str(exc)}
    context = compliance_context(catch, vessel["operation"], flag_state=vessel["flag_state"])
    flags = evaluate(catch, context)
    reading = catch.length
    return {
        "flags": [
            {
                "paragraph": f.paragraph,
                "binding": f.binding,
                "reason": f.reason,
                "rule": f.rule_id,
                "needs_explanation": f.needs_explanation,
                "uncertain": f.uncertain,
            }
            for f in flags
        ],
        "stock": None if catch.lat is None or catch.lon is None else stock_of(catch.species, catch.lat, catch.lon),
        "logged_length": None
        if reading is None
        else {"logged": reading.logged_text, "unit": reading.unit.value, "read": reading.raw_text},
    }


def check_catch_command(args) -> int:
    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(errors="replace")  # bytes that are not UTF-8 make that line an error, not a crash
    for line in sys.stdin:
        if not line.strip():
            continue
        print(json.dumps(check_line(line), ensure_ascii=False), flush=True)
    return 0
