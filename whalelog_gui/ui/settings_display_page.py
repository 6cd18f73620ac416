"""Settings → Units, alerts and language: length units (Schedule para 23), the bridge's look-ahead, the palette and
the language. Also the palette and language labels the main window's menus and the first-run walkthrough share."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QComboBox, QRadioButton, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.settings import LANGUAGES, LOOKAHEAD_RANGE_MIN, PALETTES, UNITS, AppSettings
from whalelog_gui.ui.i18n import ENDONYMS, tr_template
from whalelog_gui.ui.palette import PALETTE_LABELS
from whalelog_gui.ui.settings_page import SettingsPage, field_row, retranslate_items, whole_number_spin

LANGUAGE_SYSTEM = QT_TRANSLATE_NOOP("SettingsPages", "The computer's language")


def language_combo() -> QComboBox:
    """ "" (the system's language) and each language by its own name (ui/i18n.ENDONYMS)."""
    combo = QComboBox()
    combo.addItem(tr_template(LANGUAGE_SYSTEM), "")
    for code in LANGUAGES:
        combo.addItem(ENDONYMS[code], code)
    return combo


class DisplayPage(SettingsPage):
    title = QT_TRANSLATE_NOOP("SettingsPages", "Units, alerts and language")
    intro = QT_TRANSLATE_NOOP(
        "SettingsPages",
        "How lengths are entered and shown, how far ahead the bridge is warned "
        "of a regulated area, and the language WhaleLog speaks.",
    )

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        units_box, row = field_row()
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
        self.lookahead_min = whole_number_spin(LOOKAHEAD_RANGE_MIN, " min")
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
