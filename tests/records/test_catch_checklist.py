"""The catch dialog's sign-off checklist and change test, Qt-free: structured items, never parsed sentences."""

import dataclasses

from records_builders import make_catch

from whalelog_gui.records.catch_sign_off import (
    CHANGED,
    NOT_SAVED,
    differs,
    only_explanations_added,
    sign_off_checklist,
)
from whalelog_gui.records.compliance import ComplianceContext, check_catch


def test_each_item_names_its_field_and_the_flags_to_explain_are_one_item():
    whale = check_catch(make_catch("sperm", None, lat=None, lon=None), ComplianceContext("land-station", frozenset()))
    items = sign_off_checklist(whale, saved=None)
    fields = [item.field for item in items]
    assert fields[:2] == ["position", "length"] and fields[-1] == "save" and items[-1] == NOT_SAVED
    [explanation] = [item for item in items if item.field == "explanation"]
    assert "para 24(b)(6)" in explanation.reason and "para 16" in explanation.reason


def test_a_saved_record_changed_on_the_form_must_be_saved_before_signing():
    saved = check_catch(make_catch("minke", "8 m"), ComplianceContext("small-type", frozenset()))
    saved.explanations.update({f.rule_id: "Taken under special permit 2008/3 (Art. VIII)" for f in saved.flags})
    assert sign_off_checklist(saved, saved) == [] and not differs(saved, saved)
    longer = dataclasses.replace(saved, length=make_catch("minke", "8.5 m").length)
    assert differs(longer, saved) and sign_off_checklist(longer, saved) == [CHANGED]


def test_explanations_given_where_there_were_none_are_not_a_change_of_the_record():
    saved = check_catch(make_catch("sperm", "13 m"), ComplianceContext("land-station", frozenset()))
    assert saved.flags and not saved.explanations
    explained = dataclasses.replace(saved, explanations={f.rule_id: "Special permit no. 12" for f in saved.flags})
    assert differs(explained, saved) and only_explanations_added(explained, saved)
    assert CHANGED not in sign_off_checklist(explained, saved)
    reworded = dataclasses.replace(explained, explanations={k: "Permit 12, reworded" for k in explained.explanations})
    assert not only_explanations_added(reworded, explained)  # changing a given explanation is an edit
    assert not only_explanations_added(explained, None)  # nothing saved yet: nothing to add to
