"""A printed form as a few plain blocks (headings, label/value lines, bordered grids, paragraphs): what
export/pdf.py draws with QPainter. Drawing blocks directly is ~10x faster than laying out HTML per page, which
matters for a season of 200 daily record sheets. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    """Centred lines: the convention, the form's title (large), the table label (bold), a note (italic)."""

    title: str
    label: str = ""
    note: str = ""
    convention: str = "International Convention for the Regulation of Whaling, 1946"


@dataclass(frozen=True)
class FieldLine:
    """ "Date 2026-05-01   Catcher name Hvalur 9": labels plain, values bold, on one wrapped line."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Grid:
    """A bordered table; widths are fractions of the page width; header row bold when `header`."""

    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    header: bool = False
    size: float = 8.0
    bold_column: int | None = None  # e.g. the values of a title page


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False
    size: float = 8.0
    italic: bool = False


@dataclass
class Form:
    """One form: its footer name and its blocks, flowing onto as many pages as needed."""

    name: str
    blocks: list = field(default_factory=list)

    def add(self, *blocks) -> "Form":
        self.blocks.extend(blocks)
        return self


def occurrence_grids(rows: list[tuple[str, list[str]]], per_block: int = 6, label_width: float = 0.34) -> list[Grid]:
    """The paper form's layout: a label column and one column per occurrence (chase, tow, ...), in blocks."""
    count = max((len(cells) for _, cells in rows), default=0)
    grids = []
    for start in range(0, max(count, 1), per_block):
        body = tuple(
            (label, *((cells[start : start + per_block] + [""] * per_block)[:per_block])) for label, cells in rows
        )
        grids.append(Grid(body, (label_width,) + ((1 - label_width) / per_block,) * per_block))
    return grids


def bilingual(form: Form, gloss) -> Form:
    """The form for use on board: each label in English with the crew's language beneath it (issue 16).

    gloss(label) is the label in the crew's language, or None when there is none (data, names, numbers). Only
    labels are glossed: headings, the labels of label/value lines, a grid's header row (or, without one, its
    label column) and paragraphs; values stay as logged. The bundles' PDFs never pass through here: the forms
    the authority verifies stay in English, the Schedule's language.
    """

    def under(text: str) -> str:
        other = gloss(text) if text else None
        return f"{text}\n{other}" if other and other != text else text

    def beside(text: str) -> str:  # a label/value line flows as one line: the gloss follows the label
        other = gloss(text) if text else None
        return f"{text} / {other}" if other and other != text else text

    blocks = []
    for block in form.blocks:
        if isinstance(block, Heading):
            block = Heading(under(block.title), under(block.label), under(block.note), under(block.convention))
        elif isinstance(block, FieldLine):
            block = FieldLine(tuple((beside(label), value) for label, value in block.pairs))
        elif isinstance(block, Grid):
            if block.header:
                rows = (tuple(under(cell) for cell in block.rows[0]), *block.rows[1:])
            else:
                rows = tuple((under(row[0]), *row[1:]) for row in block.rows)
            block = Grid(rows, block.widths, block.header, block.size, block.bold_column)
        elif isinstance(block, Para):
            block = Para(under(block.text), block.bold, block.size, block.italic)
        blocks.append(block)
    return Form(form.name, blocks)
