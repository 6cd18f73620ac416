"""File → Quit and SIGTERM write every open form's draft at once, not after its typing pause (issue 11)."""

from logbook_harness import DeckFeed, make_page, open_test_db, utc
from PySide6.QtCore import Qt

from whalelog_gui.records.events import EventKind
from whalelog_gui.store.drafts import load_drafts
from whalelog_gui.ui.app import flush_open_drafts


def test_quit_flushes_an_open_forms_draft_without_waiting_for_the_typing_pause(qtbot, palette, qapp, tmp_path):
    db = open_test_db(tmp_path / "whalelog.sqlite")
    feed = DeckFeed(utc(5))
    feed.at(7, 10)
    page = make_page(qtbot, db, feed)
    page.show()
    qtbot.mouseClick(page.today_view.buttons.buttons[EventKind.WHALES_SEEN], Qt.MouseButton.LeftButton)
    dialog = page.today.active_dialog
    dialog.details.found_by.setText("Kyo Maru No. 8")
    key = f"event:{page.today.sheet.id}"
    before = load_drafts(db).get(key)  # still inside the typing pause: not yet in the draft
    assert before is None or before.data["details"].get("found_by_catcher") != "Kyo Maru No. 8"
    flush_open_drafts(qapp)
    assert load_drafts(db)[key].data["details"]["found_by_catcher"] == "Kyo Maru No. 8"
