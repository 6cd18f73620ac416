"""The Appendix A forms in a bundle open as PDF, show the fields, and carry the key fingerprint on every page.

Read back with pypdf (pure Python, a test dependency), so no external tool is needed.
"""

import io
import unicodedata
import zipfile

import pytest
from pypdf import PdfReader

from whalelog_gui.demo_data import fill_season
from whalelog_gui.export import keys
from whalelog_gui.export.bundle import export_bundle
from whalelog_gui.export.pdf import render_form, render_forms
from whalelog_gui.export.season import read_season
from whalelog_gui.export.verify import verify_bundle
from whalelog_gui.store.db import open_db


def _pages(data: bytes) -> list[str]:
    """The text of each page, whitespace normalised; NFKC undoes the font's ligatures (a fingerprint's "ff" is
    drawn as one glyph and read back as U+FB00, which made this test fail for about one key in six)."""
    reader = PdfReader(io.BytesIO(data))
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in reader.pages]


@pytest.fixture
def pdf_bundle(qapp, tmp_path):
    db = open_db(tmp_path / "logbook.sqlite")
    fill_season(db, days=6, seed=3)
    key = keys.load_or_create_signing_key(keys.key_path_for(tmp_path / "logbook.sqlite"))
    (tmp_path / "out").mkdir()
    result = export_bundle(db, tmp_path / "out", key, pdf_renderer=render_forms)
    return db, keys.fingerprint(key.public_key()), result


def test_bundle_pdfs_open_and_show_the_forms(pdf_bundle):
    db, fingerprint, result = pdf_bundle
    verify_bundle(result.path)
    z = zipfile.ZipFile(result.path)
    pdfs = {n: z.read(n) for n in z.namelist() if n.startswith("pdf/")}
    assert set(pdfs) == {
        "pdf/title-page.pdf",
        "pdf/daily-record-sheets.pdf",
        "pdf/schooling-reports.pdf",
        "pdf/catch-list.pdf",
        "pdf/reports.pdf",
    }
    for name, data in pdfs.items():
        pages = _pages(data)
        assert pages, name
        for text in pages:
            assert fingerprint in text, name  # on every page
    title = _pages(pdfs["pdf/title-page.pdf"])[0]
    for field in (
        "TITLE PAGE",
        "Catcher name",
        "Hvalur 9",
        "Kongsberg 90 mm",
        "Simrad SU-5",
        "Einar Jónsson",
        "Number of crew",
    ):
        assert field in title
    sheets = " ".join(_pages(pdfs["pdf/daily-record-sheets.pdf"]))
    assert sheets.count("DAILY RECORD SHEET") == db["sheets"].count
    first_search = db.conn.execute("SELECT at FROM events WHERE kind = 'search-started' ORDER BY at").fetchone()[0]
    for field in (
        "Time started (or resumed)",
        "Total searching time",
        "WEATHER CONDITIONS",
        "Whales Seen",
        first_search[11:16],
        "Sheet No.",
    ):
        assert field in sheets
    catches = " ".join(_pages(pdfs["pdf/catch-list.pdf"]))
    for (marking,) in db.conn.execute("SELECT catcher || ' ' || catch_order FROM catches"):
        assert marking in catches
    for (explanation,) in db.conn.execute("SELECT crew_explanation FROM catch_flags"):
        assert " ".join(explanation.split()[:4]) in catches
    school = " ".join(_pages(pdfs["pdf/schooling-reports.pdf"]))
    assert "SCHOOLING REPORT" in school and "Explanatory Notes" in school
    reports = " ".join(_pages(pdfs["pdf/reports.pdf"]))  # issue 13: the notification reports as of the bundle
    for heading in (
        "WEEKLY NOTIFICATION OF BALEEN WHALES TAKEN SOUTH OF 40°S",
        "Schedule para 26(a)",
        "SEASON STATISTICS",
        "Para 25(a)(2): whales struck but lost",
        "Para 27(c)",
        "Para 28(a)(2)",
    ):
        assert heading in reports
    for (marking,) in db.conn.execute("SELECT catcher || ' ' || catch_order FROM catches"):
        assert marking in reports  # each whale's particulars (para 27(c))


def test_single_form_for_print(pdf_bundle):
    db, fingerprint, _ = pdf_bundle
    snapshot = read_season(db)
    sheet_id, sheet_no = db.conn.execute("SELECT id, sheet_no FROM sheets ORDER BY day DESC").fetchone()
    pages = _pages(render_form(snapshot, "daily-sheet", sheet_id, fingerprint))
    assert f"Sheet No. {sheet_no}" in pages[0]
    with pytest.raises(ValueError):
        render_form(snapshot, "menu", None, fingerprint)


def test_printing_many_pages_keeps_none_alive(pdf_bundle):
    """PySide6 6.12.0 on Python < 3.12 dropped a reference to None per void call (pyproject pins it out); a long
    session would die with 'none_dealloc'. Printing the season's sheets 5 times must not lose references."""
    import sys

    db, fingerprint, _ = pdf_bundle
    snapshot = read_season(db)
    sheet_id = db.conn.execute("SELECT id FROM sheets").fetchone()[0]
    render_form(snapshot, "daily-sheet", sheet_id, fingerprint)  # fonts and caches made
    before = sys.getrefcount(None)
    for _ in range(5):
        for (sheet_id,) in db.conn.execute("SELECT id FROM sheets").fetchall():
            render_form(snapshot, "daily-sheet", sheet_id, fingerprint)
    assert sys.getrefcount(None) >= before - 50  # a few transient references either way, not hundreds
