"""Issue 15 item 8: the catch sign-off defects, on a real temp-file database.

- after Save and the crew's explanation the panel said "Ready to sign" but Sign failed ("a reason is required
  to change a saved catch"): Sign after Save must work;
- the Sign button moved while its checklist shrank, so a click landed in an explanation box;
- a single "x" passed as the crew's full explanation (para 24(b)(6)).
"""

from datetime import datetime, timezone

import pytest

from whalelog_gui.nav.fix import Fix
from whalelog_gui.records.compliance import is_reasoned
from whalelog_gui.records.field_error import InvalidRecord
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.catches import explain_flag, load_catch
from whalelog_gui.store.db import open_db
from whalelog_gui.store.vessel import VesselRegime, save_vessel
from whalelog_gui.ui.forms.catches import CatchesPage

FIX = Fix(datetime(2026, 5, 10, 14, 30, tzinfo=timezone.utc), None, -30.25, -80.5, valid=True)
EXPLANATION = "Length misjudged in the swell; reported to the inspector."
PERMIT = "Taken under special permit 2026/3 (Article VIII)."  # para 16: sperm whale limits zero (issue 13)


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "whalelog.sqlite")
    # Norwegian-flagged: para 10(e) is information (footnote 5); para 16 binds and is explained with the permit
    save_vessel(database, VesselRegime(flag_state="NO"), who="Master")
    yield database
    database.close()


@pytest.fixture
def page(qtbot, db):
    settings = AppSettings(
        vessel_name="Cazador", catcher_names=("Cazador",), operation="land-station", time_zone="UTC-5"
    )
    widget = CatchesPage(db, settings, lambda: (FIX, 1.0), lambda: "Mate Ruiz")
    qtbot.addWidget(widget)
    return widget


def flagged_and_saved(qtbot, page):
    """A sperm female of 8.0 m (para 18(a) flag), hauled up, saved without explanation."""
    dialog = page.new_catch()
    form = dialog.form
    form.species.setCurrentIndex(form.species.findData("sperm"))
    form.sex.setCurrentIndex(form.sex.findData("female"))
    form.length.unit.setCurrentIndex(form.length.unit.findData("metres"))
    form.length.metres.setText("8.0")
    form.time_hauled_up.known.setChecked(True)
    qtbot.waitUntil(lambda: "18a" in dialog.flags_panel.rows, timeout=2000)
    assert dialog.save()
    return dialog


def test_sign_after_save_and_explanation_works_without_typing_a_reason(qtbot, page, db):
    dialog = flagged_and_saved(qtbot, page)
    dialog.flags_panel.rows["18a"].explanation.setPlainText(EXPLANATION)
    dialog.flags_panel.rows["16-south"].explanation.setPlainText(PERMIT)
    dialog.recheck()
    assert dialog.blockers.text() == "Ready to sign." and dialog.sign_button.isEnabled()
    assert dialog.sign(), dialog.status.text()
    stored = load_catch(db, dialog.saved.id)
    assert stored.signature is not None and stored.explanations == {"18a": EXPLANATION, "16-south": PERMIT}


def test_a_real_change_after_save_is_not_ready_to_sign_until_saved_with_a_reason(qtbot, page, db):
    dialog = flagged_and_saved(qtbot, page)
    dialog.flags_panel.rows["18a"].explanation.setPlainText(EXPLANATION)
    dialog.flags_panel.rows["16-south"].explanation.setPlainText(PERMIT)
    dialog.form.length.metres.setText("8.1")  # a changed measurement is not an explanation: reason needed
    dialog.recheck()
    assert dialog.blockers.text() != "Ready to sign." and not dialog.sign_button.isEnabled()
    assert "must be saved (with a reason)" in dialog.blockers.text()
    dialog.reason.setText("tape re-read on deck")
    assert dialog.save()
    assert dialog.blockers.text() == "Ready to sign." and dialog.sign()


def test_the_sign_button_does_not_move_when_the_checklist_shrinks(qtbot, page):
    dialog = page.new_catch()
    dialog.resize(1024, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.recheck()
    qtbot.wait(20)
    long_list = dialog.blockers.text()
    before = dialog.sign_button.mapTo(dialog, dialog.sign_button.rect().topLeft())
    dialog.form.species.setCurrentIndex(dialog.form.species.findData("minke"))
    dialog.form.length.metres.setText("7.0")
    dialog.recheck()
    qtbot.wait(20)
    assert dialog.blockers.text() != long_list  # the checklist did change
    assert dialog.sign_button.mapTo(dialog, dialog.sign_button.rect().topLeft()) == before


@pytest.mark.parametrize("text", ["x", "ok", "  see log  ", "misjudged", "no comment"])
def test_a_token_explanation_is_not_a_full_explanation(qtbot, page, db, text):
    dialog = flagged_and_saved(qtbot, page)
    dialog.flags_panel.rows["18a"].explanation.setPlainText(text)
    dialog.recheck()
    assert not dialog.sign_button.isEnabled()
    assert "at least 3 words" in dialog.blockers.text()
    assert not dialog.sign()
    assert load_catch(db, dialog.saved.id).signature is None
    with pytest.raises(InvalidRecord, match="full explanation"):
        explain_flag(db, dialog.saved.id, "18a", text, "Mate Ruiz")


def test_reasoned_explanation_limits():
    assert not is_reasoned("too short ok")  # three words, 12 characters
    assert is_reasoned("seen too late ok")  # three words, 16 characters
    assert not is_reasoned("unquestionablymisjudged lengths")  # long but two words


def test_lactating_from_the_gland_alone_says_milk_was_not_examined(qtbot, page):
    """Issue 15 item 9: "Lactating: yes" beside milk "not examined"."""
    dialog = page.new_catch()
    form = dialog.form
    form.species.setCurrentIndex(form.species.findData("sperm"))
    form.sex.setCurrentIndex(form.sex.findData("female"))
    form.gland.setText("11")
    dialog.recheck()
    assert form.milk.currentData() is None
    assert "milk not examined" in form.lactating.text() and form.lactating.text().startswith("yes")
    form.milk.setCurrentIndex(form.milk.findData(True))
    dialog.recheck()
    assert form.lactating.text() == "yes"
