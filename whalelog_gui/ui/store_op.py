"""StoreOp: a database write on the store writer's thread, its result delivered back on the GUI thread.

After Anki's QueryOp: `StoreOp(parent, writer, op, success).failure(on_failure).run_in_background()`. op(db) runs
on the writer thread with the writer's own connection (its fsync never freezes the window) and must not touch
widgets; success(result) or failure(exc) then run on the GUI thread, in submission order with every other write.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from whalelog_gui.store.writer import StoreWriter

log = logging.getLogger("whalelog.store")


class StoreOp(QObject):
    _finished = Signal(object, object)  # result, exception (queued to the GUI thread: this object lives there)

    def __init__(self, parent: QObject | None, writer: StoreWriter, op: Callable[[Any], Any],
                 success: Callable[[Any], None] | None = None):
        super().__init__(parent)
        self._writer, self._op, self._success = writer, op, success
        self._failure: Callable[[Exception], None] = lambda exc: log.error("store write failed: %s", exc)
        self._finished.connect(self._deliver)

    def failure(self, callback: Callable[[Exception], None]) -> StoreOp:
        self._failure = callback
        return self

    def run_in_background(self) -> None:
        self._writer.submit(self._run)

    def _run(self, db) -> None:  # on the writer thread
        try:
            result = self._op(db)
        except Exception as exc:  # noqa: BLE001 - handed to the failure callback on the GUI thread
            self._finished.emit(None, exc)
        else:
            self._finished.emit(result, None)

    def _deliver(self, result, exc) -> None:  # on the GUI thread
        try:
            if exc is not None:
                self._failure(exc)
            elif self._success is not None:
                self._success(result)
        finally:
            self.deleteLater()
