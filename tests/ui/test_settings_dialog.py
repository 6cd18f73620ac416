"""The settings dialog: shows the stored settings, refuses bad input at the field, saves only valid ones; the
regime (vessel, operation, flag State, para 26 notices) in the logbook, the rest in QSettings (issue 13)."""

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow

from whalelog_gui.nav.sources import PortChoice
from whalelog_gui.settings import AppSettings
from whalelog_gui.ui.settings_action import settings_action
from whalelog_gui.ui.settings_dialog import SettingsDialog
from whalelog_gui.store.db import open_db
from whalelog_gui.store.regime_settings import regime_of, with_regime
from whalelog_gui.store.vessel import VesselRegime, load_vessel
from whalelog_gui.ui.settings_store import load_settings, save_with_regime

STORED = AppSettings(
    vessel_name="Kyo Maru No. 1",
    catcher_names=("Kyo Maru No. 2",),
    time_zone="UTC+9",
    crew_names=("Aki Sato",),
    gps_port="/dev/ttyS0",
    baud=4800,
    lookahead_min=30.0,
)


@pytest.fixture
def logbook_db(tmp_path):
    db = open_db(tmp_path / "logbook.sqlite")
    yield db
    db.conn.close()


@pytest.fixture
def ini(tmp_path, logbook_db):
    path = tmp_path / "WhaleLog.ini"
    save_with_regime(
        STORED,
        regime_of(STORED, VesselRegime(), flag_state="NO"),
        logbook_db,
        "Aki Sato",
        QSettings(str(path), QSettings.Format.IniFormat),
    )
    return path


def store(path):
    return QSettings(str(path), QSettings.Format.IniFormat)


def current(ini, db):
    """What the bridge session hands the dialog: per-user settings with the logbook's regime."""
    return with_regime(load_settings(store(ini)), load_vessel(db))[0]


@pytest.fixture
def dialog(qtbot, ini, logbook_db):
    d = SettingsDialog(
        current(ini, logbook_db),
        store(ini),
        port_lister=lambda: [PortChoice("/dev/ttyS0", "ttyS0")],
        db=logbook_db,
        who=lambda: "Aki Sato",
    )
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def save_button(d):
    return d.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_dialog_shows_what_is_stored(dialog):
    assert dialog.edited_settings() == STORED
    vessel, notices, people, gps, display, authorities = dialog.pages
    assert vessel.vessel_name.text() == "Kyo Maru No. 1"
    assert vessel.flag_state.text() == "NO" and vessel.flag_state_name.text() == "Norway"
    assert not notices.closure_set.isChecked() and not notices.daily_notification.isChecked()
    assert gps.gps_port.currentText().startswith("/dev/ttyS0")
    assert display.unit_buttons["metres"].isChecked()


def test_save_writes_changes_and_reports_them(qtbot, dialog, ini, logbook_db):
    vessel, notices, people, gps, display, authorities = dialog.pages
    dialog.tabs.setCurrentIndex(4)
    display.lookahead_min.setValue(60)
    qtbot.mouseClick(display.unit_buttons["feet"], Qt.MouseButton.LeftButton)
    dialog.tabs.setCurrentIndex(3)
    gps.gps_port.setEditText("socket://127.0.0.1:10110")
    dialog.tabs.setCurrentIndex(0)
    vessel.vessel_name.setText("Kyo Maru No. 3")
    vessel.flag_state.setText("jp")
    assert vessel.flag_state_name.text() == "Japan"
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    expected = dataclasses.replace(
        STORED, lookahead_min=60.0, units="feet", gps_port="socket://127.0.0.1:10110", vessel_name="Kyo Maru No. 3"
    )
    assert saved.args == [expected]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert current(ini, logbook_db) == expected
    assert load_settings(store(ini)).vessel_name == ""  # the vessel name went to the logbook only
    assert load_vessel(logbook_db).flag_state == "JP"
    (who,) = {r[0] for r in logbook_db.conn.execute("SELECT updated_by FROM vessel_settings WHERE key='flag_state'")}
    assert who == "Aki Sato"


def test_para_26_notices_are_saved_in_the_logbook(qtbot, dialog, logbook_db):
    notices = dialog.pages[1]
    assert dialog.tabs.tabText(1) == "Catch-limit notices"
    assert not notices.closure_date.isEnabled()
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(notices.closure_set, Qt.MouseButton.LeftButton)
    assert notices.closure_date.isEnabled()
    notices.closure_date.setDate(notices.closure_date.date().fromString("2027-02-01", "yyyy-MM-dd"))
    notices.daily_notification.setChecked(True)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    stored = load_vessel(logbook_db)
    assert (stored.closure_date, stored.daily_notification) == (date(2027, 2, 1), True)


