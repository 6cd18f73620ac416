"""The settings editors, one page per topic, shared by the first-run walkthrough and the settings dialog.

A page only shows and reads values; AppSettings and VesselRegime (store/vessel.py) validate. The regime fields
(vessel, operation, catchers, time zone, flag State, para 26 settings) are saved to the logbook database, the
rest to per-user QSettings (ui/settings_store.save_with_regime). Each field has an error line under it that
show_errors() fills, so a refusal is told where the user made it. Colours come from the application palette
and style sheet (QLabel[role="alarm"] / [role="muted"]), never from here.
"""

from __future__ import annotations

import zoneinfo
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Template
from whalelog_gui.operations import OPERATION_LABELS
from whalelog_gui.records.flag_state import FlagStateError, check_flag_state, state_name
from whalelog_gui.settings import (
    LANGUAGES,
    LOOKAHEAD_RANGE_MIN,
    PALETTES,
    UNITS,
    AppSettings,
    split_names,
)
from whalelog_gui.store.vessel import VesselRegime
from whalelog_gui.ui.forms.field_messages import muted
from whalelog_gui.ui.i18n import ENDONYMS, Retranslating, capitalised, tr_message, tr_template, translate
from whalelog_gui.ui.locale_display import local_country

WHOLE_HOUR_ZONES = ["UTC"] + [f"UTC{h:+d}" for h in range(-12, 15) if h]


class SettingsPage(Retranslating, QWidget):
    """A form of fields, each with an error line; subclasses add fields with _add(). Texts are templates
    (QT_TRANSLATE_NOOP) shown in the current language and re-set when it changes (ui/i18n.py)."""

    title = Template("SettingsPages", "")
    intro = Template("SettingsPages", "")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editors: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._errors: dict[str, str] = {}
        outer = QVBoxLayout(self)
        if self.intro:
            intro = muted("")
            self.tr_bind(intro.setText, self.intro)
            outer.addWidget(intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        outer.addStretch(1)

    def _add(
        self,
        name: str,
        label: Template | None,
        editor: QWidget,
        hint: Template | None = None,
        focus: QWidget | None = None,
    ) -> None:
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(editor)
        if hint:
            hint_label = muted("")
            self.tr_bind(hint_label.setText, hint)
            column.addWidget(hint_label)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setProperty("role", "alarm")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        caption = QLabel()  # "&Vessel name": Alt+V jumps to the field, for keyboard use on the bridge
        if label:
            self.tr_bind(caption.setText, label)
        caption.setBuddy(focus or editor)
        self.form.addRow(caption, column)
        self.editors[name] = focus or editor
        self.error_labels[name] = error

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.editors)

    def load(self, settings: AppSettings) -> None:
        raise NotImplementedError

    def values(self) -> dict:
        raise NotImplementedError

    def load_vessel(self, vessel: VesselRegime) -> None:
        """The logbook's regime values that are not AppSettings fields (flag State, para 26); most pages have none."""

    def vessel_values(self) -> dict:
        """VesselRegime fields as this page shows them now (not yet validated)."""
        return {}

    def show_errors(self, errors: dict[str, str]) -> bool:
        """Show this page's errors at their fields, clear the rest; focus the first; True if any shown."""
        first = None
        self._errors = {name: message for name, message in errors.items() if name in self.error_labels}
        for name, label in self.error_labels.items():
            message = errors.get(name)
            label.setText(capitalised(tr_message(message)) if message else "")
            label.setVisible(bool(message))
            if message and first is None:
                first = name
        if first is not None:
            self.editors[first].setFocus(Qt.FocusReason.OtherFocusReason)
        return first is not None

    def retranslate(self) -> None:
        super().retranslate()
        for name, message in self._errors.items():  # an error showing is re-said in the new language
            self.error_labels[name].setText(capitalised(tr_message(message)))

    def translated_title(self) -> str:
        return tr_template(self.title)


def retranslate_items(combo: QComboBox, labels: dict) -> None:
    """Each item of `combo` (data: a key of labels) shown with its label translated now."""
    for index in range(combo.count()):
        key = combo.itemData(index)
        if key in labels:
            combo.setItemText(index, tr_template(labels[key]))


