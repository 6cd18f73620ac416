"""The first-run walkthrough: filled like a user would, refused at the faulty field, saved only on Finish; the
regime (vessel, operation, catchers, time zone, flag State) into the logbook, the rest into QSettings (issue 13)."""

import dataclasses

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWizard

from whalelog_gui.nav.sources import PortChoice
from whalelog_gui.settings import AppSettings
from whalelog_gui.ui.first_run import FirstRunWizard, settings_for_start
from whalelog_gui.ui.settings_gps_page import GpsPage
from whalelog_gui.ui.settings_display_page import DisplayPage
from whalelog_gui.ui.settings_people_page import PeoplePage
from whalelog_gui.ui.settings_vessel_page import VesselPage
from whalelog_gui.store.db import open_db
from whalelog_gui.store.regime_settings import with_regime
from whalelog_gui.store.vessel import REGIME_FIELDS, VesselRegime, load_vessel
from whalelog_gui.ui.settings_store import load_settings, needs_first_run, save_settings

PORTS = [PortChoice("/dev/ttyUSB0", "FT232R USB UART"), PortChoice("/dev/ttyS0", "ttyS0")]


@pytest.fixture
def ini(tmp_path):
    return tmp_path / "WhaleLog.ini"


def store(path):
    return QSettings(str(path), QSettings.Format.IniFormat)


@pytest.fixture
def logbook_db(tmp_path):
    db = open_db(tmp_path / "logbook.sqlite")
    yield db
    db.conn.close()


@pytest.fixture
def wizard(qtbot, ini, logbook_db):
    w = FirstRunWizard(store=store(ini), port_lister=lambda: PORTS, db=logbook_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def click(qtbot, wizard, which):
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def page(wizard):
    return wizard.currentPage().fields


def type_into(qtbot, widget, text):
    """Type like a user, one line at a time with Return between (QTest cannot type a newline character)."""
    widget.setFocus()
    widget.clear()
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)


def test_walkthrough_saves_every_choice(qtbot, wizard, ini, logbook_db):
    click(qtbot, wizard, QWizard.WizardButton.NextButton)  # welcome
    vessel = page(wizard)
    assert isinstance(vessel, VesselPage)
    type_into(qtbot, vessel.vessel_name, "Kyo Maru No. 1")
    vessel.operation.setCurrentIndex(vessel.operation.findData("factory-ship"))
    type_into(qtbot, vessel.catcher_names, "Kyo Maru No. 2\nKyo Maru No. 3")
    vessel.time_zone.setEditText("UTC+9")
    type_into(qtbot, vessel.flag_state, "JP")
    assert vessel.flag_state_name.text() == "Japan"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    people = page(wizard)
    assert isinstance(people, PeoplePage)
    type_into(qtbot, people.crew_names, "Aki Sato\nBo Lund")
    type_into(qtbot, people.inspector_names, "Cy Inspector")
    type_into(qtbot, people.watch_officer, "Aki Sato")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    gps = page(wizard)
    assert isinstance(gps, GpsPage)
    # the serial ports found, then the network sources (issue 12): NMEA over UDP and gpsd
    assert [gps.gps_port.itemData(i) for i in range(gps.gps_port.count())] == [
        "/dev/ttyUSB0",
        "/dev/ttyS0",
        "udp://:10110",
        "gpsd://localhost:2947",
    ]
    gps.gps_port.setCurrentIndex(0)
    gps.baud.setCurrentIndex(gps.baud.findData(38400))
    assert "high speed" in gps.baud.currentText()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    display = page(wizard)
    assert isinstance(display, DisplayPage)
    qtbot.mouseClick(display.unit_buttons["feet"], Qt.MouseButton.LeftButton)
    display.lookahead_min.setValue(45)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    summary = wizard.currentPage().summary.text()
    assert "Kyo Maru No. 1" in summary and "/dev/ttyUSB0 at 38400 baud" in summary and "45 min" in summary
    assert "Flag State: JP (Japan)" in summary
    assert needs_first_run(store(ini))  # nothing written before Finish
    assert load_vessel(logbook_db) == VesselRegime()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    expected = AppSettings(
        vessel_name="Kyo Maru No. 1",
        catcher_names=("Kyo Maru No. 2", "Kyo Maru No. 3"),
        operation="factory-ship",
        time_zone="UTC+9",
        crew_names=("Aki Sato", "Bo Lund"),
        inspector_names=("Cy Inspector",),
        watch_officer="Aki Sato",
        gps_port="/dev/ttyUSB0",
        baud=38400,
        units="feet",
        lookahead_min=45.0,
    )
    assert wizard.settings == expected
    per_user = load_settings(store(ini))  # read back from the file by a fresh QSettings
    assert per_user == dataclasses.replace(expected, **{k: getattr(AppSettings(), k) for k in REGIME_FIELDS})
    vessel = load_vessel(logbook_db)
    assert vessel.flag_state == "JP"
    assert with_regime(per_user, vessel) == (expected, {})
    assert not needs_first_run(store(ini))


