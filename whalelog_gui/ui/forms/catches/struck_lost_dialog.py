"""A whale struck but lost (Schedule para 25(a)(2)), with any killing method other than a harpoon (25(a)(1))."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

import sqlite_utils
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from whalelog_gui.messages import reason_of
from whalelog_gui.records.catch import StruckLost
from whalelog_gui.records.species import SPECIES
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.catches import save_struck_lost
from whalelog_gui.store.vessel import load_ship_clock
from whalelog_gui.store.writer import StoreWriter
from whalelog_gui.ui.forms.catches.catch_controller import CurrentFix, fleet_catchers
from whalelog_gui.ui.forms.field_messages import FieldMessages
from whalelog_gui.ui.forms.catches.position_entry import PositionEdit
from whalelog_gui.ui.forms.catches.time_entry import ShipTimeEdit
from whalelog_gui.ui.forms.save_refusals import STATUS, SaveRefusals
from whalelog_gui.ui.i18n import tr_message, translate
from whalelog_gui.ui.store_op import FormStore

FIELD_AT = {"lat": "position", "lon": "position"}


class StruckLostDialog(QDialog):
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
        self.db, self.who = db, who
        self.store = FormStore(db, writer)
        self.saved_id: str | None = None
        #: Schedule para 25(a)(2) "struck and lost": glossary term
        self.setWindowTitle(translate("StruckLost", "Whale struck but lost (para 25(a)(2))"))
        self.messages = FieldMessages()
        self.catcher = QComboBox()
        self.catcher.setEditable(True)
        self.catcher.addItems(fleet_catchers(settings))
        now = datetime.now(timezone.utc)
        clock = load_ship_clock(db)  # the logbook's ship's time (issue 15)
        self.time_struck = ShipTimeEdit(clock.tz(now))
        self.species = QComboBox()
        self.species.addItem(translate("StruckLost", "not identified"), "")
        for sp in SPECIES:
            self.species.addItem(translate("Species", sp.name), sp.key)  # ui/species_names.py
        self.position = PositionEdit()
        self.killing_method = QLineEdit()
        self.killing_method.setPlaceholderText(translate("StruckLost", "leave empty for harpoon; e.g. compressed air"))
        self.remarks = QLineEdit()
        form = QFormLayout()
        form.addRow(translate("StruckLost", "Catcher"), self.messages.wrap(self.catcher, "catcher"))
        form.addRow(
            translate("StruckLost", "Time struck ({zone})").format(zone=clock.zone_name(now)),
            self.messages.wrap(self.time_struck, "time_struck"),
        )
        form.addRow(translate("StruckLost", "Species"), self.messages.wrap(self.species, "species"))
        form.addRow(translate("StruckLost", "Position"), self.messages.wrap(self.position, "position"))
        form.addRow(translate("StruckLost", "Method other than harpoon (para 25(a)(1))"), self.killing_method)
        form.addRow(translate("StruckLost", "Remarks"), self.remarks)
        self.status = QLabel()
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.messages.general)  # what belongs to no field is said here, never dropped
        column.addLayout(form)
        column.addWidget(self.status)
        column.addWidget(buttons)
        self.setMinimumWidth(620)
        fix, _age = current_fix()
        self.time_struck.set_value(fix.time if fix is not None and fix.time else datetime.now(timezone.utc))
        if fix is not None and fix.has_position:
            self.position.give(fix.lat, fix.lon)

    def record(self) -> tuple[StruckLost | None, dict[str, str]]:
        errors: dict[str, str] = {}
        lat = lon = None
        try:  # the GPS position exactly unless the crew typed over it (PositionEdit)
            lat, lon = self.position.value()
        except ValueError as exc:
            errors["position"] = reason_of(exc)
        record = StruckLost(
            self.catcher.currentText().strip(),
            self.time_struck.value(),
            self.species.currentData() or None,
            lat,
            lon,
            self.killing_method.text().strip(),
            self.remarks.text().strip(),
        )
        for error in record.validate():
            errors.setdefault(FIELD_AT.get(error.field, error.field), error.reason)
        return record, errors

    def save(self) -> None:
        record, errors = self.record()
        self.messages.show({field: tr_message(reason) for field, reason in errors.items()})
        self.adjustSize()  # room for the error lines
        if errors:
            self.status.setText(translate("StruckLost", "Not saved: correct the fields marked."))
            return
        who = self.who()

        def stored(saved_id: str) -> None:
            self.saved_id = saved_id
            self.accept()

        # committed on the store writer's thread: the dialog disabled and "Saving…" until it is, then closed
        self.store.submit(
            self,
            SaveRefusals(self.messages, self.status, lambda name: FIELD_AT.get(name, name)),
            lambda: lambda db: save_struck_lost(db, record, who),
            stored,
            self.buttons.button(QDialogButtonBox.StandardButton.Save),
            field=STATUS,
        )
