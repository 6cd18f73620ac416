"""The Appendix A forms (title page, daily record sheet, schooling report, catch list) as printable blocks, built
from the exported rows so the paper copy shows exactly what the bundle carries. Qt-free: export/pdf.py prints them.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from whalelog_gui.export.amendment_text import amendment_text
from whalelog_gui.export.form_blocks import FieldLine, Form, Grid, Heading, Para, occurrence_grids
from whalelog_gui.export.form_values import duration_text, position_text, ship_time, value_text
from whalelog_gui.export.season import SeasonSnapshot
from whalelog_gui.export.sheet_columns import occurrence_columns, occurrence_section, whales_seen_rows
from whalelog_gui.records.activity_totals import Activity, activity_totals
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.records.whales_seen import WhalesSeenEntry


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
            f"{value_text(b.get('first_harpoon_type'))} — {value_text(b.get('first_harpoon_kind'))}",
        ),
        ("Type of killer harpoon used", b.get("killer_harpoon_type")),
        (
            "Length and type of forerunner",
            f"{value_text(b.get('forerunner_length_m'))} m {value_text(b.get('forerunner_type'))}",
        ),
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
        Grid(tuple((label, value_text(value)) for label, value in rows), (0.45, 0.55), size=9, bold_column=1),
    )


def daily_sheet(index: FormIndex, sheet: dict) -> Form:
    logbook = index.rows.get(sheet["logbook_id"], {})
    events = sorted((LogEvent.from_row(r) for r in index.children("events", sheet["id"])), key=lambda e: e.at)
    weather = sorted(index.children("weather", sheet["id"]), key=lambda w: w["at"])
    edits = [
        WhalesSeenEntry(SeenSpecies(r["species"]), r["number"], r["schools"], r["other_name"], True, r["id"])
        for r in index.children("whales_seen", sheet["id"])
    ]
    clock = index.ship_clock
    cols = occurrence_columns(events, clock)
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
                ("Date (ship's date)", value_text(sheet["day"])),
                ("Catcher name", value_text(logbook.get("catcher_name"))),
                ("Sheet No.", value_text(sheet["sheet_no"])),
                ("Times", times),
            )
        ),
    )
    for change, before in clock.changes_on(day):  # the day the clocks changed: 23 or 25 hours (issue 15)
        form.add(Para(clock.change_text(change, before), bold=True, size=7))
    form.add(
        *occurrence_section(
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
        *occurrence_section(
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
        *occurrence_section(
            "Handling:", cols["handle"], ["Time whale flagged or alongside for towing", "Serial No. of catch"]
        )
    )
    form.add(
        *occurrence_section(
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
        *occurrence_section(
            "Resting:", cols["rest"], ["Time stopped (for drifting or resting)", "Time finished drifting/resting"]
        )
    )
    ceased = next((ship_time(clock, e.at) for e in events if e.kind is EventKind.CEASED), "")
    form.add(FieldLine((("Time ceased operations", ceased),)))
    totals = activity_totals(events) if events else None
    if totals is not None:
        form.add(
            Grid(
                tuple(
                    (label, duration_text(totals[activity]))
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
                    ship_time(clock, w["at"]),
                    value_text(w["sea_state"]),
                    f"{w['wind_force']} Bft"
                    + (f" from {w['wind_direction_deg']:03d}°" if w["wind_direction_deg"] is not None else ""),
                    f"{value_text(w['visibility_nm'])} nm",
                )
                for w in weather
            ),
            (0.15, 0.15, 0.35, 0.35),
            header=True,
        ),
    )
    form.add(
        Para("Whales Seen (No. and No. of schools)", bold=True), Grid(whales_seen_rows(events, edits), (0.2, 0.13) * 3)
    )
    signed = (
        f"{value_text(sheet.get('signed_by'))} ({value_text(sheet.get('signed_role'))}) "
        f"{ship_time(clock, sheet.get('signed_at'), '%Y-%m-%d %H:%M')}"
        if sheet.get("signed_at")
        else "not signed"
    )
    form.add(FieldLine((("Signed", signed),)))
    for a in index.children("amendments", sheet["id"]):
        form.add(Para(amendment_text(index.rows, a), size=7))
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
        ("Time School Found (ship's time)", [value_text(s["time_found"])[:5] for s in schools]),
        ("Total Number of Whales in School", [value_text(s["total"]) for s in schools]),
        ("Number of Takeable Whales in School", [value_text(s["takeable"]) for s in schools]),
    ]
    rows += [(f"Number caught by {name}", [caught(s, name) for s in schools]) for name in catchers]
    rows.append(
        (
            "Total Number Caught from School",
            [str(sum(int(caught(s, n)) for n in catchers if caught(s, n) != "X")) for s in schools],
        )
    )
    # note D: each school's remarks in its own column, never merged into one line (issue 15)
    rows.append(("Remarks (other expeditions, note D)", [value_text(s["remarks"]) for s in schools]))
    remarks = value_text(report["remarks"])
    return Form(f"Schooling report {report['day']}").add(
        Heading(
            "SCHOOLING REPORT",
            "TABLE 2",
            "To be completed by pelagic expedition or coastal station for each "
            "sperm whale school chased. A separate form to be used each day.",
        ),
        FieldLine((("Name of expedition or coastal station", value_text(report["name"])),)),
        FieldLine(
            (
                ("Date (ship's date)", value_text(report["day"])),
                ("Noon position of factory ship", position_text(report["noon_lat"], report["noon_lon"])),
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
        return f"{raw} ft {inches or 0} in / {value_text(logged)} ft"
    return f"{raw} / {value_text(logged)} {value_text(unit)}"


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
        foetus = f"{_length(c, 'foetus_length')} {value_text(c['foetus_sex'])}" if c["foetus_present"] else ""
        gland = (
            "" if c["gland_raw_cm"] is None else f"{value_text(c['gland_raw_cm'])} / {value_text(c['gland_logged_cm'])}"
        )
        rows.append(
            (
                f"{c['catcher']} {c['catch_order']}",
                value_text(c["species"]),
                _stock_cell(c),
                ship_time(clock, c["time_taken"], "%Y-%m-%d %H:%M"),
                position_text(c["lat"], c["lon"]),
                ship_time(clock, c["time_hauled_up"], "%Y-%m-%d %H:%M"),
                _length(c, "length"),
                value_text(c["sex"]),
                gland,
                _lactation(c),
                foetus,
                "; ".join(f"{s['kind']} {s['label']}" for s in index.children("catch_specimens", c["id"])),
                value_text(c["signed_by"]),
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
