"""Print the Appendix A forms to PDF with QtGui (QPdfWriter + QPainter; no widgets).

The forms arrive as plain blocks (export/form_blocks.py) and are drawn directly: headings, label/value lines,
bordered grids that break between rows, paragraphs. Every page carries the installation's signing-key fingerprint
in its footer, so a paper copy can be matched to the key an authority pinned. Works headless: a QGuiApplication
is created (offscreen) when none exists.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

from whalelog_gui import __version__
from whalelog_gui.export import pdf_forms
from whalelog_gui.export.form_blocks import FieldLine, Form, Grid, Heading, Para, bilingual
from whalelog_gui.export.season import SeasonSnapshot
from whalelog_gui.export.selection import Selection
from whalelog_gui.records.schooling import EXPLANATORY_NOTES as NOTES

DPI = 72  # one device unit = one point
MARGIN = 36
FOOTER = 26
PAD = 2.5
GAP = 5
MIN_CELL_PT = 4.5  # the smallest print a cell shrinks to; still legible on A4
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
CENTRE = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.AlignmentFlag.AlignTop)
_app = None


def _ensure_gui_app() -> None:
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])


class _Canvas:
    """One page's drawing, collected and then painted in few Qt calls: all rules at once, then the texts in
    reading order (so text extraction reads them in order), switching font only when it changes."""

    def __init__(self):
        self.texts: list[tuple[tuple, QRectF, int, str]] = []
        self.rects: list[QRectF] = []

    def text(self, rect: QRectF, flags: int, text: str, font_key: tuple) -> None:
        if text:
            self.texts.append((font_key, rect, flags, text))

    def rect(self, r: QRectF) -> None:
        self.rects.append(r)

    def paint(self, painter: QPainter, fonts) -> None:
        if self.rects:
            painter.drawRects(self.rects)
        current = None
        for key, rect, flags, text in self.texts:
            if key != current:
                painter.setFont(fonts(*key)[0])
                current = key
            painter.drawText(rect, flags, text)  # this overload returns a rect, so no None is dropped


class _Printer:
    """Measures blocks into page-sized pieces, then paints them with a footer on every page."""

    def __init__(self, writer: QPdfWriter):
        self.writer = writer
        area = writer.pageLayout().paintRectPixels(DPI)
        self.width, self.height = area.width(), area.height() - FOOTER
        self._fonts: dict = {}
        self._heights: dict = {}  # the same labels recur on every sheet: measure each once

    def font(self, size: float, bold: bool = False, italic: bool = False) -> tuple[QFont, QFontMetricsF]:
        """The font and its metrics on the PDF device, made once per style."""
        key = (size, bold, italic)
        if key not in self._fonts:
            font = QFont("DejaVu Sans")
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setItalic(italic)
            self._fonts[key] = (font, QFontMetricsF(font, self.writer))
        return self._fonts[key]

    def text_height(self, text: str, width: float, font_key: tuple) -> float:
        key = (text, width, font_key)
        if key not in self._heights:
            _, metrics = self.font(*font_key)
            self._heights[key] = metrics.boundingRect(QRectF(0, 0, width, 10_000), WRAP, text or " ").height()
        return self._heights[key]

    def pieces(self, block) -> list[tuple[float, object]]:
        """(height, drawing function(painter, y)) for each unbreakable piece of a block."""
        w = self.width
        if isinstance(block, Heading):
            lines = [
                (block.convention, (8, False, False)),
                (block.title, (15, True, False)),
                (block.label, (9, True, False)),
                (block.note, (7.5, False, True)),
            ]
            lines = [(t, k) for t, k in lines if t]
            heights = [self.text_height(t, w, k) + 2 for t, k in lines]

            def draw(c, y):
                for (t, k), h in zip(lines, heights):
                    c.text(QRectF(0, y, w, h), CENTRE, t, k)
                    y += h

            return [(sum(heights) + GAP, draw)]
        if isinstance(block, Para):
            key = (block.size, block.bold, block.italic)
            h = self.text_height(block.text, w, key)

            def draw(c, y):
                c.text(QRectF(0, y, w, h), WRAP, block.text, key)

            return [(h + GAP / 2, draw)]
        if isinstance(block, FieldLine):
            return self._field_line(block)
        if isinstance(block, Grid):
            return self._grid_rows(block) + [(GAP, lambda c, y: None)]
        raise TypeError(f"cannot print {block!r}")

    def _field_line(self, block: FieldLine) -> list:
        plain, bold = (9, False, False), (9, True, False)
        words = []
        for label, value in block.pairs:
            words += [(label + " ", plain), ((value or "—") + "     ", bold)]
        line_h = self.font(*bold)[1].height() + 2
        placed, x, y = [], 0.0, 0.0
        for text, key in words:
            advance = self.font(*key)[1].horizontalAdvance(text)
            if x and x + advance > self.width:
                x, y = 0.0, y + line_h
            placed.append((x, y, text, key))
            x += advance

        def draw(c, top):
            for x0, y0, text, key in placed:
                c.text(QRectF(x0, top + y0, self.width - x0, line_h), WRAP, text, key)

        return [(y + line_h + GAP / 2, draw)]

    def _grid_rows(self, grid: Grid) -> list:
        widths = [f * self.width for f in grid.widths]
        out = []
        for n, row in enumerate(grid.rows):
            keys = [
                self._cell_key(str(cell), wd - 2 * PAD, grid.size, (grid.header and n == 0) or i == grid.bold_column)
                for i, (cell, wd) in enumerate(zip(row, widths))
            ]
            h = max(self.text_height(str(c), wd - 2 * PAD, k) for c, wd, k in zip(row, widths, keys)) + 2 * PAD

            def draw(c, y, row=row, h=h, keys=keys):
                x = 0.0
                for cell, wd, key in zip(row, widths, keys):
                    c.rect(QRectF(x, y, wd, h))
                    c.text(QRectF(x + PAD, y + PAD, wd - 2 * PAD, h - 2 * PAD), WRAP, str(cell), key)
                    x += wd

            out.append((h, draw))
        return out

    def _cell_key(self, text: str, width: float, size: float, bold: bool) -> tuple:
        """The cell's font: its size, made smaller (to MIN_CELL_PT) until the longest word fits the cell, since
        a word is never broken and a wider one was cut off ("unknow", a longitude's last digits)."""
        words = text.split() or [""]
        while size > MIN_CELL_PT:
            metrics = self.font(size, bold)[1]
            if max(metrics.horizontalAdvance(w) for w in words) <= width:
                break
            size = max(MIN_CELL_PT, size - 0.5)
        return (size, bold, False)

    def paginate(self, form: Form) -> list[list[tuple[float, object]]]:
        pages, page, y = [], [], 0.0
        for block in form.blocks:
            for height, draw in self.pieces(block):
                if page and y + height > self.height:
                    pages.append(page)
                    page, y = [], 0.0
                page.append((y, draw))
                y += height
        return pages + [page]


def print_forms(forms: list[Form], fingerprint: str, title: str) -> bytes:
    """The forms, each starting on a new page and flowing onto more as needed. Returns the PDF bytes."""
    _ensure_gui_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator(f"WhaleLog {__version__}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN, MARGIN, MARGIN, MARGIN),
            QPageLayout.Unit.Point,
        )
    )
    printer = _Printer(writer)
    painter = QPainter(writer)
    first = True
    for form in forms:
        pages = printer.paginate(form)
        for n, page in enumerate(pages, start=1):
            if not first:
                writer.newPage()
            first = False
            canvas = _Canvas()
            for y, draw in page:
                draw(canvas, y)
            canvas.text(
                QRectF(0, printer.height + 6, printer.width, FOOTER - 6),
                WRAP,
                f"{form.name} — page {n}/{len(pages)}\nSigning key fingerprint (SHA-256): {fingerprint}",
                (7, False, False),
            )
            canvas.paint(painter, printer.font)
    painter.end()
    buffer.close()
    return bytes(data.data())


