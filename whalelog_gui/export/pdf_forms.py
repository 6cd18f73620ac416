"""The Appendix A forms (title page, daily record sheet, schooling report, catch list) as printable blocks, built
from the exported rows so the paper copy shows exactly what the bundle carries. Qt-free: export/pdf.py prints them.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

from whalelog_gui.export.form_blocks import FieldLine, Form, Grid, Heading, Para, occurrence_grids
from whalelog_gui.export.season import SeasonSnapshot
from whalelog_gui.nav.format import format_lat, format_lon
from whalelog_gui.records.activity_totals import Activity, activity_totals
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.records.ship_time import ShipClock
from whalelog_gui.records.whales_seen import WhalesSeenEntry, whales_seen


class FormIndex:
    """The snapshot's rows by id and by parent (sheet, report, school, catch), built once per print run."""

    PARENT_KEYS = ("sheet_id", "report_id", "school_id", "catch_id")

    def __init__(self, snapshot: SeasonSnapshot):
        self.rows: dict[str, dict] = {}
        self._children: dict[tuple[str, str], list[dict]] = {}
        self.families = {name: [e.data for e in entries] for name, entries in snapshot.families.items()}
        self.ship_clock = snapshot.ship_clock
        for family, entries in snapshot.families.items():
            for e in entries:
                self.rows[e.id] = e.data
                for key in self.PARENT_KEYS:
                    if e.data.get(key) is not None:
                        self._children.setdefault((family, e.data[key]), []).append(e.data)

    def children(self, family: str, parent_id: str) -> list[dict]:
        return self._children.get((family, parent_id), [])


def _v(value) -> str:
    return "" if value is None else str(value)


def _ship(clock: ShipClock, moment: datetime | str | None, fmt: str = "%H:%M") -> str:
    """ "22:00 (10:00 UTC)": ship's time as the crew kept it, UTC beside it (issue 15: one ship's day everywhere);
    a ship keeping UTC prints the time once, the form's header says which."""
    if not moment:
        return ""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    local = clock.local(moment)
    if local.utcoffset() == timedelta(0):
        return f"{local:{fmt}}" + (" UTC" if "%Y" in fmt else "")
    return f"{local:{fmt}} ({moment.astimezone(timezone.utc):%H:%M} UTC)"


def _pos(lat, lon, sep: str = " ") -> str:
    return "" if lat is None or lon is None else f"{format_lat(lat)}{sep}{format_lon(lon)}"


def _dur(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min"


def title_page(logbook: dict) -> Form:
    b = logbook
    rows = [
        ("Catcher name", b.get("catcher_name")),
        ("Year built", b.get("year_built")),
        ("Attached to expedition/land station", b.get("attached_to")),
        ("Season", b.get("season")),
        ("Overall length (m)", b.get("overall_length_m")),
        ("Wooden/steel hull", b.get("hull")),
        ("Gross tonnage", b.get("gross_tonnage")),
        ("Type of engine", b.get("engine_type")),
        ("H.P.", b.get("horsepower")),
        ("Maximum speed (kn)", b.get("max_speed_kn")),
        ("Average searching speed (kn)", b.get("avg_search_speed_kn")),
        ("Asdic set, make and model no.", b.get("asdic_make_model")),
        ("Date of installation", b.get("asdic_installed_on")),
        ("Make and size of cannon", b.get("cannon_make_size")),
        (
            "Type of first harpoon used (explosive/electric/non-explosive)",
            f"{_v(b.get('first_harpoon_type'))} — {_v(b.get('first_harpoon_kind'))}",
        ),
        ("Type of killer harpoon used", b.get("killer_harpoon_type")),
        ("Length and type of forerunner", f"{_v(b.get('forerunner_length_m'))} m {_v(b.get('forerunner_type'))}"),
        ("Type of whaleline", b.get("whaleline_type")),
        ("Height of barrel above sea level (m)", b.get("barrel_height_m")),
        ("Speedboat used, Yes/No", {1: "Yes", 0: "No"}.get(b.get("speedboat_used"), "")),
        ("Name of Captain", b.get("captain_name")),
        ("Number of years experience", b.get("captain_years")),
        ("Name of gunner", b.get("gunner_name")),
        ("Number of years experience", b.get("gunner_years")),
        ("Number of crew", b.get("crew_count")),
    ]
    return Form("Title page").add(
        Heading("TITLE PAGE", "SCHEDULE APPENDIX A", "(one logbook per catcher per season)"),
        Grid(tuple((label, _v(value)) for label, value in rows), (0.45, 0.55), size=9, bold_column=1),
    )


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


def _columns(events: list[LogEvent], clock: ShipClock | None = None) -> dict[str, list[list[str]]]:
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
        t = _ship(clock, e.at)
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
                    f"{_v(e.number_seen)} / {_v(e.number_of_groups)}",
                    _pos(e.found_lat, e.found_lon, "\n") or _pos(e.lat, e.lon, "\n"),
                    e.found_by_catcher,
                ]
            elif e.kind is EventKind.CHASE_STARTED:
                column["chase"][0] = t
                column["chase"][2] = {True: "Yes", False: "No"}.get(e.asdic_used, "")
            elif e.kind is EventKind.FLAGGED_ALONGSIDE:
                column["handle"] = [t, e.catch_serial]
            elif e.kind is EventKind.DELIVERED:
                column["tow"][2] = _ship(clock, e.delivered_at or e.at, "%d %b %H:%M")
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


