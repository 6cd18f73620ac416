"""`whalelog authority ingest`: the authority's ledger sees forks, replays, gaps and key changes (issue 11)."""

import json
import shutil
import sqlite3

import pytest

from whalelog_gui.authority.ingest import ingest_one
from whalelog_gui.authority.ledger import SQLiteLedger
from whalelog_gui.cli import main
from whalelog_gui.export import keys
from whalelog_gui.export.custody import KeyCustody
from whalelog_gui.store import audit
from whalelog_gui.store.db import open_db

from vessel_builders import Vessel, add_track_point


def _ingest(ledger, capsys, *files):
    code = main(["authority", "ingest", "--ledger", str(ledger), *map(str, files)])
    lines = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert len(lines) == len(files)
    return code, lines


def test_new_then_duplicate_is_idempotent(vessel, tmp_path, capsys):
    ledger = tmp_path / "ledger.sqlite"
    b1, b2 = vessel.export(), vessel.export()
    code, lines = _ingest(ledger, capsys, b1, b2)
    assert code == 0 and [x["status"] for x in lines] == ["new", "new"]
    assert lines[0]["vessel"] == "Hvalur 9" and lines[0]["sequence"] == 1 and lines[1]["sequence"] == 2
    assert lines[0]["fingerprint"] == keys.fingerprint(vessel.key.public_key()) and len(lines[0]["sha256"]) == 64
    code, lines = _ingest(ledger, capsys, b2, b1)
    assert code == 0 and [x["status"] for x in lines] == ["duplicate", "duplicate"]
    assert sqlite3.connect(ledger).execute("SELECT COUNT(*) FROM bundles").fetchone()[0] == 2


def test_fork_from_a_restored_backup_is_refused(vessel, tmp_path, capsys):
    """The ship's software bypassed (no journal): two different bundles numbered 2; the ledger still sees it."""
    ledger = tmp_path / "ledger.sqlite"
    b1 = vessel.export()
    backup = tmp_path / "backup.sqlite"
    src, dst = sqlite3.connect(vessel.db_path), sqlite3.connect(backup)
    src.backup(dst)
    src.close(), dst.close()
    b2 = vessel.export()
    shutil.move(str(b2), str(tmp_path / "first-2.zip"))
    restored = open_db(backup)
    from whalelog_gui.export.bundle import export_bundle

    add_track_point(restored)
    add_track_point(restored)
    other_2 = export_bundle(restored, vessel.out, vessel.key).path
    code, lines = _ingest(ledger, capsys, b1, tmp_path / "first-2.zip", other_2)
    assert code == 1
    assert [x["status"] for x in lines] == ["new", "new", "fork"]
    assert lines[2]["sequence"] == 2 and lines[2]["consistent"] is False and "already received" in lines[2]["reason"]


def test_gap_is_reported_with_the_missing_sequences(vessel, tmp_path, capsys):
    b1, _b2, b3 = vessel.export(), vessel.export(), vessel.export()
    code, lines = _ingest(tmp_path / "ledger.sqlite", capsys, b1, b3)
    assert code == 0
    assert lines[1]["status"] == "gap" and lines[1]["missing"] == [2] and lines[1]["consistent"] is True


def test_late_bundle_that_does_not_link_is_a_fork(vessel, tmp_path, capsys):
    b1, b2, b3 = vessel.export(), vessel.export(), vessel.export()
    ledger = SQLiteLedger(tmp_path / "ledger.sqlite")
    assert ingest_one(ledger, str(b1)).status == "new"
    assert ingest_one(ledger, str(b3)).status == "gap"
    assert ingest_one(ledger, str(b2)).status == "new"  # the gap filled: links to both neighbours


def test_key_change_without_declaration_is_refused(vessel, tmp_path, capsys):
    b1 = vessel.export()
    other = keys.create_signing_key(tmp_path / "thief.pem")
    b2 = vessel.export(key=other)  # same chain, different signer, nothing declared
    code, lines = _ingest(tmp_path / "ledger.sqlite", capsys, b1, b2)
    assert code == 1, lines
    assert lines[1]["status"] == "key change" and lines[1]["consistent"] is False
    assert "no rotation or replacement declaration" in lines[1]["reason"]


def test_key_rotation_is_accepted(vessel, tmp_path, capsys):
    b1 = vessel.export()
    custody = KeyCustody(vessel.db, vessel.db_path)
    custody.rotate("Master", "yearly rotation")
    b2 = vessel.export(key=custody.signing_key_for_export())  # announces the new key, signed by the old one
    new_key = custody.signing_key_for_export()  # now the announced key
    assert keys.fingerprint(new_key.public_key()) != keys.fingerprint(vessel.key.public_key())
    b3 = vessel.export(key=new_key)
    code, lines = _ingest(tmp_path / "ledger.sqlite", capsys, b1, b2, b3)
    assert code == 0, lines
    assert [x["status"] for x in lines] == ["new", "new", "key change"]
    assert lines[2]["consistent"] is True and lines[2]["reason"].startswith("key rotated")


def test_key_replacement_is_accepted(vessel, tmp_path, capsys):
    b1 = vessel.export()
    custody = KeyCustody(vessel.db, vessel.db_path)
    custody.key_path.unlink()
    custody.replace("Master", "key file lost with the old laptop")
    b2 = vessel.export(key=custody.signing_key_for_export())
    code, lines = _ingest(tmp_path / "ledger.sqlite", capsys, b1, b2)
    assert code == 0, lines
    assert lines[1]["status"] == "key change" and lines[1]["reason"].startswith("key replaced")


def test_invalid_bundle_is_refused(vessel, tmp_path, capsys):
    b1 = vessel.export()
    data = bytearray(b1.read_bytes())
    data[len(data) // 2] ^= 0x01
    broken = tmp_path / "broken.zip"
    broken.write_bytes(data)
    code, lines = _ingest(tmp_path / "ledger.sqlite", capsys, broken, tmp_path / "absent.zip")
    assert code == 1 and [x["status"] for x in lines] == ["invalid", "invalid"]
    assert all(x["reason"] for x in lines)


@pytest.mark.parametrize("content", [b"not a database at all" * 100])
def test_a_ledger_that_is_not_a_ledger_is_exit_2(vessel, tmp_path, capsys, content):
    ledger = tmp_path / "ledger.sqlite"
    ledger.write_bytes(content)
    assert main(["authority", "ingest", "--ledger", str(ledger), str(vessel.export())]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_two_vessels_do_not_mix(tmp_path, capsys):
    a = Vessel(tmp_path / "a", seed=3)
    b = Vessel(tmp_path / "b", seed=4)
    (logbook_id,) = b.db.conn.execute("SELECT id FROM logbooks").fetchone()  # a second catcher: renamed, audited
    audit.update_record(b.db, "logbooks", logbook_id, {"catcher_name": "Hvalur 8"}, "Master", "second catcher")
    code, lines = _ingest(tmp_path / "ledger.sqlite", capsys, a.export(), b.export())
    assert code == 0 and [x["status"] for x in lines] == ["new", "new"]
    assert {x["vessel"] for x in lines} == {"Hvalur 9", "Hvalur 8"}
