"""The Catches and Schooling tabs follow a language switch while open (issue 16): labels, headings, cells and the
schooling grid's rows are said again in the new language; what was typed stays."""

from datetime import date

from PySide6.QtCore import QDate

from whalelog_gui.records.schooling import EXPLANATORY_NOTES
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.db import open_db
from whalelog_gui.ui.forms.catches import CatchesPage
from whalelog_gui.ui.forms.schooling import SchoolingPage
from whalelog_gui.ui.forms.schooling.notes_panel import NOTES
from whalelog_gui.ui.i18n import LanguageController


def test_the_notes_offered_for_translation_are_the_schedules_own():
    assert list(NOTES) == list(EXPLANATORY_NOTES.values())  # a Schedule wording change must reach the catalogues


def test_pages_built_in_english_are_said_again_in_the_new_language(qtbot, qapp, settings, tmp_path):
    db = open_db(tmp_path / "whalelog.sqlite")
    language = LanguageController(qapp, settings)
    fleet = AppSettings(vessel_name="Nisshin Maru", catcher_names=("Yushin Maru",), time_zone="UTC+12")
    catches = CatchesPage(db, fleet, lambda: (None, None), lambda: "Mate Sato")
    schooling = SchoolingPage(db, fleet, lambda: "Mate Sato")
    qtbot.addWidget(catches)
    qtbot.addWidget(schooling)
    try:
        schooling.day.setDate(QDate(date(2026, 1, 15)))
        col = schooling.grid.add_school()
        schooling.grid.item(0, col).setText("09:30")
        assert catches.new_button.text() == "New catch" and catches.day_filter.itemText(0) == "All days"
        assert catches.catch_table.horizontalHeaderItem(0).text() == "Marking"
        assert schooling.grid.verticalHeaderItem(0).text() == "Time school found"
        language.apply("nb", remember=False)
        qtbot.waitUntil(lambda: catches.new_button.text() == "Ny fangst", timeout=2000)
        assert catches.day_filter.itemText(0) == "Alle dager"
        assert catches.catch_table.horizontalHeaderItem(0).text() == "Merking"
        assert schooling.add_button.text() == "Legg til flokk"
        assert schooling.grid.verticalHeaderItem(0).text() == "Tidspunkt flokken ble funnet"
        assert schooling.grid.horizontalHeaderItem(col).text() == "Flokk 1"
        assert schooling.grid.item(0, col).text() == "09:30"  # the cell as typed
    finally:
        language.apply("en", remember=False)
        db.close()
