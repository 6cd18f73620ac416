"""StoreOp: a database write on the store writer's thread, its result delivered back on the GUI thread.

After Anki's QueryOp: `StoreOp(parent, writer, op, success).failure(on_failure).run_in_background()`. op(db) runs
on the writer thread with the writer's own connection (its fsync never freezes the window) and must not touch
widgets; success(result) or failure(exc) then run on the GUI thread, in submission order with every other write.

The one rule for database writes (issue 14): nothing commits on the GUI thread. Drafts and form saves alike are a
StoreOp; a form save adds `.at_form(form, messages, button)`: the form is disabled and its button reads "Saving…"
until the write is done, and a refusal (invalid record, signed sheet, audit, storage) is shown at its field.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractButton, QWidget

from whalelog_gui.records.field_error import FieldError
from whalelog_gui.store.writer import StoreWriter
from whalelog_gui.ui.i18n import translate

log = logging.getLogger("whalelog.store")


class StoreOp(QObject):
    _finished = Signal(object, object)  # result, exception (queued to the GUI thread: this object lives there)

    def __init__(
        self,
        parent: QObject | None,
        writer: StoreWriter,
        op: Callable[[Any], Any],
        success: Callable[[Any], None] | None = None,
    ):
        super().__init__(parent)
        self._writer, self._op, self._success = writer, op, success
        self._failure: Callable[[Exception], None] = lambda exc: log.error("store write failed: %s", exc)
        self._before: list[Callable[[], None]] = []
        self._after: list[Callable[[], None]] = []  # on the GUI thread before success/failure (the form re-enabled)
        self._finished.connect(self._deliver)

    def failure(self, callback: Callable[[Exception], None]) -> StoreOp:
        self._failure = callback
        return self

    def at_form(
        self, form: QWidget, messages, button: QAbstractButton | None = None, *, field: str = "sheet"
    ) -> StoreOp:
        """A form's save: `form` disabled (and `button` reading "Saving…") until the write is done; a refusal
        shown by `messages` (FieldMessages) at its field, or on `field`'s line; what was typed is kept."""
        from whalelog_gui.ui.forms.field_messages import refusal_errors

        def saving(on: bool) -> None:
            form.setEnabled(not on)
            form.setProperty("saving", on)
            if button is not None:
                if on:
                    self._button_text = button.text()
                button.setText(translate("StoreOp", "Saving…") if on else self._button_text)

        def failed(exc: Exception) -> None:
            errors = refusal_errors(exc, field)
            if errors is None:  # not a refusal: a defect, said at the form as well as in the log
                log.error("save failed", exc_info=exc)
                errors = [FieldError(field, translate("SaveRefusals", "Not saved: {reason}").format(reason=exc))]
            messages.show(errors)

        self._before.append(lambda: saving(True))
        self._after.append(lambda: saving(False))
        self._failure = failed
        return self

    def run_in_background(self) -> None:
        for step in self._before:
            step()
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
            for step in self._after:
                step()
            if exc is not None:
                self._failure(exc)
            elif self._success is not None:
                self._success(result)
        finally:
            self.deleteLater()


class FormStore:
    """Where a form's save is written: on the session's store writer (a StoreOp: the form disabled, "Saving…",
    a refusal shown at its field) or, with no writer (a read-only logbook, whose store refuses and says why, or a
    form tested on its own), on the connection given. One way for every form (issue 14)."""

    def __init__(self, db=None, writer: StoreWriter | None = None):
        self.db, self.writer = db, writer

    def submit(
        self,
        form: QWidget,
        messages,
        prepare: Callable[[], Callable[[Any], Any] | None],
        done: Callable[[Any], None],
        button: QAbstractButton | None = None,
        *,
        field: str = "sheet",
    ) -> bool:
        """prepare() on the GUI thread (reads widgets and settings; may refuse with InvalidRecord) returns the write,
        write(db), or None when there is nothing to write; done(result) on the GUI thread once it is stored.
        True when the save is stored or on its way to the writer, False when it was refused (and said so)."""
        from whalelog_gui.ui.forms.field_messages import saved_or_shown

        prepared: list = []
        if not saved_or_shown(messages, lambda: prepared.append(prepare()), field=field):
            return False
        write = prepared[0]
        if write is None:
            done(None)
            return True
        if self.writer is None:
            results: list = []
            if not saved_or_shown(messages, lambda: results.append(write(self.db)), field=field):
                return False
            done(results[0])
            return True
        StoreOp(form, self.writer, write, done).at_form(form, messages, button, field=field).run_in_background()
        return True


def save_then_sign(save: Callable[..., bool], sign: Callable[[], bool]) -> bool:
    """save(then=…) the form, and sign once it is stored, so what is signed is what the form shows. True when
    signed or on its way; False when the save or the signature was refused (each says why)."""
    signed: list[bool] = []  # without a writer the save, and so the signing, happen before save() returns
    return save(then=lambda: signed.append(sign())) and all(signed)
