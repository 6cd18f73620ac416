"""The schooling report editor (Schedule Appendix A Table 2), the Schooling tab: the SchoolingView laid out, its
SchoolingController deciding (as the logbook's SheetView and SheetController)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import sqlite_utils
from PySide6.QtWidgets import QWidget

from whalelog_gui.records.schooling import SchoolingReport
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.writer import StoreWriter
from whalelog_gui.ui.forms.schooling.schooling_controller import SchoolingController
from whalelog_gui.ui.forms.schooling.schooling_view import SchoolingView
from whalelog_gui.ui.store_op import FormStore


class SchoolingPage(SchoolingView):
    def __init__(
        self,
        db: sqlite_utils.Database,
        settings: AppSettings,
        who: Callable[[], str],
        parent=None,
        *,
        writer: StoreWriter | None = None,
        staged: bool = False,
    ):
        """staged: the form's day is read and shown by whoever runs `steps` (ui/pages.py at start-up, on the turn
        after the form is laid out: one turn of ~50 ms became two), not here."""
        catchers = list(settings.fleet().catchers)
        super().__init__(catchers, who(), parent)
        self.steps: Iterator[QWidget] | None = self._read_day(db, settings, who, writer)
        if not staged:
            for _ in self.steps:
                pass

    def _read_day(self, db, settings: AppSettings, who: Callable[[], str], writer) -> Iterator[QWidget]:
        # saves and signatures commit on the store writer's thread (issue 14)
        self.controller = SchoolingController(self, db, settings, who, FormStore(db, writer))
        yield self

    # the controller's actions and state, as the pages object and the tests reach them
    @property
    def settings(self) -> AppSettings:
        return self.controller.settings

    @property
    def report(self) -> SchoolingReport | None:
        return self.controller.report

    @property
    def saved(self) -> bool:
        return self.controller.saved

    @property
    def current_day(self) -> date:
        return self.controller.current_day

    def set_settings(self, settings: AppSettings) -> None:
        self.controller.set_settings(settings)

    def read(self) -> tuple[SchoolingReport, dict, dict]:
        return self.controller.read()

    def check(self) -> bool:
        return self.controller.check()

    def save(self) -> bool:
        return self.controller.save()

    def sign(self) -> bool:
        return self.controller.sign()