def _names_edit(page: SettingsPage, placeholder: Template) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    page.tr_bind(edit.setPlaceholderText, placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    return edit


class VesselPage(SettingsPage):
    title = QT_TRANSLATE_NOOP("SettingsPages", "Vessel and operation")
    intro = QT_TRANSLATE_NOOP(
        "SettingsPages", "The vessel and how it is whaling decide which regulated areas apply (Schedule paras 7 and 8)."
    )

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vessel_name = QLineEdit()
        self.tr_bind(self.vessel_name.setPlaceholderText, QT_TRANSLATE_NOOP("SettingsPages", "e.g. Kyo Maru No. 1"))
        self._add("vessel_name", QT_TRANSLATE_NOOP("SettingsPages", "&Vessel name"), self.vessel_name)
        self.operation = QComboBox()
        for key, label in OPERATION_LABELS.items():
            self.operation.addItem(label, key)
        #: Schedule para 8: "factory ship" and "catcher" as in the glossary
        self._add(
            "operation",
            QT_TRANSLATE_NOOP("SettingsPages", "&Operation"),
            self.operation,
            QT_TRANSLATE_NOOP(
                "SettingsPages",
                "Sanctuaries apply to all commercial whaling; the para 8 areas to factory ships and their catchers.",
            ),
        )
        self.catcher_names = _names_edit(self, QT_TRANSLATE_NOOP("SettingsPages", "one catcher per line"))
        self._add(
            "catcher_names",
            QT_TRANSLATE_NOOP("SettingsPages", "&Catchers of the fleet"),
            self.catcher_names,
            QT_TRANSLATE_NOOP(
                "SettingsPages",
                "For a factory ship: its catchers. For a catcher: the factory ship first, then the other catchers.",
            ),
        )
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(WHOLE_HOUR_ZONES + sorted(zoneinfo.available_timezones()))
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._add(
            "time_zone",
            QT_TRANSLATE_NOOP("SettingsPages", "Ship's &time zone"),
            self.time_zone,
            QT_TRANSLATE_NOOP(
                "SettingsPages",
                "An offset such as UTC+12 or a zone name such as Pacific/Auckland. Records are kept in UTC.",
            ),
        )
        flag_box = QWidget()
        flag_row = QHBoxLayout(flag_box)
        flag_row.setContentsMargins(0, 0, 0, 0)
        self.flag_state = QLineEdit()
        self.flag_state.setObjectName("flag_state")
        self.tr_bind(self.flag_state.setPlaceholderText, QT_TRANSLATE_NOOP("SettingsPages", "e.g. NO"))
        self.flag_state.setMaxLength(2)
        self.flag_state.setMaximumWidth(self.flag_state.fontMetrics().horizontalAdvance("MMMM") + 16)
        self.flag_state_name = QLabel()  # the country, so a wrong code is seen before it is saved
        self.flag_state_name.setObjectName("flag_state_name")
        flag_row.addWidget(self.flag_state)
        flag_row.addWidget(self.flag_state_name, 1)
        self.flag_state.textChanged.connect(self._show_state_name)
        #: the flag State of the vessel (ICRW Article IX); Schedule footnotes name who is bound
        self._add(
            "flag_state",
            QT_TRANSLATE_NOOP("SettingsPages", "&Flag State"),
            flag_box,
            QT_TRANSLATE_NOOP(
                "SettingsPages",
                "ISO 3166-1 alpha-2 code. The Schedule footnotes say which "
                "paragraphs bind it (objections, reservations); a rule that does not bind it is "
                "shown as information.",
            ),
            focus=self.flag_state,
        )
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "operation"):
            retranslate_items(self.operation, OPERATION_LABELS)
        if hasattr(self, "flag_state_name"):
            self._show_state_name(self.flag_state.text())

    def _show_state_name(self, text: str) -> None:
        code = text.strip().upper()
        if not code:
            self.flag_state_name.setText(translate("SettingsPages", "not set: every rule is treated as binding"))
            return
        try:
            self.flag_state_name.setText(local_country(state_name(check_flag_state(code))))
        except FlagStateError:
            self.flag_state_name.setText(
                translate("SettingsPages", "not an ISO 3166-1 alpha-2 code") if len(code) == 2 else ""
            )

    def load_vessel(self, vessel: VesselRegime) -> None:
        self.flag_state.setText(vessel.flag_state or "")
        self._show_state_name(self.flag_state.text())

    def vessel_values(self) -> dict:
        code = self.flag_state.text().strip().upper()
        return {"flag_state": code or None}

    def load(self, settings: AppSettings) -> None:
        self.vessel_name.setText(settings.vessel_name)
        self.operation.setCurrentIndex(max(0, self.operation.findData(settings.operation)))
        self.catcher_names.setPlainText("\n".join(settings.catcher_names))
        self.time_zone.setCurrentText(settings.time_zone)

    def values(self) -> dict:
        return {
            "vessel_name": self.vessel_name.text().strip(),
            "operation": self.operation.currentData(),
            "catcher_names": split_names(self.catcher_names.toPlainText()),
            "time_zone": self.time_zone.currentText().strip(),
        }