def _utc_minute(text: str | None) -> str:
    """ "2026-05-02T21:00:13.123456+00:00" -> "2026-05-02 21:00 UTC": no microseconds on a signature."""
    if not text:
        return ""
    moment = datetime.fromisoformat(text).astimezone(timezone.utc)
    return f"{moment:%Y-%m-%d %H:%M} UTC"


FIELD_NAMES = {
    "at": "time",
    "lat": "latitude",
    "lon": "longitude",
    "found_lat": "latitude found",
    "found_lon": "longitude found",
    "delivered_at": "delivered",
    "number_seen": "number seen",
    "number_of_groups": "number of groups",
    "catch_serial": "serial No. of catch",
    "asdic_used": "asdic used",
    "other_text": "activity",
    "sea_state": "sea state",
    "wind_force": "wind force",
    "wind_direction_deg": "wind direction",
    "visibility_nm": "visibility",
}


def _shown_value(field: str, value) -> str:
    """A stored value as the form prints it: times as HH:MM UTC, positions in degrees and minutes."""
    if value is None or value == "":
        return "—"
    if field.endswith("_at") or field == "at":
        try:
            return f"{datetime.fromisoformat(str(value)).astimezone(timezone.utc):%d %b %H:%M} UTC"
        except ValueError:
            return str(value)
    if field.endswith("lat"):
        return format_lat(float(value))
    if field.endswith("lon"):
        return format_lon(float(value))
    if isinstance(value, bool) or field == "asdic_used":
        return "Yes" if value in (True, 1) else "No" if value in (False, 0) else str(value)
    return str(value)


def _amendment_text(index: FormIndex, a: dict) -> str:
    """ "Amendment 02 May 14:03 UTC by Mate Sato to the event 'whale-shot' at 10:15 UTC: time 10:15 UTC → 10:25
    UTC; reason: …": what was printed before, what it is now, who and why (no ids, no JSON)."""
    original = index.rows.get(a["target_id"] or "", {})
    what = {
        "events": "the event",
        "weather": "the weather observation",
        "whales_seen": "the whales-seen tally",
        "sheets": "the sheet",
    }.get(a["target_table"], a["target_table"])
    if original.get("kind"):
        what += f" '{original['kind']}'"
    if original.get("at"):
        what += f" of {_shown_value('at', original['at'])}"
    if not a["target_id"]:
        what = f"{what} (added after sign-off)"
    changes = json.loads(a["changes_json"])
    parts = [
        f"{FIELD_NAMES.get(k, k.replace('_', ' '))} {_shown_value(k, original.get(k))} → {_shown_value(k, v)}"
        for k, v in sorted(changes.items())
    ]
    return (
        f"Amendment of {_utc_minute(a['created_at'])} by {_v(a['created_by'])} to {what}: "
        f"{'; '.join(parts)} — reason: {_v(a['reason'])}"
    )