def _sheet_ids(selection: Selection) -> list[str]:
    ids = set()
    for s in selection.records:
        if s.kind == "deletion":
            continue
        if s.entry.family == "sheets":
            ids.add(s.entry.id)
        elif s.entry.family in ("events", "weather", "whales_seen", "amendments"):
            ids.add(s.entry.data["sheet_id"])
    return sorted(ids)


def _report_ids(snapshot: SeasonSnapshot, selection: Selection) -> set[str]:
    school_report = {e.id: e.data["report_id"] for e in snapshot.families.get("schools", [])}
    ids = set()
    for s in selection.records:
        fam, data = s.entry.family, s.entry.data
        if s.kind == "deletion":
            continue
        if fam == "schooling_reports":
            ids.add(s.entry.id)
        elif fam == "schools":
            ids.add(data["report_id"])
        elif fam == "school_catches" and data["school_id"] in school_report:
            ids.add(school_report[data["school_id"]])
    return ids


def _catch_ids(selection: Selection) -> set[str]:
    return {
        s.entry.id if s.entry.family == "catches" else s.entry.data["catch_id"]
        for s in selection.records
        if s.kind != "deletion" and s.entry.family in ("catches", "catch_flags", "catch_specimens", "catch_amendments")
    }


def render_form(snapshot: SeasonSnapshot, form: str, record_id: str | None, fingerprint: str, gloss=None) -> bytes:
    """One form as PDF, for "Print / PDF" in the UI: form is title-page | daily-sheet | schooling-report |
    catch-list (record_id None = every catch). gloss(label) -> the crew's word or None: a bilingual print for use
    on board (form_blocks.bilingual); without it, English as in the bundles."""
    if gloss is not None:
        return _print_bilingual(snapshot, form, record_id, fingerprint, gloss)
    index = pdf_forms.FormIndex(snapshot)
    if form == "title-page":
        return print_forms([pdf_forms.title_page(index.rows[record_id])], fingerprint, "Title page")
    if form == "daily-sheet":
        return print_forms([pdf_forms.daily_sheet(index, index.rows[record_id])], fingerprint, "Daily record sheet")
    if form == "schooling-report":
        return print_forms(
            [pdf_forms.schooling_report(index, index.rows[record_id], NOTES)], fingerprint, "Schooling report"
        )
    if form == "catch-list":
        ids = None if record_id is None else {record_id}
        return print_forms([pdf_forms.catch_list(index, ids)], fingerprint, "Catch list")
    raise ValueError(f"unknown form {form!r}")


