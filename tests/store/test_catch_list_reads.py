"""The season's catch list is read in a fixed number of statements, whatever the number of catches (issue 14: one
read per catch took ~0.5 s on a 200-day season), and reads the same catches as one load_catch per catch."""

import dataclasses
import sys
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "records"))
from records_builders import make_catch  # noqa: E402

from whalelog_gui.records.catch import Specimen, SpecimenKind  # noqa: E402
from whalelog_gui.records.compliance import ComplianceContext  # noqa: E402
from whalelog_gui.store.catches import explain_flag, list_catches, load_catch, save_catch  # noqa: E402

FACTORY_SOS = ComplianceContext("factory-ship", frozenset({"sos"}))  # every catch flagged (para 7(b) and more)


def add_catches(db, count: int, first: int = 1) -> None:
    for order in range(first, first + count):
        whale = dataclasses.replace(
            make_catch("sperm", "13 m", when=(2008, 1, 1 + order % 28, order % 24, 0)),
            order=order,
            specimens=(Specimen(SpecimenKind.TOOTH, f"KM1-{order} tooth"), Specimen(SpecimenKind.OVARIES, "ovaries")),
        )
        save_catch(db, whale, FACTORY_SOS, who="Mate Sato")


def statements_to_list(db, **window) -> int:
    """The SQL statements sqlite3 runs for one list_catches (its trace callback sees each one)."""
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        list_catches(db, **window)
    finally:
        db.conn.set_trace_callback(None)
    return len(seen)


def test_the_list_takes_the_same_statements_for_three_catches_as_for_thirty(db):
    add_catches(db, 3)
    few = statements_to_list(db)
    add_catches(db, 27, first=4)
    many = statements_to_list(db)
    assert many == few <= 5  # a read transaction round the catches, their specimens and their flags
    assert statements_to_list(db, start=datetime(2008, 1, 10, tzinfo=timezone.utc)) == few


def test_the_list_holds_what_load_catch_reads_in_the_order_taken(db):
    add_catches(db, 12)
    listed = list_catches(db)
    explain_flag(db, listed[3].id, "7b", "Special permit 2008/1 under Article VIII of the Convention", who="Mate")
    listed = list_catches(db)
    assert listed == [load_catch(db, c.id) for c in listed]
    assert [c.time_taken for c in listed] == sorted(c.time_taken for c in listed)
    assert all(len(c.specimens) == 2 and c.flags for c in listed)  # children of every catch, none mixed up
    assert [s.label for s in listed[0].specimens] == [s.label for s in load_catch(db, listed[0].id).specimens]
    assert listed[3].explanations["7b"].startswith("Special permit")
    window = list_catches(db, start=listed[4].time_taken, end=listed[8].time_taken)
    assert [c.id for c in window] == [c.id for c in listed[4:8]]


def test_the_list_inside_a_save_reads_within_that_transaction(db):
    from whalelog_gui.store.db import transaction

    add_catches(db, 2)
    with transaction(db):
        assert len(list_catches(db)) == 2
        assert db.conn.in_transaction  # the caller's transaction is left open, not ended by the read
