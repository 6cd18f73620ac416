"""Check a catch against the Schedule as it is entered: every possible infraction becomes a Flag citing its
paragraph, and the record cannot be signed off until the crew has explained each one (Schedule para 24(b)(6)).

The rules are data (records/rules/schedule_2007.py); this module only knows how to read them. Conditions are
three-valued: a fact that is missing (no position, regulated areas not looked up) cannot clear a rule, so the
flag is raised marked `uncertain` rather than silently passed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Callable, Iterable

from whalelog_gui.operations import OPERATIONS
from whalelog_gui.records.catch import Catch, Flag, validate_catch
from whalelog_gui.records.rules.schedule_2007 import RULES
from whalelog_gui.records.species import BY_KEY

AreaLookup = Callable[[float, float], "frozenset[str] | None"]


@dataclass(frozen=True)
class ComplianceContext:
    operation: str  # one of OPERATIONS: the profile the vessel works under
    area_ids: frozenset[str] | None = None  # regulated areas / basins containing the position; None = unknown
    local_date: date | None = None  # ship's date of taking; defaults to the UTC date of time_taken

    def __post_init__(self):
        if self.operation not in OPERATIONS:
            raise ValueError(f"operation {self.operation!r} is not one of {', '.join(OPERATIONS)}")


def _species_in(key: str, tokens: Iterable[str]) -> bool:
    sp = BY_KEY.get(key)
    return any(t == key or (sp is not None and t == sp.group.value) for t in tokens)


def _lat(c: Catch, test: Callable[[float], bool]) -> bool | None:
    return None if c.lat is None else test(c.lat)


def _date_outside(day: date, window: list[str]) -> bool:
    """True when `day` is outside the inclusive window "MM-DD".."MM-DD" (which may run over the new year)."""
    start, end = (tuple(int(x) for x in s.split("-")) for s in window)
    md = (day.month, day.day)
    inside = start <= md <= end if start <= end else (md >= start or md <= end)
    return not inside


# Each condition: (catch, context, day, parameter) -> True / False / None (unknown).
CONDITIONS: dict[str, Callable] = {
    "operations": lambda c, x, d, v: x.operation in v,
    "species": lambda c, x, d, v: _species_in(c.species, v),
    "species_not": lambda c, x, d, v: not _species_in(c.species, v),
    "areas_any": lambda c, x, d, v: None if x.area_ids is None else bool(x.area_ids & set(v)),
    "areas_none": lambda c, x, d, v: None if x.area_ids is None else not (x.area_ids & set(v)),
    # Inclusive only: a catch exactly on a limit counts as inside it (warn rather than miss); no strict lat_lt/lat_gt.
    "lat_le": lambda c, x, d, v: _lat(c, lambda lat: lat <= v),
    "lat_ge": lambda c, x, d, v: _lat(c, lambda lat: lat >= v),
    "months": lambda c, x, d, v: d.month in v,
    "date_outside": lambda c, x, d, v: _date_outside(d, v),
    "calf": lambda c, x, d, v: (c.suckling_calf or c.accompanied_by_calf) == v,
    "local_consumption": lambda c, x, d, v: c.local_consumption == v,
    "used_as_fender": lambda c, x, d, v: c.used_as_fender == v,
    "killing_method_contains": lambda c, x, d, v: any(w in c.killing_method.lower() for w in v),
}


def _holds(when: dict, c: Catch, ctx: ComplianceContext, day: date) -> bool | None:
    result: bool | None = True
    for name, value in when.items():
        outcome = CONDITIONS[name](c, ctx, day, value)
        if outcome is False:
            return False
        if outcome is None:
            result = None
    return result


def _limit(rule: dict, key: str, c: Catch, ctx: ComplianceContext, day: date) -> dict:
    for variant in rule.get("instead", ()):
        if _holds(variant["when"], c, ctx, day) is True:  # an exception applies only when it is known to
            return variant[key]
    return rule[key]


def _length_detail(rule: dict, c: Catch, ctx: ComplianceContext, day: date) -> str | None:
    if c.length is None:
        return None  # not measured yet: checked again when the length is entered
    key = "min" if rule["kind"] == "min_length" else "max"
    figure = Decimal(_limit(rule, key, c, ctx, day)[c.length.unit.value])  # metres against metres, feet against feet
    unit = c.length.unit.value
    logged = f"{c.length.logged_text} {unit}"
    if key == "min" and c.length.logged < figure:
        return f"logged {logged}, below {figure} {unit}"
    if key == "max" and c.length.logged > figure:
        return f"logged {logged}, over {figure} {unit}"
    return None


def _hours_detail(rule: dict, c: Catch) -> str | None:
    hours = c.hours_in_sea
    if hours is None or c.used_as_fender:
        return None
    if hours > Decimal(rule["hours"]):
        return f"{hours.quantize(Decimal('0.1'))} h from killing to hauling up, limit {rule['hours']} h"
    return None


def evaluate(catch: Catch, context: ComplianceContext, rules: list[dict] | None = None) -> list[Flag]:
    """Every flag the catch raises under `rules` (default: the 2007 Schedule), in rule order."""
    if catch.species not in BY_KEY:
        return []
    day = context.local_date or catch.time_taken.date()
    flags = []
    for rule in RULES if rules is None else rules:
        applies = _holds(rule.get("when", {}), catch, context, day)
        if applies is False:
            continue
        kind = rule["kind"]
        if kind == "forbidden":
            detail = ""
        elif kind in ("min_length", "max_length"):
            detail = _length_detail(rule, catch, context, day)
        elif kind == "max_hours_in_sea":
            detail = _hours_detail(rule, catch)
        else:
            raise ValueError(f"rule {rule['id']}: unknown kind {kind!r}")
        if detail is None:
            continue
        text = rule["summary"] + (f" Found: {detail}." if detail else "")
        if applies is None:
            text += " Could not be ruled out: " + _missing(catch, context) + "."
        flags.append(Flag(rule["id"], rule["paragraph"], text, uncertain=applies is None))
    return flags


def _missing(c: Catch, ctx: ComplianceContext) -> str:
    if c.lat is None:
        return "the position of taking is not recorded"
    return "the regulated areas at the position could not be looked up"


def check_catch(catch: Catch, context: ComplianceContext, rules: list[dict] | None = None) -> Catch:
    """The catch with its flags re-evaluated; explanations already given are kept."""
    return dataclasses.replace(catch, flags=tuple(evaluate(catch, context, rules)))


MIN_EXPLANATION_WORDS = 3  # para 24(b)(6) asks for "a full explanation": "x" or "ok" is not one
MIN_EXPLANATION_CHARS = 15


def is_reasoned(explanation: str) -> bool:
    """At least a short sentence: MIN_EXPLANATION_WORDS words and MIN_EXPLANATION_CHARS characters."""
    text = " ".join(explanation.split())
    return len(text) >= MIN_EXPLANATION_CHARS and len(text.split()) >= MIN_EXPLANATION_WORDS


def missing_explanations(catch: Catch) -> list[Flag]:
    """Flags on the catch that the crew has not yet explained in full (Schedule para 24(b)(6))."""
    return [f for f in catch.flags if not is_reasoned(catch.explanations.get(f.rule_id, ""))]


def sign_off_blockers(catch: Catch) -> list[str]:
    """Why the catch record cannot be signed off yet; empty when it can."""
    problems = [str(e) for e in validate_catch(catch)]
    if catch.lat is None:
        problems.append("position: the position of taking is required (para 27(c))")
    if catch.length is None:
        problems.append("length: the length measured per para 23 is required (para 24(b)(2))")
    problems += [f"explanation: para {f.paragraph} flag needs the crew's full explanation (para 24(b)(6)), "
                 f"at least {MIN_EXPLANATION_WORDS} words"
                 for f in missing_explanations(catch)]
    return problems


def context_at(catch: Catch, operation: str, area_lookup: AreaLookup | None, local_date: date | None = None
               ) -> ComplianceContext:
    """A context whose area ids come from `area_lookup(lat, lon)` (the regulated-area data), if one is given."""
    areas = None
    if area_lookup is not None and catch.lat is not None and catch.lon is not None:
        areas = area_lookup(catch.lat, catch.lon)
        areas = None if areas is None else frozenset(areas)
    return ComplianceContext(operation, areas, local_date)


__all__ = [
    "ComplianceContext", "Flag", "MIN_EXPLANATION_CHARS", "MIN_EXPLANATION_WORDS", "OPERATIONS", "check_catch",
    "context_at", "evaluate", "is_reasoned", "missing_explanations", "sign_off_blockers",
]
