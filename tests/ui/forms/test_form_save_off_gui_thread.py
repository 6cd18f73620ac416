"""One rule for database writes (issue 14): a form's save commits on the store writer's thread, never the GUI's.

A real temp-file logbook; both connections (the GUI's and the writer's) carry an sqlite3 trace callback that
records which thread ran each statement, so a save that slipped back onto the GUI thread fails here.
"""

import sqlite3
import threading
from datetime import date, datetime, timezone

from logbook_harness import WHO, DeckFeed, dispose_pages, save_title, utc
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from whalelog_gui.nav.fix import Fix
from whalelog_gui.records.events import EventKind
from whalelog_gui.records.title_page import Hull
from whalelog_gui.settings import AppSettings
from whalelog_gui.store import logbook_repo
from whalelog_gui.store.catches import list_struck_lost, load_catch
from whalelog_gui.store.db import open_db
from whalelog_gui.store.held_writes import not_saved_reason
from whalelog_gui.store.schooling import find_schooling_report
from whalelog_gui.store.vessel import VesselRegime, save_vessel
from whalelog_gui.store.writer import StoreWriter
from whalelog_gui.ui.forms.catches import CatchesPage
from whalelog_gui.ui.forms.field_messages import FieldMessages
from whalelog_gui.ui.forms.logbook import LogbookPage
from whalelog_gui.ui.forms.logbook.title_page_form import TitlePageForm
from whalelog_gui.ui.forms.schooling import SchoolingPage
from whalelog_gui.ui.store_op import StoreOp

