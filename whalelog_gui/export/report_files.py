"""The notification reports as files (issue 13): para 26(a) by calendar week and the season statistics of paras
25(a), 27 and 28(a)(2), as JSON (what `whalelog report` prints) and as CSV, for the Reports page and the bundle.

The reports come from store/notifications.py, the functions behind `whalelog report weekly|season`. Each CSV is a
pure function of its JSON document, so `bundle verify` can re-render it and refuse a CSV that says something else.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import datetime, timezone

import sqlite_utils

WEEKLY = "weekly-26a"
SEASON = "season"
REPORT_NAMES = (WEEKLY, SEASON)  # reports/<name>.json and reports/<name>.csv in a bundle

WEEKLY_COLUMNS = ("paragraph", "week", "from", "to", "due", "species", "taken")
SEASON_COLUMNS = (
    "paragraph",
    "item",
    "species",
    "date",
    "lat",
    "lon",
    "sex",
    "length",
    "length_unit",
    "foetus_length",
    "foetus_unit",
    "foetus_sex",
    "method",
    "taken",
    "lost",
    "treated",
    "catcher",
    "season",
    "commissioned",
    "ceased",
    "days_at_sea_on_grounds",
)


@dataclass(frozen=True)
class Reports:
    """Both reports as read at one moment: weekly = {"paragraph": "26(a)", "weeks": [weekly_26a(...), ...]}."""

    weekly: dict
    season: dict

    def documents(self) -> dict[str, dict]:
        return {WEEKLY: self.weekly, SEASON: self.season}


def read_reports(db: sqlite_utils.Database, at: datetime | None = None) -> Reports:
    """Every para 26(a) week with whales in it, and the season report, in the ship's dates (the logbook's zone);
    `at`: the moment the reports are made (now), which decides the notifications still due."""
    from whalelog_gui.store.notifications import catches_with_operation, season_report, weekly_26a, weeks_26a
    from whalelog_gui.store.regime_settings import logbook_ship_tz
    from whalelog_gui.store.vessel import load_vessel

    tz = logbook_ship_tz(db)
    daily = load_vessel(db).daily_notification
    today = (at or datetime.now(timezone.utc)).astimezone(tz).date()
    catches = catches_with_operation(db)  # the season read once for every report below
    weeks = [weekly_26a(db, week, tz, daily=daily, catches=catches) for week in weeks_26a(db, tz, catches=catches)]
    return Reports({"paragraph": "26(a)", "weeks": weeks}, season_report(db, tz, today, catches=catches))


def _csv(columns: tuple[str, ...], rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\r\n", extrasaction="raise")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue().encode("utf-8")


def weekly_csv(weekly: dict) -> bytes:
    """One row per week and species (a week with none south of 40°S has no week in the report)."""
    rows = [
        {
            "paragraph": "26(a)",
            "week": w["week"],
            "from": w["from"],
            "to": w["to"],
            "due": w["due"],
            "species": species,
            "taken": n,
        }
        for w in weekly["weeks"]
        for species, n in w["baleen_south_of_40s"].items()
    ]
    return _csv(WEEKLY_COLUMNS, rows)


def season_csv(season: dict) -> bytes:
    """One table for a spreadsheet: each row says its paragraph; columns a paragraph does not use stay empty."""
    rows: list[dict] = []
    for m in season["25(a)"]["methods_other_than_harpoon"]:
        rows.append(
            {
                "paragraph": "25(a)(1)",
                "item": m["marking"],
                "species": m["species"],
                "date": m["date"],
                "method": m["method"],
            }
        )
    rows.append({"paragraph": "25(a)(2)", "item": "whales struck but lost", "lost": season["25(a)"]["struck_but_lost"]})
    for s in season["27"]["by_species"]:
        rows.append(
            {
                "paragraph": "27(a)",
                "item": "taken, lost, treated",
                "species": s["species"],
                "taken": s["taken"],
                "lost": s["lost"],
                "treated": s["treated"],
            }
        )
    for p in season["27"]["particulars"]:
        length, foetus = p["length"] or {}, p["foetus"] or {}
        foetus_length = foetus.get("length") or {}
        rows.append(
            {
                "paragraph": "27(c)",
                "item": p["marking"],
                "species": p["species"],
                "date": p["date"],
                "lat": p["lat"],
                "lon": p["lon"],
                "sex": p["sex"],
                "length": length.get("logged"),
                "length_unit": length.get("unit"),
                "foetus_length": foetus_length.get("logged"),
                "foetus_unit": foetus_length.get("unit"),
                "foetus_sex": foetus.get("sex"),
                "method": p["weapon"],
            }
        )
    for c in season["28(a)(2)"]:
        rows.append(
            {
                "paragraph": "28(a)(2)",
                "item": "catcher",
                "catcher": c["catcher"],
                "season": c["season"],
                "commissioned": c["commissioned"],
                "ceased": c["ceased"],
                "days_at_sea_on_grounds": c["days_at_sea_on_grounds"],
            }
        )
    return _csv(SEASON_COLUMNS, rows)


CSV_OF = {WEEKLY: weekly_csv, SEASON: season_csv}


def report_json(document: dict) -> bytes:
    return (json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def report_members(reports: Reports) -> list[tuple[str, bytes]]:
    """The bundle's reports/ files, JSON and CSV of each report."""
    files = []
    for name, document in reports.documents().items():
        files.append((f"reports/{name}.json", report_json(document)))
        files.append((f"reports/{name}.csv", CSV_OF[name](document)))
    return files
