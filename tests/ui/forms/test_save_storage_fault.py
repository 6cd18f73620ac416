"""A form save the store refuses (disk full, read-only, I/O error) shows the reason at the form and keeps what was
typed (issue 11). Before the change the sqlite3 error escaped the dialog: nothing said why, the entry was lost."""

from logbook_harness import DeckFeed, make_page, open_test_db, utc
from PySide6.QtCore import Qt

from whalelog_gui.records.events import EventKind


def test_a_refused_event_save_says_why_and_keeps_the_entry(qtbot, palette, tmp_path):
    db = open_test_db(tmp_path / "whalelog.sqlite")
    feed = DeckFeed(utc(5))
    feed.at(7, 10)
    page = make_page(qtbot, db, feed)
    qtbot.mouseClick(page.today_view.buttons.buttons[EventKind.WHALES_SEEN], Qt.MouseButton.LeftButton)
    dialog = page.today.active_dialog
    dialog.details.species.setCurrentIndex(dialog.details.species.findData("sperm"))
    dialog.details.number_seen.setValue(7)
    dialog.details.groups.setValue(3)
    dialog.details.found_by.setText("Kyo Maru No. 8")
    db.conn.execute("PRAGMA query_only = ON")  # SQLite refuses every write, as on a read-only medium
    dialog.accept()
    assert dialog.isVisible()
    shown = dialog.messages.message("sheet")
    assert "Not saved: the database is read-only" in shown and "kept in this form" in shown
    assert dialog.details.found_by.text() == "Kyo Maru No. 8" and dialog.details.number_seen.value() == 7
    db.conn.execute("PRAGMA query_only = OFF")
    dialog.accept()
    assert not dialog.isVisible()
    assert db.conn.execute(
        "SELECT found_by_catcher, number_seen FROM events WHERE kind = 'whales-seen'"
    ).fetchall() == [("Kyo Maru No. 8", 7)]
