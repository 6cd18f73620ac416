"""The bridge session takes the regime (vessel, operation, catchers, time zone, flag State) from the logbook, not
from per-user QSettings (issue 13): an older installation's values are carried in once and logged, never dropped;
a logbook without a regime is said on the bridge; the catch forms get the logbook's values."""

from datetime import timezone

import pytest

from whalelog_gui.alerts.model import AlertCategory
from whalelog_gui.nav.simulator import SimulatorSource
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.db import open_db
from whalelog_gui.store.regime_settings import regime_of
from whalelog_gui.store.vessel import VesselRegime, compliance_facts, load_vessel, save_vessel
from whalelog_gui.ui.bridge_session import REGIME_KEY, BridgeSession
from whalelog_gui.ui.main_window import MainWindow
from whalelog_gui.ui.settings_store import LEGACY_REGIME_KEYS, legacy_regime

OLD = {
    "vessel_name": "Kyo Maru No. 1",
    "catcher_names": '["Kyo Maru No. 2"]',
    "operation": "land-station",
    "time_zone": "UTC+9",
}


@pytest.fixture
def bridge(qtbot, palette, settings):
    window = MainWindow(palette, "test source")
    qtbot.addWidget(window)
    session = BridgeSession(window, settings, officer=lambda: "Aki Sato")
    yield window, session
    session.stop()


def put_old_settings(settings, values=OLD):
    for name, value in values.items():
        settings.setValue(LEGACY_REGIME_KEYS[name], value)
    settings.sync()


def regime_alert(session):
    return next((a for a in session.watch.alerts.active() if a.key == REGIME_KEY), None)


def test_an_older_installations_regime_is_carried_into_the_logbook_once(bridge, settings, tmp_path, caplog):
    window, session = bridge
    put_old_settings(settings)
    caplog.set_level("INFO", logger="whalelog")
    session.start(tmp_path / "log.sqlite", None, app_settings=AppSettings())
    assert (session.app_settings.vessel_name, session.app_settings.operation) == ("Kyo Maru No. 1", "land-station")
    assert session.app_settings.catcher_names == ("Kyo Maru No. 2",) and session.app_settings.time_zone == "UTC+9"
    assert "carried from per-user settings into the logbook" in caplog.text
    assert legacy_regime(settings) == {}  # a real logbook holds them now
    db = open_db(tmp_path / "log.sqlite")  # what the command line sees
    assert load_vessel(db).regime == {
        "vessel_name": "Kyo Maru No. 1",
        "catcher_names": ["Kyo Maru No. 2"],
        "operation": "land-station",
        "time_zone": "UTC+9",
    }
    db.conn.close()
    assert regime_alert(session) is None


def test_a_demo_logbook_gets_a_copy_and_the_ships_values_stay(bridge, settings, tmp_path):
    window, session = bridge
    put_old_settings(settings)
    session.start(tmp_path / "demo.sqlite", SimulatorSource(rate_hz=1), app_settings=AppSettings())
    assert session.logbook_kind == "demo" and session.app_settings.vessel_name == "Kyo Maru No. 1"
    assert legacy_regime(settings)["vessel_name"] == "Kyo Maru No. 1"  # still there for the ship's logbook


def test_the_logbooks_regime_wins_over_old_per_user_values(bridge, settings, tmp_path, caplog):
    window, session = bridge
    db = open_db(tmp_path / "log.sqlite")
    ship = AppSettings(vessel_name="Cazador", operation="factory-ship", time_zone="UTC-3")
    save_vessel(db, regime_of(ship, VesselRegime(), flag_state="IS"), "Mate")
    db.conn.close()
    put_old_settings(settings)
    caplog.set_level("WARNING", logger="whalelog")
    session.start(tmp_path / "log.sqlite", None, app_settings=AppSettings())
    from whalelog_gui.ui.pages import install_pages

    pages = install_pages(window, session, window.palette_controller)
    catches = pages.catches.settings
    assert (catches.vessel_name, catches.operation, catches.time_zone) == ("Cazador", "factory-ship", "UTC-3")
    assert pages.schooling.settings.vessel_name == "Cazador"
    assert compliance_facts(session.db)["flag_state"] == "IS"  # what the catch dialog checks against
    assert "differ from the logbook's" in caplog.text and "vessel_name" in caplog.text
    assert legacy_regime(settings)["vessel_name"] == "Kyo Maru No. 1"  # not silently dropped
    assert session.current_settings().ship_tz().utcoffset(None) != timezone.utc.utcoffset(None)


def test_a_logbook_without_its_regime_is_a_caution_until_settings_are_saved(bridge, tmp_path):
    window, session = bridge
    session.start(tmp_path / "log.sqlite", None, app_settings=AppSettings())
    alert = regime_alert(session)
    assert alert is not None and alert.category is AlertCategory.CAUTION
    assert "Vessel settings missing" in alert.title
    assert alert.title in [a.title for a in window.alert_bar.active_alerts()]  # on the bar, not only in the manager
    session.apply_settings(AppSettings(vessel_name="Cazador"), port_from_settings=False)
    assert regime_alert(session) is None


def test_an_unusable_stored_value_is_said_not_used(bridge, tmp_path):
    window, session = bridge
    db = open_db(tmp_path / "log.sqlite")
    # save_vessel refuses a zone it does not know; a zone this PC's tz database lacks arrives in a logbook written
    # elsewhere (here: written around WhaleLog, which the integrity check also reports)
    save_vessel(db, VesselRegime(regime={"vessel_name": "Cazador", "time_zone": "UTC+2"}), "Mate")
    db.conn.execute("UPDATE vessel_settings SET value_json = ? WHERE key = 'time_zone'", ('"Atlantis/Lost"',))
    db.conn.commit()
    db.conn.close()
    session.start(tmp_path / "log.sqlite", None, app_settings=AppSettings())
    assert session.app_settings.time_zone == "UTC"
    alert = regime_alert(session)
    assert alert is not None and "time_zone" in alert.note and "Atlantis/Lost" in alert.note


def test_a_new_demo_logbook_is_named_for_what_it_is_and_asks_for_nothing(bridge, tmp_path):
    window, session = bridge
    session.start(tmp_path / "demo.sqlite", SimulatorSource(rate_hz=1), app_settings=AppSettings())
    assert session.logbook_kind == "demo" and session.app_settings.vessel_name == "DEMO vessel (simulated voyage)"
    assert regime_alert(session) is None  # a demo is not the ship's logbook: no "open Settings" caution


def test_a_demo_season_carries_its_whole_regime(tmp_path):
    from whalelog_gui.demo_data import fill_season
    from whalelog_gui.store.db import transaction

    db = open_db(tmp_path / "season.sqlite")
    with transaction(db):
        fill_season(db, days=2)
    regime = load_vessel(db).regime
    assert regime["vessel_name"] and regime["operation"] == "land-station" and regime["time_zone"]
    assert load_vessel(db).flag_state == "IS"
