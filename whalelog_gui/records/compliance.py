"""Check a catch against the Schedule as it is entered: every possible infraction becomes a Flag citing its
paragraph, and the record cannot be signed off until the crew has explained each binding one (para 24(b)(6)).

A flag of a paragraph that does not bind the vessel's flag State on the date of taking (an objection or reservation
in the Schedule's footnotes, records/rules/footnotes_2007.py) is still raised, as information (binding=False).

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

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.operations import OPERATIONS
from whalelog_gui.records.catch import PARA_6_WEAPONS, Catch, Flag, Weapon, validate_catch
from whalelog_gui.records.field_error import FieldError
from whalelog_gui.records.flag_state import state_name
from whalelog_gui.records.rules.footnotes_2007 import FOOTNOTES, STATE_NAMES
from whalelog_gui.records.rules.schedule_2007 import RULES
from whalelog_gui.records.species import BY_KEY

AreaLookup = Callable[[float, float], "frozenset[str] | None"]


@dataclass(frozen=True)
class ComplianceContext:
    operation: str  # one of OPERATIONS: the profile the vessel works under
    area_ids: frozenset[str] | None = None  # regulated areas / basins containing the position; None = unknown
    local_date: date | None = None  # ship's date of taking; defaults to the UTC date of time_taken
    flag_state: str | None = None  # ISO 3166-1 alpha-2; None = not set, every paragraph treated as binding
    default_weapon: Weapon | None = None  # the title page's killer/first harpoon, for catches that record none
    closure_date: date | None = None  # para 26(b): date notified to the master; None = none notified

    def __post_init__(self):
        if self.operation not in OPERATIONS:
            raise ValueError(f"operation {self.operation!r} is not one of {', '.join(OPERATIONS)}")


def _species_in(key: str, tokens: Iterable[str]) -> bool:
    sp = BY_KEY.get(key)
    return any(t == key or (sp is not None and t == sp.group.value) for t in tokens)


def _lat(c: Catch, test: Callable[[float], bool]) -> bool | None:
    return None if c.lat is None else test(c.lat)


PELAGIC_OPERATIONS = ("factory-ship", "factory-catcher")  # "pelagic seasons"; every other profile is coastal


def _season_from(ctx: ComplianceContext, day: date, starts: dict) -> bool:
    """On or after the start of the first season a rule applies to: {"pelagic": "YYYY-MM-DD", "coastal": ...}."""
    kind = "pelagic" if ctx.operation in PELAGIC_OPERATIONS else "coastal"
    return day >= date.fromisoformat(starts[kind])


def _weapon_para_6(c: Catch, ctx: ComplianceContext) -> bool:
    """Para 6: the cold grenade (non-explosive grenade) harpoon, as recorded or as the vessel's default harpoon."""
    weapon = c.weapon if c.weapon is not None else ctx.default_weapon
    return weapon in PARA_6_WEAPONS or "cold grenade" in c.killing_method.lower()


def _after_closure(ctx: ComplianceContext, day: date) -> bool:
    # Para 26(b): illegal "after midnight of the date so determined": from the next day on
    return ctx.closure_date is not None and day > ctx.closure_date


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
    "weapon_para_6": lambda c, x, d, v: _weapon_para_6(c, x) == v,
    "season_from": lambda c, x, d, v: _season_from(x, d, v),
    "date_from": lambda c, x, d, v: d >= date.fromisoformat(v),
    "after_closure": lambda c, x, d, v: _after_closure(x, d) == v,
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
        return Message(
            QT_TRANSLATE_NOOP("Compliance", "logged {logged}, below {figure} {unit}"),
            logged=logged,
            figure=figure,
            unit=unit,
        )
    if key == "max" and c.length.logged > figure:
        return Message(
            QT_TRANSLATE_NOOP("Compliance", "logged {logged}, over {figure} {unit}"),
            logged=logged,
            figure=figure,
            unit=unit,
        )
    return None


def _hours_detail(rule: dict, c: Catch) -> str | None:
    hours = c.hours_in_sea
    if hours is None or c.used_as_fender:
        return None
    if hours > Decimal(rule["hours"]):
        return Message(
            QT_TRANSLATE_NOOP("Compliance", "{hours} h from killing to hauling up, limit {limit} h"),
            hours=hours.quantize(Decimal("0.1")),
            limit=rule["hours"],
        )
    return None


# A flag's text: the rule's summary, what was found (a length, the hours in the sea) and a fact that was missing.
# English in the record and the bundle; the UI translates each part (ui/i18n.tr_message).
FLAG_TEXTS = {
    (False, False): QT_TRANSLATE_NOOP("Compliance", "{summary}"),
    (True, False): QT_TRANSLATE_NOOP("Compliance", "{summary} Found: {detail}."),
    (False, True): QT_TRANSLATE_NOOP("Compliance", "{summary} Could not be ruled out: {missing}."),
    (True, True): QT_TRANSLATE_NOOP("Compliance", "{summary} Found: {detail}. Could not be ruled out: {missing}."),
}


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
        detail: str | None  # None: the rule does not apply to this catch
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
        missing = _missing(catch, context) if applies is None else ""
        text = Message(FLAG_TEXTS[bool(detail), bool(missing)], summary=rule["summary"], detail=detail, missing=missing)
        binding, note = who_is_bound(rule["id"], catch, context, day)
        flags.append(
            Flag(rule["id"], rule["paragraph"], text, uncertain=applies is None, binding=binding, binding_note=note)
        )
    return flags


