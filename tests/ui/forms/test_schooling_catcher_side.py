"""Table 2 from a catcher's side and from a land station (issue 15 item 3), and cells not red before they are used.

Before: the catcher rows were the wizard's list, which on a catcher is "the factory ship and the other catchers", so
the factory ship had a "caught by" row and our own catcher none; the expedition's name defaulted to the catcher's
name; the noon position came from the catcher's own track; a saved form did not reopen by date when the name field
held another name; "Add school" painted every empty cell red.
"""

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QDate

from whalelog_gui.nav.fix import Fix
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.db import open_db
from whalelog_gui.store.schooling import find_schooling_report
from whalelog_gui.store.track import TrackRecorder
from whalelog_gui.ui.forms.schooling import SchoolingPage

DAY = date(2026, 1, 15)
CATCHER = AppSettings(
    vessel_name="Yushin Maru No. 2",
    operation="factory-catcher",
    catcher_names=("Nisshin Maru", "Yushin Maru", "Yushin Maru No. 3"),
)


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "whalelog.sqlite")
    yield database
    database.close()


def open_page(qtbot, db, settings):
    page = SchoolingPage(db, settings, lambda: "Mate Sato")
    qtbot.addWidget(page)
    page.day.setDate(QDate(DAY))
    return page


def test_catcher_rows_are_the_fleets_catchers_including_ours_never_the_factory_ship(qtbot, db):
    recorder = TrackRecorder(db, "receiver")  # our own (catcher's) track at noon: not the factory ship's position
    for moment in (
        datetime(2026, 1, 15, 11, 50, tzinfo=timezone.utc),
        datetime(2026, 1, 15, 12, 10, tzinfo=timezone.utc),
    ):
        assert recorder.offer(Fix(moment, None, -62.0, 171.0, valid=True), alert=True)
    page = open_page(qtbot, db, CATCHER)
    assert page.grid.catchers == ["Yushin Maru No. 2", "Yushin Maru", "Yushin Maru No. 3"]
    assert "Caught by Nisshin Maru" not in page.grid.row_labels
    assert page.name.text() == "Nisshin Maru"  # the expedition (factory ship), not the catcher's own name
    assert page.noon.lat_edit.text() == ""  # entered as received, never our own track
    assert page.noon_button.isHidden()
    assert "Nisshin Maru" in page.noon_source.text() and "as received" in page.noon_source.text()


def test_land_station_catcher_types_the_station_and_is_its_own_row(qtbot, db):
    settings = AppSettings(vessel_name="Hvalur 8", operation="land-station", catcher_names=("Hvalur 9",))
    page = open_page(qtbot, db, settings)
    assert page.grid.catchers == ["Hvalur 8", "Hvalur 9"]
    assert page.name.text() == ""  # the coastal station is typed, not guessed from the catcher's name
    assert page.noon_button.isHidden()
    assert not page.messages.message("name")  # not red before anyone typed or saved
    assert not page.save()
    assert page.messages.message("name") == "name of expedition or coastal station is required"


def test_a_saved_form_reopens_by_its_date(qtbot, db):
    page = open_page(qtbot, db, CATCHER)
    col = page.grid.add_school()
    for row, value in enumerate(["09:30", "3", "3", "1", "0", "X"]):
        page.grid.item(row, col).setText(value)
    assert page.save(), page.status.text()
    other = open_page(qtbot, db, CATCHER)
    other.day.setDate(QDate(date(2026, 1, 14)))
    other.name.setText("Expedition typed differently")
    other.day.setDate(QDate(DAY))
    assert other.status.text() == "Saved form loaded."
    assert other.name.text() == "Nisshin Maru" and other.grid.columnCount() == 1
    assert find_schooling_report(db, "Nisshin Maru", DAY) is not None


def test_add_school_does_not_fill_every_empty_cell_with_errors(qtbot, db):
    page = open_page(qtbot, db, CATCHER)
    col = page.grid.add_school()
    assert page.grid.errors == {} and page.errors_label.isHidden()
    page.grid.item(1, col).setText("abc")  # the user leaves a cell with a wrong value: that one cell shows
    assert set(page.grid.errors) == {(1, col)}
    assert not page.save()  # a save shows every refused cell
    assert {(0, col), (1, col), (2, col)} <= set(page.grid.errors)
