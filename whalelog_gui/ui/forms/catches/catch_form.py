"""The fields of one catch record (Schedule paras 20(b), 24(b), 25(a)(1), 27(c), 29): layout only.

Reading the fields into a Catch, and the reasons a field is refused, are in catch_reading.py.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.records.catch import Sex, Weapon
from whalelog_gui.records.species import SPECIES
from whalelog_gui.ui.forms.field_messages import FieldMessages, muted
from whalelog_gui.ui.forms.catches.measurement_helper import LengthEntry
from whalelog_gui.ui.forms.catches.position_entry import PositionEdit
from whalelog_gui.ui.forms.catches.specimens_editor import SpecimensEditor
from whalelog_gui.ui.forms.catches.time_entry import ShipTimeEdit
from whalelog_gui.ui.i18n import tr_template, translate

MILK_CHOICES = (
    (QT_TRANSLATE_NOOP("CatchForm", "not examined"), None),
    (QT_TRANSLATE_NOOP("CatchForm", "milk present"), True),
    (QT_TRANSLATE_NOOP("CatchForm", "no milk"), False),
)
SEX_NAMES = {
    Sex.UNKNOWN: QT_TRANSLATE_NOOP("CatchForm", "unknown"),
    Sex.MALE: QT_TRANSLATE_NOOP("CatchForm", "male"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("CatchForm", "female"),
}


def sex_combo() -> QComboBox:
    combo = QComboBox()
    for sex in (Sex.UNKNOWN, Sex.MALE, Sex.FEMALE):
        combo.addItem(tr_template(SEX_NAMES[sex]), sex.value)  # Qt keeps str enums as plain str
    return combo


class CatchForm(QWidget):
    """Every editor of the record; `changed` fires on any edit so the dialog can re-check the record."""

    changed = Signal()

    def __init__(
        self, catchers: list[str], units: str, ship_tz: tzinfo, zone_label: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.messages = FieldMessages()
        self.ship_tz = ship_tz
        column = QVBoxLayout(self)
        column.addWidget(self.messages.general)  # what belongs to no field is said here, never dropped
        column.addWidget(self._whale_box(catchers))
        column.addWidget(self._taking_box(zone_label))
        column.addWidget(self._measure_box(units))
        column.addWidget(self._circumstances_box())
        column.addWidget(self._specimens_box())
        column.addStretch(1)
        self._wire()
        self.sex_changed()

    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def _whale_box(self, catchers: list[str]) -> QGroupBox:
        box, form = self._form(translate("CatchForm", "Whale and marking"))
        self.species = QComboBox()
        self.species.addItem(
            translate("CatchForm", "— choose the species —"), ""
        )  # no default: a wrong default would raise wrong flags
        for sp in SPECIES:
            self.species.addItem(translate("Species", sp.name), sp.key)  # ui/species_names.py
        form.addRow(translate("CatchForm", "Species (para 1)"), self.messages.wrap(self.species, "species"))
        self.catcher = QComboBox()
        self.catcher.setEditable(True)
        self.catcher.addItems(catchers)
        self.order = QSpinBox()
        self.order.setRange(0, 9999)
        marking = QWidget()
        row = QHBoxLayout(marking)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.catcher, 3)
        row.addWidget(QLabel(translate("CatchForm", "order")))
        row.addWidget(self.order, 1)
        form.addRow(translate("CatchForm", "Marking (para 20(b))"), self.messages.wrap(marking, "catcher"))
        form.addRow("", self.messages.label("order"))
        return box

    def _taking_box(self, zone_label: str) -> QGroupBox:
        box, form = self._form(translate("CatchForm", "Taking — times in ship's time ({zone})").format(zone=zone_label))
        self.time_taken = ShipTimeEdit(self.ship_tz)
        form.addRow(
            translate("CatchForm", "Time taken (para 24(a)(1))"), self.messages.wrap(self.time_taken, "time_taken")
        )
        self.time_killed = ShipTimeEdit(self.ship_tz, translate("CatchForm", "killed later than taken"))
        form.addRow(
            translate("CatchForm", "Time killed"),
            self.messages.wrap(
                self.time_killed,
                "time_killed",
                hint=translate("CatchForm", "Para 20(a) counts the 33 hours from killing."),
            ),
        )
        self.position = PositionEdit()
        self.use_gps = QPushButton(translate("CatchForm", "Use GPS"))
        self.position_source = muted("")
        self.position_source.setObjectName("position_source")
        pos = QWidget()
        row = QHBoxLayout(pos)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.position, 1)
        row.addWidget(self.use_gps)
        form.addRow(translate("CatchForm", "Position of taking (para 27(c))"), self.messages.wrap(pos, "position"))
        form.addRow("", self.position_source)
        self.stock = muted("")  # para 9 stock from species and position, filled by the dialog on each re-check
        self.stock.setObjectName("stock")
        form.addRow(translate("CatchForm", "Stock (para 9)"), self.stock)
        self.time_hauled_up = ShipTimeEdit(self.ship_tz, translate("CatchForm", "hauled up"))
        form.addRow(
            translate("CatchForm", "Time hauled up (para 24(b)(1))"),
            self.messages.wrap(self.time_hauled_up, "time_hauled_up"),
        )
        self.time_killed.follow(self.time_taken)
        self.time_hauled_up.follow(self.time_taken)
        return box

    def _measure_box(self, units: str) -> QGroupBox:
        box, form = self._form(translate("CatchForm", "Measurement, sex and lactation"))
        self.measure_form = form
        self.length = LengthEntry(units)
        form.addRow(
            translate("CatchForm", "Length (para 23)"),
            self.messages.wrap(
                self.length,
                "length",
                hint=translate(
                    "CatchForm", "Read at rest on deck, tip of upper jaw (sperm: front of head) to notch of flukes."
                ),
            ),
        )
        self.sex = sex_combo()
        form.addRow(translate("CatchForm", "Sex (para 24(b)(3))"), self.messages.wrap(self.sex, "sex"))
        self.gland = QLineEdit()
        self.gland.setPlaceholderText(translate("CatchForm", "mammary gland thickness, cm"))
        self.gland_logged = QLabel()
        self.gland_logged.setObjectName("gland_logged")
        gland = QWidget()
        row = QHBoxLayout(gland)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.gland, 1)
        row.addWidget(self.gland_logged, 2)
        self.gland_row = self.messages.wrap(
            gland,
            "gland_raw_cm",
            hint=translate(
                "CatchForm", "Sperm whale: lactating when milk is present and the gland is 10 cm or more (para 1)."
            ),
        )
        form.addRow(translate("CatchForm", "Gland thickness"), self.gland_row)
        self.milk = QComboBox()
        for text, value in MILK_CHOICES:
            self.milk.addItem(tr_template(text), value)
        self.milk_row = self.messages.wrap(
            self.milk, "milk_present", hint=translate("CatchForm", "Baleen whale: lactating if any milk (para 1).")
        )
        form.addRow(translate("CatchForm", "Milk in mammary gland"), self.milk_row)
        self.not_lactating_evidence = QLineEdit()
        self.not_lactating_evidence.setPlaceholderText(
            translate("CatchForm", "histological or other biological evidence, if any")
        )
        form.addRow(translate("CatchForm", "Not lactating because"), self.not_lactating_evidence)
        self.lactating = QLabel()
        self.lactating.setObjectName("lactating")
        form.addRow(translate("CatchForm", "Lactating (para 24(b)(4))"), self.lactating)
        self.foetus_present = QCheckBox(translate("CatchForm", "foetus present"))
        self.foetus_length = LengthEntry(units)
        self.foetus_sex = sex_combo()
        foetus = QWidget()
        fcol = QVBoxLayout(foetus)
        fcol.setContentsMargins(0, 0, 0, 0)
        fcol.addWidget(self.foetus_present)
        fcol.addWidget(self.foetus_length)
        fcol.addWidget(self.foetus_sex)
        form.addRow(translate("CatchForm", "Foetus (para 24(b)(5))"), self.messages.wrap(foetus, "foetus"))
        return box

    def _circumstances_box(self) -> QGroupBox:
        box, form = self._form(translate("CatchForm", "Killing and circumstances"))
        self.weapon = QComboBox()
        self.weapon.setObjectName("weapon")
        self.weapon.addItem(
            translate("CatchForm", "the vessel's harpoon (title page)"), None
        )  # None: default from the title page
        for weapon in Weapon:
            self.weapon.addItem(
                translate("CatchForm", "other method (say which below)") if weapon is Weapon.OTHER else weapon.value,
                weapon.value,
            )
        form.addRow(translate("CatchForm", "Weapon used (para 6)"), self.messages.wrap(self.weapon, "weapon"))
        self.killing_method = QLineEdit()
        self.killing_method.setPlaceholderText(translate("CatchForm", "leave empty for harpoon; e.g. compressed air"))
        form.addRow(
            translate("CatchForm", "Method other than harpoon (para 25(a)(1))"),
            self.messages.wrap(self.killing_method, "killing_method"),
        )
        self.suckling_calf = QCheckBox(translate("CatchForm", "suckling calf (paras 14, 17)"))
        self.accompanied_by_calf = QCheckBox(translate("CatchForm", "female accompanied by a calf (paras 14, 17)"))
        self.local_consumption = QCheckBox(
            translate("CatchForm", "meat for local consumption (para 15 land-station limits)")
        )
        self.used_as_fender = QCheckBox(translate("CatchForm", "used as a fender (para 20(a))"))
        for check in (self.suckling_calf, self.accompanied_by_calf, self.local_consumption, self.used_as_fender):
            form.addRow("", check)
        self.remarks = QLineEdit()
        form.addRow(translate("CatchForm", "Remarks"), self.remarks)
        return box

    def _specimens_box(self) -> QGroupBox:
        box = QGroupBox(translate("CatchForm", "Specimens (para 29)"))
        self.specimens = SpecimensEditor(lambda: f"{self.catcher.currentText().strip()} {self.order.value()}")
        column = QVBoxLayout(box)
        column.addWidget(self.messages.wrap(self.specimens, "specimens"))
        return box

    def _wire(self) -> None:
        for signal in (
            self.species.currentIndexChanged,
            self.catcher.currentTextChanged,
            self.order.valueChanged,
            self.time_taken.changed,
            self.time_killed.changed,
            self.time_hauled_up.changed,
            self.position.edited,
            self.length.changed,
            self.gland.textChanged,
            self.milk.currentIndexChanged,
            self.not_lactating_evidence.textChanged,
            self.foetus_present.toggled,
            self.foetus_length.changed,
            self.foetus_sex.currentIndexChanged,
            self.killing_method.textChanged,
            self.weapon.currentIndexChanged,
            self.suckling_calf.toggled,
            self.accompanied_by_calf.toggled,
            self.local_consumption.toggled,
            self.used_as_fender.toggled,
            self.remarks.textChanged,
            self.specimens.changed,
        ):
            signal.connect(self.changed)
        self.sex.currentIndexChanged.connect(self.sex_changed)
        self.species.currentIndexChanged.connect(self.sex_changed)
        self.foetus_present.toggled.connect(self.sex_changed)

    def sex_changed(self, *_args) -> None:
        """Lactation and foetus apply to females; gland thickness to sperm whales, milk to the others (para 1)."""
        female = self.sex.currentData() == Sex.FEMALE.value
        sperm = self.species.currentData() == "sperm"
        self.measure_form.setRowVisible(self.gland_row, female and sperm)
        self.measure_form.setRowVisible(self.milk_row, female)  # para 1(b): sperm whales too need milk present
        self.not_lactating_evidence.setEnabled(female)
        self.foetus_present.setEnabled(female)
        self.foetus_length.setEnabled(female and self.foetus_present.isChecked())
        self.foetus_sex.setEnabled(female and self.foetus_present.isChecked())
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        for box in self.findChildren(QGroupBox):
            box.setEnabled(not read_only)
