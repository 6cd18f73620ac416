"""The Catches page and catch dialog on a real temp-file database: entry, live flags, refusals, sign-off."""

from datetime import datetime, timezone
from decimal import Decimal

import pytest

from whalelog_gui.nav.fix import Fix
from whalelog_gui.records.catch import Sex
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.catches import list_catches, list_struck_lost, load_catch
from whalelog_gui.store.db import open_db
from whalelog_gui.store.vessel import VesselRegime, save_vessel
from whalelog_gui.ui.forms.catches import CatchesPage
from whalelog_gui.ui.forms.catches.measurement_helper import LengthEntry

# Off Chile, 30°S: no sanctuary, no factory-ship area for a land station; sperm whale limits by para 18.
FIX = Fix(datetime(2026, 5, 10, 14, 30, tzinfo=timezone.utc), None, -30.25, -80.5, valid=True)


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "whalelog.sqlite")
    # a Norwegian-flagged catcher: para 10(e) does not bind Norway (footnote 5), para 16 does
    save_vessel(database, VesselRegime(flag_state="NO"), who="Master")
    yield database
    database.close()


@pytest.fixture
def settings():
    return AppSettings(
        vessel_name="Cazador", catcher_names=("Cazador", "Ballena II"), operation="land-station", time_zone="UTC-5"
    )


@pytest.fixture
def page(qtbot, db, settings):
    widget = CatchesPage(db, settings, lambda: (FIX, 1.0), lambda: "Mate Ruiz")
    qtbot.addWidget(widget)
    return widget


def _fill_sperm_female(form, length="8.0"):
    form.species.setCurrentIndex(form.species.findData("sperm"))
    form.sex.setCurrentIndex(form.sex.findData("female"))
    form.length.unit.setCurrentIndex(form.length.unit.findData("metres"))
    form.length.metres.setText(length)


def test_length_helper_shows_raw_and_logged_value_live(qtbot):
    entry = LengthEntry("metres")
    qtbot.addWidget(entry)
    entry.metres.setText("10.25")
    assert entry.logged.text() == "read 10.25 m → logged 10.3 m (para 23)"
    entry.metres.setText("10.15")  # the binary-float trap: the Schedule says 10.2
    assert "logged 10.2 m" in entry.logged.text()
    entry.unit.setCurrentIndex(entry.unit.findData("feet"))
    entry.feet.setText("76")
    entry.inches.setText("6")
    assert entry.logged.text() == "read 76 ft 6 in → logged 77 ft (para 23)"
    assert entry.reading().logged == Decimal(77)


def test_units_setting_picks_feet_and_inches(qtbot, db, settings):
    import dataclasses

    page = CatchesPage(db, dataclasses.replace(settings, units="feet"), lambda: (FIX, 1.0), lambda: "Mate Ruiz")
    qtbot.addWidget(page)
    dialog = page.new_catch()
    assert dialog.form.length.in_feet
    assert dialog.form.length.feet.isVisibleTo(dialog) and not dialog.form.length.metres.isVisibleTo(dialog)


