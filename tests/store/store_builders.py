"""Shared values for the store tests (a plain module with a unique name: conftest modules collide)."""

from datetime import date, datetime, timezone

DAY = date(2026, 12, 14)


def utc(hour: int, minute: int = 0, second: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=timezone.utc)
