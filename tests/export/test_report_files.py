"""The notification reports in bundles and as files (issue 13): the same JSON as `whalelog report`, a CSV that is
a function of it, and `bundle verify` accepting them."""

import csv
import io
import json
import subprocess
import sys
import zipfile

from whalelog_gui.export.bundle import export_bundle
from whalelog_gui.export.report_files import SEASON_COLUMNS, WEEKLY_COLUMNS, read_reports, season_csv, weekly_csv
from whalelog_gui.export.verify import verify_bundle


def rows(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def report(db_path, *argv):
    done = subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "report", *argv, "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_bundle_carries_the_reports_verify_accepts_them(season_db, db_path, signing_key, out_dir):
    result = export_bundle(season_db, out_dir, signing_key)
    summary = verify_bundle(result.path).summary()
    assert summary["valid"] is True
    z = zipfile.ZipFile(result.path)
    names = z.namelist()
    assert {"reports/season.json", "reports/season.csv", "reports/weekly-26a.json", "reports/weekly-26a.csv"} <= set(
        names
    )
    assert names.index("alerts.json") < names.index("reports/season.csv")  # the documented member order
    season = json.loads(z.read("reports/season.json"))
    cli = report(db_path, "season")
    for paragraph in ("25(a)", "27", "28(a)(2)"):  # the same core function as the command line
        assert season[paragraph] == cli[paragraph]
    assert rows(z.read("reports/season.csv")) == rows(season_csv(season))
    manifest = json.loads(z.read("manifest.json"))
    assert "reports/season.json" in manifest["files"]


def test_csv_rows_say_their_paragraph(season_db):
    reports = read_reports(season_db)
    table = rows(season_csv(reports.season))
    assert list(table[0]) == list(SEASON_COLUMNS)
    particulars = [r for r in table if r["paragraph"] == "27(c)"]
    assert len(particulars) == len(reports.season["27"]["particulars"]) == season_db["catches"].count
    first = reports.season["27"]["particulars"][0]
    assert particulars[0]["item"] == first["marking"] and particulars[0]["species"] == first["species"]
    assert particulars[0]["length"] == first["length"]["logged"]
    (lost,) = [r for r in table if r["paragraph"] == "25(a)(2)"]
    assert lost["lost"] == str(reports.season["25(a)"]["struck_but_lost"])
    by_species = {r["species"]: r for r in table if r["paragraph"] == "27(a)"}
    assert {s["species"] for s in reports.season["27"]["by_species"]} == set(by_species)


def test_weekly_csv_has_a_row_per_week_and_species():
    weekly = {
        "paragraph": "26(a)",
        "weeks": [
            {
                "week": "2025-W49",
                "from": "2025-12-01",
                "to": "2025-12-07",
                "due": "2025-12-09",
                "baleen_south_of_40s": {"fin": 2, "minke": 1},
                "total": 3,
                "daily": False,
            },
            {
                "week": "2025-W50",
                "from": "2025-12-08",
                "to": "2025-12-14",
                "due": "2025-12-16",
                "baleen_south_of_40s": {"fin": 1},
                "total": 1,
                "daily": False,
            },
        ],
    }
    table = rows(weekly_csv(weekly))
    assert list(table[0]) == list(WEEKLY_COLUMNS)
    assert [(r["week"], r["species"], r["taken"], r["due"]) for r in table] == [
        ("2025-W49", "fin", "2", "2025-12-09"),
        ("2025-W49", "minke", "1", "2025-12-09"),
        ("2025-W50", "fin", "1", "2025-12-16"),
    ]