def test_a_bad_flag_state_stops_the_walkthrough_at_its_field(qtbot, wizard, logbook_db):
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    vessel = page(wizard)
    type_into(qtbot, vessel.vessel_name, "Kyo Maru")
    type_into(qtbot, vessel.flag_state, "QQ")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert page(wizard) is vessel
    assert "'QQ' is not an assigned ISO 3166-1 alpha-2 code" in vessel.error_labels["flag_state"].text()
    assert vessel.flag_state.hasFocus()
    type_into(qtbot, vessel.flag_state, "")  # optional: an unset flag State treats every rule as binding
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert isinstance(page(wizard), PeoplePage)


def test_next_is_refused_with_the_message_at_the_field(qtbot, wizard, ini):
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    vessel = page(wizard)
    vessel.time_zone.setEditText("Atlantis/Lost")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert page(wizard) is vessel  # still here
    assert vessel.error_labels["vessel_name"].isVisible()
    assert vessel.error_labels["vessel_name"].text() == "Enter the vessel name"
    assert "not a known time zone" in vessel.error_labels["time_zone"].text()
    assert not vessel.error_labels["operation"].isVisible()
    assert vessel.vessel_name.hasFocus()

    type_into(qtbot, vessel.vessel_name, "Kyo Maru")
    vessel.time_zone.setEditText("Pacific/Auckland")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    people = page(wizard)
    assert isinstance(people, PeoplePage)
    assert not vessel.error_labels["vessel_name"].isVisible()

    type_into(qtbot, people.crew_names, "Aki Sato\naki sato")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert page(wizard) is people
    assert "appears twice" in people.error_labels["crew_names"].text()
    assert needs_first_run(store(ini))


def test_cancel_saves_nothing_and_the_walkthrough_comes_back(qtbot, wizard, ini, logbook_db):
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    type_into(qtbot, page(wizard).vessel_name, "Half Done")
    wizard.confirm_cancel = lambda _w: True  # "Cancel the set-up?" answered Yes
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert needs_first_run(store(ini))
    assert load_vessel(logbook_db) == VesselRegime()


def test_start_settings_skip_the_walkthrough_when_not_interactive_or_done(qtbot, ini, tmp_path):
    assert settings_for_start(store(ini), tmp_path / "log.sqlite", interactive=False) == AppSettings()
    done = AppSettings(vessel_name="Kyo Maru", lookahead_min=20.0)
    save_settings(done, store(ini))
    # no wizard (it would block here); the vessel name is the logbook's, laid over at the session's start
    assert settings_for_start(store(ini), tmp_path / "log.sqlite", interactive=True) == AppSettings(lookahead_min=20.0)


def test_fields_are_reachable_by_alt_key(qtbot, wizard):
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    vessel = page(wizard)
    vessel.operation.setFocus()
    qtbot.keyClick(vessel.operation, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Ship's &time zone
    assert vessel.time_zone.hasFocus()
    qtbot.keyClick(vessel.time_zone, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # &Vessel name
    assert vessel.vessel_name.hasFocus()


# --- issue 15 item 9: Cancel in the walkthrough quit silently ------------------------------------------------


def test_cancel_asks_and_no_keeps_the_walkthrough_open(qtbot, settings, logbook_db):
    from whalelog_gui.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(store=settings, port_lister=lambda: [], db=logbook_db)
    qtbot.addWidget(wizard)
    asked = []
    wizard.confirm_cancel = lambda _w: asked.append(True) or False
    wizard.show()
    wizard.button(wizard.WizardButton.CancelButton).click()
    assert asked and wizard.isVisible() and wizard.result() == 0
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert len(asked) == 2 and wizard.isVisible()
    wizard.confirm_cancel = lambda _w: True
    wizard.button(wizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible() and wizard.result() == wizard.DialogCode.Rejected


def test_start_runs_the_walkthrough_into_the_chosen_logbook(qtbot, ini, tmp_path):
    """run_gui's path: the walkthrough opens the logbook the session will use and saves the regime there."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    db_path = tmp_path / "chosen.sqlite"
    filled = []

    def fill_and_finish():
        wizard = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard) and w.isVisible()), None
        )
        if wizard is None:
            QTimer.singleShot(20, fill_and_finish)
            return
        wizard.next()
        wizard.currentPage().fields.vessel_name.setText("Kyo Maru")
        wizard.currentPage().fields.flag_state.setText("NO")
        while wizard.currentId() != wizard.pageIds()[-1]:
            wizard.next()
        filled.append(wizard)
        wizard.accept()

    QTimer.singleShot(0, fill_and_finish)
    settings = settings_for_start(store(ini), db_path, interactive=True)
    assert filled and settings is not None and settings.vessel_name == ""  # per-user part only
    db = open_db(db_path)
    try:
        vessel = load_vessel(db)
        assert vessel.flag_state == "NO" and vessel.regime["vessel_name"] == "Kyo Maru"
    finally:
        db.conn.close()
    assert not needs_first_run(store(ini))
