"""Drafts of unsaved forms, installation settings and the crew list."""

from datetime import datetime, timezone

import pytest
from decimal import Decimal

from whalelog_gui.store.db import open_db
from whalelog_gui.store.drafts import discard_draft, load_drafts, save_draft
from whalelog_gui.store.settings import CURRENT_USER, get_setting, set_setting


def test_draft_is_offered_back_after_reopening_and_discarded(tmp_path):
    path = tmp_path / "w.sqlite"
    db = open_db(path)
    save_draft(db, "title-page", {"catcher_name": "Kyo Maru", "gross_tonnage": Decimal("758.2")})
    save_draft(db, "title-page", {"catcher_name": "Kyo Maru No. 7", "gross_tonnage": Decimal("758.2")})
    save_draft(db, "event:new", {"at": datetime(2026, 12, 14, 6, tzinfo=timezone.utc)})
    db.close()
    db = open_db(path)
    drafts = load_drafts(db)
    assert drafts["title-page"].data == {"catcher_name": "Kyo Maru No. 7", "gross_tonnage": "758.2"}
    assert drafts["event:new"].data == {"at": "2026-12-14T06:00:00+00:00"}
    assert discard_draft(db, "title-page") and not discard_draft(db, "title-page")
    assert list(load_drafts(db)) == ["event:new"]


def test_settings_round_trip(db):
    assert get_setting(db, CURRENT_USER, "nobody") == "nobody"
    set_setting(db, CURRENT_USER, "Mate Sato")
    set_setting(db, CURRENT_USER, "R. Olsen")
    assert get_setting(db, CURRENT_USER) == "R. Olsen"


def test_crew_list_and_signing_off(db):
    from whalelog_gui.records.field_error import InvalidRecord
    from whalelog_gui.store.crew import add_crew_member, list_crew, set_crew_active

    ito = add_crew_member(db, "K. Ito", "master", who="K. Ito")
    add_crew_member(db, "R. Olsen", "inspector", who="K. Ito")
    with pytest.raises(InvalidRecord) as err:
        add_crew_member(db, " ", "cook", who="K. Ito")
    assert err.value.fields() == {"name", "role"}
    set_crew_active(db, ito, False, who="R. Olsen", reason="relieved at Hobart")
    assert [m.name for m in list_crew(db)] == ["R. Olsen"]
    assert [m.active for m in list_crew(db, include_inactive=True)] == [False, True]
