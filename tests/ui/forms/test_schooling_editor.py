"""The schooling report editor (Appendix A Table 2) on a real temp-file database."""

from datetime import date, datetime, time, timezone

import pytest
from PySide6.QtWidgets import QLabel
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from whalelog_gui.nav.fix import Fix
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.db import open_db
from whalelog_gui.store.schooling import find_schooling_report
from whalelog_gui.store.track import TrackRecorder
from whalelog_gui.store.vessel import VesselRegime, save_vessel
from whalelog_gui.ui.forms.schooling import SchoolingPage
from whalelog_gui.ui.palette_colours import NIGHT

DAY = date(2026, 1, 15)
FLEET = ("Yushin Maru", "Yushin Maru No. 2", "Yushin Maru No. 3")


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "whalelog.sqlite")
    yield database
    database.close()


@pytest.fixture
def page(qtbot, db):
    settings = AppSettings(vessel_name="Nisshin Maru", catcher_names=FLEET, time_zone="UTC+12")
    widget = SchoolingPage(db, settings, lambda: "Mate Sato")
    qtbot.addWidget(widget)
    widget.day.setDate(QDate(DAY))
    return widget


def _fill(page, col, cells):
    for row, value in enumerate(cells):
        page.grid.item(row, col).setText(value)


def test_school_entered_end_to_end_with_zero_and_x(page, db):
    grid = page.grid
    assert [grid.verticalHeaderItem(grid.catcher_row(n)).text() for n in FLEET] == [f"Caught by {n}" for n in FLEET]
    col = grid.add_school()
    _fill(page, col, ["09:30", "12", "8", "2", "0", "x"])
    grid.item(grid.remarks_row, col).setText("Kyo Maru No. 7 worked the same school")
    assert grid.text(grid.total_row, col) == "2"  # derived: 0 counts as chased, X does not count
    page.noon.lat_edit.setText("62°10.000′S")
    page.noon.lat_edit.textEdited.emit("62°10.000′S")
    page.noon.lon_edit.setText("171°20.000′E")
    assert page.save(), page.status.text()
    report = find_schooling_report(db, "Nisshin Maru", DAY)
    school = report.schools[0]
    assert school.time_found == time(9, 30) and (school.total, school.takeable) == (12, 8)
    assert school.caught == {"Yushin Maru": 2, "Yushin Maru No. 2": 0, "Yushin Maru No. 3": "X"}
    assert school.chasers == ["Yushin Maru", "Yushin Maru No. 2"] and school.total_caught == 2
    assert school.remarks == "Kyo Maru No. 7 worked the same school"
    assert report.noon_position_edited and report.noon_lat == pytest.approx(-(62 + 10 / 60))
    assert page.sign()
    assert find_schooling_report(db, "Nisshin Maru", DAY).signature.name == "Mate Sato"
    assert not page.save_button.isEnabled()


def test_all_x_means_nobody_chased_and_is_refused_at_the_cells(page, db):
    col = page.grid.add_school()
    _fill(page, col, ["10:00", "1", "1", "X", "X", "X"])
    assert not page.check()
    assert page.grid.errors[(page.grid.total_row, col)] == (
        "at least one catcher must have chased the school (otherwise it is not on this form)"
    )
    assert page.grid.text(page.grid.total_row, col) == ""  # nothing chased: no total
    page.grid.item(page.grid.catcher_row("Yushin Maru No. 3"), col).setText("0")
    assert page.check()
    assert page.grid.text(page.grid.total_row, col) == "0"


def test_cell_validation_messages_at_the_cell(page, db):
    grid = page.grid
    col = grid.add_school()
    _fill(page, col, ["25:00", "3", "5", "2", "", "X"])
    page.check()
    assert grid.errors[(0, col)].startswith("time found '25:00': write ship's time as HH:MM")
    assert grid.errors[(2, col)] == "takeable (5) cannot exceed the whales in the school (3)"
    assert (grid.catcher_row("Yushin Maru No. 2"), col) not in grid.errors  # never typed in: no red yet
    assert grid.item(2, col).toolTip() == "Takeable (5) cannot exceed the whales in the school (3)"
    assert "School 1, Number of takeable whales in school: takeable (5)" in page.errors_label.text()
    assert not page.save()
    assert grid.errors[(grid.catcher_row("Yushin Maru No. 2"), col)] == "enter the number caught, 0, or X (note A)"
    assert find_schooling_report(db, "Nisshin Maru", DAY) is None
    _fill(page, col, ["09:30", "0", "0", "2", "0", "X"])
    page.check()
    assert grid.errors[(1, col)] == "a school has at least 1 whale; a solitary whale is a school of 1 (note B)"
    assert grid.errors[(grid.total_row, col)] == "caught (2) cannot exceed the whales in the school (0)"


