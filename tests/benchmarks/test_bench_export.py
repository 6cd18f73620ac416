"""Benchmark: export of a 200-day demo season (goal <= 10 s) and the bundle's size.

Baseline, measured in the same run on the same data: dumping every record row, the track and the alerts as plain
JSON and zipping it (what a bundle would cost without CSV, GPX, audit trails, PDFs, hashes and signature).
"""

import io
import json
import time
import zipfile

from whalelog_gui.demo_data import fill_season
from whalelog_gui.export import keys
from whalelog_gui.export.bundle import export_bundle
from whalelog_gui.export.pdf import render_forms
from whalelog_gui.export.season import read_season
from whalelog_gui.export.verify import verify_bundle
from whalelog_gui.store.db import open_db

DAYS = 200
GOAL_S = 10.0


def _baseline(db) -> tuple[float, int]:
    start = time.perf_counter()
    tables = {t: [dict(r) for r in db[t].rows] for t in db.table_names() if t != "audit"}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("season.json", json.dumps(tables))
    return time.perf_counter() - start, len(buffer.getvalue())


def test_bench_export_200_days(qapp, tmp_path):
    db_path = tmp_path / "season.sqlite"
    db = open_db(db_path)
    start = time.perf_counter()
    summary = fill_season(db, days=DAYS, seed=1)
    fill_s = time.perf_counter() - start
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    key = keys.load_or_create_signing_key(keys.key_path_for(db_path))
    out = tmp_path / "out"
    out.mkdir()

    base_s, base_bytes = _baseline(db)
    start = time.perf_counter()
    snapshot = read_season(db)
    read_s = time.perf_counter() - start
    start = time.perf_counter()
    result = export_bundle(db, out, key, pdf_renderer=render_forms)
    export_s = time.perf_counter() - start
    start = time.perf_counter()
    verified = verify_bundle(result.path)
    verify_s = time.perf_counter() - start
    members = {i.filename: (i.file_size, i.compress_size) for i in zipfile.ZipFile(result.path).infolist()}
    pdf_bytes = sum(c for n, (_, c) in members.items() if n.startswith("pdf/"))

    records = sum(len(v) for v in snapshot.families.values())
    print(
        f"\n[bench export] demo season: {DAYS} days, {records} records, {summary.events} events, "
        f"{summary.catches} catches, {summary.track_points} track points; db {db_path.stat().st_size / 1e6:.1f} MB; "
        f"demo-data fill {fill_s:.2f} s"
    )
    print(
        f"[bench export] export (incl. PDFs) {export_s:.2f} s (goal <= {GOAL_S:.0f} s); "
        f"baseline JSON+zip {base_s:.2f} s; ratio {export_s / base_s:.1f}x"
    )
    print(
        f"[bench export] bundle {result.size / 1e6:.2f} MB ({len(members)} files, PDFs {pdf_bytes / 1e6:.2f} MB); "
        f"baseline {base_bytes / 1e6:.2f} MB; ratio {result.size / base_bytes:.2f}x"
    )
    print(f"[bench export] snapshot read {read_s:.2f} s; verify {verify_s:.2f} s")
    assert verified.manifest["sequence"] == 1
    assert export_s <= GOAL_S