def _section(title: str, columns: list[list[str]], labels: list[str]) -> list:
    rows = [(label, [c[i] for c in columns]) for i, label in enumerate(labels)]
    return [Para(title, bold=True), *occurrence_grids(rows)]


def _whales_seen_rows(events: list[LogEvent], edits: list[WhalesSeenEntry]) -> tuple:
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


def daily_sheet(index: FormIndex, sheet: dict) -> Form:
    logbook = index.rows.get(sheet["logbook_id"], {})
    events = sorted((LogEvent.from_row(r) for r in index.children("events", sheet["id"])), key=lambda e: e.at)
    weather = sorted(index.children("weather", sheet["id"]), key=lambda w: w["at"])
    edits = [
        WhalesSeenEntry(SeenSpecies(r["species"]), r["number"], r["schools"], r["other_name"], True, r["id"])
        for r in index.children("whales_seen", sheet["id"])
    ]
    clock = index.ship_clock
    cols = _columns(events, clock)
    day = date.fromisoformat(sheet["day"])
    start = clock.day_bounds(day)[0]
    zone = clock.zone_name(start)
    on_utc = clock.local(start).utcoffset() == timedelta(0) and not clock.changes_on(day)
    times = "UTC (ship's time)" if on_utc else f"ship's time ({zone}), UTC in brackets"
    form = Form(f"Daily record sheet {sheet['sheet_no']} ({sheet['day']})")
    form.add(
        Heading("DAILY RECORD SHEET", "TABLE 1"),
        FieldLine(
            (
                ("Date (ship's date)", _v(sheet["day"])),
                ("Catcher name", _v(logbook.get("catcher_name"))),
                ("Sheet No.", _v(sheet["sheet_no"])),
                ("Times", times),
            )
        ),
    )
    for change, before in clock.changes_on(day):  # the day the clocks changed: 23 or 25 hours (issue 15)
        form.add(Para(clock.change_text(change, before), bold=True, size=7))
    form.add(
        *_section(
            "Searching:",
            cols["search"],
            [
                "Time started (or resumed)",
                "*Time whales seen or reported to catcher",
                "Whale species",
                "Number seen and no. of groups",
                "Position found",
                "Name of catcher that found whales",
            ],
        )
    )
    form.add(
        *_section(
            "Chasing:",
            cols["chase"],
            [
                "Time started chasing (or confirmed whales)",
                "Time whale shot or chasing discontinued",
                "Asdic used (Yes/No)",
            ],
        )
    )
    form.add(
        *_section("Handling:", cols["handle"], ["Time whale flagged or alongside for towing", "Serial No. of catch"])
    )
    form.add(
        *_section(
            "Towing:",
            cols["tow"],
            [
                "Time started picking up",
                "Time finished picking up or started towing",
                "Date and time delivered to factory",
            ],
        )
    )
    form.add(
        *_section(
            "Resting:", cols["rest"], ["Time stopped (for drifting or resting)", "Time finished drifting/resting"]
        )
    )
    ceased = next((_ship(clock, e.at) for e in events if e.kind is EventKind.CEASED), "")
    form.add(FieldLine((("Time ceased operations", ceased),)))
    totals = activity_totals(events) if events else None
    if totals is not None:
        form.add(
            Grid(
                tuple(
                    (label, _dur(totals[activity]))
                    for label, activity in (
                        ("Total searching time", Activity.SEARCHING),
                        ("Total chasing time A) with asdic", Activity.CHASING_WITH_ASDIC),
                        ("Total chasing time B) without asdic", Activity.CHASING_WITHOUT_ASDIC),
                        ("Total handling time", Activity.HANDLING),
                        ("Total towing time", Activity.TOWING),
                        ("Total resting time", Activity.RESTING),
                        ("Other time (e.g. bunkering, in port)", Activity.OTHER),
                    )
                ),
                (0.4, 0.2),
            )
        )
    form.add(
        Para("WEATHER CONDITIONS", bold=True),
        Grid(
            (
                (
                    "Time (UTC)" if on_utc else f"Time ({zone}, UTC)",
                    "Sea state",
                    "Wind force and direction",
                    "Visibility",
                ),
            )
            + tuple(
                (
                    _ship(clock, w["at"]),
                    _v(w["sea_state"]),
                    f"{w['wind_force']} Bft"
                    + (f" from {w['wind_direction_deg']:03d}°" if w["wind_direction_deg"] is not None else ""),
                    f"{_v(w['visibility_nm'])} nm",
                )
                for w in weather
            ),
            (0.15, 0.15, 0.35, 0.35),
            header=True,
        ),
    )
    form.add(
        Para("Whales Seen (No. and No. of schools)", bold=True), Grid(_whales_seen_rows(events, edits), (0.2, 0.13) * 3)
    )
    signed = (
        f"{_v(sheet.get('signed_by'))} ({_v(sheet.get('signed_role'))}) "
        f"{_ship(clock, sheet.get('signed_at'), '%Y-%m-%d %H:%M')}"
        if sheet.get("signed_at")
        else "not signed"
    )
    form.add(FieldLine((("Signed", signed),)))
    for a in index.children("amendments", sheet["id"]):
        form.add(Para(_amendment_text(index, a), size=7))
    form.add(
        Para(
            "* Time whales reported to catcher means the time when the catcher is told of the position of a "
            "school and starts to move towards it to chase it.",
            size=7,
            italic=True,
        )
    )
    return form


