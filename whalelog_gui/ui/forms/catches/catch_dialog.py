"""Entering one catch (Schedule para 24(b)): the CatchView laid out, its CatchController deciding.

What CatchesPage opens. Times are typed in the ship's time then in force, from the logbook's zone history
(issue 15); saves and signatures commit on the store writer's thread when the session has one (issue 14).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

import sqlite_utils

from whalelog_gui.records.catch import Catch
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.vessel import load_ship_clock
from whalelog_gui.store.writer import StoreWriter
from whalelog_gui.ui.forms.catches.catch_controller import CatchController, CurrentFix, fleet_catchers
from whalelog_gui.ui.forms.catches.catch_form import CatchForm
from whalelog_gui.ui.forms.catches.catch_view import CatchView
from whalelog_gui.ui.store_op import FormStore

__all__ = ["CatchDialog", "CurrentFix", "fleet_catchers"]


class CatchDialog(CatchView):
    def __init__(
        self,
        db: sqlite_utils.Database,
        settings: AppSettings,
        current_fix: CurrentFix,
        who: Callable[[], str],
        existing: list[Catch] = (),
        catch: Catch | None = None,
        parent=None,
        *,
        writer: StoreWriter | None = None,
    ):
        clock = load_ship_clock(db)
        when = catch.time_taken if catch is not None else datetime.now(timezone.utc)
        ship_tz = clock.tz(when)
        form = CatchForm(fleet_catchers(settings), settings.units, ship_tz, clock.zone_name(when))
        super().__init__(form, who(), parent)
        self.show_title(None if catch is None else catch.marking)
        self.controller = CatchController(
            self, db, settings, current_fix, who, ship_tz, list(existing), catch, FormStore(db, writer)
        )
        self.record_saved = self.controller.record_saved

    # the controller's actions and state, as the Catches page and the tests reach them
    @property
    def saved(self) -> Catch | None:
        return self.controller.saved

    @property
    def flags(self) -> list:
        return self.controller.flags

    def recheck(self) -> None:
        self.controller.recheck()

    def save(self) -> bool:
        return self.controller.save()

    def sign(self) -> bool:
        return self.controller.sign()

    def reject(self) -> None:
        if self.controller.may_close():
            super().reject()
