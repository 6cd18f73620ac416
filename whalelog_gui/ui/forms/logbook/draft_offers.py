"""Offers back what was being typed when the app last stopped without saving (after a crash or power loss)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.records.events import EventKind
from whalelog_gui.store.drafts import Draft, discard_draft
from whalelog_gui.ui.forms.logbook.event_labels import LABELS
from whalelog_gui.ui.i18n import Retranslating, tr_template, translate

PREFIXES = ("title-page", "event", "event-edit", "weather", "weather-edit")  # the logbook area's drafts


def is_logbook_draft(key: str) -> bool:
    return key.split(":", 1)[0] in PREFIXES


def sheet_of(key: str) -> str | None:
    parts = key.split(":")
    return parts[1] if parts[0] != "title-page" and len(parts) > 1 else None


def describe(draft: Draft) -> str:
    prefix, data = draft.form_key.split(":", 1)[0], draft.data
    saved = f"{draft.saved_at:%Y-%m-%d %H:%M}"
    if prefix == "title-page":
        return translate("Drafts", "Unsaved title page kept from {saved} UTC").format(saved=saved)
    if prefix.startswith("weather"):
        if prefix == "weather-edit":
            return translate("Drafts", "Unsaved weather observation correction kept from {saved} UTC").format(
                saved=saved
            )
        return translate("Drafts", "Unsaved weather observation kept from {saved} UTC").format(saved=saved)
    kind = LABELS.get(EventKind(data["kind"]), data["kind"]) if data.get("kind") else translate("Drafts", "event")
    stamp = data.get("stamp", {}).get("at")
    if prefix == "event-edit":
        text = translate("Drafts", "Unsaved '{event}' correction kept from {saved} UTC")
    elif stamp and data.get("mode") == "new":
        text = translate("Drafts", "Unsaved '{event}' stamped {stamp} UTC kept from {saved} UTC")
    else:
        text = translate("Drafts", "Unsaved '{event}' kept from {saved} UTC")
    stamp_time = f"{datetime.fromisoformat(stamp):%H:%M:%S}" if stamp else ""
    return text.format(event=kind, stamp=stamp_time, saved=saved)


#: put back what was typed before the app stopped / throw it away
RESTORE = QT_TRANSLATE_NOOP("Drafts", "Restore")
DISCARD = QT_TRANSLATE_NOOP("Drafts", "Discard")


class DraftOffers(Retranslating, QFrame):
    restore_requested = Signal(object)  # Draft

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.rows_layout = QVBoxLayout(self)
        self.rows: dict[str, QWidget] = {}
        self.texts: dict[str, tuple[Draft, QLabel, QPushButton, QPushButton]] = {}  # re-said on a language change
        self.hide()

    def retranslate(self) -> None:
        super().retranslate()
        for draft, label, restore, discard in self.__dict__.get("texts", {}).values():
            label.setText(describe(draft))
            restore.setText(tr_template(RESTORE))
            discard.setText(tr_template(DISCARD))

    def offer(self, drafts: list[Draft]) -> None:
        for draft in drafts:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(describe(draft))
            label.setProperty("role", "warning")
            line.addWidget(label, 1)
            restore, discard = QPushButton(tr_template(RESTORE)), QPushButton(tr_template(DISCARD))
            restore.setObjectName("restore")
            discard.setObjectName("discard")
            line.addWidget(restore)
            line.addWidget(discard)
            restore.clicked.connect(lambda _c=False, d=draft: self._restore(d))
            discard.clicked.connect(lambda _c=False, d=draft: self._discard(d))
            self.rows_layout.addWidget(row)
            self.rows[draft.form_key] = row
            self.texts[draft.form_key] = (draft, label, restore, discard)
        self.setVisible(bool(self.rows))

    def _remove(self, key: str) -> None:
        self.texts.pop(key, None)
        row = self.rows.pop(key, None)
        if row is not None:
            row.deleteLater()
        self.setVisible(bool(self.rows))

    def _restore(self, draft: Draft) -> None:
        self._remove(draft.form_key)
        self.restore_requested.emit(draft)

    def _discard(self, draft: Draft) -> None:
        discard_draft(self.db, draft.form_key)
        self._remove(draft.form_key)
