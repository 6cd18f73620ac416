"""Print / PDF for any single Appendix A form, laid out and fingerprinted exactly as in a bundle (export/pdf.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlite_utils
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from whalelog_gui.export.season import read_season
from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.ui.i18n import ENDONYMS, LanguageController, Retranslating, appendix_a_gloss, translate

FormChoice = tuple[str, str | None]  # (form kind for render_form, record id)


def printable_forms(snapshot) -> list[tuple[str, FormChoice]]:
    """(label, (form, record id)) for every form the logbook holds, in the order of Appendix A."""
    fam = {name: [e.data for e in entries] for name, entries in snapshot.families.items()}
    out: list[tuple[str, FormChoice]] = []
    for book in fam.get("logbooks", []):
        out.append(
            (
                translate("FormPrinter", "Title page — {catcher} {season}")
                .format(catcher=book.get("catcher_name") or "", season=book.get("season") or "")
                .strip(),
                ("title-page", book["id"]),
            )
        )
    for sheet in sorted(fam.get("sheets", []), key=lambda s: (s["day"], s["sheet_no"])):
        out.append(
            (
                translate("FormPrinter", "Daily record sheet {number} ({day})").format(
                    number=sheet["sheet_no"], day=sheet["day"]
                ),
                ("daily-sheet", sheet["id"]),
            )
        )
    for report in sorted(fam.get("schooling_reports", []), key=lambda r: r["day"]):
        out.append(
            (
                translate("FormPrinter", "Schooling report {day} — {name}").format(
                    day=report["day"], name=report["name"]
                ),
                ("schooling-report", report["id"]),
            )
        )
    catches = fam.get("catches", [])
    if catches:
        out.append((translate("FormPrinter", "Catch list — all catches"), ("catch-list", None)))
    for c in catches:
        out.append(
            (
                translate("FormPrinter", "Catch {catcher} {number}").format(
                    catcher=c["catcher"], number=c["catch_order"]
                ),
                ("catch-list", c["id"]),
            )
        )
    return out


class FormPrinter(Retranslating, QWidget):
    """A form chooser and "Print / PDF…"; write_pdf() is the whole job without the file dialog."""

    def __init__(self, db: sqlite_utils.Database, fingerprint: Callable[[], str], parent=None):
        super().__init__(parent)
        self.db, self.fingerprint = db, fingerprint
        self.forms = QComboBox()
        self.forms.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # a form's name is never cut
        self.print_button = QPushButton()
        self.tr_bind(self.print_button.setText, QT_TRANSLATE_NOOP("FormPrinter", "Print / PDF…"))
        # the crew's language beneath each English label, for use on board; bundles stay English (issue 16)
        self.bilingual = QCheckBox()
        self.bilingual.setObjectName("bilingual_print")
        self.print_button.clicked.connect(self.choose_file)
        self.result = QLabel()
        self.result.setObjectName("print_result")
        self.result.setWordWrap(True)
        # two rows: a long form name or "Saved …" must not push "Print / PDF…" off a 1024x600 screen
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        form_caption = QLabel()
        self.tr_bind(form_caption.setText, QT_TRANSLATE_NOOP("FormPrinter", "Form"))
        row.addWidget(form_caption)
        row.addWidget(self.forms, 1)
        outer.addLayout(row)
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.bilingual)
        actions.addWidget(self.result, 1)
        outer.addLayout(actions)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        code = LanguageController.current
        self.bilingual.setVisible(code != "en")
        if code == "en":
            self.bilingual.setChecked(False)
        else:
            self.bilingual.setText(
                translate("FormPrinter", "English with {language} beneath").format(language=ENDONYMS[code])
            )

    def refresh(self) -> None:
        self.show_season(read_season(self.db, with_track=False))  # its forms show no track

    def show_season(self, snapshot) -> None:
        """The forms of `snapshot` (read_season, here or off the GUI thread by the Transmission view) to choose from."""
        self.snapshot = snapshot
        current = self.forms.currentText()
        self.forms.clear()
        for label, choice in printable_forms(self.snapshot):
            self.forms.addItem(label, choice)
        self.forms.setCurrentIndex(max(0, self.forms.findText(current)))
        self.print_button.setEnabled(self.forms.count() > 0)

    def choose_file(self) -> None:
        if self.forms.currentIndex() < 0:
            return
        name = self.forms.currentText().replace("—", "-").replace("/", "-") + ".pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, translate("FormPrinter", "Save the form as PDF"), name, "PDF (*.pdf)"
        )
        if path:
            self.write_pdf(self.forms.currentIndex(), path)

    def write_pdf(self, index: int, path: str | Path) -> Path:
        form, record_id = self.forms.itemData(index)
        gloss = appendix_a_gloss if LanguageController.current != "en" and self.bilingual.isChecked() else None
        from whalelog_gui.export.pdf import render_form  # the printer (QtGui's PDF writer) when a form is printed

        data = render_form(self.snapshot, form, record_id, self.fingerprint(), gloss=gloss)
        path = Path(path)
        path.write_bytes(data)
        self.result.setText(translate("FormPrinter", "Saved {file}").format(file=path.name))
        return path
