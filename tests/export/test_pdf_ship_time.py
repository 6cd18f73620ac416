"""Issue 15 items 2 and 3 on paper: the forms print ship's time with UTC beside it and say which, show the day the
ship's clocks were changed, and print each school's remarks in its own column (not merged into one line)."""

from __future__ import annotations

import io
import unicodedata
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from whalelog_gui.export.pdf import render_form
from whalelog_gui.export.pdf_forms import FormIndex, schooling_report
from whalelog_gui.export.season import read_season
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.title_page import TitlePage
from whalelog_gui.store import logbook_repo, sheet_entries
from whalelog_gui.store.db import open_db
from whalelog_gui.store.vessel import VesselRegime, save_vessel

FINGERPRINT = "ab12 cd34"


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages)


@pytest.fixture
def db(qapp, tmp_path):
    database = open_db(tmp_path / "logbook.sqlite")
    yield database
    database.close()


def test_daily_sheet_prints_ship_time_with_utc_and_the_zone_change_of_that_day(db):
    save_vessel(db, VesselRegime(regime={"time_zone": "UTC+12"}), who="Master")
    save_vessel(
        db,
        VesselRegime(regime={"time_zone": "UTC+13"}),
        who="Master",
        zone_from=datetime(2026, 1, 20, 2, 0, tzinfo=timezone.utc),
    )
    logbook = logbook_repo.save_title_page(db, TitlePage("Toshi Maru No. 25", "2025/26"), who="Mate")
    sheet = logbook_repo.create_sheet(db, logbook, date(2026, 1, 20), who="Mate")
    sheet_entries.add_event(
        db,
        sheet.id,
        LogEvent(EventKind.SEARCH_STARTED, datetime(2026, 1, 19, 20, 0, tzinfo=timezone.utc), no_fix=True),
        "Mate",
    )
    sheet_entries.add_event(
        db,
        sheet.id,
        LogEvent(EventKind.RESTING_STARTED, datetime(2026, 1, 20, 3, 0, tzinfo=timezone.utc), no_fix=True),
        "Mate",
    )
    text = text_of(render_form(read_season(db), "daily-sheet", sheet.id, FINGERPRINT))
    assert "Date (ship's date) 2026-01-20" in text
    assert "ship's time (UTC+12), UTC in brackets" in text
    assert "08:00 (20:00 UTC)" in text  # 20:00 UTC on the 19th is 08:00 on the 20th ship's time (UTC+12)
    assert "16:00 (03:00 UTC)" in text  # after the change: UTC+13
    assert "Ship's clocks changed from UTC+12 to UTC+13 at 2026-01-20 02:00 UTC" in text


def test_schooling_report_prints_remarks_per_school(db):
    from whalelog_gui.records.schooling import School, SchoolingReport
    from whalelog_gui.store.schooling import save_schooling_report
    from datetime import time

    report = SchoolingReport(
        "Nisshin Maru",
        date(2026, 1, 15),
        ["Yushin Maru"],
        schools=[
            School(time(9, 30), 3, 3, {"Yushin Maru": 1}, "Kyo Maru No. 7 on the same school"),
            School(time(13, 0), 2, 1, {"Yushin Maru": 0}, "school split in two"),
        ],
        remarks="fog after 15:00",
    )
    save_schooling_report(db, report, "Mate")
    index = FormIndex(read_season(db))
    blocks = schooling_report(index, index.rows[report.id], {}).blocks
    grids = [b for b in blocks if type(b).__name__ == "Grid"]
    rows = [row for g in grids for row in g.rows]
    remark_rows = [row for row in rows if row and str(row[0]).startswith("Remarks")]
    assert remark_rows and list(remark_rows[0][1:3]) == ["Kyo Maru No. 7 on the same school", "school split in two"]
    lines = [b for b in blocks if type(b).__name__ == "FieldLine" and "Remarks:" in str(b)]
    assert "fog after 15:00" in str(lines[0]) and "school split" not in str(lines[0])
