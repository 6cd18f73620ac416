"""One way to say "the given position unless the user typed over it" (issue 14): PositionEdit owns it, and the
catch form, the struck-and-lost dialog and the schooling noon position all ask it for value()."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from whalelog_gui.nav.fix import Fix
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.db import open_db
from whalelog_gui.ui.forms.catches.position_entry import PositionEdit
from whalelog_gui.ui.forms.catches.struck_lost_dialog import StruckLostDialog

# finer than the fields show (a thousandth of a minute is about 1.85 m): the given value must not be re-read
LAT, LON = -30.123456789, -80.987654321


def test_a_given_position_is_used_exactly_until_typed_over(qtbot):
    edit = PositionEdit()
    qtbot.addWidget(edit)
    edit.give(LAT, LON)
    assert edit.value() == (LAT, LON) and not edit.typed
    assert edit.position() != (LAT, LON)  # the text, rounded as shown
    qtbot.keyClicks(edit.lat_edit, "1")  # the user types: from now on the text is the position
    assert edit.typed
    edit.lat_edit.setText("30 07.5 S")
    assert edit.value() == (pytest.approx(-30.125), pytest.approx(LON, abs=1e-5))
    edit.give(LAT, LON)  # a new source position (Use GPS) is used exactly again
    assert edit.value() == (LAT, LON)


def test_a_typed_or_missing_position_is_read_from_the_text(qtbot):
    edit = PositionEdit()
    qtbot.addWidget(edit)
    assert edit.typed and edit.value() == (None, None)  # nothing given: whatever is typed
    edit.show_typed(LAT, LON)  # a saved hand-typed position reads like typing
    assert edit.typed and edit.value() == edit.position() != (LAT, LON)
    edit.give(LAT, LON)
    edit.forget_given()  # the source has nothing now (no fix): the fields are the user's
    assert edit.typed and edit.value() == edit.position()
    edit.lat_edit.setText("91 00.0 N")
    with pytest.raises(ValueError):
        edit.value()


def test_the_struck_and_lost_dialog_keeps_the_gps_position_exactly(qtbot, tmp_path):
    db = open_db(tmp_path / "whalelog.sqlite")
    fix = Fix(datetime(2026, 5, 10, 14, 30, tzinfo=timezone.utc), None, LAT, LON, valid=True)
    settings = AppSettings(vessel_name="Cazador", catcher_names=("Cazador",), operation="land-station")
    dialog = StruckLostDialog(db, settings, lambda: (fix, 1.0), lambda: "Mate Ruiz")
    qtbot.addWidget(dialog)
    record, _errors = dialog.record()
    assert (record.lat, record.lon) == (LAT, LON)
    dialog.position.lon_edit.clear()
    qtbot.keyClicks(dialog.position.lon_edit, "80 59.0 W")  # typed over: both fields are read from their text
    record, errors = dialog.record()
    assert "position" not in errors and record.lon == pytest.approx(-(80 + 59 / 60))
    assert record.lat == pytest.approx(LAT, abs=1e-5) and record.lat != LAT
    db.close()