def test_catch_entered_end_to_end_with_flag_explained_and_signed(qtbot, page, db):
    dialog = page.new_catch()
    form = dialog.form
    assert form.catcher.currentText() == "Cazador" and form.order.value() == 1
    assert form.position_source.text().startswith("From GPS")
    _fill_sperm_female(form, length="")
    dialog.recheck()
    assert "18a" not in dialog.flags_panel.rows  # not measured yet: nothing to flag
    form.length.metres.setText("8.04")  # logged 8.0 m, below 9.2 m: para 18(a)
    qtbot.waitUntil(lambda: "18a" in dialog.flags_panel.rows, timeout=2000)
    row = dialog.flags_panel.rows["18a"]
    assert row.paragraph.text() == "Para 18(a)"
    assert "9.2 m" in row.summary.text() and "logged 8.0 m" in row.summary.text()
    form.gland.setText("9.5")  # para 1: logged 10 cm, lactating
    dialog.recheck()
    assert form.gland_logged.text() == "read 9.5 cm → logged 10 cm (para 1)"
    assert form.lactating.text().startswith("yes — presumed: milk not examined")  # issue 15: says why
    form.milk.setCurrentIndex(form.milk.findData(True))  # issue 15: no signed "lactating" with milk not examined
    form.time_hauled_up.known.setChecked(True)
    assert not dialog.sign_button.isEnabled()
    assert "full explanation is needed (para 24(b)(6)) for the flag of para 16, para 18(a)" in dialog.blockers.text()
    info = dialog.flags_panel.rows["10e"]  # shown as information, asks for no explanation
    assert "not binding on Norway: objection lodged, not withdrawn (Schedule footnote 5)" in info.summary.text()
    assert info.paragraph.text() == "Para 10(e)\n(information)" and not info.explanation.isVisibleTo(dialog)
    assert dialog.flags_panel.rows["16-south"].explanation.isVisibleTo(dialog)
    assert form.stock.text() == "para 9(b): not classified (Table 1/3 not available)"

    assert dialog.save()
    saved = load_catch(db, dialog.saved.id)
    assert (saved.catcher, saved.order, saved.species, saved.sex) == ("Cazador", 1, "sperm", Sex.FEMALE)
    assert (saved.length.raw, saved.length.logged) == (Decimal("8.04"), Decimal("8.0"))
    assert (saved.lat, saved.lon, saved.position_from_gps) == (FIX.lat, FIX.lon, True)
    assert saved.time_taken == datetime(2026, 5, 10, 14, 30, tzinfo=timezone.utc)
    assert saved.gland_raw_cm == Decimal("9.5") and saved.lactating is True
    assert [(f.rule_id, f.binding) for f in saved.flags] == [("10e", False), ("16-south", True), ("18a", True)]

    dialog.flags_panel.rows["16-south"].explanation.setPlainText("Taken under special permit 2026/3 (Art. VIII).")
    row.explanation.setPlainText("Length misjudged in the swell; reported to the inspector.")
    dialog.reason.setText("explanation added")
    dialog.recheck()
    assert dialog.blockers.text() == "Ready to sign." and dialog.sign_button.isEnabled()  # Sign saves first
    assert dialog.sign()
    stored = load_catch(db, dialog.saved.id)
    assert stored.explanations == {
        "18a": "Length misjudged in the swell; reported to the inspector.",
        "16-south": "Taken under special permit 2026/3 (Art. VIII).",
    }
    assert stored.signature is not None and stored.signature.name == "Mate Ruiz"
    assert not dialog.save_button.isEnabled()
    dialog.close()
    assert page.catch_table.rowCount() == 1
    assert page.catch_table.item(0, 0).text() == "Cazador 1"
    assert page.catch_table.item(0, 1).text() == "16, 18(a) — explained; information: 10(e)"  # Flags


def test_impossible_length_refused_at_the_field_and_nothing_saved(qtbot, page, db):
    dialog = page.new_catch()
    _fill_sperm_female(dialog.form, length="31")
    dialog.recheck()
    assert dialog.form.messages.message("length") == "31.0 m is longer than any sperm whale (24 m)"
    assert not dialog.save()
    assert list_catches(db) == []
    dialog.form.length.metres.setText("ten")
    dialog.recheck()
    assert dialog.form.messages.message("length") == "length in metres: 'ten' is not a number"


def test_hauled_up_before_taken_refused_at_the_field(qtbot, page, db):
    dialog = page.new_catch()
    _fill_sperm_female(dialog.form, length="11")
    form = dialog.form
    form.time_hauled_up.known.setChecked(True)
    form.time_hauled_up.edit.setDateTime(form.time_taken.edit.dateTime().addSecs(-3600))
    dialog.recheck()
    assert form.messages.message("time_hauled_up") == "hauled up before it was taken"
    assert not dialog.save()
    assert list_catches(db) == []


def test_typed_position_is_parsed_and_bad_position_refused(qtbot, page, db):
    dialog = page.new_catch()
    _fill_sperm_female(dialog.form, length="11")
    dialog.form.position.lat_edit.setText("30°15.000′S")
    dialog.form.position.lat_edit.textEdited.emit("30°15.000′S")
    dialog.form.position.lon_edit.setText("80 30.0 W")
    dialog.recheck()
    assert dialog.form.position_source.text() == "Entered by hand (not from GPS)."
    assert dialog.save()
    saved = load_catch(db, dialog.saved.id)
    assert (saved.lat, saved.lon, saved.position_from_gps) == (-30.25, -80.5, False)
    dialog.form.position.lon_edit.setText("80 30.0 N")
    dialog.recheck()
    assert "hemisphere must be E or W" in dialog.form.messages.message("position")


