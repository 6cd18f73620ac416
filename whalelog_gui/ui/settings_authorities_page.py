"""Settings → Authorities: the authority keys whose signed receipts this logbook accepts (issue 11).

Trusting a key is a change to the logbook itself (an audited, chained record in the database, store/custody.py),
not a display preference: it is saved when "Trust this key" is pressed, not by the dialog's Save, and it is never
undone silently. The page shows each key's fingerprint so the officer can compare it with the authority's own.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.export import keys
from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.settings import AppSettings
from whalelog_gui.store import custody
from whalelog_gui.store.audit import AuditError
from whalelog_gui.ui.forms.field_messages import muted
from whalelog_gui.ui.i18n import tr_template, translate
from whalelog_gui.ui.settings_page import SettingsPage

COLUMNS = (QT_TRANSLATE_NOOP("Authorities", "Authority"), QT_TRANSLATE_NOOP("Authorities", "Key fingerprint"))


class AuthoritiesPage(SettingsPage):
    title = QT_TRANSLATE_NOOP("Authorities", "Authorities")
    intro = QT_TRANSLATE_NOOP(
        "Authorities",
        "Receipts are accepted only when signed by an authority key trusted "
        "here. Compare the fingerprint with the one the authority gave you by another channel "
        "before trusting a key.",
    )

    def __init__(self, db, who: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.who = db, who
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([tr_template(column) for column in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.name = QLineEdit()
        self.tr_bind(self.name.setPlaceholderText, QT_TRANSLATE_NOOP("Authorities", "e.g. Fiskeridirektoratet"))
        self.key_file = QLineEdit()
        self.key_file.setPlaceholderText("authority-key.pub.pem")
        browse = QPushButton()
        self.tr_bind(browse.setText, QT_TRANSLATE_NOOP("Authorities", "Choose key file…"))
        browse.clicked.connect(self._choose)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.trust_button = QPushButton()
        self.tr_bind(self.trust_button.setText, QT_TRANSLATE_NOOP("Authorities", "Trust this key"))
        self.trust_button.clicked.connect(self.trust_file)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.key_file.textChanged.connect(self._show_preview)
        row = QHBoxLayout()
        row.addWidget(self.key_file, 1)
        row.addWidget(browse)
        self._add("authority_name", QT_TRANSLATE_NOOP("Authorities", "Authority &name"), self.name)
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(self.preview)
        holder = QWidget()
        holder.setLayout(column)
        self._add("authority_key", QT_TRANSLATE_NOOP("Authorities", "Public &key file"), holder, focus=self.key_file)
        self.form.addRow(self.trust_button, self.message)
        self.form.addRow(self.table)
        note = muted("")
        self.tr_bind(
            note.setText,
            QT_TRANSLATE_NOOP(
                "Authorities", "Trusted keys are part of the logbook's audit trail; they cannot be removed here."
            ),
        )
        self.form.addRow(note)
        self.refresh()

    # SettingsPage: nothing here goes through the dialog's Save
    def load(self, settings: AppSettings) -> None:
        self.refresh()

    def values(self) -> dict:
        return {}

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "table"):
            self.table.setHorizontalHeaderLabels([tr_template(column) for column in COLUMNS])

    def refresh(self) -> None:
        trusted = custody.trusted_authorities(self.db) if self.db is not None else []
        self.table.setRowCount(len(trusted))
        for row, authority in enumerate(trusted):
            self.table.setItem(row, 0, QTableWidgetItem(authority.name))
            self.table.setItem(row, 1, QTableWidgetItem(authority.fingerprint))

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("Authorities", "Authority public key"),
            "",
            translate("Authorities", "Public keys (*.pem *.pub *.key);;All files (*)"),
        )
        if path:
            self.key_file.setText(path)

    def _show_preview(self, path: str) -> None:
        try:
            fp = keys.fingerprint(keys.load_public_key_file(path)) if path.strip() else ""
        except keys.KeyFileError as exc:
            self._say(self.preview, str(exc), alarm=True)
            return
        self._say(
            self.preview,
            translate("Authorities", "Fingerprint: {fingerprint}").format(fingerprint=fp) if fp else "",
            alarm=False,
        )

    def _say(self, label: QLabel, text: str, alarm: bool) -> None:
        label.setText(text)
        label.setProperty("role", "alarm" if alarm else "")
        label.style().unpolish(label)
        label.style().polish(label)

    def trust_file(self) -> bool:
        """Trust the chosen key now; the reason for a refusal is shown under the button."""
        path = self.key_file.text().strip()
        try:
            public = keys.load_public_key_file(path)
            raw = keys.raw_public_bytes(public)
            trusted = custody.trust_authority(
                self.db,
                self.name.text().strip() or Path(path).stem,
                base64.b64encode(raw).decode(),
                keys.fingerprint(raw),
                self.who(),
            )
        except (keys.KeyFileError, AuditError, OSError) as exc:
            self._say(self.message, translate("Authorities", "Not trusted: {reason}").format(reason=exc), alarm=True)
            return False
        self._say(
            self.message,
            translate("Authorities", "Trusted: {name} ({fingerprint})").format(
                name=trusted.name, fingerprint=trusted.fingerprint
            ),
            alarm=False,
        )
        self.key_file.clear()
        self.name.clear()
        self.refresh()
        return True
