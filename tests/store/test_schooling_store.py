"""Schooling reports (Appendix A Table 2) in a real temp-file SQLite database."""

import sqlite3
from datetime import date, datetime, time, timezone

import pytest

from whalelog_gui.records.daily_sheet import Signature, SignerRole
from whalelog_gui.records.field_error import InvalidRecord
from whalelog_gui.records.schooling import School, SchoolingReport
from whalelog_gui.store import audit
from whalelog_gui.store.schooling import (
    ReportSignedError,
    find_schooling_report,
    list_schooling_reports,
    load_schooling_report,
    save_schooling_report,
    sign_schooling_report,
)

FLEET = ["Kyo Maru 1", "Kyo Maru 2", "Kyo Maru 3"]
INSPECTOR = Signature("Inspector Hale", SignerRole.INSPECTOR, datetime(2008, 1, 6, 8, 0, tzinfo=timezone.utc))


def report():
    return SchoolingReport(
        "Nisshin Maru expedition",
        date(2008, 1, 5),
        FLEET,
        -62.5,
        140.25,
        schools=[
            School(time(9, 40), 6, 4, {"Kyo Maru 1": 2, "Kyo Maru 2": 0, "Kyo Maru 3": "X"}, "Yushin Maru also chased"),
            School(time(14, 5), 1, 1, {"Kyo Maru 1": "X", "Kyo Maru 2": "X", "Kyo Maru 3": 1}),
        ],
    )


def test_round_trip_keeps_zero_and_x_apart(db):
    original = report()
    save_schooling_report(db, original, who="Mate")
    loaded = load_schooling_report(db, original.id)
    assert loaded == original
    assert loaded.schools[0].caught == {"Kyo Maru 1": 2, "Kyo Maru 2": 0, "Kyo Maru 3": "X"}
    cells = db.conn.execute("SELECT catcher, chased, caught FROM school_catches ORDER BY catcher, chased").fetchall()
    assert ("Kyo Maru 2", 1, 0) in cells and ("Kyo Maru 3", 0, None) in cells
    assert find_schooling_report(db, "Nisshin Maru expedition", date(2008, 1, 5)) == original
    assert list_schooling_reports(db) == [original]


def test_edit_needs_reason_and_syncs_schools(db):
    r = report()
    save_schooling_report(db, r, who="Mate")
    removed = r.schools.pop(1)
    r.schools[0].caught["Kyo Maru 3"] = 1
    with pytest.raises(InvalidRecord, match="reason"):
        save_schooling_report(db, r, who="Mate")
    save_schooling_report(db, r, who="Mate", reason="second school was the first one seen again")
    loaded = load_schooling_report(db, r.id)
    assert len(loaded.schools) == 1 and loaded.schools[0].caught["Kyo Maru 3"] == 1 and loaded.total_caught == 3
    assert db.conn.execute("SELECT count(*) FROM school_catches").fetchone()[0] == 3
    gone = audit.history(db, "schools", removed.id)[-1]
    assert (gone["action"], gone["reason"]) == ("delete", "second school was the first one seen again")


def test_invalid_report_writes_nothing(db):
    r = report()
    r.schools[0].takeable = 7
    with pytest.raises(InvalidRecord) as err:
        save_schooling_report(db, r, who="Mate")
    assert err.value.fields() == {"schools[0].takeable"}
    assert db.conn.execute("SELECT count(*) FROM schooling_reports").fetchone()[0] == 0


def test_one_form_per_day(db):
    save_schooling_report(db, report(), who="Mate")
    with pytest.raises(InvalidRecord, match="one form per day"):
        save_schooling_report(db, report(), who="Mate")


def test_signed_report_is_locked(db):
    r = report()
    save_schooling_report(db, r, who="Mate")
    sign_schooling_report(db, r.id, INSPECTOR, who="Inspector Hale")
    assert load_schooling_report(db, r.id).signature == INSPECTOR
    with pytest.raises(ReportSignedError):
        save_schooling_report(db, r, who="Mate", reason="late change")
    with pytest.raises(sqlite3.IntegrityError, match="signed"):
        db.conn.execute("UPDATE school_catches SET caught = 5 WHERE catcher = 'Kyo Maru 1'")
    with pytest.raises(sqlite3.IntegrityError, match="signed"):
        db.conn.execute("DELETE FROM schools")


def test_new_report_takes_noon_position_from_the_recorded_track(db):
    from datetime import timedelta

    from whalelog_gui.store.schooling import new_schooling_report

    ship = timezone(timedelta(hours=10))  # noon ship's time = 02:00 UTC
    base = int(datetime(2008, 1, 5, 1, 58, tzinfo=timezone.utc).timestamp())
    for n, lat in enumerate([-62.0, -62.1, -62.2]):  # 01:58, 02:00, 02:02 UTC
        db.conn.execute(
            "INSERT INTO track (t, lat, lon, source) VALUES (?, ?, ?, 'receiver')", (base + 120 * n, lat, 150.0)
        )
    r = new_schooling_report(db, "Nisshin Maru expedition", date(2008, 1, 5), FLEET, ship)
    assert (r.noon_lat, r.noon_lon, r.noon_position_edited, r.catchers) == (-62.1, 150.0, False, FLEET)
    empty = new_schooling_report(db, "Nisshin Maru expedition", date(2008, 1, 6), FLEET, ship)
    assert (empty.noon_lat, empty.noon_lon) == (None, None)