class PeoplePage(SettingsPage):
    title = QT_TRANSLATE_NOOP("SettingsPages", "Crew and inspectors")
    intro = QT_TRANSLATE_NOOP(
        "SettingsPages",
        "Names offered when a record is signed or an alert acknowledged. They can be changed at any time.",
    )

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.crew_names = _names_edit(self, QT_TRANSLATE_NOOP("SettingsPages", "one name per line"))
        self._add("crew_names", QT_TRANSLATE_NOOP("SettingsPages", "C&rew (officers)"), self.crew_names)
        self.inspector_names = _names_edit(self, QT_TRANSLATE_NOOP("SettingsPages", "one name per line"))
        self._add(
            "inspector_names",
            QT_TRANSLATE_NOOP("SettingsPages", "&Inspectors"),
            self.inspector_names,
            QT_TRANSLATE_NOOP("SettingsPages", "Schedule para 21: inspectors on board."),
        )
        self.watch_officer = QLineEdit()
        self.tr_bind(self.watch_officer.setPlaceholderText, QT_TRANSLATE_NOOP("SettingsPages", "who is on watch now"))
        self._add("watch_officer", QT_TRANSLATE_NOOP("SettingsPages", "Officer of the &watch"), self.watch_officer)

    def load(self, settings: AppSettings) -> None:
        self.crew_names.setPlainText("\n".join(settings.crew_names))
        self.inspector_names.setPlainText("\n".join(settings.inspector_names))
        self.watch_officer.setText(settings.watch_officer)

    def values(self) -> dict:
        return {
            "crew_names": split_names(self.crew_names.toPlainText()),
            "inspector_names": split_names(self.inspector_names.toPlainText()),
            "watch_officer": self.watch_officer.text().strip(),
        }


class DisplayPage(SettingsPage):
    title = QT_TRANSLATE_NOOP("SettingsPages", "Units, alerts and language")
    intro = QT_TRANSLATE_NOOP(
        "SettingsPages",
        "How lengths are entered and shown, how far ahead the bridge is warned "
        "of a regulated area, and the language WhaleLog speaks.",
    )

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        units_box = QWidget()
        row = QHBoxLayout(units_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.units_group = QButtonGroup(self)
        self.unit_buttons: dict[str, QRadioButton] = {}
        for key, label in UNITS.items():
            button = QRadioButton()
            self.tr_bind(button.setText, label)
            self.units_group.addButton(button)
            self.unit_buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self._add(
            "units",
            QT_TRANSLATE_NOOP("SettingsPages", "Length &units"),
            units_box,
            QT_TRANSLATE_NOOP(
                "SettingsPages", "Schedule para 23: lengths are logged to the nearest foot or 0.1 metre."
            ),
            focus=self.unit_buttons["metres"],
        )
        self.lookahead_min = QDoubleSpinBox()
        self.lookahead_min.setRange(*LOOKAHEAD_RANGE_MIN)
        self.lookahead_min.setDecimals(0)
        self.lookahead_min.setSuffix(" min")
        self._add(
            "lookahead_min",
            QT_TRANSLATE_NOOP("SettingsPages", "&Look-ahead"),
            self.lookahead_min,
            QT_TRANSLATE_NOOP(
                "SettingsPages",
                "Warn when the present course and speed would enter an applicable area within this time.",
            ),
        )
        self.palette = QComboBox()
        for name in PALETTES:
            self.palette.addItem(PALETTE_LABELS[name], name)
        self._add("palette", QT_TRANSLATE_NOOP("SettingsPages", "&Palette"), self.palette)
        self.language = language_combo()
        self._add(
            "language",
            QT_TRANSLATE_NOOP("SettingsPages", "Lan&guage"),
            self.language,
            QT_TRANSLATE_NOOP(
                "SettingsPages",
                "Applied at once; forms keep what has been typed. The Appendix A forms in bundles stay in English.",
            ),
        )
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "language"):
            retranslate_items(self.palette, PALETTE_LABELS)
            retranslate_items(self.language, {"": LANGUAGE_SYSTEM})

    def load(self, settings: AppSettings) -> None:
        self.unit_buttons.get(settings.units, self.unit_buttons["metres"]).setChecked(True)
        self.lookahead_min.setValue(settings.lookahead_min)
        self.palette.setCurrentIndex(max(0, self.palette.findData(settings.palette)))
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

    def values(self) -> dict:
        units = next((k for k, b in self.unit_buttons.items() if b.isChecked()), "metres")
        return {
            "units": units,
            "lookahead_min": float(self.lookahead_min.value()),
            "palette": self.palette.currentData(),
            "language": self.language.currentData(),
        }


