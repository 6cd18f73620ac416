"""The audited save API: every insert/update/delete leaves who, when, old -> new and why."""

import sqlite3
import uuid
from datetime import datetime, timezone
from decimal import Decimal

import pytest

from whalelog_gui.store import audit


def _crew(db, name="A. Hansen", who="Mate Sato"):
    return audit.insert_record(db, "crew", {"name": name, "role": "gunner"}, who)


def test_insert_gives_uuid_and_stamps_and_audits(db):
    record_id = _crew(db)
    uuid.UUID(record_id)
    row = audit.get_record(db, "crew", record_id)
    assert row["created_by"] == "Mate Sato" and row["name"] == "A. Hansen"
    assert datetime.fromisoformat(row["created_at"]).tzinfo == timezone.utc
    (entry,) = audit.history(db, "crew", record_id)
    assert entry["action"] == "insert" and entry["who"] == "Mate Sato" and entry["old"] is None
    assert entry["new"]["name"] == "A. Hansen"


def test_update_requires_reason_and_records_old_and_new(db):
    record_id = _crew(db)
    with pytest.raises(audit.AuditError, match="reason"):
        audit.update_record(db, "crew", record_id, {"name": "B"}, "Mate Sato", reason="  ")
    diff = audit.update_record(
        db, "crew", record_id, {"name": "A. Hansen Jr", "role": "gunner"}, "Capt. Ito", reason="misspelt"
    )
    assert diff == {"name": ["A. Hansen", "A. Hansen Jr"]}  # unchanged role is not logged
    last = audit.history(db, "crew", record_id)[-1]
    assert (last["action"], last["who"], last["reason"]) == ("update", "Capt. Ito", "misspelt")
    assert last["old"] == {"name": "A. Hansen"} and last["new"] == {"name": "A. Hansen Jr"}
    row = audit.get_record(db, "crew", record_id)
    assert row["updated_by"] == "Capt. Ito" and row["created_by"] == "Mate Sato"


def test_noop_update_writes_no_audit_row(db):
    record_id = _crew(db)
    assert audit.update_record(db, "crew", record_id, {"name": "A. Hansen"}, "x", reason="same") == {}
    assert len(audit.history(db, "crew", record_id)) == 1


def test_delete_keeps_the_whole_row_in_the_trail(db):
    record_id = _crew(db)
    with pytest.raises(audit.AuditError, match="reason"):
        audit.delete_record(db, "crew", record_id, "x", reason="")
    audit.delete_record(db, "crew", record_id, "Capt. Ito", reason="duplicate entry")
    with pytest.raises(audit.RecordNotFound):
        audit.get_record(db, "crew", record_id)
    last = audit.history(db, "crew", record_id)[-1]
    assert last["action"] == "delete" and last["old"]["name"] == "A. Hansen" and last["new"] is None


def test_refuses_missing_author_unknown_table_column_and_protected_fields(db):
    with pytest.raises(audit.AuditError, match="who"):
        _crew(db, who=" ")
    with pytest.raises(audit.AuditError, match="unknown table"):
        audit.insert_record(db, "crew; DROP TABLE crew", {"name": "x"}, "w")
    with pytest.raises(audit.AuditError, match="not an audited"):
        audit.insert_record(db, "drafts", {"form_key": "x"}, "w")
    with pytest.raises(audit.AuditError, match="unknown column"):
        audit.insert_record(db, "crew", {"name": "x", "role": "r", "rank": 3}, "w")
    record_id = _crew(db)
    with pytest.raises(audit.AuditError, match="created_by"):
        audit.update_record(db, "crew", record_id, {"created_by": "someone else"}, "w", reason="r")
    assert db["crew"].count == 1 and db.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == 1


def test_failed_insert_leaves_neither_row_nor_audit(db):
    with pytest.raises(sqlite3.IntegrityError):
        audit.insert_record(db, "crew", {"name": None, "role": "gunner"}, "w")
    assert db["crew"].count == 0
    assert db.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == 0


def test_audit_trail_is_append_only(db):
    _crew(db)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.conn.execute("UPDATE audit SET who = 'nobody'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.conn.execute("DELETE FROM audit")


def test_values_are_encoded_to_round_trip():
    assert audit.encode_value(Decimal("17.40")) == "17.40"
    assert audit.encode_value(True) == 1
    assert audit.encode_value(datetime(2026, 1, 2, 3, 4, tzinfo=timezone.utc)) == "2026-01-02T03:04:00+00:00"
    with pytest.raises(audit.AuditError, match="naive"):
        audit.encode_value(datetime(2026, 1, 2))
