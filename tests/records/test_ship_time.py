"""The ship's day and ship's time from the time-zone history (issue 15 item 2)."""

from datetime import date, datetime, timedelta, timezone

import pytest

from whalelog_gui.records.ship_time import ShipClock, ZoneChange, zone_history_after

UTC = timezone.utc


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_utc_plus_12_files_evening_utc_work_under_the_next_ship_date():
    clock = ShipClock.fixed("UTC+12")
    assert clock.ship_date(at("2026-01-10T10:00")) == date(2026, 1, 10)
    assert clock.ship_date(at("2026-01-10T14:45")) == date(2026, 1, 11)  # 02:45 on the 11th ship's time
    assert clock.stamp(at("2026-01-10T14:45")) == "02:45 UTC+12 (14:45 UTC)"
    assert clock.day_bounds(date(2026, 1, 11)) == (at("2026-01-10T12:00"), at("2026-01-11T12:00"))


def test_a_mid_season_change_keeps_earlier_days_hours_and_shortens_the_day_of_the_change():
    change = at("2026-01-20T02:00")  # 14:00 ship's time in UTC+12, clocks advanced to UTC+13
    clock = ShipClock([ZoneChange(None, "UTC+12"), ZoneChange(change, "UTC+13")])
    assert clock.stamp(at("2026-01-05T00:00")) == "12:00 UTC+12 (00:00 UTC)"
    assert clock.stamp(at("2026-01-25T00:00")) == "13:00 UTC+13 (00:00 UTC)"
    start, end = clock.day_bounds(date(2026, 1, 20))
    assert (start, end) == (at("2026-01-19T12:00"), at("2026-01-20T11:00"))
    assert end - start == timedelta(hours=23)
    assert [(c.zone, before) for c, before in clock.changes_on(date(2026, 1, 20))] == [("UTC+13", "UTC+12")]
    assert clock.changes_on(date(2026, 1, 19)) == [] and clock.changes_on(date(2026, 1, 21)) == []


def test_clocks_put_back_give_a_25_hour_day():
    clock = ShipClock([ZoneChange(None, "UTC+12"), ZoneChange(at("2026-01-20T02:00"), "UTC+11")])
    start, end = clock.day_bounds(date(2026, 1, 20))
    assert end - start == timedelta(hours=25)


def test_history_records_only_real_changes():
    first = zone_history_after(None, "UTC+12", at("2026-01-01T00:00"))
    assert first == [ZoneChange(None, "UTC+12")]
    same = zone_history_after(ShipClock(first), "UTC+12", at("2026-01-05T00:00"))
    assert same == first
    moved = zone_history_after(ShipClock(first), "UTC+13", at("2026-01-05T00:00"))
    assert moved == [ZoneChange(None, "UTC+12"), ZoneChange(at("2026-01-05T00:00"), "UTC+13")]


def test_unknown_zone_and_naive_instants_refused():
    with pytest.raises(ValueError):
        ZoneChange(None, "Mars/Olympus")
    with pytest.raises(ValueError):
        ShipClock.fixed("UTC").ship_date(datetime(2026, 1, 1))