class NotificationsPage(SettingsPage):
    """What the authority told the master about catch limits (Schedule para 26): the logbook keeps it."""

    title = QT_TRANSLATE_NOOP("SettingsPages", "Catch-limit notices")
    intro = QT_TRANSLATE_NOOP(
        "SettingsPages",
        "What the Secretary to the IWC has notified to the master (Schedule "
        "para 26). Kept in the logbook, so the command line and a copied logbook read the same.",
    )

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.daily_notification = QCheckBox()
        self.tr_bind(
            self.daily_notification.setText,
            QT_TRANSLATE_NOOP("SettingsPages", "85 % of a catch limit reached: notify daily"),
        )
        self.daily_notification.setObjectName("daily_notification")
        self._add(
            "daily_notification",
            QT_TRANSLATE_NOOP("SettingsPages", "Para 26(&a)"),
            self.daily_notification,
            QT_TRANSLATE_NOOP(
                "SettingsPages",
                "Once the Secretary says 85 % of a limit is reached, the baleen "
                "whales taken south of 40°S are notified at the end of each day instead of "
                "weekly.",
            ),
        )
        closure_box = QWidget()
        row = QHBoxLayout(closure_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.closure_set = QCheckBox()
        self.tr_bind(self.closure_set.setText, QT_TRANSLATE_NOOP("SettingsPages", "notified"))
        self.closure_set.setObjectName("closure_set")
        self.closure_date = QDateEdit()
        self.closure_date.setObjectName("closure_date")
        self.closure_date.setCalendarPopup(True)
        self.closure_date.setDisplayFormat("yyyy-MM-dd")
        self.closure_date.setEnabled(False)
        self.closure_set.toggled.connect(self.closure_date.setEnabled)
        row.addWidget(self.closure_set)
        row.addWidget(self.closure_date, 1)
        self._add(
            "closure_date",
            QT_TRANSLATE_NOOP("SettingsPages", "Para 26(&b) closure date"),
            closure_box,
            QT_TRANSLATE_NOOP(
                "SettingsPages",
                "The date notified to the master: after its midnight, baleen "
                "whales (except minke) taken south of 40°S by a factory ship or its catchers are "
                "flagged. Leave unticked if none was notified.",
            ),
            focus=self.closure_set,
        )

    def load(self, settings: AppSettings) -> None:
        pass  # nothing here is a per-user setting

    def values(self) -> dict:
        return {}

    def load_vessel(self, vessel: VesselRegime) -> None:
        self.daily_notification.setChecked(vessel.daily_notification)
        self.closure_set.setChecked(vessel.closure_date is not None)
        when = vessel.closure_date or date.today()
        self.closure_date.setDate(QDate(when.year, when.month, when.day))

    def vessel_values(self) -> dict:
        picked = self.closure_date.date()
        closure = date(picked.year(), picked.month(), picked.day()) if self.closure_set.isChecked() else None
        return {"daily_notification": self.daily_notification.isChecked(), "closure_date": closure}


PALETTE_LABELS = {
    "day": QT_TRANSLATE_NOOP("SettingsPages", "Day"),
    "dusk": QT_TRANSLATE_NOOP("SettingsPages", "Dusk"),
    "night": QT_TRANSLATE_NOOP("SettingsPages", "Night"),
}
LANGUAGE_SYSTEM = QT_TRANSLATE_NOOP("SettingsPages", "The computer's language")


def language_combo() -> QComboBox:
    """ "" (the system's language) and each language by its own name (ui/i18n.ENDONYMS)."""
    combo = QComboBox()
    combo.addItem(tr_template(LANGUAGE_SYSTEM), "")
    for code in LANGUAGES:
        combo.addItem(ENDONYMS[code], code)
    return combo
