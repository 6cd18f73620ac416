"""AppSettings: defaults usable once named, every field validated with a message for that field."""

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from whalelog_gui.settings import (
    AppSettings,
    SettingsError,
    apply_overrides,
    parse_time_zone,
    settings_from_mapping,
    split_names,
)

GOOD = AppSettings(vessel_name="Nisshin Maru", catcher_names=("Yushin Maru", "Yushin Maru No. 2"), time_zone="UTC+9")


def test_defaults_need_only_a_vessel_name():
    assert AppSettings().errors() == {"vessel_name": "enter the vessel name"}
    assert GOOD.errors() == {}
    assert GOOD.validated() is GOOD
    assert (GOOD.baud, GOOD.lookahead_min, GOOD.lost_fix_s, GOOD.units) == (4800, 30.0, 5.0, "metres")


@pytest.mark.parametrize(
    "change, field, words",
    [
        ({"vessel_name": "   "}, "vessel_name", "enter the vessel name"),
        ({"vessel_name": "Bad\x00name"}, "vessel_name", "control character"),
        ({"vessel_name": "x" * 81}, "vessel_name", "longer than 80"),
        ({"catcher_names": ("A", "a")}, "catcher_names", "appears twice"),
        ({"catcher_names": ("Nisshin Maru",)}, "catcher_names", "factory ship itself"),
        ({"operation": "pelagic"}, "operation", "factory-ship"),
        ({"time_zone": "Mars/Olympus"}, "time_zone", "not a known time zone"),
        ({"time_zone": "UTC+15"}, "time_zone", "UTC-12 to UTC+14"),
        ({"time_zone": ""}, "time_zone", "enter the ship's time zone"),
        ({"crew_names": ("Ok", "bad\nname")}, "crew_names", "control character"),
        ({"inspector_names": tuple(f"I{i}" for i in range(61))}, "inspector_names", "more than 60"),
        ({"watch_officer": "\x1b[31m"}, "watch_officer", "control character"),
        ({"gps_port": "/dev/tty\x00USB0"}, "gps_port", "control character"),
        ({"baud": 4801}, "baud", "4800, 9600"),
        ({"units": "fathoms"}, "units", "metres or feet"),
        ({"lookahead_min": 0.0}, "lookahead_min", "between 1 and 240"),
        ({"lookahead_min": 241.0}, "lookahead_min", "between 1 and 240"),
        ({"lost_fix_s": 0.5}, "lost_fix_s", "between 1 and 600"),
        ({"palette": "neon"}, "palette", "day, dusk, night"),
    ],
)
def test_each_bad_field_is_named_with_a_clear_message(change, field, words):
    bad = dataclasses.replace(GOOD, **change)
    errors = bad.errors()
    assert list(errors) == [field]
    assert words in errors[field]
    with pytest.raises(SettingsError) as raised:
        bad.validated()
    assert raised.value.errors == errors


def test_catcher_list_may_name_the_factory_ship_when_this_vessel_is_a_catcher():
    catcher = dataclasses.replace(GOOD, operation="factory-catcher", catcher_names=("Nisshin Maru",))
    assert catcher.errors() == {}


@pytest.mark.parametrize(
    "text, offset",
    [("UTC", 0), ("UTC+12", 12 * 60), ("utc-3:30", -210), ("+0530", 330), ("-12", -720), ("GMT+14", 840)],
)
def test_fixed_offsets_read_as_local_equals_utc_plus_offset(text, offset):
    tz = parse_time_zone(text)
    assert tz.utcoffset(None) == timedelta(minutes=offset)


def test_iana_zone_follows_daylight_saving():
    tz = AppSettings(vessel_name="V", time_zone="Pacific/Auckland").ship_tz()
    summer = datetime(2024, 1, 15, tzinfo=timezone.utc).astimezone(tz)
    winter = datetime(2024, 7, 15, tzinfo=timezone.utc).astimezone(tz)
    assert summer.utcoffset() == timedelta(hours=13) and winter.utcoffset() == timedelta(hours=12)


@pytest.mark.parametrize("text", ["../../etc/passwd", "/etc/localtime", "UTC+12:75", "+15", "-13", "Europe/Nowhere"])
def test_bad_time_zones_are_refused(text):
    with pytest.raises(ValueError):
        parse_time_zone(text)


def test_split_names_accepts_lines_commas_and_semicolons():
    assert split_names(" Aki Sato,\nBo Lund; \n\n Cy ") == ("Aki Sato", "Bo Lund", "Cy")


def test_round_trip_through_plain_values():
    settings, problems = settings_from_mapping(GOOD.to_dict())
    assert problems == {} and settings == GOOD


def test_stored_strings_are_coerced_and_bad_entries_fall_back_to_defaults():
    stored = {
        "vessel_name": "Kyo Maru",
        "baud": "38400",
        "allow_missing_checksum": "true",
        "lookahead_min": "nan",
        "lost_fix_s": "7.5",
        "units": "yards",
        "crew_names": "A, B",
        "unknown_key": "ignored",
    }
    settings, problems = settings_from_mapping(stored)
    assert settings.baud == 38400 and settings.allow_missing_checksum is True and settings.lost_fix_s == 7.5
    assert settings.crew_names == ("A", "B")
    assert settings.lookahead_min == 30.0 and settings.units == "metres"
    assert set(problems) == {"lookahead_min", "units"}
    assert "'yards'" in problems["units"]


def test_unset_installation_is_not_a_problem():
    settings, problems = settings_from_mapping({})
    assert settings == AppSettings() and problems == {}


def test_command_line_overrides_win_for_the_run():
    run = apply_overrides(GOOD, port="/dev/ttyUSB1", baud=38400, palette=None)
    assert (run.gps_port, run.baud, run.palette) == ("/dev/ttyUSB1", 38400, GOOD.palette)
    assert apply_overrides(GOOD) == GOOD
