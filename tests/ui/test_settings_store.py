"""AppSettings through QSettings: round trip, INI strings coerced, corrupt entries reset, first-run flag."""

import pytest
from PySide6.QtCore import QSettings

from whalelog_gui.settings import AppSettings, SettingsError
from whalelog_gui.ui.settings_store import KEYS, load_settings, needs_first_run, save_settings

FULL = AppSettings(
    vessel_name="Kyo Maru No. 1", catcher_names=("Kyo Maru No. 2",), operation="land-station",
    time_zone="Pacific/Auckland", crew_names=("Aki Sato", "Bo Lund"), inspector_names=("Cy Inspector",),
    watch_officer="Aki Sato", gps_port="socket://127.0.0.1:10110", baud=38400, allow_missing_checksum=True,
    units="feet", lookahead_min=45.0, lost_fix_s=8.0, palette="night",
)


@pytest.fixture
def ini(tmp_path):
    return tmp_path / "WhaleLog.ini"


def store(path):
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_round_trip_through_an_ini_file(ini):
    assert needs_first_run(store(ini))
    save_settings(FULL, store(ini))
    assert ini.exists()
    assert load_settings(store(ini)) == FULL  # a fresh QSettings reads the file, not a cache
    assert not needs_first_run(store(ini))


def test_single_name_list_survives(ini):
    one = AppSettings(vessel_name="V", crew_names=("Only One",))
    save_settings(one, store(ini))
    assert load_settings(store(ini)).crew_names == ("Only One",)


def test_invalid_settings_are_not_written(ini):
    with pytest.raises(SettingsError) as raised:
        save_settings(AppSettings(vessel_name="", baud=1), store(ini))
    assert set(raised.value.errors) == {"vessel_name", "baud"}
    assert not ini.exists() or "vessel" not in ini.read_text()
    assert needs_first_run(store(ini))


def test_hand_edited_or_corrupt_entries_fall_back_and_are_logged(ini, caplog):
    save_settings(FULL, store(ini))
    s = store(ini)
    s.setValue(KEYS["baud"], "fast")
    s.setValue(KEYS["lookahead_min"], "-5")
    s.setValue(KEYS["crew_names"], "Aki Sato, Dee Ng")  # typed by hand, not JSON
    s.sync()
    caplog.set_level("WARNING", logger="whalelog.settings")
    loaded = load_settings(store(ini))
    assert loaded.baud == 4800 and loaded.lookahead_min == 30.0
    assert loaded.crew_names == ("Aki Sato", "Dee Ng")
    assert loaded.vessel_name == FULL.vessel_name
    assert "gps/baud" in caplog.text and "zones/lookahead_min" in caplog.text


def test_palette_key_is_the_one_the_palette_controller_uses(ini):
    from whalelog_gui.ui.palette import SETTINGS_KEY

    assert KEYS["palette"] == SETTINGS_KEY
    s = store(ini)
    s.setValue(SETTINGS_KEY, "dusk")
    assert load_settings(s).palette == "dusk"