# what writes: a save's BEGIN IMMEDIATE (store/db.transaction), its statements and COMMIT. A plain BEGIN is a read
# snapshot (store/rows.one_snapshot, ended by ROLLBACK) that the GUI thread may take to read a list
WRITES = ("INSERT", "UPDATE", "DELETE", "COMMIT", "BEGIN IMMEDIATE", "SAVEPOINT")


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
        QApplication.processEvents()  # the writer's last completions, delivered while the logbook is open
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
        QApplication.processEvents()  # the writer's last completions, delivered while the logbook is open


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
        statements.clear()
        assert page.today.sheet is None  # the first tap opens the day's sheet (create_sheet): on the writer too
        buttons = page.today_view.buttons.buttons
        qtbot.mouseClick(buttons[EventKind.SEARCH_STARTED], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(buttons[EventKind.SEARCH_STARTED], Qt.MouseButton.LeftButton)  # before the sheet is open
        assert page.today.sheet is None  # opened only once the writer has stored it
        qtbot.waitUntil(lambda: page.today.sheet is not None and len(page.today.sheet.events) == 2, timeout=5000)
        assert len(logbook_repo.list_sheets(gui_db, page.title_page.id)) == 1  # one sheet for both taps
        assert page.today_view.logged_label.text().startswith("Logged: ")
        feed.at(7, 10)
        qtbot.mouseClick(buttons[EventKind.WHALES_SEEN], Qt.MouseButton.LeftButton)
        dialog = page.today.active_dialog
        dialog.details.species.setCurrentIndex(dialog.details.species.findData("fin"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isEnabled() and dialog.save_button.text() == "Saving…"  # until the writer is done
        qtbot.waitUntil(lambda: len(page.today.sheet.events) == 3, timeout=5000)
        sighting = next(e for e in page.today.sheet.events if e.kind is EventKind.WHALES_SEEN)
        asked = page.today.delete_event(sighting.id)
        asked.reason_edit.setText("logged twice")
        asked.accept()
        qtbot.waitUntil(lambda: len(page.today.sheet.events) == 2, timeout=5000)  # reloaded once deleted
        writer.flush()
        writes = [(thread, sql) for thread, sql in statements if sql.startswith(WRITES)]
        assert sum(sql.startswith("COMMIT") for _t, sql in writes) >= 5, writes
        assert {thread for thread, _sql in writes} == {writer._thread.ident}, "a write ran on the GUI thread"
    finally:
        writer.stop()
        QApplication.processEvents()  # the writer's last completions, delivered while the logbook is open
        dispose_pages()
        gui_db.conn.close()


def writes_of(statements):
    return [(thread, sql) for thread, sql in statements if sql.startswith(WRITES)]


def test_catch_save_sign_and_struck_lost_commit_on_the_writer_thread(qtbot, palette, tmp_path):
    path = tmp_path / "log.sqlite"
    statements: list[tuple[int, str]] = []
    gui_db = traced(open_db(path), statements)
    save_vessel(gui_db, VesselRegime(flag_state="NO"), who="Master")  # the setup is not what is checked here
    writer = StoreWriter(path, lambda p: traced(open_db(p), statements))
    writer.start()
    fix = Fix(datetime(2026, 5, 10, 14, 30, tzinfo=timezone.utc), None, -30.25, -80.5, valid=True)
    settings = AppSettings(vessel_name="Cazador", catcher_names=("Cazador",), operation="land-station")
    page = CatchesPage(gui_db, settings, lambda: (fix, 1.0), lambda: "Mate Ruiz", writer=writer)
    qtbot.addWidget(page)
    try:
        statements.clear()
        dialog = page.new_catch()
        form = dialog.form
        form.species.setCurrentIndex(form.species.findData("sperm"))
        form.sex.setCurrentIndex(form.sex.findData("female"))
        form.length.unit.setCurrentIndex(form.length.unit.findData("metres"))
        form.length.metres.setText("8.04")  # below 9.2 m: a para 18(a) flag to explain before sign-off
        form.time_hauled_up.known.setChecked(True)
        with qtbot.waitSignal(dialog.record_saved, timeout=5000):
            assert dialog.save()
            assert not dialog.isEnabled() and dialog.save_button.text() == "Saving…"  # until the writer is done
        assert dialog.isEnabled() and dialog.save_button.text() == "Save"
        assert dialog.status.text().startswith("Saved ")
        for row in dialog.flags_panel.rows.values():
            if row.explanation.isVisibleTo(dialog):
                row.explanation.setPlainText("Length misjudged in the swell; reported to the inspector.")
        dialog.recheck()
        assert dialog.blockers.text() == "Ready to sign.", dialog.blockers.text()
        assert dialog.sign()  # the explanations are saved first, then the record is signed: two writes
        assert not dialog.isEnabled()
        qtbot.waitUntil(lambda: dialog.saved.signature is not None, timeout=5000)
        stored = load_catch(gui_db, dialog.saved.id)
        assert stored.signature is not None and stored.signature.name == "Mate Ruiz"
        assert all(text.startswith("Length misjudged") for text in stored.explanations.values())
        dialog.close()

        lost = page.struck_and_lost()
        lost.save()
        assert not lost.isEnabled()
        qtbot.waitUntil(lambda: lost.saved_id is not None, timeout=5000)
        assert [s.id for s in list_struck_lost(gui_db)] == [lost.saved_id]
        writes = writes_of(statements)
        assert sum(sql.startswith("COMMIT") for _t, sql in writes) >= 4, writes
        assert {thread for thread, _sql in writes} == {writer._thread.ident}, "a write ran on the GUI thread"
    finally:
        writer.stop()
        QApplication.processEvents()  # the writer's last completions, delivered while the logbook is open
        gui_db.conn.close()


def test_a_refused_catch_save_is_said_at_its_field_and_the_dialog_is_usable_again(qtbot, palette, tmp_path):
    path = tmp_path / "log.sqlite"
    gui_db = open_db(path)
    writer = StoreWriter(path, open_db)
    writer.start()
    fix = Fix(datetime(2026, 5, 10, 14, 30, tzinfo=timezone.utc), None, -30.25, -80.5, valid=True)
    settings = AppSettings(vessel_name="Cazador", catcher_names=("Cazador",), operation="land-station")
    page = CatchesPage(gui_db, settings, lambda: (fix, 1.0), lambda: "Mate Ruiz", writer=writer)
    qtbot.addWidget(page)
    try:
        first = page.new_catch()
        first.form.species.setCurrentIndex(first.form.species.findData("minke"))
        with qtbot.waitSignal(first.record_saved, timeout=5000):
            first.save()
        first.form.length.metres.setText("7.5")
        first.save()  # a change to a saved record without a reason: the store refuses it (audit)
        qtbot.waitUntil(first.isEnabled, timeout=5000)
        assert "reason" in first.status.text() and first.status.text().startswith("Not saved")
        assert first.form.length.metres.text() == "7.5"  # the form as typed
    finally:
        writer.stop()
        QApplication.processEvents()  # the writer's last completions, delivered while the logbook is open
        gui_db.conn.close()


def test_schooling_save_and_sign_commit_on_the_writer_thread(qtbot, palette, tmp_path):
    path = tmp_path / "log.sqlite"
    statements: list[tuple[int, str]] = []
    gui_db = traced(open_db(path), statements)
    writer = StoreWriter(path, lambda p: traced(open_db(p), statements))
    writer.start()
    settings = AppSettings(vessel_name="Nisshin Maru", catcher_names=("Yushin Maru",), time_zone="UTC+12")
    page = SchoolingPage(gui_db, settings, lambda: "Mate Sato", writer=writer)
    qtbot.addWidget(page)
    try:
        page.day.setDate(QDate(date(2026, 1, 15)))
        col = page.grid.add_school()
        for row, value in enumerate(["09:30", "12", "8", "2"]):
            page.grid.item(row, col).setText(value)
        page.noon.lat_edit.setText("62°10.000′S")
        page.noon.lat_edit.textEdited.emit("62°10.000′S")
        page.noon.lon_edit.setText("171°20.000′E")
        statements.clear()
        assert page.save(), page.status.text()
        assert not page.isEnabled() and page.save_button.text() == "Saving…"
        qtbot.waitUntil(lambda: page.saved, timeout=5000)
        assert page.isEnabled() and page.save_button.text() == "Save" and page.status.text().startswith("Saved")
        page.remarks.setText("fog after noon")  # unsaved: Sign saves it first (with its reason), then signs
        page.reason.setText("remarks added")
        assert page.sign()
        qtbot.waitUntil(lambda: page.report.signature is not None, timeout=5000)
        report = find_schooling_report(gui_db, "Nisshin Maru", date(2026, 1, 15))
        assert report.remarks == "fog after noon" and report.signature.name == "Mate Sato"
        writes = writes_of(statements)
        assert sum(sql.startswith("COMMIT") for _t, sql in writes) >= 3, writes
        assert {thread for thread, _sql in writes} == {writer._thread.ident}, "a write ran on the GUI thread"
    finally:
        writer.stop()
        QApplication.processEvents()  # the writer's last completions, delivered while the logbook is open
        gui_db.conn.close()
