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
    """"Date 2026-05-01   Catcher name Hvalur 9": labels plain, values bold, on one wrapped line."""

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
        body = tuple((label, *((cells[start : start + per_block] + [""] * per_block)[:per_block]))
                     for label, cells in rows)
        grids.append(Grid(body, (label_width,) + ((1 - label_width) / per_block,) * per_block))
    return grids