def schooling_report(index: FormIndex, report: dict, notes: dict[str, str]) -> Form:
    schools = sorted(index.children("schools", report["id"]), key=lambda s: s["column_no"])
    cells = {(r["school_id"], r["catcher"]): r for s in schools for r in index.children("school_catches", s["id"])}
    catchers = json.loads(report["catchers_json"])

    def caught(school, name):
        cell = cells.get((school["id"], name))
        return "X" if cell is None or not cell["chased"] else str(cell["caught"])

    rows = [
        ("Time School Found (ship's time)", [_v(s["time_found"])[:5] for s in schools]),
        ("Total Number of Whales in School", [_v(s["total"]) for s in schools]),
        ("Number of Takeable Whales in School", [_v(s["takeable"]) for s in schools]),
    ]
    rows += [(f"Number caught by {name}", [caught(s, name) for s in schools]) for name in catchers]
    rows.append(
        (
            "Total Number Caught from School",
            [str(sum(int(caught(s, n)) for n in catchers if caught(s, n) != "X")) for s in schools],
        )
    )
    # note D: each school's remarks in its own column, never merged into one line (issue 15)
    rows.append(("Remarks (other expeditions, note D)", [_v(s["remarks"]) for s in schools]))
    remarks = _v(report["remarks"])
    return Form(f"Schooling report {report['day']}").add(
        Heading(
            "SCHOOLING REPORT",
            "TABLE 2",
            "To be completed by pelagic expedition or coastal station for each "
            "sperm whale school chased. A separate form to be used each day.",
        ),
        FieldLine((("Name of expedition or coastal station", _v(report["name"])),)),
        FieldLine(
            (
                ("Date (ship's date)", _v(report["day"])),
                ("Noon position of factory ship", _pos(report["noon_lat"], report["noon_lon"])),
            )
        ),
        *occurrence_grids(rows),
        FieldLine((("Remarks:", remarks),)),
        Para("Explanatory Notes", bold=True),
        *(Para(f"{k}. {v}", size=7) for k, v in sorted(notes.items())),
    )


