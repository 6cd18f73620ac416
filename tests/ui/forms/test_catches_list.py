"""The catches list (issue 15 items 2 and 9): grouped and filtered by ship's date, sortable, ship's time with UTC,
and the Flags and Signed columns in view at 1024x600 without a horizontal scroll."""

import dataclasses
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from whalelog_gui.nav.fix import Fix
from whalelog_gui.records.compliance import ComplianceContext
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.catches import save_catch
from whalelog_gui.store.db import open_db
from whalelog_gui.store.vessel import VesselRegime, save_vessel
from whalelog_gui.ui.forms.catches import CatchesPage
from whalelog_gui.ui.forms.catches.catch_rows import CATCH_COLUMNS

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "records"))
from records_builders import make_catch  # noqa: E402

LAND = ComplianceContext("land-station", frozenset())
FIX = Fix(datetime(2026, 1, 10, 14, 30, tzinfo=timezone.utc), None, -30.25, -80.5, valid=True)


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "whalelog.sqlite")
    save_vessel(database, VesselRegime(regime={"time_zone": "UTC+12"}), who="Master")
    # 10:00 UTC is 22:00 on the 10th ship's time; 14:45 UTC is 02:45 on the 11th; 20:00 UTC is 08:00 on the 11th
    for order, (when, species) in enumerate(
        [((2026, 1, 10, 10, 0), "minke"), ((2026, 1, 10, 14, 45), "fin"), ((2026, 1, 10, 20, 0), "minke")], start=1
    ):
        catch = dataclasses.replace(make_catch(species, "8.2 m", when=when), order=order, catcher="Cazador")
        save_catch(database, catch, LAND, who="Mate")
    yield database
    database.close()


@pytest.fixture
def page(qtbot, db):
    widget = CatchesPage(
        db, AppSettings(vessel_name="Cazador", operation="land-station"), lambda: (FIX, 1.0), lambda: "Mate"
    )
    qtbot.addWidget(widget)
    return widget


def column(page, name):
    col = CATCH_COLUMNS.index(name)
    return [
        page.catch_table.item(r, col).text()
        for r in range(page.catch_table.rowCount())
        if not page.catch_table.isRowHidden(r)
    ]


def test_catches_are_grouped_by_ship_date_with_ship_time_and_utc(page):
    assert column(page, "Ship's date") == ["2026-01-10", "2026-01-11", "2026-01-11"]
    assert column(page, "Taken (ship's time, UTC)") == ["22:00 (10:00 UTC)", "02:45 (14:45 UTC)", "08:00 (20:00 UTC)"]
    assert [page.day_filter.itemText(i) for i in range(page.day_filter.count())] == [
        "All days",
        "2026-01-10",
        "2026-01-11",
    ]
    page.day_filter.setCurrentIndex(page.day_filter.findData("2026-01-11"))
    assert column(page, "Marking") == ["Cazador 2", "Cazador 3"]  # the ship's day's catches, not the UTC day's


def test_catches_sort_and_filter(page):
    page.catch_table.sortItems(CATCH_COLUMNS.index("Species"), Qt.SortOrder.AscendingOrder)
    assert column(page, "Species")[0].lower().startswith("fin")
    page.text_filter.setText("minke")
    assert column(page, "Marking") and set(column(page, "Marking")) == {"Cazador 1", "Cazador 3"}
    dialog = page.open_catch(next(r for r in range(page.catch_table.rowCount()) if not page.catch_table.isRowHidden(r)))
    assert dialog.saved.marking in {"Cazador 1", "Cazador 3"}  # the row as sorted opens its own catch
    dialog.close()


@pytest.mark.parametrize("width, height", [(1024, 600), (683, 400)])
def test_flags_and_signed_in_view_without_scrolling(qtbot, page, width, height):
    page.resize(width - 20, height - 120)  # the page inside the main window's frame, tabs and alert bar
    page.show()
    qtbot.waitExposed(page)
    table = page.catch_table
    for name in ("Flags", "Signed"):
        col = CATCH_COLUMNS.index(name)
        assert table.columnViewportPosition(col) + table.columnWidth(col) <= table.viewport().width(), name


def test_lactating_yes_beside_milk_not_examined_is_never_recorded_as_plain_yes(qtbot, db):
    """Issue 15 item 9: a sperm female with a 12 cm gland and milk "not examined" was listed "Lactating: yes"."""
    from decimal import Decimal

    from whalelog_gui.records.catch import Sex
    from whalelog_gui.records.compliance import record_blockers
    from whalelog_gui.records.daily_sheet import Signature, SignerRole
    from whalelog_gui.records.field_error import InvalidRecord
    from whalelog_gui.store.catches import sign_catch

    whale = dataclasses.replace(
        make_catch("sperm", "11 m", when=(2026, 1, 11, 1, 0), sex=Sex.FEMALE, gland_raw_cm=Decimal("12")),
        order=9,
        catcher="Cazador",
    )
    assert whale.lactating is True and whale.milk_present is None
    assert any(b.startswith("milk_present:") for b in record_blockers(whale))
    saved = save_catch(db, whale, LAND, who="Mate")
    with pytest.raises(InvalidRecord) as refused:
        sign_catch(db, saved.id, Signature("Master", SignerRole.MASTER, datetime.now(timezone.utc)), who="Master")
    assert "milk_present" in {e.field for e in refused.value.errors}
    page = CatchesPage(
        db, AppSettings(vessel_name="Cazador", operation="land-station"), lambda: (FIX, 1.0), lambda: "Mate"
    )
    qtbot.addWidget(page)
    page.text_filter.setText("Cazador 9")
    assert column(page, "Lactating") == ["presumed yes (milk not examined)"]
    assert "yes" not in column(page, "Signed")
    recorded = dataclasses.replace(saved, milk_present=True)
    assert not any(b.startswith("milk_present:") for b in record_blockers(recorded))


def test_a_fill_leaves_each_column_fitted_to_its_contents_and_the_record_on_the_first_cell(qtbot):
    from PySide6.QtWidgets import QHeaderView

    from whalelog_gui.ui.forms.catches.catches_view import _table, fill_table

    table = _table(CATCH_COLUMNS)
    qtbot.addWidget(table)
    header = table.horizontalHeader()
    long = "a marking far wider than its column heading"
    rows = [(f"id-{n}", [f"{n:03d}", long] + ["x"] * (len(CATCH_COLUMNS) - 2)) for n in range(3)]
    fill_table(table, rows)
    # fitted once after the fill (record_table.fit_columns), then resizable by hand: the wide text widens its column
    modes = {header.sectionResizeMode(c) for c in range(table.columnCount())}
    assert modes == {QHeaderView.ResizeMode.Interactive}
    table.show()
    assert header.sectionSize(1) >= table.fontMetrics().horizontalAdvance(long)
    assert table.isSortingEnabled()
    # each row's record is the one whose cells it shows, whatever order the table sorted the rows into
    shown = {table.item(r, 0).text(): table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(3)}
    assert shown == {"000": "id-0", "001": "id-1", "002": "id-2"}
