"""A catcher's season logbook as the window needs it: the title page and the index of numbered daily sheets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from whalelog_gui.records.daily_sheet import DailyRecordSheet
from whalelog_gui.records.title_page import TitlePage


@dataclass(frozen=True)
class SheetSummary:
    """One line of the "previous days" list."""

    id: str
    day: date
    sheet_no: int
    event_count: int
    signed_by: str | None = None
    signed_at: datetime | None = None

    @property
    def signed(self) -> bool:
        return self.signed_by is not None


@dataclass
class Logbook:
    """One logbook per catcher per season (Schedule Appendix A title page)."""

    title_page: TitlePage
    sheets: list[SheetSummary] = field(default_factory=list)
    current_sheet: DailyRecordSheet | None = None  # the day's sheet, or the latest one

    def sheet_on(self, day: date) -> SheetSummary | None:
        return next((s for s in self.sheets if s.day == day), None)

    @property
    def next_sheet_no(self) -> int:
        return max((s.sheet_no for s in self.sheets), default=0) + 1
