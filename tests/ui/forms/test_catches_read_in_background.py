"""The Catches tab given the logbook's path (as the window builds it) reads the season on a pool thread: it says
"Reading the catches…" meanwhile, shows the catches of the real file when the read arrives, and a read that fails is
said in the alarm colour, never an empty list that looks like a season without catches (issue 14)."""

import dataclasses
import sys
import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest

from whalelog_gui.nav.fix import Fix
from whalelog_gui.records.catch import StruckLost
from whalelog_gui.records.compliance import ComplianceContext
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.catches import list_catches, save_catch, save_struck_lost
from whalelog_gui.store.db import open_db
from whalelog_gui.ui.forms.catches import CatchesPage
from whalelog_gui.ui.forms.catches.catch_rows import CATCH_COLUMNS

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "records"))
from records_builders import make_catch  # noqa: E402

LAND = ComplianceContext("land-station", frozenset())
FIX = Fix(datetime(2026, 1, 10, 14, 30, tzinfo=timezone.utc), None, -30.25, -80.5, valid=True)
SETTINGS = AppSettings(vessel_name="Cazador", operation="land-station")


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "whalelog.sqlite"
    db = open_db(path)
    for order, when in enumerate([(2026, 1, 10, 10, 0), (2026, 1, 11, 9, 0)], start=1):
        save_catch(
            db,
            dataclasses.replace(make_catch("minke", "8.2 m", when=when), order=order, catcher="Cazador"),
            LAND,
            "Mate",
        )
    lost = StruckLost("Cazador", datetime(2026, 1, 11, 12, 0, tzinfo=timezone.utc), "fin", -30.0, -80.0)
    save_struck_lost(db, lost, who="Mate")
    db.close()
    return path


@pytest.fixture
def db(path):
    database = open_db(path)  # the GUI thread's connection, as the session's
    yield database
    database.close()


def catches_page(qtbot, db, db_path) -> CatchesPage:
    page = CatchesPage(db, SETTINGS, lambda: (FIX, 1.0), lambda: "Mate", db_path=db_path)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    return page


def markings(page) -> list[str]:
    col = CATCH_COLUMNS.index("Marking")
    return sorted(page.catch_table.item(r, col).text() for r in range(page.catch_table.rowCount()))


def test_the_catches_are_read_off_the_gui_thread_and_said_while_they_are(qtbot, db, path):
    read_on, release = [], threading.Event()

    def held_read(conn_db, *args, **kwargs):
        read_on.append(threading.get_ident())
        release.wait(10)  # the page is looked at while the read is still running
        return list_catches(conn_db, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("whalelog_gui.ui.forms.catches.catches_page.list_catches", held_read)
        page = catches_page(qtbot, db, path)
        qtbot.waitUntil(lambda: bool(read_on), timeout=10_000)
        assert page.summary.text() == "Reading the catches…" and page.catch_table.rowCount() == 0
        assert not page.new_button.isEnabled()  # a new catch is numbered from the list: not before it is read
        release.set()
        qtbot.waitUntil(lambda: page.catch_table.rowCount() == 2, timeout=10_000)
    assert read_on[0] != threading.get_ident()
    assert markings(page) == ["Cazador 1", "Cazador 2"] and page.lost_table.rowCount() == 1
    assert page.summary.text().startswith("Catches: 2; struck and lost: 1") and page.summary.property("role") != "alarm"
    assert page.new_button.isEnabled() and [c.order for c in page.catches] == [1, 2]
    assert [page.day_filter.itemData(i) for i in range(page.day_filter.count())] == [None, "2026-01-10", "2026-01-11"]


def test_a_catch_saved_is_in_the_list_read_again(qtbot, db, path):
    page = catches_page(qtbot, db, path)
    qtbot.waitUntil(lambda: page.catch_table.rowCount() == 2, timeout=10_000)
    save_catch(
        db,
        dataclasses.replace(make_catch("fin", "20 m", when=(2026, 1, 12, 8, 0)), order=3, catcher="Cazador"),
        LAND,
        "Mate",
    )
    page.refresh()
    assert markings(page) == ["Cazador 1", "Cazador 2"]  # shown while the list is read again
    qtbot.waitUntil(lambda: page.catch_table.rowCount() == 3, timeout=10_000)
    assert markings(page) == ["Cazador 1", "Cazador 2", "Cazador 3"]


def test_a_read_that_fails_is_said_in_the_alarm_colour_never_as_no_catches(qtbot, db, tmp_path):
    page = catches_page(qtbot, db, tmp_path / "no-such.sqlite")
    qtbot.waitUntil(lambda: page.summary.property("role") == "alarm", timeout=10_000)
    assert page.summary.text().startswith("The catches could not be read: ") and "no-such.sqlite" in page.summary.text()
    assert not page.new_button.isEnabled() and page.catch_table.rowCount() == 0


def test_catches_read_before_stay_shown_under_a_later_failure(qtbot, db, path, tmp_path):
    page = catches_page(qtbot, db, path)
    qtbot.waitUntil(lambda: page.catch_table.rowCount() == 2, timeout=10_000)
    page.jobs.db_path = tmp_path / "gone.sqlite"  # the logbook's file can no longer be read
    page.refresh()
    qtbot.waitUntil(lambda: page.summary.property("role") == "alarm", timeout=10_000)
    assert "gone.sqlite" in page.summary.text() and markings(page) == ["Cazador 1", "Cazador 2"]
    assert not page.new_button.isEnabled()
    page.jobs.db_path = path
    page.refresh()
    qtbot.waitUntil(lambda: page.summary.property("role") != "alarm", timeout=10_000)
    assert page.summary.text().startswith("Catches: 2; struck and lost: 1") and page.new_button.isEnabled()
