"""The daily record sheet's occurrence columns (Appendix A, Table 1): one column per sighting and what came of
it, through Searching, Chasing, Handling and Towing, and the whales-seen tally's rows."""

from __future__ import annotations

from whalelog_gui.export.form_blocks import Para, occurrence_grids
from whalelog_gui.export.form_values import position_text, ship_time, value_text
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.records.ship_time import ShipClock
from whalelog_gui.records.whales_seen import WhalesSeenEntry, whales_seen


# Each section's slots in an occurrence column: searching 6, chasing 3, handling 2, towing 3 (Table 1 rows).
SLOTS = {"search": 6, "chase": 3, "handle": 2, "tow": 3}
# The slot an event fills, and the slot that must still be empty in the current column for it to go there.
PLACE = {
    EventKind.SEARCH_STARTED: ("search", 0),
    EventKind.WHALES_SEEN: ("search", 1),
    EventKind.CHASE_STARTED: ("chase", 0),
    EventKind.FLAGGED_ALONGSIDE: ("handle", 0),
    EventKind.PICKUP_STARTED: ("tow", 0),
    EventKind.TOWING_STARTED: ("tow", 1),
    EventKind.DELIVERED: ("tow", 2),
}
ORDER = ["search", "chase", "handle", "tow"]  # a column runs left to right through these, as a whale does


def occurrence_columns(events: list[LogEvent], clock: ShipClock | None = None) -> dict[str, list[list[str]]]:
    """The form's sections in shared columns: column k of Searching, Chasing, Handling and Towing is one
    sighting and what came of it (issue 15: a sighting and its chase printed in different columns). Resting
    periods have their own columns."""
    clock = clock or ShipClock.fixed("UTC")
    columns: list[dict[str, list[str]]] = []
    rest: list[list[str]] = []

    def column_for(section: str, slot: int) -> dict[str, list[str]]:
        # a new column when this slot is taken, or a later step of the same whale is already there
        later = ORDER[ORDER.index(section) + 1 :]
        current = columns[-1] if columns else None
        if current is None or current[section][slot] or any(any(current[s]) for s in later):
            current = {name: [""] * n for name, n in SLOTS.items()}
            columns.append(current)
        return current

    for e in events:
        t = ship_time(clock, e.at)
        if e.kind in PLACE:
            section, slot = PLACE[e.kind]
            column = column_for(section, slot)
            if e.kind is EventKind.SEARCH_STARTED:
                column["search"][0] = t
            elif e.kind is EventKind.WHALES_SEEN:
                name = e.other_species if e.species is SeenSpecies.OTHER else (e.species.label if e.species else "")
                column["search"][1:] = [
                    t,
                    name,
                    f"{value_text(e.number_seen)} / {value_text(e.number_of_groups)}",
                    position_text(e.found_lat, e.found_lon, "\n") or position_text(e.lat, e.lon, "\n"),
                    e.found_by_catcher,
                ]
            elif e.kind is EventKind.CHASE_STARTED:
                column["chase"][0] = t
                column["chase"][2] = {True: "Yes", False: "No"}.get(e.asdic_used, "")
            elif e.kind is EventKind.FLAGGED_ALONGSIDE:
                column["handle"] = [t, e.catch_serial]
            elif e.kind is EventKind.DELIVERED:
                column["tow"][2] = ship_time(clock, e.delivered_at or e.at, "%d %b %H:%M")
            else:
                column[section][slot] = t
        elif e.kind in (EventKind.WHALE_SHOT, EventKind.CHASE_DISCONTINUED):
            chased = next((c for c in reversed(columns) if c["chase"][0] and not c["chase"][1]), None)
            column = chased or column_for("chase", 1)
            column["chase"][1] = t + (" shot" if e.kind is EventKind.WHALE_SHOT else " discontinued")
        elif e.kind is EventKind.RESTING_STARTED:
            rest.append([t, ""])
        elif e.kind is EventKind.RESTING_FINISHED and rest:
            rest[-1][1] = t
    out = {name: [c[name] for c in columns] for name in SLOTS}
    out["rest"] = rest
    return out


def occurrence_section(title: str, columns: list[list[str]], labels: list[str]) -> list:
    rows = [(label, [c[i] for c in columns]) for i, label in enumerate(labels)]
    return [Para(title, bold=True), *occurrence_grids(rows)]


def whales_seen_rows(events: list[LogEvent], edits: list[WhalesSeenEntry]) -> tuple:
    seen = {(s.species, s.other_name): s for s in whales_seen(events, edits)}
    cells = []
    for sp in SeenSpecies:
        if sp is SeenSpecies.OTHER:
            others = [(f"Others ({other})", f"{e.number} ({e.schools})") for (k, other), e in seen.items() if k is sp]
            cells += others or [("Others (specify)", "")]  # the paper form's row, even when empty
        else:
            entry = seen.get((sp, ""))
            cells.append((sp.label, "" if entry is None else f"{entry.number} ({entry.schools})"))
    flat = [x for pair in cells for x in pair]
    flat += [""] * (-len(flat) % 6)
    return tuple(tuple(flat[i : i + 6]) for i in range(0, len(flat), 6))
