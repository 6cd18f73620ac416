"""Refusals and readings shown where the crew typed them, in the crew's language (issue 16): a typed position, the
schooling grid's cells, the catch list's length cell and tape helper, and a read-only logbook's refusal of an
integrity declaration. The core keeps its English (the CLI and logs say the same words as before)."""

from __future__ import annotations

import sqlite3
import sys
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from whalelog_gui.nav.fix import Fix
from whalelog_gui.nav.typed_position import parse_coordinate
from whalelog_gui.records.compliance import ComplianceContext
from whalelog_gui.records.daily_sheet import Signature, SignerRole
from whalelog_gui.records.events import EventKind, LogEvent, validate_timeline
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.catches import save_catch
from whalelog_gui.store.db import open_db
from whalelog_gui.ui.forms.catches import CatchesPage
from whalelog_gui.ui.forms.catches.catch_rows import CATCH_COLUMNS
from whalelog_gui.ui.forms.catches.measurement_helper import LengthEntry
from whalelog_gui.ui.forms.logbook.typed_values import FieldValues
from whalelog_gui.ui.forms.schooling import SchoolingPage
from whalelog_gui.ui.i18n import LanguageController, tr_message

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "records"))
from records_builders import make_catch  # noqa: E402

FIX = Fix(datetime(2026, 5, 10, 14, 30, tzinfo=timezone.utc), None, -30.25, -80.5, valid=True)
FLEET = ("Yushin Maru", "Yushin Maru No. 2")


@pytest.fixture
def language(qapp, settings):
    controller = LanguageController(qapp, settings)
    yield controller
    controller.apply("en", remember=False)


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "whalelog.sqlite")
    yield database
    database.close()


def test_typed_position_refusals_keep_their_english_in_the_core():
    with pytest.raises(ValueError) as refused:
        parse_coordinate("80 30.0 N", "lon")
    assert str(refused.value) == "longitude '80 30.0 N': hemisphere must be E or W"
    with pytest.raises(ValueError) as refused:
        parse_coordinate("95", "lat")
    assert str(refused.value) == "latitude '95' is outside -90..90"


@pytest.mark.parametrize(
    "lang, hemisphere, both",
    [
        ("nb", "lengde '80 30.0 N': halvkulen må være E eller W", "oppgi både bredde og lengde"),
        ("is", "lengd '80 30.0 N': jarðarhelmingur verður að vera E eða W", "gefðu upp bæði breidd og lengd"),
        ("ja", "経度 '80 30.0 N': 半球は E または W にしてください", "緯度と経度の両方を入力してください"),
    ],
)
def test_a_typed_position_is_refused_in_the_crew_language_at_the_field(qtbot, db, language, lang, hemisphere, both):
    language.apply(lang, remember=False)
    page = CatchesPage(
        db, AppSettings(vessel_name="Cazador", operation="land-station"), lambda: (FIX, 1.0), lambda: "Mate"
    )
    qtbot.addWidget(page)
    dialog = page.new_catch()
    position = dialog.form.position
    position.lat_edit.setText("30°15.000′S")
    position.lat_edit.textEdited.emit("30°15.000′S")
    position.lon_edit.setText("80 30.0 N")
    dialog.recheck()
    said = dialog.form.messages.message("position")
    assert hemisphere.lower() in said.lower() and "hemisphere" not in said
    position.lon_edit.setText("")
    dialog.recheck()
    assert both.lower() in dialog.form.messages.message("position").lower()
    dialog.close()


def test_a_position_typed_on_the_logbook_is_refused_in_the_crew_language(language):
    language.apply("is", remember=False)
    values = FieldValues()
    assert values.coordinate("found_lat", "45 12.3", "lat") is None
    (error,) = values.errors
    assert error.reason == "latitude '45 12.3': add the hemisphere (N or S)"  # English in the core
    assert tr_message(error.reason) == "breidd '45 12.3': bættu við jarðarhelmingi (N eða S)"


def test_schooling_cells_are_refused_in_the_crew_language(qtbot, db, language):
    page = SchoolingPage(db, AppSettings(vessel_name="Nisshin Maru", catcher_names=FLEET), lambda: "Mate Sato")
    qtbot.addWidget(page)
    page.day.setDate(QDate(date(2026, 1, 15)))
    grid = page.grid
    col = grid.add_school()
    for row, value in enumerate(["25:00", "3", "5", "2", ""]):
        grid.item(row, col).setText(value)
    page.check()
    assert grid.errors[(2, col)] == "takeable (5) cannot exceed the whales in the school (3)"  # the core's English
    language.apply("ja", remember=False)  # the open grid says its refusals again
    qtbot.waitUntil(
        lambda: grid.item(2, col).toolTip() == "捕獲可能頭数(5)は群れの頭数(3)を超えられません", timeout=2000
    )
    assert grid.item(0, col).toolTip() == "発見時刻 '25:00': 船内時間を HH:MM で入力してください(例 09:30)"
    page.check()
    assert "捕獲可能頭数(5)は群れの頭数(3)を超えられません" in page.errors_label.text()
    assert "cannot exceed" not in page.errors_label.text() and "write ship's time" not in page.errors_label.text()