def test_a_bad_flag_state_is_shown_at_its_field_and_nothing_is_saved(qtbot, dialog, ini, logbook_db):
    before_ini, before_vessel = ini.read_bytes(), load_vessel(logbook_db)
    vessel, notices, people, gps, display, authorities = dialog.pages
    dialog.pages[4].lookahead_min.setValue(90)
    dialog.tabs.setCurrentIndex(4)
    vessel.flag_state.setText("XX")
    assert vessel.flag_state_name.text() == "not an ISO 3166-1 alpha-2 code"
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == 0 and vessel.flag_state.hasFocus()
    assert vessel.error_labels["flag_state"].isVisible()
    assert "'XX' is not an assigned ISO 3166-1 alpha-2 code" in vessel.error_labels["flag_state"].text()
    assert ini.read_bytes() == before_ini and load_vessel(logbook_db) == before_vessel


def test_bad_field_on_another_tab_is_shown_there_and_nothing_saved(qtbot, dialog, ini):
    before = ini.read_bytes()
    vessel, notices, people, gps, display, authorities = dialog.pages
    vessel.vessel_name.clear()
    people.watch_officer.setText("Bad\tName")
    dialog.tabs.setCurrentIndex(4)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == 0  # the first tab with a fault is brought forward
    assert vessel.error_labels["vessel_name"].text() == "Enter the vessel name"
    assert vessel.error_labels["vessel_name"].isVisible()
    assert "control character" in people.error_labels["watch_officer"].text()
    assert ini.read_bytes() == before

    vessel.vessel_name.setText("Kyo Maru No. 1")
    people.watch_officer.setText("Aki Sato")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert load_settings(store(ini)).watch_officer == "Aki Sato"


def test_cancel_leaves_the_stored_settings(qtbot, dialog, ini):
    before = ini.read_bytes()
    dialog.pages[0].vessel_name.setText("Renamed")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert ini.read_bytes() == before


def test_settings_action_for_the_main_window(qtbot, ini, logbook_db):
    window = QMainWindow()
    qtbot.addWidget(window)
    received = []
    action = settings_action(window, lambda: current(ini, logbook_db), received.append, store(ini), db=logbook_db)
    assert action.shortcut().toString() == "Ctrl+,"

    def press_save():
        d = window.findChild(SettingsDialog)
        assert d is not None and d.edited_settings() == STORED
        d.pages[4].lookahead_min.setValue(90)
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, press_save)
    guard = QTimer(window)  # never hang if press_save fails; parented so it dies with this test's window
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: [d.reject() for d in window.findChildren(SettingsDialog)])
    guard.start(5000)
    action.trigger()  # runs the modal dialog until press_save clicks Save
    guard.stop()
    assert [s.lookahead_min for s in received] == [90.0]


# --- Settings → Authorities (issue 11): trust an authority key from the GUI, fingerprint shown ------------------


def test_authorities_page_trusts_a_key_and_shows_its_fingerprint(qtbot, ini, logbook_db, tmp_path):
    from whalelog_gui.authority.receipts import make_authority_key
    from whalelog_gui.export import keys
    from whalelog_gui.store import custody
    from whalelog_gui.ui.settings_authorities_page import AuthoritiesPage

    d = SettingsDialog(
        load_settings(store(ini)), store(ini), port_lister=lambda: [], db=logbook_db, who=lambda: "Aki Sato"
    )
    qtbot.addWidget(d)
    page = next(p for p in d.pages if isinstance(p, AuthoritiesPage))
    assert d.tabs.tabText(d.pages.index(page)) == "Authorities" and page.table.rowCount() == 0
    pub = keys.public_key_path_for(make_authority_key(tmp_path / "authority"))
    fingerprint = keys.fingerprint(keys.load_public_key_file(pub))
    page.key_file.setText(str(pub))
    assert fingerprint in page.preview.text()  # compared before it is trusted
    page.name.setText("Fisheries Agency")
    assert page.trust_file()
    assert page.table.rowCount() == 1
    assert (page.table.item(0, 0).text(), page.table.item(0, 1).text()) == ("Fisheries Agency", fingerprint)
    (trusted,) = custody.trusted_authorities(logbook_db)
    assert trusted.fingerprint == fingerprint and trusted.added_by == "Aki Sato"  # audited, with who


def test_authorities_page_refuses_what_is_not_a_public_key(qtbot, ini, logbook_db, tmp_path):
    from whalelog_gui.store import custody
    from whalelog_gui.ui.settings_authorities_page import AuthoritiesPage

    d = SettingsDialog(load_settings(store(ini)), store(ini), port_lister=lambda: [], db=logbook_db)
    qtbot.addWidget(d)
    page = next(p for p in d.pages if isinstance(p, AuthoritiesPage))
    (tmp_path / "notes.txt").write_text("not a key")
    page.key_file.setText(str(tmp_path / "notes.txt"))
    assert page.preview.property("role") == "alarm"
    assert not page.trust_file()
    assert page.message.text().startswith("Not trusted:") and custody.trusted_authorities(logbook_db) == []
