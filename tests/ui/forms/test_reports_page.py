"""The Reports page (issue 13): para 26(a) by calendar week and the season statistics, from a real logbook, saved
as PDF (read back with pypdf) and CSV (the bundle's rendering), and a refusal said where it happened."""

import io
import itertools
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "records"))
from records_builders import make_catch  # noqa: E402
from whalelog_gui.records.catch import StruckLost  # noqa: E402
from whalelog_gui.records.compliance import ComplianceContext  # noqa: E402
from whalelog_gui.export.report_files import SEASON, WEEKLY, read_reports, season_csv, weekly_csv  # noqa: E402
from whalelog_gui.store.catches import save_catch  # noqa: E402
from whalelog_gui.store.db import open_db  # noqa: E402
from whalelog_gui.ui.forms.reports import ReportsPage  # noqa: E402

FACTORY = ComplianceContext("factory-catcher", frozenset(), flag_state="JP")
numbers = itertools.count(1)
FINGERPRINT = "ab12 " * 15 + "cd34"


def add(db, species, lat, when):
    whale = make_catch(species, "20 m" if species == "fin" else "8 m", lat=lat, lon=170.0, when=when)
    whale.order = next(numbers)
    save_catch(db, whale, FACTORY, who="Mate")


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "log.sqlite")
    add(database, "fin", -50.0, (2025, 12, 2, 8, 0))  # 2025-W49
    add(database, "fin", -41.0, (2025, 12, 3, 8, 0))
    add(database, "minke", -60.0, (2025, 12, 9, 8, 0))  # 2025-W50
    add(database, "sperm", -50.0, (2025, 12, 9, 9, 0))  # toothed: not in 26(a), in the season statistics
    yield database
    database.conn.close()