def test_refused_cells_take_the_palette_alarm_colour(page, palette):
    col = page.grid.add_school()
    _fill(page, col, ["09:30", "3", "5", "1", "0", "X"])
    page.check()
    palette.apply("night")
    assert page.grid.item(2, col).background().color() == QColor(NIGHT.alarm)
    assert page.grid.item(1, col).background().style().name == "NoBrush"


def test_catcher_cell_editor_refuses_anything_but_a_number_or_x(page, qtbot):
    col = page.grid.add_school()
    row = page.grid.catcher_row("Yushin Maru")
    page.grid.setCurrentCell(row, col)
    page.grid.editItem(page.grid.item(row, col))
    editor = [w for w in page.grid.viewport().findChildren(type(page.name))][0]
    qtbot.keyClicks(editor, "3y")
    assert editor.text() == "3"
    editor.clear()
    qtbot.keyClicks(editor, "x2")
    assert editor.text() == "x"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Return through a queued call.
    qtbot.waitUntil(lambda: page.grid.item(row, col).text() == "X")  # note A's capital X, however typed


def test_noon_position_from_the_track_at_ship_noon(qtbot, db):
    recorder = TrackRecorder(db, "receiver")
    # Noon UTC+12 on 15 Jan is 00:00 UTC on 15 Jan.
    for moment, lat in (
        (datetime(2026, 1, 14, 23, 50, tzinfo=timezone.utc), -62.0),
        (datetime(2026, 1, 15, 0, 10, tzinfo=timezone.utc), -62.2),
    ):
        assert recorder.offer(Fix(moment, None, lat, 171.0, valid=True), alert=True)
    save_vessel(db, VesselRegime(regime={"time_zone": "UTC+12"}), who="Master")  # the logbook's ship's time
    settings = AppSettings(vessel_name="Nisshin Maru", catcher_names=FLEET, time_zone="UTC+12")
    page = SchoolingPage(db, settings, lambda: "Mate Sato")
    qtbot.addWidget(page)
    page.day.setDate(QDate(DAY))
    assert page.noon_source.text() == "From the track at noon ship's time."
    assert page.noon.lat_edit.text() == "62°06.000′S"
    report, _, _ = page.read()
    assert report.noon_lat == pytest.approx(-62.1) and not report.noon_position_edited


def test_explanatory_notes_shown_as_help(page):
    assert page.notes.isHidden()
    assert page.notes.widget() is None  # written when first shown, not with the page at start-up (issue 14)
    page.help_button.setChecked(True)
    assert not page.notes.isHidden()
    assert page.notes.widget() is not None and page.notes.widget().findChild(QLabel, "note_A") is not None
    assert "if catchers chase the school but do not catch from it, enter 0" in page.notes.note_labels["A"].text()
    assert set(page.notes.note_labels) == {"A", "B", "C", "D"}


def test_changing_the_date_never_drops_unsaved_cells_silently(page, db):
    col = page.grid.add_school()
    _fill(page, col, ["09:30", "2", "2", "1", "X", "X"])
    page.day.setDate(QDate(2026, 1, 16))
    assert page.current_day == DAY and page.grid.columnCount() == 1  # refused once, with the reason
    assert "unsaved changes" in page.status.text()
    page.day.setDate(QDate(2026, 1, 16))  # chosen again: the user means it
    assert page.current_day == date(2026, 1, 16) and page.grid.columnCount() == 0
    assert find_schooling_report(db, "Nisshin Maru", DAY) is None


def test_saved_form_reopens_with_its_schools(page, db):
    col = page.grid.add_school()
    _fill(page, col, ["09:30", "2", "2", "1", "X", "X"])
    page.noon.lat_edit.setText("62 10 S")
    page.noon.lat_edit.textEdited.emit("62 10 S")
    page.noon.lon_edit.setText("171 20 E")
    assert page.save()
    page.day.setDate(QDate(2026, 1, 16))
    assert page.grid.columnCount() == 0 and page.status.text() == "New form for the day."
    page.day.setDate(QDate(DAY))
    assert page.grid.columnCount() == 1 and page.grid.text(page.grid.catcher_row("Yushin Maru"), 0) == "1"
    assert page.status.text() == "Saved form loaded."
    page.grid.item(1, 0).setText("3")
    assert not page.save()  # a saved form changes only with a reason (audit log)
    assert "reason" in page.status.text()
    page.reason.setText("recount from the crow's nest")
    assert page.save()
    assert find_schooling_report(db, "Nisshin Maru", DAY).schools[0].total == 3


def test_new_fleet_from_settings_gives_a_fresh_form_its_rows(page):
    page.set_settings(AppSettings(vessel_name="Nisshin Maru", catcher_names=("Kyo Maru",), time_zone="UTC+12"))
    assert page.grid.catchers == ["Kyo Maru"]
    assert page.grid.verticalHeaderItem(page.grid.catcher_row("Kyo Maru")).text() == "Caught by Kyo Maru"
