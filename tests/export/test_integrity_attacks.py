"""Issue 11 attacks on the logbook file, each made through a real second sqlite3 connection to the file, as an
adversary with the database and a text editor would: every one must be reported (db verify exit 1, naming the
record), block export, and a rewrite the ship cannot see must be caught by the authority's verify --previous."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone

import pytest

from whalelog_gui.cli import main
from whalelog_gui.export.bundle import ExportBlocked, export_bundle
from whalelog_gui.export.verify import BundleInvalid, verify_bundle
from whalelog_gui.store import chain, crew
from whalelog_gui.store.break_declaration import declare_break
from whalelog_gui.store.integrity import check_logbook
from whalelog_gui.store.migrations.m0002_catches import _LOCKED


def second_connection(path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def signed_catch(db) -> str:
    return db.conn.execute("SELECT id FROM catches WHERE signed_at IS NOT NULL ORDER BY id LIMIT 1").fetchone()[0]


def move_signed_catch(path, catch_id: str) -> None:
    """Drop the sign-off trigger, change the signed catch's position, recreate the trigger."""
    conn = second_connection(path)
    conn.execute("DROP TRIGGER catches_signed_no_update")
    conn.execute("UPDATE catches SET lat = lat + 1.5, lon = lon - 2.0 WHERE id = ?", (catch_id,))
    conn.execute(
        "CREATE TRIGGER catches_signed_no_update BEFORE UPDATE ON catches WHEN OLD.signed_at IS NOT NULL "
        f"{_LOCKED.format(what='catch')}"
    )
    conn.close()


def db_verify(path, capsys) -> tuple[int, dict]:
    code = main(["db", "verify", "--db", str(path)])
    out = capsys.readouterr().out
    return code, json.loads(out)


def kinds(report: dict) -> set[tuple[str, str, str]]:
    return {(b["family"], b["id"], b["kind"]) for b in report["breaks"]}


def test_a_fresh_season_is_intact(season_db, db_path, capsys):
    code, report = db_verify(db_path, capsys)
    assert code == 0 and report["intact"] and report["breaks"] == []
    assert report["chain"]["entries"] == season_db.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    assert report["checked"]["catches"] >= 1 and report["checked"]["track"] > 0


def test_signed_catch_moved_behind_the_trigger_is_caught_and_blocks_export(
    season_db, db_path, signing_key, out_dir, capsys
):
    catch_id = signed_catch(season_db)
    move_signed_catch(db_path, catch_id)
    code, report = db_verify(db_path, capsys)
    assert code == 1 and not report["intact"]
    assert ("catches", catch_id, "row-changed") in kinds(report)
    assert len(report["breaks"]) == 1
    with pytest.raises(ExportBlocked, match=catch_id):
        export_bundle(season_db, out_dir, signing_key)
    assert list(out_dir.iterdir()) == []
    assert main(["bundle", "export", "--db", str(db_path), "--out", str(out_dir)]) == 2
    assert "integrity" in capsys.readouterr().err


def test_rewritten_sent_hash_is_caught(season_db, db_path, signing_key, out_dir, capsys):
    export_bundle(season_db, out_dir, signing_key)
    catch_id = signed_catch(season_db)
    conn = second_connection(db_path)
    conn.execute(
        "UPDATE record_transmissions SET content_sha256 = ? WHERE family = 'catches' AND record_id = ?",
        ("0" * 64, catch_id),
    )
    conn.close()
    code, report = db_verify(db_path, capsys)
    assert code == 1 and ("transmissions", "1", "row-changed") in kinds(report)


def test_deleted_audit_entry_is_caught(season_db, db_path, capsys):
    seq, family, record_id = season_db.conn.execute(
        "SELECT seq, table_name, record_id FROM audit WHERE table_name = 'events' ORDER BY seq LIMIT 1 OFFSET 3"
    ).fetchone()
    conn = second_connection(db_path)
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit WHERE seq = ?", (seq,))
    conn.close()
    code, report = db_verify(db_path, capsys)
    assert code == 1
    assert any(b["kind"] == "entry-deleted" and str(seq) in b["detail"] for b in report["breaks"])
    assert (family, record_id, "row-without-audit") in kinds(report)  # its only entry is gone


def test_edited_audit_entry_is_caught(season_db, db_path, capsys):
    catch_id = signed_catch(season_db)
    seq = season_db.conn.execute(
        "SELECT MIN(seq) FROM audit WHERE table_name = 'catches' AND record_id = ?", (catch_id,)
    ).fetchone()[0]
    conn = second_connection(db_path)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET who = 'Someone else' WHERE seq = ?", (seq,))
    conn.close()
    code, report = db_verify(db_path, capsys)
    assert code == 1 and kinds(report) == {("catches", catch_id, "entry-changed")}


def test_row_inserted_without_audit_is_caught(season_db, db_path, capsys):
    conn = second_connection(db_path)
    conn.execute(
        "INSERT INTO crew (id, created_at, updated_at, created_by, updated_by, name, role) "
        "VALUES ('ghost', '2026-05-01T00:00:00+00:00', '2026-05-01T00:00:00+00:00', 'x', 'x', 'Ghost', 'crew')"
    )
    conn.close()
    code, report = db_verify(db_path, capsys)
    assert code == 1 and kinds(report) == {("crew", "ghost", "row-without-audit")}


