"""Between the catch form and the Catch dataclass: read the fields into a draft record with the reason each refused
field was refused (the core's validation, records/catch.py, decides), and fill the form from a saved record.
"""

from __future__ import annotations

import dataclasses

from whalelog_gui.messages import reason_of
from whalelog_gui.records.catch import Catch, Foetus, Sex, Weapon, validate_catch
from whalelog_gui.records.measurement import GLAND_IN_CM, MeasurementError, log_gland_cm, parse_reading
from whalelog_gui.ui.forms.catches.catch_form import CatchForm
from whalelog_gui.ui.i18n import tr_message, translate

# validate_catch names dataclass fields; the form shows some of them at a shared field.
FIELD_AT = {"lat": "position", "lon": "position"}


def form_field(name: str) -> str:
    """The form field that shows a core FieldError (lat/lon at the position, specimens[2] at the specimens)."""
    return "specimens" if name.startswith("specimens[") else FIELD_AT.get(name, name)


def read_catch(
    form: CatchForm, base: Catch, markings_taken: frozenset[tuple[str, int]] = frozenset()
) -> tuple[Catch, dict[str, str]]:
    """The record as the form now stands (refused fields left empty) and field -> reason for every refusal."""
    errors: dict[str, str] = {}
    if not form.species.currentData():
        errors["species"] = translate("CatchReading", "choose the species (para 1)")
    female = form.sex.currentData() == Sex.FEMALE.value
    lat = lon = None
    try:  # the GPS position exactly unless the crew typed over it (PositionEdit)
        lat, lon = form.position.value()
    except ValueError as exc:
        errors["position"] = reason_of(exc)
    try:
        length = form.length.reading()
    except MeasurementError as exc:
        length, errors["length"] = None, reason_of(exc)
    gland = None
    if female and form.gland_row.isVisibleTo(form) and form.gland.text().strip():
        try:
            gland = parse_reading(form.gland.text(), GLAND_IN_CM)
            log_gland_cm(gland)
        except MeasurementError as exc:
            gland, errors["gland_raw_cm"] = None, reason_of(exc)
    foetus = None
    if female and form.foetus_present.isChecked():
        try:
            foetus = Foetus(form.foetus_length.reading(), Sex(form.foetus_sex.currentData()))
        except MeasurementError as exc:
            foetus, errors["foetus"] = (
                Foetus(None, Sex(form.foetus_sex.currentData())),
                translate("CatchReading", "foetus length: {reason}").format(reason=tr_message(reason_of(exc))),
            )
    specimens, specimen_errors = form.specimens.specimens()
    if specimen_errors:
        errors["specimens"] = "; ".join(specimen_errors.values())
    milk = form.milk.currentData() if female and form.milk_row.isVisibleTo(form) else None
    draft = dataclasses.replace(
        base,
        catcher=form.catcher.currentText().strip(),
        order=form.order.value(),
        species=form.species.currentData(),
        time_taken=form.time_taken.value(),
        time_killed=form.time_killed.value(),
        time_hauled_up=form.time_hauled_up.value(),
        lat=lat,
        lon=lon,
        position_from_gps=not form.position.typed,
        length=length,
        sex=Sex(form.sex.currentData()),
        gland_raw_cm=gland,
        milk_present=milk,
        not_lactating_evidence=form.not_lactating_evidence.text().strip() if female else "",
        foetus=foetus,
        killing_method=form.killing_method.text().strip(),
        specimens=specimens,
        weapon=None if form.weapon.currentData() is None else Weapon(form.weapon.currentData()),
        suckling_calf=form.suckling_calf.isChecked(),
        accompanied_by_calf=form.accompanied_by_calf.isChecked(),
        local_consumption=form.local_consumption.isChecked(),
        used_as_fender=form.used_as_fender.isChecked(),
        remarks=form.remarks.text().strip(),
    )
    for error in validate_catch(draft):
        errors.setdefault(form_field(error.field), error.reason)
    if (draft.catcher, draft.order) in markings_taken:
        # Para 20(b): the marking identifies the whale, so no two whales share one.
        errors.setdefault(
            "order",
            translate("CatchReading", "{catcher} already has a whale marked {order}").format(
                catcher=draft.catcher, order=draft.order
            ),
        )
    return draft, errors


def show_lactation(form: CatchForm, draft: Catch) -> None:
    if draft.gland_raw_cm is not None:
        logged = log_gland_cm(draft.gland_raw_cm)
        form.gland_logged.setText(
            translate("CatchReading", "read {raw} cm → logged {logged} cm (para 1)").format(
                raw=draft.gland_raw_cm, logged=logged
            )
        )
    else:
        form.gland_logged.setText("")
    form.lactating.setText(lactation_text(draft))


def lactation_text(draft: Catch) -> str:
    """What the form says about para 1 lactation; a "yes" from the gland alone says that milk was not examined
    (issue 15: "Lactating: yes" beside milk "not examined" read as a contradiction)."""
    if draft.sex is not Sex.FEMALE:
        return translate("CatchReading", "not a female")
    state = draft.lactating
    if state is True and draft.milk_present is None:
        return translate("CatchReading", "yes — presumed: milk not examined, gland 10 cm or more (para 1(b))")
    return {True: translate("CatchReading", "yes"), False: translate("CatchReading", "no"), None: "—"}[state]


def load_catch_into(form: CatchForm, c: Catch) -> None:
    form.species.setCurrentIndex(max(0, form.species.findData(c.species)))
    form.catcher.setCurrentText(c.catcher)
    form.order.setValue(c.order)
    form.time_taken.set_value(c.time_taken)
    form.time_killed.set_value(c.time_killed)
    form.time_hauled_up.set_value(c.time_hauled_up)
    # as it was recorded: a hand-typed position given back "as from the GPS" would be saved again as from the GPS
    if c.position_from_gps:
        form.position.give(c.lat, c.lon)
        form.position_source.setText(translate("CatchDialog", "From GPS (the position saved with the catch)."))
    else:
        form.position.show_typed(c.lat, c.lon)
        form.position_source.setText(translate("CatchDialog", "Entered by hand (not from GPS)."))
    form.length.set_reading(c.length)
    form.sex.setCurrentIndex(max(0, form.sex.findData(c.sex.value)))
    form.gland.setText("" if c.gland_raw_cm is None else str(c.gland_raw_cm))
    form.milk.setCurrentIndex(max(0, form.milk.findData(c.milk_present)))
    form.not_lactating_evidence.setText(c.not_lactating_evidence)
    form.foetus_present.setChecked(c.foetus is not None)
    if c.foetus is not None:
        form.foetus_length.set_reading(c.foetus.length)
        form.foetus_sex.setCurrentIndex(max(0, form.foetus_sex.findData(c.foetus.sex.value)))
    form.killing_method.setText(c.killing_method)
    form.weapon.setCurrentIndex(max(0, form.weapon.findData(None if c.weapon is None else c.weapon.value)))
    for check, value in (
        (form.suckling_calf, c.suckling_calf),
        (form.accompanied_by_calf, c.accompanied_by_calf),
        (form.local_consumption, c.local_consumption),
        (form.used_as_fender, c.used_as_fender),
    ):
        check.setChecked(value)
    form.remarks.setText(c.remarks)
    form.specimens.set_specimens(c.specimens)
    form.sex_changed()
