"""Export -> verify -> parse back equals the database."""

import json
import re
import zipfile

from whalelog_gui.export.bundle import export_bundle
from whalelog_gui.export.season import LATER_COLUMNS, read_season, record_tables
from whalelog_gui.export.verify import verify_bundle
from whalelog_gui.store.audit import history


def _rows(db, table):
    cursor = db.conn.execute(f"SELECT * FROM [{table}]")
    names = [d[0] for d in cursor.description]
    return {row[0]: dict(zip(names, row)) for row in cursor}


def test_bundle_parses_back_to_exactly_the_database(season_db, signing_key, out_dir):
    result = export_bundle(season_db, out_dir, signing_key)
    bundle = verify_bundle(result.path)
    tables = [t for t in record_tables(season_db) if season_db[t].count]
    assert {"logbooks", "sheets", "events", "weather"} <= set(tables)
    assert set(bundle.records) == set(tables)
    for table in tables:
        parsed = {r["id"]: r for r in bundle.records[table]}
        stored = _rows(season_db, table)
        # a column added by a later migration travels only once it holds a value (old records keep their hash)
        restored = {k: {**LATER_COLUMNS.get(table, {}), **r["data"]} for k, r in parsed.items()}
        assert restored == stored, table
        for record_id, record in parsed.items():
            assert record["audit"] == history(season_db, table, record_id)
            assert record["kind"] in ("new", "correction")
    track = season_db.conn.execute("SELECT lat, lon FROM track ORDER BY t").fetchall()
    assert [(round(lat, 6), round(lon, 6)) for lat, lon, _ in bundle.track] == [
        (round(lat, 6), round(lon, 6)) for lat, lon in track
    ]
    assert len(track) > 100


def test_amendments_travel_as_corrections_of_the_original(season_db, signing_key, out_dir):
    from whalelog_gui.records.daily_sheet import Amendment
    from whalelog_gui.store.logbook_repo import add_amendment

    sheet_id, event_id = season_db.conn.execute(
        "SELECT s.id, e.id FROM sheets s JOIN events e ON e.sheet_id = s.id WHERE s.signed_at IS NOT NULL"
    ).fetchone()
    amendment_id = add_amendment(season_db, sheet_id, Amendment("events", event_id, {"note": "x"}, "clock"), "Ann")
    bundle = verify_bundle(export_bundle(season_db, out_dir, signing_key).path)
    amendment = next(r for r in bundle.records["amendments"] if r["id"] == amendment_id)
    assert (amendment["kind"], amendment["corrects"]) == ("correction", event_id)


def test_bundle_layout_name_and_order(season_db, signing_key, out_dir):
    result = export_bundle(season_db, out_dir, signing_key)
    snapshot = read_season(season_db)
    assert re.fullmatch(r"Hvalur-9_000001_\d{8}T\d{6}Z\.zip", result.path.name)
    names = zipfile.ZipFile(result.path).namelist()
    assert names[:2] == ["manifest.json", "manifest.sig"]
    assert names[2:4] == ["records/logbooks.json", "csv/logbooks.csv"]
    assert "track.gpx" in names and "alerts.json" in names
    manifest = json.loads(zipfile.ZipFile(result.path).read("manifest.json"))
    assert manifest["vessel"]["name"] == snapshot.vessel_name == "Hvalur 9"
    assert set(manifest["files"]) == set(names[2:])
    assert manifest["sequence"] == 1 and manifest["previous_bundle_sha256"] is None
    assert manifest["period"]["from"].startswith("2026-05-01T") and manifest["period"]["to"].startswith("2026-05-03T")
    assert not list(out_dir.glob(".*"))  # no temp file left behind


def test_csv_holds_the_same_records(season_db, signing_key, out_dir):
    from whalelog_gui.export.csv_export import parse_family_csv

    result = export_bundle(season_db, out_dir, signing_key)
    rows = parse_family_csv(zipfile.ZipFile(result.path).read("csv/events.csv"))
    stored = _rows(season_db, "events")
    assert {r["id"]: r["kind"] for r in rows} == {k: "new" for k in stored}
    for row in rows:
        assert row["at"] == stored[row["id"]]["at"]
        assert float(row["lat"]) == stored[row["id"]]["lat"]
