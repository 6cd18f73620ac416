"""Appendix A Table 2: 0 / X semantics, validation, the noon position from the track."""

from datetime import date, datetime, time, timedelta, timezone

import pytest

from whalelog_gui.nav.fix import Fix
from whalelog_gui.records.schooling import (
    DID_NOT_CHASE,
    EXPLANATORY_NOTES,
    School,
    SchoolingReport,
    noon_position,
    noon_utc,
    parse_caught,
)

FLEET = ["Kyo Maru 1", "Kyo Maru 2", "Kyo Maru 3"]


def school(total=5, takeable=3, **caught):
    cells = {"Kyo Maru 1": DID_NOT_CHASE, "Kyo Maru 2": DID_NOT_CHASE, "Kyo Maru 3": DID_NOT_CHASE}
    cells.update({f"Kyo Maru {k[-1]}": v for k, v in caught.items()})
    return School(time(9, 40), total, takeable, cells)


def errors(s):
    return {e.field: e.reason for e in s.validate(FLEET)}


def test_zero_means_chased_and_x_means_did_not_chase():
    s = school(km1=2, km2=0)
    assert s.chasers == ["Kyo Maru 1", "Kyo Maru 2"]
    assert s.total_caught == 2
    assert errors(s) == {}


@pytest.mark.parametrize("text, value", [("0", 0), ("3", 3), ("x", "X"), (" X ", "X"), (2, 2)])
def test_parse_cells(text, value):
    assert parse_caught(text) == value


@pytest.mark.parametrize("text", ["", "-1", "2.5", "none", "XX"])
def test_bad_cells_refused(text):
    with pytest.raises(ValueError):
        parse_caught(text)


def test_school_nobody_chased_is_refused():
    assert "at least one catcher" in errors(school())["school.caught"]


def test_takeable_more_than_total_refused():
    assert "cannot exceed" in errors(school(total=3, takeable=4, km1=1))["school.takeable"]
    assert "school.takeable" not in errors(school(total=3, takeable=3, km1=1))


def test_caught_more_than_total_refused():
    assert "cannot exceed" in errors(school(total=3, takeable=3, km1=2, km2=2))["school.caught"]
    assert errors(school(total=4, takeable=3, km1=2, km2=2)) == {}


def test_solitary_whale_is_a_school_of_one():
    assert errors(school(total=1, takeable=1, km1=1)) == {}
    assert "school of 1" in errors(school(total=0, takeable=0, km1=0))["school.total"]


def test_every_catcher_of_the_fleet_needs_a_cell_and_no_strangers():
    s = School(time(10, 0), 4, 2, {"Kyo Maru 1": 1, "Nisshin": 1})
    e = errors(s)
    assert "0, or X" in e["school.caught[Kyo Maru 2]"] and "not a catcher" in e["school.caught[Nisshin]"]


def test_report_validation_and_totals():
    report = SchoolingReport(
        "Nisshin Maru expedition",
        date(2008, 1, 5),
        FLEET,
        -62.5,
        140.25,
        schools=[school(km1=2), school(total=1, takeable=1, km3=1)],
    )
    assert report.validate() == [] and report.total_caught == 3
    report.schools.append(school(total=2, takeable=5, km1=0))
    assert [e.field for e in report.validate()] == ["schools[2].takeable"]
    assert SchoolingReport(" ", date(2008, 1, 5), ["A", "A"]).validate()[0].field == "name"


def test_explanatory_notes_a_to_d_from_appendix_a():
    assert sorted(EXPLANATORY_NOTES) == ["A", "B", "C", "D"]
    assert "enter X" in EXPLANATORY_NOTES["A"] and "school of 1 whale" in EXPLANATORY_NOTES["B"]


def _fix(t, lat, lon):
    return Fix(time=t, time_of_day=t.timetz(), lat=lat, lon=lon, valid=True)


def test_noon_position_interpolated_at_noon_ships_time():
    ship = timezone(timedelta(hours=9))  # noon at UTC+9 is 03:00 UTC
    assert noon_utc(date(2008, 1, 5), ship) == datetime(2008, 1, 5, 3, 0, tzinfo=timezone.utc)
    track = [
        _fix(datetime(2008, 1, 5, 2, 50, tzinfo=timezone.utc), -62.0, 140.0),
        _fix(datetime(2008, 1, 5, 3, 10, tzinfo=timezone.utc), -63.0, 141.0),
        _fix(datetime(2008, 1, 5, 12, 30, tzinfo=timezone.utc), -70.0, 150.0),
    ]
    assert noon_position(track, date(2008, 1, 5), ship) == pytest.approx((-62.5, 140.5))
    assert noon_position(track, date(2008, 1, 5), timezone.utc) is None  # last fix before 12:00 UTC is 9 h old


def test_noon_position_exact_fix_and_antimeridian():
    noon = datetime(2008, 1, 5, 12, 0, tzinfo=timezone.utc)
    assert noon_position([_fix(noon, 10.0, 20.0)], date(2008, 1, 5), timezone.utc) == (10.0, 20.0)
    track = [_fix(noon - timedelta(minutes=30), 50.0, 179.0), _fix(noon + timedelta(minutes=30), 50.0, -179.0)]
    lat, lon = noon_position(track, date(2008, 1, 5), timezone.utc)
    assert lat == pytest.approx(50.0) and abs(lon) == pytest.approx(180.0)
