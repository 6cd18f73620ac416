"""Shared parts of the logbook page tests: a real temp-file database, a GPS feed of real Fix objects and a clock.

(A plain module with a unique name: conftest modules collide across test folders.)
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import shiboken6

from whalelog_gui.nav.fix import Fix
from whalelog_gui.records.title_page import TitlePage
from whalelog_gui.store import logbook_repo
from whalelog_gui.store.db import open_db
from whalelog_gui.ui.forms.logbook import LogbookPage

DAY = date(2026, 12, 14)
WHO = "Mate Sato"
CATCHER = "Toshi Maru No. 25"


def utc(hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(DAY.year, DAY.month, DAY.day, hour, minute, second, tzinfo=timezone.utc)


class DeckFeed:
    """The GPS receiver and ship's clock as the page sees them: fixes arrive as time moves on."""

    def __init__(self, start: datetime):
        self.now = start
        self.fix: Fix | None = None
        self.fix_arrived: datetime | None = None
        self.lat, self.lon = -62.1, 171.3

    def at(self, hour: int, minute: int = 0, second: int = 0, with_fix: bool = True) -> "DeckFeed":
        """The clock moves to hh:mm:ss UTC and (by default) a valid fix for that second has just arrived."""
        self.now = utc(hour, minute, second)
        if with_fix:
            self.lat -= 0.01  # the catcher moves a little between events
            self.lon += 0.02
            self.receive(
                Fix(
                    self.now,
                    self.now.time(),
                    round(self.lat, 5),
                    round(self.lon, 5),
                    sog_kn=11.5,
                    cog_deg=190.0,
                    valid=True,
                    quality=1,
                    satellites=9,
                    hdop=0.9,
                    source="test",
                )
            )
        return self

    def receive(self, fix: Fix) -> None:
        self.fix, self.fix_arrived = fix, self.now

    def wait(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)

    def current_fix(self) -> tuple[Fix | None, float | None]:
        if self.fix is None:
            return None, None
        return self.fix, (self.now - self.fix_arrived).total_seconds()

    def clock(self) -> datetime:
        return self.now


def save_title(db, asdic: str = "Simrad SU-90") -> str:
    page = TitlePage(CATCHER, "2026/27", year_built=1988, asdic_make_model=asdic)
    return logbook_repo.save_title_page(db, page, who=WHO)


_pages: list[LogbookPage] = []


def make_page(qtbot, db, feed: DeckFeed) -> LogbookPage:
    """A page deleted (not just closed) by dispose_pages(), so later tests do not re-polish leftover widgets."""
    page = LogbookPage(db, feed.current_fix, lambda: WHO, clock=feed.clock)
    page.resize(1100, 800)
    _pages.append(page)
    return page


def dispose_pages() -> None:
    while _pages:
        page = _pages.pop()
        if shiboken6.isValid(page):
            page.close()
            shiboken6.delete(page)


_template: Path | None = None


def open_test_db(path: Path, synchronous: str = "OFF"):
    """A real temp-file database at `path`, already migrated, holding the season's title page.

    Copied from one migrated file per session, and opened with synchronous=OFF: these tests are about the
    page, not fsync (durability is tested in tests/store with SIGKILL), and the shared machine's disk is slow.
    """
    global _template
    if _template is None or not _template.exists():
        _template = Path(tempfile.mkdtemp(prefix="whalelog-ui-")) / "template.sqlite"
        db = open_db(_template, synchronous="OFF")
        save_title(db)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_template, path)
    return open_db(path, synchronous=synchronous)