def _length(c: dict, name: str) -> str:
    """As measured / as logged (para 23): "29 ft 5 in / 29 ft", "10.25 / 10.3 m" (not "29 / 29 ft")."""
    raw, inches, logged, unit = (
        c.get(f"{name}_raw"),
        c.get(f"{name}_raw_inches"),
        c.get(f"{name}_logged"),
        c.get(f"{name}_unit"),
    )
    if raw is None:
        return ""
    if unit == "ft":
        return f"{raw} ft {inches or 0} in / {_v(logged)} ft"
    return f"{raw} / {_v(logged)} {_v(unit)}"


def _lactation(c: dict) -> str:
    """A "yes" from the gland alone, milk not examined, says so (issue 15), never a bare "yes"."""
    if c.get("lactating") == 1 and c.get("milk_present") is None:
        return "presumed yes (milk not examined)"
    return {1: "yes", 0: "no"}.get(c.get("lactating"), "")


def _stock_cell(c: dict) -> str:
    """The para 9 stock saved with the catch (stock_json), as the catch dialog shows it."""
    from whalelog_gui.records.stocks import stock_text

    raw = c.get("stock_json")
    return "" if raw is None else stock_text(json.loads(raw))


def catch_list(index: FormIndex, catch_ids: set[str] | None = None) -> Form:
    form = Form("Catch list").add(
        Heading(
            "CATCH LIST",
            "Schedule paras 9, 24(b), 27(c), 29",
            "lengths: as measured / as logged (para 23); times: ship's date and time, UTC in brackets",
        )
    )
    clock = index.ship_clock
    rows = [
        (
            "Marking",
            "Species",
            "Stock (para 9)",
            "Taken",
            "Position",
            "Hauled up",
            "Length",
            "Sex",
            "Gland (cm)",
            "Lactating",
            "Foetus",
            "Specimens",
            "Signed",
        )
    ]
    binding, information = [], []
    for c in index.families.get("catches", []):
        if catch_ids is not None and c["id"] not in catch_ids:
            continue
        foetus = f"{_length(c, 'foetus_length')} {_v(c['foetus_sex'])}" if c["foetus_present"] else ""
        gland = "" if c["gland_raw_cm"] is None else f"{_v(c['gland_raw_cm'])} / {_v(c['gland_logged_cm'])}"
        rows.append(
            (
                f"{c['catcher']} {c['catch_order']}",
                _v(c["species"]),
                _stock_cell(c),
                _ship(clock, c["time_taken"], "%Y-%m-%d %H:%M"),
                _pos(c["lat"], c["lon"]),
                _ship(clock, c["time_hauled_up"], "%Y-%m-%d %H:%M"),
                _length(c, "length"),
                _v(c["sex"]),
                gland,
                _lactation(c),
                foetus,
                "; ".join(f"{s['kind']} {s['label']}" for s in index.children("catch_specimens", c["id"])),
                _v(c["signed_by"]),
            )
        )
        for f in index.children("catch_flags", c["id"]):
            note = f.get("binding_note") or ""
            if f.get("binding", 1):  # only a flag that binds the flag State needs the crew's explanation
                binding.append(
                    Para(
                        f"{c['catcher']} {c['catch_order']} — para {f['paragraph']}: {f['explanation']}"
                        + (f" — {note}" if note else ""),
                        bold=True,
                        size=7,
                    )
                )
                binding.append(Para(f"Explanation (para 24(b)(6)): {f['crew_explanation'] or 'MISSING'}", size=7))
            else:  # a rule the flag State objected to: information, "not binding on <State>: <reason>"
                information.append(
                    Para(
                        f"{c['catcher']} {c['catch_order']} — para {f['paragraph']}: "
                        f"{note or 'not binding on the flag State'}. {f['explanation']}",
                        size=7,
                    )
                )
    form.add(
        Grid(
            tuple(rows),
            (0.07, 0.06, 0.09, 0.08, 0.11, 0.08, 0.09, 0.05, 0.07, 0.05, 0.08, 0.1, 0.07),
            header=True,
            size=6.5,
        )
    )
    if binding:
        form.add(Para("Possible infractions", bold=True), *binding)
    if information:
        form.add(
            Para("For information: rules that do not bind the flag State (Schedule footnotes)", bold=True), *information
        )
    return form
