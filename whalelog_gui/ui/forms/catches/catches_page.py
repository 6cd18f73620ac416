"""The season's catches and struck-and-lost whales, with "New catch" and "Struck and lost" (the Catches tab).

The CatchesView lays out and filters; this page reads the store into it and opens the dialogs, whose saves
commit on the store writer's thread when the session has one (issue 14). Given the logbook's path, the page reads
the season's catches off the GUI thread (DatabaseJobs), saying "Reading the catches…" meanwhile; a read that fails
is said in the alarm colour, never shown as an empty season (issue 14).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from whalelog_gui.messages import Message
from whalelog_gui.records.catch import Catch
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.catches import list_catches, list_struck_lost, load_catch
from whalelog_gui.store.vessel import load_ship_clock
from whalelog_gui.store.writer import StoreWriter
from whalelog_gui.ui.database_job import DatabaseJobs, looked_at
from whalelog_gui.ui.forms.catches.catch_rows import catch_cells, lost_cells, season_summary
from whalelog_gui.ui.forms.catches.catches_view import CatchesView, Rows

if TYPE_CHECKING:
    from whalelog_gui.ui.forms.catches.catch_dialog import CatchDialog, CurrentFix
    from whalelog_gui.ui.forms.catches.struck_lost_dialog import StruckLostDialog


@dataclass(frozen=True)
class CatchList:
    """The season as the tab shows it, read and said in one go (no Qt: made on a pool thread)."""

    catches: list[Catch]
    catch_rows: Rows
    lost_rows: Rows
    summary: Message
    zone: str
    days: list[str]


def read_catch_list(db: sqlite_utils.Database) -> CatchList:
    clock = load_ship_clock(db)  # the logbook's ship's time, as on the daily record sheet
    catches = list_catches(db)
    lost = list_struck_lost(db)
    return CatchList(
        catches,
        [(c.id, catch_cells(c, clock)) for c in catches],
        [(s.id, lost_cells(s, clock)) for s in lost],
        season_summary(catches, lost),
        clock.current_zone,
        sorted(
            {clock.ship_date(c.time_taken).isoformat() for c in catches}
            | {clock.ship_date(s.time_struck).isoformat() for s in lost}
        ),
    )


class CatchesPage(CatchesView):
    records_changed = Signal()  # a catch or struck-and-lost record was saved (the list was re-read)

    def __init__(
        self,
        db: sqlite_utils.Database,
        settings: AppSettings,
        current_fix: CurrentFix,
        who: Callable[[], str],
        parent=None,
        *,
        writer: StoreWriter | None = None,
        db_path: str | Path | None = None,
    ):
        """db_path: the logbook's file, to read the catches in the background (None: read on `db`, at once)."""
        super().__init__(parent)
        self.db, self.settings, self.current_fix, self.who = db, settings, current_fix, who
        self.writer = writer  # the dialogs' saves commit on its thread (issue 14)
        self.catches: list[Catch] = []
        self.dialog: QWidget | None = None
        self.jobs = DatabaseJobs(db_path, self) if db_path is not None else None
        self.new_button.clicked.connect(self.new_catch)
        self.lost_button.clicked.connect(self.struck_and_lost)
        self.open_button.clicked.connect(self.open_selected)
        self.catch_table.cellDoubleClicked.connect(lambda row, _col: self.open_catch(row))
        self.refresh()

    def refresh(self) -> None:
        """Read the season's catches again (in the background when the page has the logbook's path)."""
        if self.jobs is None:
            self._show_list(read_catch_list(self.db))
            return
        self.show_reading()
        failed = lambda exc: self.show_not_read(f"{exc}")  # noqa: E731
        self.jobs.run(read_catch_list, self._show_list, failed, urgent=looked_at(self))

    def _show_list(self, read: CatchList) -> None:
        self.catches = read.catches
        self.show_records(read.catch_rows, read.lost_rows, read.summary, read.zone)
        self.show_days(read.days)

    def set_settings(self, settings: AppSettings) -> None:
        """New settings (fleet, time zone, units, operation) apply to the next dialog opened."""
        self.settings = settings
        self.refresh()

    def _show(self, dialog) -> None:
        # Window-modal and non-blocking: the GPS and alerts keep running while a catch is entered.
        self.dialog = dialog
        dialog.finished.connect(lambda _r: (self.refresh(), self.records_changed.emit()))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def new_catch(self) -> CatchDialog:
        # the dialogs' modules load at the first catch, not with the page (~60 ms of the start-up, issue 14)
        from whalelog_gui.ui.forms.catches.catch_dialog import CatchDialog

        dialog = CatchDialog(
            self.db, self.settings, self.current_fix, self.who, self.catches, parent=self, writer=self.writer
        )
        self._show(dialog)
        return dialog

    def open_catch(self, row: int) -> CatchDialog | None:
        """The catch on table row `row` as now sorted and filtered."""
        catch_id = self.record_id_at(row)
        if catch_id is None:
            return None
        catch = load_catch(self.db, catch_id)
        from whalelog_gui.ui.forms.catches.catch_dialog import CatchDialog

        dialog = CatchDialog(
            self.db, self.settings, self.current_fix, self.who, self.catches, catch, parent=self, writer=self.writer
        )
        self._show(dialog)
        return dialog

    def open_selected(self) -> CatchDialog | None:
        return self.open_catch(self.catch_table.currentRow())

    def struck_and_lost(self) -> StruckLostDialog:
        from whalelog_gui.ui.forms.catches.struck_lost_dialog import StruckLostDialog

        dialog = StruckLostDialog(self.db, self.settings, self.current_fix, self.who, parent=self, writer=self.writer)
        self._show(dialog)
        return dialog
