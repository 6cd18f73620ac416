"""`whalelog report weekly|season` (issue 13): para 26(a) by calendar week, paras 25(a), 27, 28(a)(2)."""

import itertools
import json
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "records"))
from records_builders import make_catch  # noqa: E402
from whalelog_gui.records.catch import Foetus, Sex, StruckLost  # noqa: E402
from whalelog_gui.records.compliance import ComplianceContext  # noqa: E402
from whalelog_gui.records.measurement import LengthReading  # noqa: E402
from whalelog_gui.store.catches import save_catch, save_struck_lost  # noqa: E402
from whalelog_gui.store.notifications import notifications_due, parse_iso_week, ReportError  # noqa: E402
from whalelog_gui.store.vessel import VesselRegime, save_vessel  # noqa: E402

FACTORY = ComplianceContext("factory-catcher", frozenset(), flag_state="JP")
LAND = ComplianceContext("land-station", frozenset(), flag_state="JP")


_catch_numbers = itertools.count(1)  # each catch in a test gets the next order number, as on deck


def add(db, species, lat, when, ctx=FACTORY, **kw):
    whale = make_catch(species, "20 m" if species == "fin" else "8 m", lat=lat, lon=170.0, when=when, **kw)
    whale.order = next(_catch_numbers)
    return save_catch(db, whale, ctx, who="Mate")


def run(*argv):
    done = subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "report", *argv], capture_output=True, text=True, timeout=120
    )
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def season(tmp_path):
    from whalelog_gui.store.db import open_db

    path = tmp_path / "season.sqlite"
    db = open_db(path)
    # ISO 2025-W49 runs Monday 1 Dec to Sunday 7 Dec 2025
    add(db, "fin", -50.0, (2025, 12, 1, 0, 0))  # first minute of the week
    add(db, "fin", -40.0, (2025, 12, 7, 23, 59))  # last minute; on 40°S counts as south of it
    add(db, "minke", -60.0, (2025, 12, 3, 12, 0))  # baleen: counted by species
    add(db, "fin", -39.99, (2025, 12, 3, 12, 0))  # north of 40°S: not counted
    add(db, "sperm", -50.0, (2025, 12, 3, 12, 0))  # toothed: not counted
    add(db, "fin", -50.0, (2025, 12, 3, 12, 0), LAND)  # land station: not a factory ship
    add(db, "fin", -50.0, (2025, 11, 30, 23, 59))  # the week before
    add(db, "fin", -50.0, (2025, 12, 8, 0, 0))  # the week after
    db.close()
    return path


def test_weekly_26a_counts_one_calendar_week_both_edges(season):
    code, out, err = run("weekly", "--db", str(season), "--week", "2025-W49")
    assert code == 0, err
    report = json.loads(out)
    assert report == {
        "paragraph": "26(a)",
        "week": "2025-W49",
        "from": "2025-12-01",
        "to": "2025-12-07",
        "due": "2025-12-09",
        "daily": False,
        "baleen_south_of_40s": {"fin": 2, "minke": 1},
        "total": 3,
    }


def test_weekly_daily_once_85_percent_is_reached(season):
    from whalelog_gui.store.db import open_db

    db = open_db(season)
    save_vessel(db, VesselRegime(flag_state="JP", daily_notification=True), who="Master")
    db.close()
    report = json.loads(run("weekly", "--db", str(season), "--week", "2025-W49")[1])
    assert report["daily"] is True
    assert [(d["date"], d["total"]) for d in report["days"]] == [
        ("2025-12-01", 1),
        ("2025-12-02", 0),
        ("2025-12-03", 1),
        ("2025-12-04", 0),
        ("2025-12-05", 0),
        ("2025-12-06", 0),
        ("2025-12-07", 1),
    ]


