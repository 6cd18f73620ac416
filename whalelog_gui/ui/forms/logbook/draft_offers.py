"""Offers back what was being typed when the app last stopped without saving (after a crash or power loss)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from whalelog_gui.records.events import EventKind
from whalelog_gui.store.drafts import Draft, discard_draft
from whalelog_gui.ui.forms.logbook.event_labels import LABELS

PREFIXES = ("title-page", "event", "event-edit", "weather", "weather-edit")  # the logbook area's drafts


def is_logbook_draft(key: str) -> bool:
    return key.split(":", 1)[0] in PREFIXES


def sheet_of(key: str) -> str | None:
    parts = key.split(":")
    return parts[1] if parts[0] != "title-page" and len(parts) > 1 else None


def describe(draft: Draft) -> str:
    prefix, data = draft.form_key.split(":", 1)[0], draft.data
    if prefix == "title-page":
        what = "title page"
    elif prefix.startswith("weather"):
        what = "weather observation" + (" correction" if prefix == "weather-edit" else "")
    else:
        kind = LABELS.get(EventKind(data["kind"]), data["kind"]) if data.get("kind") else "event"
        stamp = data.get("stamp", {}).get("at")
        when = f" stamped {datetime.fromisoformat(stamp):%H:%M:%S} UTC" if stamp and data.get("mode") == "new" else ""
        what = f"'{kind}'{when}" + (" correction" if prefix == "event-edit" else "")
    return f"Unsaved {what} kept from {draft.saved_at:%Y-%m-%d %H:%M} UTC"


class DraftOffers(QFrame):
    restore_requested = Signal(object)  # Draft

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.rows_layout = QVBoxLayout(self)
        self.rows: dict[str, QWidget] = {}
        self.hide()

    def offer(self, drafts: list[Draft]) -> None:
        for draft in drafts:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(describe(draft))
            label.setProperty("role", "warning")
            line.addWidget(label, 1)
            restore, discard = QPushButton("Restore"), QPushButton("Discard")
            restore.setObjectName("restore")
            discard.setObjectName("discard")
            line.addWidget(restore)
            line.addWidget(discard)
            restore.clicked.connect(lambda _c=False, d=draft: self._restore(d))
            discard.clicked.connect(lambda _c=False, d=draft: self._discard(d))
            self.rows_layout.addWidget(row)
            self.rows[draft.form_key] = row
        self.setVisible(bool(self.rows))

    def _remove(self, key: str) -> None:
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
