"""The season's catches and struck-and-lost whales, with "New catch" and "Struck and lost" (the Catches tab).

The CatchesView lays out and filters; this page reads the store into it and opens the dialogs, whose saves
commit on the store writer's thread when the session has one (issue 14).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from whalelog_gui.records.catch import Catch
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.catches import list_catches, list_struck_lost, load_catch
from whalelog_gui.store.vessel import load_ship_clock
from whalelog_gui.store.writer import StoreWriter
from whalelog_gui.ui.forms.catches.catch_dialog import CatchDialog, CurrentFix
from whalelog_gui.ui.forms.catches.catch_rows import catch_cells, lost_cells, season_summary
from whalelog_gui.ui.forms.catches.catches_view import CatchesView
from whalelog_gui.ui.forms.catches.struck_lost_dialog import StruckLostDialog


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
    ):
        super().__init__(parent)
        self.db, self.settings, self.current_fix, self.who = db, settings, current_fix, who
        self.writer = writer  # the dialogs' saves commit on its thread (issue 14)
        self.catches: list[Catch] = []
        self.dialog: QWidget | None = None
        self.new_button.clicked.connect(self.new_catch)
        self.lost_button.clicked.connect(self.struck_and_lost)
        self.open_button.clicked.connect(self.open_selected)
        self.catch_table.cellDoubleClicked.connect(lambda row, _col: self.open_catch(row))
        self.refresh()

    def refresh(self) -> None:
        clock = load_ship_clock(self.db)  # the logbook's ship's time, as on the daily record sheet
        self.catches = list_catches(self.db)
        lost = list_struck_lost(self.db)
        self.show_records(
            [(c.id, catch_cells(c, clock)) for c in self.catches],
            [(s.id, lost_cells(s, clock)) for s in lost],
            season_summary(self.catches, lost),
            clock.current_zone,
        )
        self.show_days(
            sorted(
                {clock.ship_date(c.time_taken).isoformat() for c in self.catches}
                | {clock.ship_date(s.time_struck).isoformat() for s in lost}
            )
        )

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
        dialog = CatchDialog(
            self.db, self.settings, self.current_fix, self.who, self.catches, catch, parent=self, writer=self.writer
        )
        self._show(dialog)
        return dialog

    def open_selected(self) -> CatchDialog | None:
        return self.open_catch(self.catch_table.currentRow())

    def struck_and_lost(self) -> StruckLostDialog:
        dialog = StruckLostDialog(self.db, self.settings, self.current_fix, self.who, parent=self, writer=self.writer)
        self._show(dialog)
        return dialog