def test_the_catch_list_length_and_the_tape_helper_say_read_in_the_crew_language(qtbot, db, language):
    catch = make_catch("minke", "8.24 m", when=(2026, 1, 10, 10, 0))
    save_catch(db, catch, ComplianceContext("land-station", frozenset()), who="Mate")
    assert str(catch.length) == "8.2 m (read 8.24 m)"
    language.apply("nb", remember=False)
    page = CatchesPage(
        db, AppSettings(vessel_name="Cazador", operation="land-station"), lambda: (FIX, 1.0), lambda: "Mate"
    )
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.catch_table.rowCount() == 1, timeout=5000)
    length = CATCH_COLUMNS.index("Length")
    assert page.catch_table.item(0, length).text() == "8.2 m (målt 8.24 m)"
    entry = LengthEntry("metres")
    qtbot.addWidget(entry)
    entry.metres.setText("10.25")
    assert entry.logged.text() == "målt 10.25 m → ført 10.3 m (§ 23)"
    assert Decimal(entry.reading().raw) == Decimal("10.25")


def test_a_read_only_logbook_refuses_a_declaration_in_the_crew_language(qtbot, ctx, language):
    from whalelog_gui.alerts.manager import AlertManager
    from whalelog_gui.ui.integrity_watch import IntegrityWatch, open_declaration

    conn = sqlite3.connect(ctx.db_path, isolation_level=None)
    conn.execute("UPDATE vessel_settings SET value_json = '\"JP\"' WHERE key = 'flag_state'")  # a break
    conn.close()
    watch = IntegrityWatch(ctx.db_path, AlertManager(), read_only=True)
    with qtbot.waitSignal(watch.changed, timeout=10_000):
        watch.check()
    language.apply("nb", remember=False)
    dialog = open_declaration(watch, None)
    qtbot.addWidget(dialog)
    dialog.master_edit.setText("Einar Jónsson")
    dialog.reason_edit.setPlainText("The shipowner's IT changed the flag State with a database tool on 3 Dec")
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(watch.declaration_failed, timeout=5000) as refused:
        qtbot.mouseClick(dialog.declare_button, Qt.MouseButton.LeftButton)
    (exc,) = refused.args
    assert str(exc) == "the logbook is open read-only: open it normally to record a declaration"  # logs: English
    said = dialog.messages.general.text()
    assert "loggboken er åpnet skrivebeskyttet: åpne den vanlig for å registrere en erklæring" in said
    assert "read-only" not in said


def test_a_length_reading_is_refused_in_the_crew_language_at_the_field(qtbot, db, language):
    from whalelog_gui.records.measurement import MeasurementError, log_metres

    with pytest.raises(MeasurementError) as refused:
        log_metres("10,2x")
    assert str(refused.value) == "length in metres: '10,2x' is not a number"  # the CLI's English, as before
    language.apply("is", remember=False)
    page = CatchesPage(
        db, AppSettings(vessel_name="Cazador", operation="land-station"), lambda: (FIX, 1.0), lambda: "Mate"
    )
    qtbot.addWidget(page)
    dialog = page.new_catch()
    dialog.form.length.metres.setText("0.01")
    dialog.recheck()
    said = dialog.form.messages.message("length").lower()
    assert "lengdin 0.01 m skráist 0,0 m" in said and "logs to" not in said
    dialog.close()


def test_sheet_and_event_refusals_keep_english_and_are_said_in_the_crew_language(language):
    (unsigned,) = Signature("  ", SignerRole.MASTER, datetime(2026, 1, 10, 9, 0, tzinfo=timezone.utc)).validate()
    assert unsigned.reason == "the signer's name is required"
    language.apply("ja", remember=False)
    assert tr_message(unsigned.reason) == "署名者の氏名が必要です"
    at = datetime(2026, 1, 10, 9, 0, tzinfo=timezone.utc)
    (orphan,) = validate_timeline([LogEvent(EventKind.RESTING_FINISHED, at, lat=-60.0, lon=170.0)])
    assert orphan.reason == "resting finished before it started"
    assert tr_message(orphan.reason) == "漂泊・休止が開始前に終わっています"
