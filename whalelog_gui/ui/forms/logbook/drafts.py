"""Keeps an open form's content as a draft while it is typed (debounced), so a crash loses nothing.

A draft is written through store.drafts a moment after the last keystroke and dropped when the form is
saved or cancelled; the page offers leftover drafts back when it next opens. With the session's store writer the
write (an fsync) runs on the writer's thread, never on the GUI thread; without one (a page tested on its own)
it is written at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from whalelog_gui.store.drafts import discard_draft, save_draft
from whalelog_gui.store.writer import StoreWriter
from whalelog_gui.ui.store_op import StoreOp

DEBOUNCE_MS = 400  # short: a deck hand may be interrupted at any keystroke
log = logging.getLogger("whalelog.ui.drafts")


class DraftKeeper(QObject):
    def __init__(
        self,
        db,
        form_key: str,
        collect: Callable[[], dict],
        parent: QObject | None = None,
        *,
        writer: StoreWriter | None = None,
    ):
        super().__init__(parent)
        self.db, self.writer = db, writer
        self.form_key = form_key
        self.collect = collect
        self.closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

    def touch(self, *_args) -> None:
        """Call on every edit; the draft is saved once typing pauses."""
        if not self.closed:
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self.closed:
            return
        try:
            key, data = self.form_key, self.collect()  # read the widgets here, on the GUI thread
            if self.writer is not None:
                StoreOp(self, self.writer, lambda db: save_draft(db, key, data)).failure(
                    lambda exc: log.error("could not keep draft %s: %s", key, exc)
                ).run_in_background()
            else:
                save_draft(self.db, key, data)
        except Exception:  # a draft is a safety net: failing to keep one must not break the form
            log.exception("could not keep draft %s", self.form_key)

    def discard(self) -> None:
        """The form was saved or cancelled on purpose: no draft to offer back."""
        self._timer.stop()
        self.closed = True
        if self.writer is not None:
            key = self.form_key
            self.writer.submit(lambda db: discard_draft(db, key))  # after any save of it already queued
        else:
            discard_draft(self.db, self.form_key)
