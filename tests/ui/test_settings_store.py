"""AppSettings through QSettings: round trip, INI strings coerced, corrupt entries reset, first-run flag; the
regime (vessel, operation, flag State) saved in the logbook beside them, both or neither (issue 13)."""

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import QSettings

from whalelog_gui.settings import AppSettings, SettingsError
from whalelog_gui.store.db import open_db
from whalelog_gui.store.regime_settings import regime_of, with_regime
from whalelog_gui.store.vessel import REGIME_FIELDS, VesselRegime, load_vessel
from whalelog_gui.ui.settings_store import (
    KEYS,
    LEGACY_REGIME_KEYS,
    forget_legacy_regime,
    legacy_regime,
    load_settings,
    needs_first_run,
    save_settings,
    save_with_regime,
)

FULL = AppSettings(
    vessel_name="Kyo Maru No. 1",
    catcher_names=("Kyo Maru No. 2",),
    operation="land-station",
    time_zone="Pacific/Auckland",
    crew_names=("Aki Sato", "Bo Lund"),
    inspector_names=("Cy Inspector",),
    watch_officer="Aki Sato",
    gps_port="socket://127.0.0.1:10110",
    baud=38400,
    allow_missing_checksum=True,
    units="feet",
    lookahead_min=45.0,
    lost_fix_s=8.0,
    palette="night",
)


@pytest.fixture
def ini(tmp_path):
    return tmp_path / "WhaleLog.ini"


def store(path):
    return QSettings(str(path), QSettings.Format.IniFormat)


PER_USER = dataclasses.replace(FULL, **{name: getattr(AppSettings(), name) for name in REGIME_FIELDS})


def test_round_trip_through_an_ini_file_keeps_only_per_user_settings(ini):
    assert needs_first_run(store(ini))
    save_settings(FULL, store(ini))
    assert ini.exists()
    assert load_settings(store(ini)) == PER_USER  # a fresh QSettings reads the file, not a cache
    assert "Kyo Maru" not in ini.read_text() and "Auckland" not in ini.read_text()  # the regime is the logbook's
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
    assert loaded.watch_officer == FULL.watch_officer
    assert "gps/baud" in caplog.text and "zones/lookahead_min" in caplog.text


def test_palette_key_is_the_one_the_palette_controller_uses(ini):
    from whalelog_gui.ui.palette import SETTINGS_KEY

    assert KEYS["palette"] == SETTINGS_KEY
    s = store(ini)
    s.setValue(SETTINGS_KEY, "dusk")
    assert load_settings(s).palette == "dusk"


# --- the regime in the logbook (issue 13) -------------------------------------------------------------------


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "logbook.sqlite")
    yield database
    database.conn.close()


def test_save_with_regime_puts_the_regime_in_the_logbook_and_the_rest_in_qsettings(ini, db, tmp_path):
    vessel = regime_of(FULL, VesselRegime(), flag_state="NO", closure_date=date(2027, 2, 1), daily_notification=True)
    save_with_regime(FULL, vessel, db, "Aki Sato", store(ini))
    assert load_settings(store(ini)) == PER_USER
    assert "Kyo Maru" not in ini.read_text()
    again = open_db(tmp_path / "logbook.sqlite")  # another connection (the CLI) reads the same regime
    stored = load_vessel(again)
    again.conn.close()
    assert (stored.flag_state, stored.closure_date, stored.daily_notification) == ("NO", date(2027, 2, 1), True)
    assert with_regime(load_settings(store(ini)), stored) == (FULL, {})


def test_a_bad_flag_state_is_refused_at_its_field_and_nothing_is_written(ini, db):
    save_settings(FULL, store(ini))
    before = ini.read_bytes()
    with pytest.raises(SettingsError) as raised:
        save_with_regime(
            dataclasses.replace(FULL, baud=1),
            regime_of(FULL, VesselRegime(), flag_state="XX"),
            db,
            "Aki Sato",
            store(ini),
        )
    assert set(raised.value.errors) == {"flag_state", "baud"}
    assert "XX" in raised.value.errors["flag_state"]
    assert ini.read_bytes() == before and load_vessel(db) == VesselRegime()


def test_qsettings_that_cannot_be_written_put_the_regime_back(db, tmp_path):
    first = regime_of(FULL, VesselRegime(), flag_state="JP")
    save_with_regime(FULL, first, db, "Aki Sato", store(tmp_path / "ok.ini"))
    (tmp_path / "blocked.ini").mkdir()  # a directory where the INI file should be: QSettings cannot write it
    renamed = dataclasses.replace(FULL, vessel_name="Renamed")
    with pytest.raises(OSError, match="could not be written"):
        save_with_regime(
            renamed, regime_of(renamed, first, flag_state="IS"), db, "Aki Sato", store(tmp_path / "blocked.ini")
        )
    assert load_vessel(db) == first  # nothing half-saved


def test_a_read_only_logbook_refuses_and_qsettings_are_untouched(ini, tmp_path):
    path = tmp_path / "ro.sqlite"
    open_db(path).conn.close()
    save_settings(FULL, store(ini))
    before = ini.read_bytes()
    read_only = open_db(path, read_only=True)
    try:
        with pytest.raises(OSError, match="logbook could not be written"):
            save_with_regime(FULL, regime_of(FULL, VesselRegime(), flag_state="NO"), read_only, "Aki Sato", store(ini))
    finally:
        read_only.conn.close()
    assert ini.read_bytes() == before


def test_an_older_installations_regime_is_read_and_can_be_forgotten(ini):
    s = store(ini)
    s.setValue(LEGACY_REGIME_KEYS["vessel_name"], "Kyo Maru No. 1")
    s.setValue(LEGACY_REGIME_KEYS["catcher_names"], '["Kyo Maru No. 2"]')
    s.setValue(LEGACY_REGIME_KEYS["time_zone"], "UTC+9")
    s.sync()
    assert legacy_regime(store(ini)) == {
        "vessel_name": "Kyo Maru No. 1",
        "catcher_names": ["Kyo Maru No. 2"],
        "time_zone": "UTC+9",
    }
    assert load_settings(store(ini)).vessel_name == ""  # never read as the regime
    forget_legacy_regime(store(ini))
    assert legacy_regime(store(ini)) == {}
    assert set(LEGACY_REGIME_KEYS) == set(REGIME_FIELDS) and not set(LEGACY_REGIME_KEYS) & set(KEYS)
