"""One rule for database writes (issue 14): a form's save commits on the store writer's thread, never the GUI's.

A real temp-file logbook; both connections (the GUI's and the writer's) carry an sqlite3 trace callback that
records which thread ran each statement, so a save that slipped back onto the GUI thread fails here.
"""

import sqlite3
import threading

from logbook_harness import WHO, DeckFeed, dispose_pages, save_title, utc
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from whalelog_gui.records.events import EventKind
from whalelog_gui.records.title_page import Hull
from whalelog_gui.store import logbook_repo
from whalelog_gui.store.db import open_db
from whalelog_gui.store.held_writes import not_saved_reason
from whalelog_gui.store.writer import StoreWriter
from whalelog_gui.ui.forms.field_messages import FieldMessages
from whalelog_gui.ui.forms.logbook import LogbookPage
from whalelog_gui.ui.forms.logbook.title_page_form import TitlePageForm
from whalelog_gui.ui.store_op import StoreOp

WRITES = ("INSERT", "UPDATE", "DELETE", "COMMIT", "BEGIN")


def traced(db, statements):
    db.conn.set_trace_callback(lambda sql: statements.append((threading.get_ident(), sql.strip().upper())))
    return db


def test_title_page_save_commits_on_the_writer_thread(qtbot, palette, tmp_path):
    path = tmp_path / "log.sqlite"
    statements: list[tuple[int, str]] = []
    gui_db = traced(open_db(path), statements)
    writer = StoreWriter(path, lambda p: traced(open_db(p), statements))
    writer.start()
    try:
        form = TitlePageForm(gui_db, lambda: "K. Ito", writer=writer)
        qtbot.addWidget(form)
        for field, text in {
            "catcher_name": "Toshi Maru No. 25",
            "season": "2026/27",
            "year_built": "1988",
            "captain_name": "K. Ito",
            "gunner_name": "S. Mori",
            "crew_count": "18",
        }.items():
            form.inputs[field].setText(text)
        combo = form.inputs["hull"]
        combo.setCurrentIndex(combo.findData(Hull.STEEL))
        statements.clear()
        gui = threading.get_ident()
        with qtbot.waitSignal(form.saved, timeout=5000):
            form.save()
            # the result comes back through the event loop: until then the form is disabled and says so
            assert not form.isEnabled() and form.save_button.text() == "Saving…"
        assert form.isEnabled() and form.save_button.text() == "Save title page"
        writes = [(thread, sql) for thread, sql in statements if sql.startswith(WRITES)]
        assert any(sql.startswith("COMMIT") for _t, sql in writes), writes
        assert {thread for thread, _sql in writes} == {writer._thread.ident}, "a write ran on the GUI thread"
        assert writer._thread.ident != gui
        [saved] = logbook_repo.list_logbooks(gui_db)  # committed: the GUI's own connection reads it
        assert saved.catcher_name == "Toshi Maru No. 25"
    finally:
        writer.stop()
        gui_db.conn.close()


def test_a_refused_write_is_shown_at_the_form_and_the_form_is_usable_again(qtbot, palette, tmp_path):
    path = tmp_path / "log.sqlite"
    writer = StoreWriter(path, open_db)
    writer.start()
    try:
        form = QWidget()
        qtbot.addWidget(form)
        layout = QVBoxLayout(form)
        messages = FieldMessages()
        entry, button = QLineEdit(), QPushButton("Save")
        layout.addWidget(entry)
        messages.attach(layout, entry, "sheet")
        layout.addWidget(button)
        ran_on = []

        def disk_full(db):
            ran_on.append(threading.get_ident())
            raise sqlite3.OperationalError("database or disk is full")

        done = []
        op = StoreOp(form, writer, disk_full, done.append).at_form(form, messages, button)
        op.run_in_background()
        assert not form.isEnabled() and button.text() == "Saving…"
        qtbot.waitUntil(lambda: form.isEnabled(), timeout=5000)
        assert button.text() == "Save" and done == []
        assert ran_on == [writer._thread.ident]
        assert messages.message("sheet") == not_saved_reason(sqlite3.OperationalError("database or disk is full"))
        assert "full" in messages.message("sheet")
    finally:
        writer.stop()


def test_logbook_taps_dialog_saves_and_deletes_commit_on_the_writer_thread(qtbot, palette, tmp_path):
    path = tmp_path / "log.sqlite"
    statements: list[tuple[int, str]] = []
    gui_db = traced(open_db(path), statements)
    save_title(gui_db)
    writer = StoreWriter(path, lambda p: traced(open_db(p), statements))
    writer.start()
    feed = DeckFeed(utc(5, 0))
    page = LogbookPage(gui_db, feed.current_fix, lambda: WHO, clock=feed.clock, writer=writer)
    qtbot.addWidget(page)
    try:
        feed.at(5, 30)
        page.today.ensure_sheet()  # the day's sheet (opened by the first tap) is not what is checked here
        statements.clear()
        buttons = page.today_view.buttons.buttons
        qtbot.mouseClick(buttons[EventKind.SEARCH_STARTED], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(page.today.sheet.events) == 1, timeout=5000)  # reloaded once stored
        assert page.today_view.logged_label.text().startswith("Logged: ")
        feed.at(7, 10)
        qtbot.mouseClick(buttons[EventKind.WHALES_SEEN], Qt.MouseButton.LeftButton)
        dialog = page.today.active_dialog
        dialog.details.species.setCurrentIndex(dialog.details.species.findData("fin"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isEnabled() and dialog.save_button.text() == "Saving…"  # until the writer is done
        qtbot.waitUntil(lambda: len(page.today.sheet.events) == 2, timeout=5000)
        sighting = next(e for e in page.today.sheet.events if e.kind is EventKind.WHALES_SEEN)
        asked = page.today.delete_event(sighting.id)
        asked.reason_edit.setText("logged twice")
        asked.accept()
        qtbot.waitUntil(lambda: len(page.today.sheet.events) == 1, timeout=5000)  # reloaded once deleted
        writer.flush()
        writes = [(thread, sql) for thread, sql in statements if sql.startswith(WRITES)]
        assert sum(sql.startswith("COMMIT") for _t, sql in writes) >= 3, writes
        assert {thread for thread, _sql in writes} == {writer._thread.ident}, "a write ran on the GUI thread"
    finally:
        writer.stop()
        dispose_pages()
        gui_db.conn.close()
