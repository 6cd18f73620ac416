"""The Appendix A title page: entered once per catcher per season, reused, refused input shown at the field."""

from datetime import date
from decimal import Decimal

import pytest
from logbook_harness import DeckFeed, dispose_pages, make_page, utc
from PySide6.QtCore import Qt

from whalelog_gui.records.title_page import FirstHarpoonKind, Hull
from whalelog_gui.store import logbook_repo
from whalelog_gui.store.db import open_db
from whalelog_gui.ui.forms.logbook.title_page_form import GROUPS

APPENDIX_A_FIELDS = {  # every TITLE PAGE line of Schedule Appendix A
    "catcher_name",
    "year_built",
    "attached_to",
    "season",
    "overall_length_m",
    "hull",
    "gross_tonnage",
    "engine_type",
    "horsepower",
    "max_speed_kn",
    "avg_search_speed_kn",
    "asdic_make_model",
    "asdic_installed_on",
    "cannon_make_size",
    "first_harpoon_type",
    "first_harpoon_kind",
    "killer_harpoon_type",
    "forerunner_length_m",
    "forerunner_type",
    "whaleline_type",
    "barrel_height_m",
    "speedboat_used",
    "captain_name",
    "captain_years",
    "gunner_name",
    "gunner_years",
    "crew_count",
}


@pytest.fixture
def empty_db(tmp_path):
    db = open_db(tmp_path / "whalelog.sqlite", synchronous="OFF")
    yield db
    dispose_pages()
    db.close()


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_form_has_every_appendix_a_field():
    assert {field for _title, rows in GROUPS for field, _label, _kind in rows} == APPENDIX_A_FIELDS


def test_first_logbook_is_entered_once_and_reused(qtbot, palette, empty_db):
    feed = DeckFeed(utc(5))
    page = make_page(qtbot, empty_db, feed)
    form = page.title_form
    assert page.tabs.currentWidget() is form and not page.tabs.isTabEnabled(0)
    typed = {
        "catcher_name": "Toshi Maru No. 25",
        "season": "2026/27",
        "year_built": "19x8",
        "overall_length_m": "69,5",
        "gross_tonnage": "758.2",
        "horsepower": "3600",
        "max_speed_kn": "17",
        "asdic_make_model": "Simrad SU-90",
        "asdic_installed_on": "2024-03-01",
        "captain_name": "K. Ito",
        "captain_years": "22",
        "gunner_name": "S. Mori",
        "gunner_years": "-3",
        "crew_count": "18",
        "cannon_make_size": "Kongsberg 90 mm",
        "barrel_height_m": "6.1",
    }
    for field, text in typed.items():
        form.inputs[field].setText(text)
    for field, value in (
        ("hull", Hull.STEEL),
        ("first_harpoon_kind", FirstHarpoonKind.EXPLOSIVE),
        ("speedboat_used", False),
    ):
        combo = form.inputs[field]
        combo.setCurrentIndex(combo.findData(value))
    click(qtbot, form.save_button)
    assert form.messages.message("year_built") == "'19x8' is not a whole number"
    assert form.messages.message("gunner_years") == "cannot be negative"
    assert logbook_repo.list_logbooks(empty_db) == []  # nothing half-saved
    form.inputs["year_built"].setText("1700")
    form.inputs["gunner_years"].setText("9")
    click(qtbot, form.save_button)
    assert form.messages.message("year_built").startswith("must be a year between 1850 and")
    assert form.messages.message("gunner_years") == ""
    form.inputs["year_built"].setText("1988")
    click(qtbot, form.save_button)
    [saved] = logbook_repo.list_logbooks(empty_db)
    assert (saved.catcher_name, saved.year_built, saved.overall_length_m, saved.hull) == (
        "Toshi Maru No. 25",
        1988,
        Decimal("69.5"),
        Hull.STEEL,
    )
    assert saved.asdic_installed_on == date(2024, 3, 1) and saved.speedboat_used is False
    assert page.tabs.isTabEnabled(0) and page.tabs.currentWidget() is page.today_view
    assert "Toshi Maru No. 25" in page.today_view.title_label.text()

    again = make_page(qtbot, empty_db, feed)  # next start: the season's logbook is reused, not re-entered
    assert again.title_page.id == saved.id and again.tabs.currentWidget() is again.today_view
    assert again.title_form.inputs["captain_name"].text() == "K. Ito"


def test_one_logbook_per_catcher_per_season(qtbot, palette, empty_db):
    feed = DeckFeed(utc(5))
    page = make_page(qtbot, empty_db, feed)
    form = page.title_form
    form.inputs["catcher_name"].setText("Kyo Maru No. 8")
    form.inputs["season"].setText("2026/27")
    click(qtbot, form.save_button)
    click(qtbot, page.new_season_button)
    assert form.inputs["catcher_name"].text() == "Kyo Maru No. 8" and form.inputs["season"].text() == ""
    form.inputs["season"].setText("2026/27")
    click(qtbot, form.save_button)
    assert form.messages.message("season") == "Kyo Maru No. 8 already has a logbook for 2026/27"
    form.inputs["season"].setText("2027/28")
    click(qtbot, form.save_button)
    assert [b.season for b in logbook_repo.list_logbooks(empty_db)] == ["2027/28", "2026/27"]
    assert page.title_page.season == "2027/28" and page.logbook_combo.count() == 2