def who_is_bound(rule_id: str, catch: Catch, context: ComplianceContext, day: date) -> tuple[bool, str]:
    """Whether the rule binds the flag State on `day` (Convention Article V.3, the Schedule's footnotes), and why.

    A footnote position whose scope cannot be decided (a missing fact) does not release the vessel: binding.
    """
    state = context.flag_state
    if state is None:
        return True, ""
    bound_note = ""
    for entry in FOOTNOTES:
        if entry["state"] != state or rule_id not in entry["rules"]:
            continue
        if _holds(entry["scope"], catch, context, day) is not True:
            continue
        started = entry["since"] is None or day >= entry["since"]
        ended = entry["until"] is not None and day >= entry["until"]
        cite = Message(FOOTNOTE_CITE, number=entry["footnote"])
        if entry["kind"] == "undertaking":
            if started and not ended:
                return True, Message(CITED, note=entry["bound"], cite=cite)
            continue
        if started and not ended:
            name = STATE_NAMES.get(state) or state_name(state)
            return False, Message(NOT_BINDING, state=name, position=entry["not_bound"], cite=cite)
        if ended and entry["bound"]:
            bound_note = Message(CITED, note=entry["bound"], cite=cite)
    return True, bound_note


# Who is (not) bound, English on the flag and in the bundle, translated on screen (ui/i18n.tr_message).
FOOTNOTE_CITE = QT_TRANSLATE_NOOP("Footnotes", "Schedule footnote {number}")
#: {note}: why the paragraph binds the flag State; {cite}: "Schedule footnote N"
CITED = QT_TRANSLATE_NOOP("Footnotes", "{note} ({cite})")
#: {state}: the flag State; {position}: its objection or reservation (Convention Article V.3)
NOT_BINDING = QT_TRANSLATE_NOOP("Footnotes", "not binding on {state}: {position} ({cite})")


def _missing(c: Catch, ctx: ComplianceContext) -> str:
    if c.lat is None:
        return Message(QT_TRANSLATE_NOOP("Compliance", "the position of taking is not recorded"))
    return Message(QT_TRANSLATE_NOOP("Compliance", "the regulated areas at the position could not be looked up"))


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
    """Binding flags on the catch that the crew has not yet explained in full (Schedule para 24(b)(6)); a flag whose
    paragraph does not bind the flag State is information and needs none."""
    return [f for f in catch.flags if f.needs_explanation and not is_reasoned(catch.explanations.get(f.rule_id, ""))]


def record_blocker_errors(catch: Catch) -> list[FieldError]:
    """What in the record itself stops sign-off, each at its field, leaving out the flags still to explain."""
    problems = list(validate_catch(catch))
    if catch.lat is None:
        problems.append(
            FieldError(
                "position",
                Message(QT_TRANSLATE_NOOP("CatchSignOff", "the position of taking is required (para 27(c))")),
            )
        )
    if catch.length is None:
        problems.append(
            FieldError(
                "length",
                Message(
                    QT_TRANSLATE_NOOP("CatchSignOff", "the length measured per para 23 is required (para 24(b)(2))")
                ),
            )
        )
    if catch.lactating is True and catch.milk_present is None:  # issue 15: never "lactating: yes" beside "not examined"
        problems.append(
            FieldError(
                "milk_present",
                Message(
                    QT_TRANSLATE_NOOP(
                        "CatchSignOff",
                        "record whether milk is present in the mammary gland: para 1(b) lactation needs both the milk "
                        "and the gland thickness, and a signed record cannot say lactating with milk not examined",
                    )
                ),
            )
        )
    return problems


def record_blockers(catch: Catch) -> list[str]:
    """record_blocker_errors() as "field: reason" lines (the store's refusal, the CLI)."""
    return [str(e) for e in record_blocker_errors(catch)]


def sign_off_blockers(catch: Catch) -> list[str]:
    """Why the catch record cannot be signed off yet; empty when it can. A UI should use record_blocker_errors() and
    missing_explanations() (structured flags) instead of reading these lines."""
    return record_blockers(catch) + [
        f"explanation: para {f.paragraph} flag needs the crew's full explanation (para 24(b)(6)), "
        f"at least {MIN_EXPLANATION_WORDS} words"
        for f in missing_explanations(catch)
    ]


def context_at(
    catch: Catch, operation: str, area_lookup: AreaLookup | None, local_date: date | None = None, **vessel
) -> ComplianceContext:
    """A context whose area ids come from `area_lookup(lat, lon)` (the regulated-area data), if one is given.

    `vessel`: flag_state, default_weapon, closure_date (ComplianceContext fields)."""
    areas = None
    if area_lookup is not None and catch.lat is not None and catch.lon is not None:
        areas = area_lookup(catch.lat, catch.lon)
        areas = None if areas is None else frozenset(areas)
    return ComplianceContext(operation, areas, local_date, **vessel)


__all__ = [
    "ComplianceContext",
    "Flag",
    "MIN_EXPLANATION_CHARS",
    "MIN_EXPLANATION_WORDS",
    "OPERATIONS",
    "check_catch",
    "context_at",
    "evaluate",
    "is_reasoned",
    "missing_explanations",
    "record_blocker_errors",
    "record_blockers",
    "sign_off_blockers",
    "who_is_bound",
]