def test_weekly_uses_the_ships_calendar(season):
    from whalelog_gui.store.db import open_db

    db = open_db(season)
    save_vessel(db, VesselRegime(flag_state="JP", regime={"time_zone": "UTC+12"}), who="Master")
    db.close()
    # 23:59 UTC on Sunday 7 Dec is already Monday 8 Dec at UTC+12 (week 50); 23:59 UTC on 30 Nov is 1 Dec there
    assert json.loads(run("weekly", "--db", str(season), "--week", "2025-W50")[1])["baleen_south_of_40s"] == {"fin": 2}
    w49 = json.loads(run("weekly", "--db", str(season), "--week", "2025-W49")[1])
    assert w49["baleen_south_of_40s"] == {"fin": 2, "minke": 1}


@pytest.mark.parametrize("week", ["2025-W53", "2026-W54", "2026-W00", "2026-49", "W49", "2026-W4", ""])
def test_weekly_refuses_a_week_that_does_not_exist(season, week):
    code, out, err = run("weekly", "--db", str(season), "--week", week)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1


def test_2020_and_2026_have_a_week_53_and_2025_does_not():
    assert parse_iso_week("2020-W53") == (date(2020, 12, 28), date(2021, 1, 3))
    assert parse_iso_week("2026-W53") == (date(2026, 12, 28), date(2027, 1, 3))
    with pytest.raises(ReportError):
        parse_iso_week("2025-W53")


def test_reports_refuse_a_missing_database(tmp_path):
    code, _, err = run("season", "--db", str(tmp_path / "none.sqlite"))
    assert code == 2 and "no such logbook database" in err
    assert not (tmp_path / "none.sqlite").exists()


def test_season_statistics_25a_27_28a2(tmp_path):
    from whalelog_gui.store.db import open_db

    path = tmp_path / "s.sqlite"
    db = open_db(path)
    female = make_catch(
        "fin",
        "20 m",
        lat=-50.0,
        lon=170.0,
        when=(2025, 12, 2, 12, 0),
        sex=Sex.FEMALE,
        foetus=Foetus(LengthReading.metres("1.25"), Sex.MALE),
    )
    female.time_hauled_up = female.time_taken + timedelta(hours=3)
    save_catch(db, female, FACTORY, who="Mate")
    add(db, "minke", -60.0, (2025, 12, 3, 12, 0), killing_method="rifle")
    save_struck_lost(
        db,
        StruckLost(
            "Kyo Maru 1", datetime(2025, 12, 4, 8, 0, tzinfo=timezone.utc), "fin", killing_method="compressed air"
        ),
        who="Mate",
    )
    save_struck_lost(db, StruckLost("Kyo Maru 1", datetime(2025, 12, 5, 8, 0, tzinfo=timezone.utc)), who="Mate")
    db.close()
    code, out, err = run("season", "--db", str(path))
    assert code == 0, err
    report = json.loads(out)
    assert report["25(a)"]["struck_but_lost"] == 2
    assert sorted(m["method"] for m in report["25(a)"]["methods_other_than_harpoon"]) == ["compressed air", "rifle"]
    assert report["27"]["by_species"] == [
        {"species": "fin", "taken": 1, "lost": 1, "treated": 1},
        {"species": "minke", "taken": 1, "lost": 0, "treated": 0},
        {"species": "unidentified", "taken": 0, "lost": 1, "treated": 0},
    ]
    first = report["27"]["particulars"][0]
    assert first == {
        "marking": "Kyo Maru 1 1",
        "date": "2025-12-02",
        "lat": -50.0,
        "lon": 170.0,
        "species": "fin",
        "sex": "female",
        "length": {"logged": "20.0", "unit": "m"},
        "foetus": {"length": {"logged": "1.3", "unit": "m"}, "sex": "male"},
        "weapon": "",
    }
    assert report["28(a)(2)"] == []


def test_notification_due_is_a_caution_until_its_due_date(season):
    from whalelog_gui.store.db import open_db

    db = open_db(season)
    try:
        due = notifications_due(db, timezone.utc, date(2025, 12, 9))
        assert [d["week"] for d in due] == ["2025-W49", "2025-W50"]  # week 48's was due on 2 December
        assert due[0]["due"] == "2025-12-09" and "due by 2025-12-09" in due[0]["message"]
        assert [d["week"] for d in notifications_due(db, timezone.utc, date(2025, 12, 10))] == ["2025-W50"]
    finally:
        db.close()


