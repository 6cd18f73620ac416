"""The bilingual print of the Appendix A forms for use on board; the bundles' forms stay English (issue 16).

A two-day demo season is printed as the transmission page prints it (render_form) and read back with pypdf.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from whalelog_gui.demo_data import fill_season
from whalelog_gui.export import pdf_forms
from whalelog_gui.export.form_blocks import FieldLine, Grid, Heading, Para, bilingual
from whalelog_gui.export.pdf import NOTES, render_form
from whalelog_gui.export.season import read_season
from whalelog_gui.store.db import open_db
from whalelog_gui.ui.appendix_a_labels import APPENDIX_A_LABELS
from whalelog_gui.ui.i18n import LanguageController, appendix_a_gloss


@pytest.fixture
def snapshot(tmp_path):
    db = open_db(tmp_path / "season.sqlite")
    fill_season(db, days=2)
    yield read_season(db)
    db.conn.close()


@pytest.fixture
def language(qapp, settings):
    controller = LanguageController(qapp, settings)
    yield controller
    controller.apply("en", remember=False)


def printed_forms(snapshot):
    index = pdf_forms.FormIndex(snapshot)
    fam = index.families
    forms = [pdf_forms.title_page(b) for b in fam["logbooks"]]
    forms += [pdf_forms.daily_sheet(index, s) for s in fam["sheets"]]
    forms += [pdf_forms.schooling_report(index, r, NOTES) for r in fam.get("schooling_reports", [])]
    return forms + [pdf_forms.catch_list(index, None)]


def labels_of(form) -> set[str]:
    """What form_blocks.bilingual glosses: headings, line labels, grid headers or label columns (not paragraphs,
    which may be data such as a catch's possible infraction)."""
    labels = set()
    for block in form.blocks:
        if isinstance(block, Heading):
            labels |= {block.title, block.label, block.note, block.convention}
        elif isinstance(block, FieldLine):
            labels |= {label for label, _value in block.pairs}
        elif isinstance(block, Grid):
            labels |= set(block.rows[0]) if block.header else {row[0] for row in block.rows}
    return {label for label in labels if label and not label.startswith("Number caught by ")}


def pdf_text(data: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())  # pypdf separates words with tabs and lines with newlines


def test_every_printed_label_can_be_glossed(snapshot):
    printed = set().union(*(labels_of(form) for form in printed_forms(snapshot)))
    assert printed - set(APPENDIX_A_LABELS) == set(), "add the labels to whalelog_gui/ui/appendix_a_labels.py"


@pytest.mark.parametrize("lang", ["nb", "is", "ja"])
def test_every_label_has_the_crews_word(language, lang):
    language.apply(lang, remember=False)
    missing = [label for label in APPENDIX_A_LABELS if appendix_a_gloss(label) is None]
    assert not missing, f"{lang}: no translation for {missing}"


def test_bilingual_glosses_labels_and_keeps_values():
    form = pdf_forms.Form("Daily record sheet").add(
        Heading("DAILY RECORD SHEET", "TABLE 1"),
        FieldLine((("Date", "2026-05-02"),)),
        Grid((("Sea state", "3"),), (0.5, 0.5)),
        Para("Hvalur 9 1 — para 10(e): taken"),
    )
    words = {"DAILY RECORD SHEET": "DAGSRAPPORT", "Date": "Dato", "Sea state": "Sjøtilstand", "3": "tre"}
    glossed = bilingual(form, words.get)
    assert glossed.blocks[0].title == "DAILY RECORD SHEET\nDAGSRAPPORT"
    assert glossed.blocks[0].label == "TABLE 1"  # no word for it: English alone
    assert glossed.blocks[1].pairs == (("Date / Dato", "2026-05-02"),)
    assert glossed.blocks[2].rows == (("Sea state\nSjøtilstand", "3"),)  # the value is never glossed
    assert glossed.blocks[3].text == "Hvalur 9 1 — para 10(e): taken"
    assert form.blocks[0].title == "DAILY RECORD SHEET"  # the bundle's form is untouched


def test_the_print_for_use_on_board_has_both_languages(snapshot, language):
    sheet = snapshot.families["sheets"][0].id
    english = pdf_text(render_form(snapshot, "daily-sheet", sheet, "ab" * 32))
    language.apply("nb", remember=False)
    on_board = pdf_text(render_form(snapshot, "daily-sheet", sheet, "ab" * 32, gloss=appendix_a_gloss))
    for word in ("DAGSRAPPORT", "Sjøtilstand", "Samlet letetid"):
        assert word in on_board and word not in english
    assert "DAILY RECORD SHEET" in on_board and "Sea state" in on_board  # English stays, the crew's word beneath
    same_language_no_gloss = pdf_text(render_form(snapshot, "daily-sheet", sheet, "ab" * 32))
    assert same_language_no_gloss == english  # the forms are English whatever the interface speaks


def test_the_printer_offers_it_only_in_a_crew_language(qtbot, snapshot, language, tmp_path):
    from whalelog_gui.store.db import open_db
    from whalelog_gui.ui.forms.transmission.form_printing import FormPrinter

    db = open_db(tmp_path / "printer.sqlite")
    fill_season(db, days=1)
    printer = FormPrinter(db, lambda: "ab" * 32)
    qtbot.addWidget(printer)
    printer.refresh()
    printer.show()
    assert not printer.bilingual.isVisible()
    language.apply("is", remember=False)
    qtbot.waitUntil(printer.bilingual.isVisible)
    assert "Íslenska" in printer.bilingual.text()
    printer.bilingual.setChecked(True)
    sheet = next(i for i in range(printer.forms.count()) if printer.forms.itemData(i)[0] == "daily-sheet")
    text = pdf_text(printer.write_pdf(sheet, tmp_path / "sheet.pdf").read_bytes())
    assert "DAGLEG SKRÁNING" in text and "DAILY RECORD SHEET" in text
    db.conn.close()
