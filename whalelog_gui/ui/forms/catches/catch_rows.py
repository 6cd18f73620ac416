"""The Catches tab's cells: what each column says of a catch or a struck-and-lost whale (no Qt).

Flags and Signed sit next to the marking: what an officer looks for first stays in view on a 1024x600 screen
(issue 15). Dates and times are the ship's, with UTC beside them (ShipClock), as on the daily record sheet.
"""

from __future__ import annotations

from whalelog_gui.nav.format import format_position
from whalelog_gui.records.catch import Catch, StruckLost
from whalelog_gui.records.compliance import missing_explanations
from whalelog_gui.records.ship_time import ShipClock
from whalelog_gui.records.species import BY_KEY

CATCH_COLUMNS = (
    "Marking",
    "Flags",
    "Signed",
    "Ship's date",
    "Taken (ship's time, UTC)",
    "Species",
    "Position",
    "Length",
    "Sex",
    "Lactating",
)
LOST_COLUMNS = (
    "Catcher",
    "Ship's date",
    "Struck (ship's time, UTC)",
    "Species",
    "Position",
    "Method other than harpoon",
    "Remarks",
)


def lactation_cell(c: Catch) -> str:
    """Para 1 lactation as listed: a "yes" from the gland alone says milk was not examined (issue 15)."""
    if c.lactating is True and c.milk_present is None:
        return "presumed yes (milk not examined)"
    return {True: "yes", False: "no", None: "—"}[c.lactating]


def flags_text(c: Catch) -> str:
    if not c.flags:
        return "none"
    open_ = len(missing_explanations(c))
    binding = ", ".join(sorted({f.paragraph for f in c.flags if f.binding}))
    info = ", ".join(sorted({f.paragraph for f in c.flags if not f.binding}))  # not binding on the flag State
    text = (binding + (f" — {open_} to explain" if open_ else " — explained")) if binding else ""
    return "; ".join(part for part in (text, f"information: {info}" if info else "") if part)


def catch_cells(c: Catch, clock: ShipClock) -> tuple[str, ...]:
    return (
        c.marking,
        flags_text(c),
        "yes" if c.signature else "no",
        f"{clock.ship_date(c.time_taken)}",
        clock.time_with_utc(c.time_taken),
        BY_KEY[c.species].name,
        format_position(c.lat, c.lon),
        "—" if c.length is None else str(c.length),
        c.sex.value,
        lactation_cell(c),
    )


def lost_cells(s: StruckLost, clock: ShipClock) -> tuple[str, ...]:
    return (
        s.catcher,
        f"{clock.ship_date(s.time_struck)}",
        clock.time_with_utc(s.time_struck),
        BY_KEY[s.species].name if s.species else "not identified",
        format_position(s.lat, s.lon),
        s.killing_method or "harpoon",
        s.remarks,
    )


def season_summary(catches: list[Catch], lost: list[StruckLost]) -> str:
    open_flags = sum(len(missing_explanations(c)) for c in catches)
    return f"{len(catches)} catches, {len(lost)} struck and lost" + (
        f", {open_flags} flag(s) to explain" if open_flags else ""
    )
