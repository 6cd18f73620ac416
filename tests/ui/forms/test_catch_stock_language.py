"""The catch dialog's para 9 stock line in the crew's language (issue 16): the core's English Message (the record,
the CLI and the printed form keep "para 9(c): Northeastern stock"), said translated under the catch form."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from whalelog_gui.nav.fix import Fix
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.db import open_db
from whalelog_gui.store.vessel import VesselRegime, save_vessel
from whalelog_gui.ui.forms.catches import CatchesPage
from whalelog_gui.ui.i18n import LanguageController

# Off Lofoten: the Northeastern North Atlantic minke whale stock (Schedule para 9(c))
LOFOTEN = Fix(datetime(2026, 6, 10, 10, 0, tzinfo=timezone.utc), None, 70.0, 10.0, valid=True)


@pytest.fixture
def language(qapp, settings):
    controller = LanguageController(qapp, settings)
    yield controller
    controller.apply("en", remember=False)


@pytest.fixture
def page(qtbot, tmp_path):
    db = open_db(tmp_path / "whalelog.sqlite")
    save_vessel(db, VesselRegime(flag_state="NO"), who="Skipper")
    settings = AppSettings(vessel_name="Havbris", catcher_names=("Havbris",), operation="small-type", time_zone="UTC")
    widget = CatchesPage(db, settings, lambda: (LOFOTEN, 1.0), lambda: "Skipper Olsen")
    qtbot.addWidget(widget)
    yield widget
    db.close()


@pytest.mark.parametrize(
    "lang, line",
    [
        ("en", "para 9(c): Northeastern stock"),
        ("nb", "§ 9(c): bestand Nordøst"),
        ("is", "gr. 9(c): stofn Norðaustur"),
        ("ja", "第9(c)項: 北東部系群"),
    ],
)
def test_the_stock_line_is_said_in_the_crew_language(qtbot, language, page, lang, line):
    language.apply(lang, remember=False)
    dialog = page.new_catch()
    form = dialog.form
    form.species.setCurrentIndex(form.species.findData("minke"))
    dialog.recheck()
    assert form.stock.text() == line
    form.species.setCurrentIndex(form.species.findData("sperm"))  # no para 9(c) stock for a sperm whale here
    dialog.recheck()
    assert "9(c)" not in form.stock.text() and (lang == "en" or "stock" not in form.stock.text())
