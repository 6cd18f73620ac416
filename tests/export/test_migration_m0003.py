"""Migration 3 adds the transmission bookkeeping to a database written by an earlier release, and that
database's records can then be exported."""

import shutil
from pathlib import Path

from whalelog_gui.export import keys
from whalelog_gui.export.bundle import export_bundle
from whalelog_gui.export.verify import verify_bundle
from whalelog_gui.store.db import open_db, user_version

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_schema_v2_file_migrates_and_exports(tmp_path):
    copy = tmp_path / "v2.sqlite"
    shutil.copy(FIXTURES / "schema_v2.sqlite", copy)
    db = open_db(copy)
    assert user_version(db) >= 3
    assert db["transmissions"].count == 0 and db["record_transmissions"].count == 0
    assert {c.name for c in db["record_transmissions"].columns} >= {"family", "record_id", "seq", "kind"}
    key = keys.load_or_create_signing_key(keys.key_path_for(copy))
    (tmp_path / "out").mkdir()
    bundle = verify_bundle(export_bundle(db, tmp_path / "out", key).path)
    stored_events = {r for (r,) in db.conn.execute("SELECT id FROM events")}
    assert stored_events and {r["id"] for r in bundle.records["events"]} == stored_events
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