def _print_bilingual(snapshot: SeasonSnapshot, form: str, record_id: str | None, fingerprint: str, gloss) -> bytes:
    index = pdf_forms.FormIndex(snapshot)
    builders = {
        "title-page": lambda: pdf_forms.title_page(index.rows[record_id]),
        "daily-sheet": lambda: pdf_forms.daily_sheet(index, index.rows[record_id]),
        "schooling-report": lambda: pdf_forms.schooling_report(index, index.rows[record_id], NOTES),
        "catch-list": lambda: pdf_forms.catch_list(index, None if record_id is None else {record_id}),
    }
    if form not in builders:
        raise ValueError(f"unknown form {form!r}")
    built = builders[form]()
    return print_forms([bilingual(built, gloss)], fingerprint, f"{built.name} (bilingual, for use on board)")


def render_reports(reports, fingerprint: str, which: str | None = None, week: str | None = None) -> bytes:
    """The notification reports (export/report_files.Reports) as PDF: which = "weekly-26a" (one `week`, or every
    week), "season", or None for both (the bundle's pdf/reports.pdf)."""
    from whalelog_gui.export import report_forms
    from whalelog_gui.export.report_files import SEASON, WEEKLY

    forms = []
    if which in (None, WEEKLY):
        forms.append(report_forms.weekly_form(reports.weekly, week))
    if which in (None, SEASON):
        forms.append(report_forms.season_form(reports.season))
    if not forms:
        raise ValueError(f"unknown report {which!r}")
    return print_forms(forms, fingerprint, "Notifications (Schedule paras 25(a), 26(a), 27, 28(a)(2))")


def render_forms(
    snapshot: SeasonSnapshot, selection: Selection, fingerprint: str, reports=None
) -> list[tuple[str, bytes]]:
    """The bundle's pdf/ files: each form that holds a record of this bundle (the bundle's PdfRenderer), and the
    notification reports as of the export when given (export/report_files.Reports)."""
    out = []
    if reports is not None:
        out.append(("pdf/reports.pdf", render_reports(reports, fingerprint)))
    index = pdf_forms.FormIndex(snapshot)
    rows = index.rows
    logbooks = {s.entry.id for s in selection.records if s.entry.family == "logbooks" and s.kind != "deletion"}
    if logbooks:
        out.append(
            (
                "pdf/title-page.pdf",
                print_forms([pdf_forms.title_page(rows[i]) for i in sorted(logbooks)], fingerprint, "Title page"),
            )
        )
    sheets = [rows[i] for i in _sheet_ids(selection) if i in rows]
    if sheets:
        sheets.sort(key=lambda s: (s["day"], s["sheet_no"]))
        out.append(
            (
                "pdf/daily-record-sheets.pdf",
                print_forms([pdf_forms.daily_sheet(index, s) for s in sheets], fingerprint, "Daily record sheets"),
            )
        )
    reports = sorted((rows[i] for i in _report_ids(snapshot, selection) if i in rows), key=lambda r: r["day"])
    if reports:
        out.append(
            (
                "pdf/schooling-reports.pdf",
                print_forms(
                    [pdf_forms.schooling_report(index, r, NOTES) for r in reports], fingerprint, "Schooling reports"
                ),
            )
        )
    catches = _catch_ids(selection)
    if catches:
        out.append(
            ("pdf/catch-list.pdf", print_forms([pdf_forms.catch_list(index, catches)], fingerprint, "Catch list"))
        )
    return out