def test_a_reopened_hand_typed_position_is_still_hand_typed_when_saved_again(qtbot, page, db):
    """Reopening a catch gave its stored position as if from the GPS: the next save of any other correction then
    recorded a hand-typed position as "from GPS", silently."""
    dialog = page.new_catch()
    _fill_sperm_female(dialog.form, length="11")
    dialog.form.position.lat_edit.setText("30°15.000′S")
    dialog.form.position.lat_edit.textEdited.emit("30°15.000′S")
    dialog.form.position.lon_edit.setText("80 30.0 W")
    assert dialog.save()
    dialog.close()
    again = page.open_catch(0)
    again.recheck()
    assert again.form.position_source.text() == "Entered by hand (not from GPS)."
    again.form.length.metres.setText("11.5")
    again.reason.setText("tape re-read at the flensing deck")
    assert again.save()
    saved = load_catch(db, again.saved.id)
    assert (saved.lat, saved.lon, saved.position_from_gps) == (-30.25, -80.5, False)
    again.close()
    from_gps = page.new_catch()  # and a GPS position reopened stays from the GPS, exactly
    _fill_sperm_female(from_gps.form, length="9")
    assert from_gps.save()
    from_gps.close()
    reopened = page.open_catch(1)
    reopened.form.length.metres.setText("9.5")
    reopened.reason.setText("tape re-read")
    assert reopened.save()
    saved = load_catch(db, reopened.saved.id)
    assert (saved.lat, saved.lon, saved.position_from_gps) == (FIX.lat, FIX.lon, True)


def test_second_catch_gets_next_order_and_a_duplicate_marking_is_refused(qtbot, page, db):
    first = page.new_catch()
    _fill_sperm_female(first.form, length="11")
    assert first.save()
    first.close()
    second = page.new_catch()
    assert second.form.order.value() == 2
    second.form.order.setValue(1)
    second.recheck()
    assert second.form.messages.message("order") == "Cazador already has a whale marked 1"


def test_struck_and_lost_saved(qtbot, page, db):
    dialog = page.struck_and_lost()
    dialog.catcher.setCurrentText("Ballena II")
    dialog.killing_method.setText("compressed air")
    dialog.save()
    lost = list_struck_lost(db)
    assert [(s.catcher, s.killing_method, s.lat) for s in lost] == [("Ballena II", "compressed air", FIX.lat)]
    assert page.lost_table.rowCount() == 1


def test_struck_and_lost_refuses_missing_catcher_at_the_field(qtbot, page, db):
    dialog = page.struck_and_lost()
    dialog.catcher.setCurrentText("  ")
    dialog.save()
    assert dialog.messages.message("catcher") == "the catcher that struck the whale is required"
    assert list_struck_lost(db) == []


def test_saved_catch_reopened_needs_a_reason_to_change_and_signed_one_is_locked(qtbot, page, db):
    dialog = page.new_catch()
    _fill_sperm_female(dialog.form, length="11")
    assert dialog.save()
    dialog.close()
    again = page.open_catch(0)
    assert again.form.length.metres.text() == "11" and again.reason.isVisibleTo(again)
    again.form.length.metres.setText("11.5")
    assert not again.save()
    assert "a reason is required" in again.status.text()
    assert load_catch(db, again.saved.id).length.raw == Decimal("11")
    again.reason.setText("tape re-read at the flensing deck")
    again.flags_panel.rows["16-south"].explanation.setPlainText("Special permit 2026/3 (Article VIII).")
    assert again.save()
    assert load_catch(db, again.saved.id).length.raw == Decimal("11.5")
    assert again.sign()
    again.close()
    locked = page.open_catch(0)
    assert not locked.save_button.isEnabled() and not locked.sign_button.isEnabled()
    assert locked.blockers.text().startswith("Signed by master Mate Ruiz")
    assert not locked.form.length.isEnabled()  # read-only: corrections are amendments


def test_close_with_unsaved_entries_warns_first_and_saves_nothing(qtbot, page, db):
    dialog = page.new_catch()
    _fill_sperm_female(dialog.form, length="11")
    dialog.close_button.click()
    assert dialog.isVisible() and dialog.status.text().startswith("Not saved yet")
    dialog.close_button.click()
    assert not dialog.isVisible()
    assert list_catches(db) == []


def test_untouched_new_catch_closes_at_once(qtbot, page):
    dialog = page.new_catch()
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_species_must_be_chosen_and_no_flag_is_raised_before(qtbot, page, db):
    dialog = page.new_catch()
    assert dialog.form.species.currentData() == ""
    assert dialog.flags_panel.rows == {} and dialog.form.messages.message("species") == "choose the species (para 1)"
    assert not dialog.save()
    assert list_catches(db) == []