def test_notification_texts_stay_english_in_the_report_and_carry_their_template(season):
    """The season report's JSON and the CLI print the English text byte for byte (issue 16); the bridge translates
    the same message from its template."""
    import json

    from whalelog_gui.messages import Message
    from whalelog_gui.store.db import open_db
    from whalelog_gui.store.notifications import WEEKLY_DUE

    db = open_db(season)
    try:
        due = notifications_due(db, timezone.utc, date(2025, 12, 3), daily=True, operation="factory-ship")
    finally:
        db.close()
    weekly, daily = due[0], due[-1]
    english = "Para 26(a) weekly notification for 2025-W49 (3 baleen whale(s) south of 40°S) due by 2025-12-09"
    assert weekly["message"] == english and isinstance(weekly["message"], Message)
    assert weekly["message"].template is WEEKLY_DUE
    assert json.dumps(weekly) == json.dumps({**weekly, "message": english})  # the bytes a bundle or report holds
    assert daily["message"] == (
        "Para 26(a) daily notification for 2025-12-03 (1 baleen whale(s) south of 40°S so far; 85 % of a catch "
        "limit reached) due at the end of the day"
    )


def test_daily_notification_once_85_percent_is_reached_for_a_factory_operation(season):
    """Para 26(a) proviso: at the end of each day, counted in the ship's day, zero days included."""
    from whalelog_gui.store.db import open_db

    db = open_db(season)
    try:
        weekly_only = notifications_due(db, timezone.utc, date(2025, 12, 3))
        assert [d["kind"] for d in weekly_only] == ["weekly", "weekly"]
        with_daily = notifications_due(db, timezone.utc, date(2025, 12, 3), daily=True, operation="factory-ship")
        (day,) = [d for d in with_daily if d["kind"] == "daily"]
        # fin at 40.0°S counts, 39.99°S does not, the sperm whale and the land-station fin do not: minke only
        assert (day["date"], day["due"], day["total"]) == ("2025-12-03", "2025-12-03", 1)
        assert "due at the end of the day" in day["message"]
        quiet = notifications_due(db, timezone.utc, date(2025, 12, 4), daily=True, operation="factory-catcher")
        assert [(d["date"], d["total"]) for d in quiet if d["kind"] == "daily"] == [("2025-12-04", 0)]
        # a land station is not bound by para 26(a)
        assert all(
            d["kind"] == "weekly"
            for d in notifications_due(db, timezone.utc, date(2025, 12, 3), daily=True, operation="land-station")
        )
        # the ship's day: 23:59 UTC on 7 December is 8 December at UTC+1
        late = notifications_due(
            db, timezone(timedelta(hours=1)), date(2025, 12, 8), daily=True, operation="factory-ship"
        )
        assert [d["total"] for d in late if d["kind"] == "daily"] == [2]
    finally:
        db.close()


def test_the_season_report_reads_the_season_once_whatever_the_number_of_weeks(season, monkeypatch):
    """Three weeks with para 26(a) whales: the report and its notifications read every catch once, not once per
    week and once again for each list (each read is the whole season, issue 14)."""
    from whalelog_gui.store import catches, notifications
    from whalelog_gui.store.db import open_db

    reads = []
    real = catches.list_catches
    monkeypatch.setattr(catches, "list_catches", lambda db: reads.append(1) or real(db))
    db = open_db(season)
    try:
        report = notifications.season_report(db, timezone.utc, date(2025, 11, 30))
        assert [d["week"] for d in report["due"]] == ["2025-W48", "2025-W49", "2025-W50"]
        assert len(reads) == 1
        reads.clear()
        due = notifications_due(db, timezone.utc, date(2025, 11, 30))
        assert [d["total"] for d in due] == [d["total"] for d in report["due"]] and len(reads) == 1
    finally:
        db.close()