def test_removed_row_and_moved_track_point_are_caught(season_db, db_path, capsys):
    member = crew.add_crew_member(season_db, "Jón", crew.ROLES[-1], "Einar Jónsson")
    t = season_db.conn.execute("SELECT t FROM track ORDER BY t LIMIT 1 OFFSET 5").fetchone()[0]
    conn = second_connection(db_path)
    conn.execute("UPDATE track SET lat = lat + 0.01 WHERE t = ?", (t,))
    conn.execute("DELETE FROM crew WHERE id = ?", (member,))
    conn.close()
    code, report = db_verify(db_path, capsys)
    assert code == 1
    assert any(b["family"] == "track" and b["kind"] == "track-changed" for b in report["breaks"])
    assert ("crew", member, "row-missing") in kinds(report)


def test_declared_break_unblocks_export_and_travels_flagged(season_db, db_path, signing_key, out_dir, capsys):
    catch_id = signed_catch(season_db)
    move_signed_catch(db_path, catch_id)
    assert main(["db", "declare-break", "--db", str(db_path), "--reason", "  ", "--by", "Einar"]) == 2
    capsys.readouterr()
    assert (
        main(
            [
                "db",
                "declare-break",
                "--db",
                str(db_path),
                "--reason",
                "harbour agent corrected the position",
                "--by",
                "Einar Jónsson",
            ]
        )
        == 0
    )
    declared = json.loads(capsys.readouterr().out)
    assert declared["accepted_breaks"][0]["id"] == catch_id
    code, report = db_verify(db_path, capsys)
    assert code == 0 and report["declarations"][0]["reason"] == "harbour agent corrected the position"
    bundle = export_bundle(season_db, out_dir, signing_key)
    verified = verify_bundle(bundle.path)
    m = verified.manifest
    assert m["chain"]["declarations"][0]["reason"] == "harbour agent corrected the position"
    assert verified.summary()["integrity_break_declared"] is True
    assert any("integrity break declared" in w for w in verified.warnings)
    # the declaration is itself a chained record in the bundle, and the moved catch goes as a correction
    assert any(e["family"] == "integrity_declarations" for e in verified.chain_entries)
    assert any(
        e["family"] == "catches" and e["id"] == catch_id and e["op"] == "declare" for e in verified.chain_entries
    )


def test_declaring_an_intact_logbook_is_refused(season_db):
    with pytest.raises(ValueError, match="nothing to declare"):
        declare_break(season_db, "harbour agent corrected the position", "Einar")


def rewrite_whole_chain(path, catch_id: str) -> None:
    """The consistent rewrite: change a signed catch, fix its last audit state, recompute every link."""
    conn = second_connection(path)
    for trigger in ("catches_signed_no_update", "audit_no_update"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("UPDATE catches SET lat = lat + 1.5 WHERE id = ?", (catch_id,))
    names = [d[1] for d in conn.execute("PRAGMA table_info(catches)")]
    row = dict(zip(names, conn.execute("SELECT * FROM catches WHERE id = ?", (catch_id,)).fetchone()))
    last = conn.execute(
        "SELECT MAX(seq) FROM audit WHERE table_name = 'catches' AND record_id = ?", (catch_id,)
    ).fetchone()[0]
    conn.execute("UPDATE audit SET state_json = ? WHERE seq = ?", (chain.state_json(row), last))
    previous = chain.GENESIS_HASH
    for values in conn.execute(f"SELECT {chain.LINK_COLUMNS} FROM audit ORDER BY seq").fetchall():
        previous = chain.entry_hash(previous, chain.Link._make(values))
        conn.execute("UPDATE audit SET chain_hash = ? WHERE seq = ?", (previous, values[0]))
    conn.close()


def test_consistent_rewrite_between_bundles_is_caught_by_verify_previous(
    season_db, db_path, signing_key, out_dir, capsys
):
    first = export_bundle(season_db, out_dir, signing_key, now=datetime(2026, 5, 4, 12, tzinfo=timezone.utc))
    rewrite_whole_chain(db_path, signed_catch(season_db))
    code, _ = db_verify(db_path, capsys)
    assert code == 0  # the ship cannot see a consistent rewrite: that is what the authority's check is for
    crew.add_crew_member(season_db, "Anna", crew.ROLES[-1], "Einar Jónsson")
    second = export_bundle(season_db, out_dir, signing_key, now=datetime(2026, 5, 5, 12, tzinfo=timezone.utc))
    verify_bundle(second.path)  # on its own the second bundle is consistent
    with pytest.raises(BundleInvalid, match="broken audit chain"):
        verify_bundle(second.path, previous=first.path)
    assert main(["bundle", "verify", str(second.path), "--previous", str(first.path)]) == 1


def test_untouched_bundles_chain_and_continue(season_db, signing_key, out_dir):
    first = export_bundle(season_db, out_dir, signing_key, now=datetime(2026, 5, 4, 12, tzinfo=timezone.utc))
    second = export_bundle(
        season_db, out_dir, signing_key, now=datetime(2026, 5, 5, 12, tzinfo=timezone.utc), all_records=True
    )
    b1, b2 = verify_bundle(first.path), verify_bundle(second.path, previous=first.path)
    assert b2.manifest["chain"]["from_hash"] == b1.manifest["chain"]["head_hash"]
    assert (
        b1.manifest["chain"]["from_seq"] == 0 and b2.manifest["chain"]["from_seq"] == b1.manifest["chain"]["head_seq"]
    )
    # bundle 1's own bookkeeping ("sent") is the first link bundle 2 carries
    assert b2.chain_entries[0]["family"] == "transmissions" and b2.chain_entries[0]["id"] == "1"
    assert check_logbook(season_db).intact
