"""The base of every settings page: a form of fields, each with an error line under it, and the helpers the pages
share to build their rows.

The pages are shared by the first-run walkthrough and the settings dialog. A page only shows and reads values;
AppSettings and VesselRegime (store/vessel.py) validate. The regime fields (vessel, operation, catchers, time zone,
flag State, para 26 settings) are saved to the logbook database, the rest to per-user QSettings
(ui/settings_store.save_with_regime). show_errors() fills each field's error line, so a refusal is told where the
user made it. Colours come from the application palette and the bridge style (QLabel role "alarm" / "muted"),
never from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.messages import Template
from whalelog_gui.settings import AppSettings
from whalelog_gui.ui.forms.field_messages import muted
from whalelog_gui.ui.i18n import Retranslating, capitalised, tr_message, tr_template

if TYPE_CHECKING:
    from whalelog_gui.store.vessel import VesselRegime


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


def names_edit(page: SettingsPage, placeholder: Template) -> QPlainTextEdit:
    """A few lines of names, one per line; Tab leaves it, as in every other field."""
    edit = QPlainTextEdit()
    page.tr_bind(edit.setPlaceholderText, placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    return edit


def whole_number_spin(value_range: tuple[float, float], suffix: str) -> QDoubleSpinBox:
    """A spin box of whole units within value_range (a settings range such as LOOKAHEAD_RANGE_MIN)."""
    spin = QDoubleSpinBox()
    spin.setRange(*value_range)
    spin.setDecimals(0)
    spin.setSuffix(suffix)
    return spin


def field_row() -> tuple[QWidget, QHBoxLayout]:
    """A field made of several widgets side by side, with no margin of its own so it lines up with the others."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    return box, row