@pytest.fixture
def page(qtbot, db):
    widget = ReportsPage(db, lambda: FINGERPRINT)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(Path(path).read_bytes()))
    return " ".join(" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages)


def test_weeks_and_season_are_shown(page):
    assert [page.week.itemData(i) for i in range(page.week.count())] == ["2025-W49", "2025-W50"]
    assert page.week_summary.text().startswith("2 baleen whales in 2025-W49; notify by 2025-12-09")
    assert [page.week_table.item(r, 0).text() for r in range(page.week_table.rowCount())] == ["fin whale"]
    page.week.setCurrentIndex(1)
    assert "1 baleen whale in 2025-W50; notify by 2025-12-16" in page.week_summary.text()
    species = {
        page.species_table.item(r, 0).text(): page.species_table.item(r, 1).text()
        for r in range(page.species_table.rowCount())
    }
    assert species == {"fin whale": "2", "minke whale": "1", "sperm whale": "1"}
    assert "Para 27: 4 whales with their particulars." in page.season_summary.text()


def test_week_prints_to_pdf_with_the_fingerprint(page, tmp_path):
    page.week.setCurrentIndex(1)
    path = page.write(WEEKLY, "pdf", tmp_path / "week.pdf")
    text = pdf_text(path)
    assert "WEEKLY NOTIFICATION OF BALEEN WHALES TAKEN SOUTH OF 40°S" in text and "2025-W50" in text
    assert "2025-W49" not in text  # the selected week only
    assert "minke whale 1" in text and FINGERPRINT in text
    assert page.result.text() == f"Saved {path}"


def test_season_prints_and_both_save_as_the_bundles_csv(page, db, tmp_path):
    text = pdf_text(page.write(SEASON, "pdf", tmp_path / "season.pdf"))
    assert "SEASON STATISTICS" in text and "Para 27(c)" in text and "Kyo Maru 1" in text
    reports = read_reports(db)
    assert (tmp_path / "weeks.csv").exists() is False
    assert page.write(WEEKLY, "csv", tmp_path / "weeks.csv").read_bytes() == weekly_csv(reports.weekly)
    assert page.write(SEASON, "csv", tmp_path / "season.csv").read_bytes() == season_csv(reports.season)


def test_a_file_that_cannot_be_written_is_said_under_the_buttons(page, tmp_path):
    (tmp_path / "taken").mkdir()
    assert page.write(SEASON, "csv", tmp_path / "taken") is None
    assert page.result.text().startswith("Not saved:") and page.result.property("role") == "alarm"


def test_refresh_picks_up_a_new_week_and_struck_lost(page, db):
    from whalelog_gui.store.catches import save_struck_lost

    add(db, "sei", -45.0, (2025, 12, 16, 8, 0))  # 2025-W51
    lost = StruckLost(
        catcher="Kyo Maru 1",
        time_struck=datetime.fromisoformat("2025-12-16T09:00:00+00:00"),
        species="fin",
        lat=-45.0,
        lon=170.0,
    )
    save_struck_lost(db, lost, who="Mate")
    page.refresh()
    assert page.week.itemData(page.week.count() - 1) == "2025-W51"
    assert "1 struck but lost" in page.season_summary.text()
    # Qt's plural forms, not "whale(s)": English says 0 whales, 1 whale
    assert "Para 25(a): 0 whales killed by a method other than a harpoon;" in page.season_summary.text()
    assert "(s)" not in page.season_summary.text() + page.week_summary.text()


def test_an_empty_logbook_says_no_notification_is_due(qtbot, tmp_path):
    empty = open_db(tmp_path / "empty.sqlite")
    try:
        widget = ReportsPage(empty, lambda: "")
        qtbot.addWidget(widget)
        assert widget.week.count() == 0 and not widget.weekly_pdf.isEnabled()
        assert "no weekly notification is due" in widget.week_summary.text()
        assert b"WEEKLY" not in widget.render(SEASON, "csv")
    finally:
        empty.conn.close()


def test_the_season_is_read_off_the_gui_thread_and_said_while_it_is(qtbot, db, tmp_path):
    """Given the logbook's path the page is built at once, says it is reading (never an empty table that looks like
    a season without whales), and shows the reports read on a pool thread when they arrive (issue 14)."""
    import threading

    from whalelog_gui.export import report_files

    read_on = []
    release = threading.Event()

    def slow_read(conn_db, at=None):
        read_on.append(threading.get_ident())
        release.wait(10)  # the page is looked at while the read is still running
        return read_reports(conn_db, at)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("whalelog_gui.ui.forms.reports.reports_page.read_reports", slow_read)
        widget = ReportsPage(db, lambda: FINGERPRINT, db_path=tmp_path / "log.sqlite")
        qtbot.addWidget(widget)
        assert widget.week_summary.text() == "Reading the season…" == widget.season_summary.text()
        assert not widget.season_pdf.isEnabled() and not widget.weekly_csv.isEnabled()
        release.set()
        qtbot.waitUntil(lambda: widget.reports is not None, timeout=10_000)
    assert read_on and read_on[0] != threading.get_ident()
    assert [widget.week.itemData(i) for i in range(widget.week.count())] == ["2025-W49", "2025-W50"]
    assert "Para 27: 4 whales with their particulars." in widget.season_summary.text() and widget.season_pdf.isEnabled()
    assert report_files.season_csv(widget.reports.season) == widget.render(SEASON, "csv")


def test_a_background_read_that_fails_is_said_on_the_page(qtbot, db, tmp_path):
    widget = ReportsPage(db, lambda: FINGERPRINT, db_path=tmp_path / "no-such.sqlite")
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.result.property("role") == "alarm", timeout=10_000)
    assert (
        widget.result.text().startswith("The reports could not be read: ") and "no-such.sqlite" in widget.result.text()
    )
    assert widget.season_summary.text() == widget.result.text()  # not "Reading the season…" for ever
    assert widget.reports is None and not widget.season_csv.isEnabled() and widget.refresh_button.isEnabled()
