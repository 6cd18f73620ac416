"""The logbook's integrity on the bridge (issue 11), with real parts: a temp-file logbook holding a demo season,
edited through a second sqlite3 connection as an adversary would, and the main window built as the app builds it.

At open the check runs off the GUI thread; a break raises the alarm titled exactly ALERT_TITLE naming the records,
Export is refused on the Transmission page with the reason, the master declares from the alarm (a trivial reason
is refused at its field), the alarm is then rectified and Export allowed again. A break made after open is caught
by the export's own re-check and shown in place; a sign-off of a changed record is refused with the reason.
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from test_palette_every_window import make_main_window
from whalelog_gui.alerts.model import AlertState
from whalelog_gui.store.integrity_report import ALERT_TITLE
from whalelog_gui.ui.pages import pages_of
from whalelog_gui.ui.integrity_declaration import IntegrityDeclarationDialog
from whalelog_gui.ui.integrity_watch import INTEGRITY_KEY

REASON = "The shipowner's IT changed the flag State with a database tool on 3 Dec; the bridge log confirms it"


def edit_flag_state(path, value: str = '"JP"') -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE vessel_settings SET value_json = ? WHERE key = 'flag_state'", (value,))
    conn.close()


def session_of(window):
    from whalelog_gui.ui.bridge_session import BridgeSession

    return window.findChild(BridgeSession)


def integrity_alert(session):
    return next((a for a in session.watch.alerts.active() if a.key == INTEGRITY_KEY), None)


@pytest.fixture
def broken_window(qtbot, ctx):
    edit_flag_state(ctx.db_path)
    window = make_main_window(ctx)
    session = session_of(window)
    assert session.integrity.report is None  # not checked on the GUI thread: the result comes later, by signal
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: integrity_alert(session) is not None, timeout=10_000)
    return window


def test_a_break_found_at_open_raises_the_alarm_naming_the_record_and_blocks_export(broken_window):
    session = session_of(broken_window)
    alert = integrity_alert(session)
    assert alert.title == ALERT_TITLE and alert.category.name == "ALARM"
    assert "vessel_settings flag_state" in alert.note
    assert broken_window.alert_bar.current.key == INTEGRITY_KEY
    assert broken_window.alert_bar.alert_actions[INTEGRITY_KEY].isVisibleTo(broken_window)
    page = pages_of(broken_window).transmission
    assert page.integrity_box.isVisibleTo(page) and not page.export_button.isEnabled()
    assert (
        "Export refused" in page.integrity_reason.text()
        and "vessel_settings flag_state" in page.integrity_reason.text()
    )
    assert page.start_export() is None and "vessel_settings flag_state" in page.message.text()
    page.declare_button.click()  # the page's own way to the declaration
    dialog = broken_window.findChild(IntegrityDeclarationDialog)
    assert dialog is not None and dialog.isVisible() and dialog.breaks.count() == 1


def open_dialog_from_the_alarm(qtbot, window) -> IntegrityDeclarationDialog:
    qtbot.mouseClick(window.alert_bar.alert_actions[INTEGRITY_KEY], Qt.MouseButton.LeftButton)
    dialog = window.findChild(IntegrityDeclarationDialog)
    assert dialog is not None and dialog.isVisible()
    assert [dialog.breaks.item(i).text().split(" — ")[0] for i in range(dialog.breaks.count())] == [
        "vessel_settings flag_state"
    ]
    return dialog


def declarations(ctx) -> list:
    return ctx.db.conn.execute("SELECT created_by, reason FROM integrity_declarations").fetchall()


@pytest.mark.parametrize(
    "reason, shown", [("", "say why"), ("fixed", "explains nothing"), ("IT fixed it", "too short")]
)
def test_an_empty_or_trivial_reason_is_refused_at_its_field(qtbot, ctx, broken_window, reason, shown):
    dialog = open_dialog_from_the_alarm(qtbot, broken_window)
    dialog.master_edit.setText("Einar Jónsson")
    dialog.reason_edit.setPlainText(reason)
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.declare_button, Qt.MouseButton.LeftButton)
    assert shown in dialog.messages.message("reason")
    assert dialog.isVisible() and declarations(ctx) == []


def test_the_confirmation_and_the_masters_name_are_required(qtbot, ctx, broken_window):
    dialog = open_dialog_from_the_alarm(qtbot, broken_window)
    dialog.reason_edit.setPlainText(REASON)
    qtbot.mouseClick(dialog.declare_button, Qt.MouseButton.LeftButton)
    assert "name" in dialog.messages.message("who") and "confirm" in dialog.messages.message("confirm")
    assert declarations(ctx) == []


def test_the_declaration_rectifies_the_alarm_and_export_is_allowed_again(qtbot, ctx, broken_window):
    session = session_of(broken_window)
    dialog = open_dialog_from_the_alarm(qtbot, broken_window)
    dialog.master_edit.setText("Einar Jónsson")
    dialog.reason_edit.setPlainText(REASON)
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.declare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.integrity.report is not None and session.integrity.report.intact, timeout=10_000)
    assert declarations(ctx) == [("Einar Jónsson", REASON)]
    # rectified, and shown (silent) until someone acknowledges it, as every alarm that clears unacknowledged
    assert integrity_alert(session).state is AlertState.RECTIFIED_UNACKNOWLEDGED
    qtbot.waitUntil(lambda: broken_window.findChild(IntegrityDeclarationDialog) is None)  # closed and gone
    page = pages_of(broken_window).transmission
    assert not page.integrity_box.isVisibleTo(page) and page.export_button.isEnabled()


def test_a_break_made_after_open_is_refused_in_place_by_the_exports_own_check(qtbot, ctx, tmp_path):
    window = make_main_window(ctx)
    session = session_of(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: session.integrity.report is not None, timeout=10_000)
    assert session.integrity.report.intact and integrity_alert(session) is None
    page = pages_of(window).transmission
    assert page.export_button.isEnabled()
    edit_flag_state(ctx.db_path)
    out = tmp_path / "outbox"
    page.out_dir.setText(str(out))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert page.message.text().startswith("Export refused") and "vessel_settings flag_state" in page.message.text()
    assert page.integrity_box.isVisibleTo(page) and not page.export_button.isEnabled()
    assert integrity_alert(session).title == ALERT_TITLE  # the alarm follows the export's finding
    assert not out.exists() or not any(out.glob("*.zip"))


def test_sign_off_of_a_changed_sheet_is_refused_with_the_reason_in_the_dialog(qtbot, ctx):
    from datetime import datetime, timezone

    from whalelog_gui.store import logbook_repo
    from whalelog_gui.ui.forms.logbook.sign_off import SignOffDialog

    (sheet_id,) = ctx.db.conn.execute("SELECT id FROM sheets WHERE signed_at IS NULL ORDER BY day LIMIT 1").fetchone()
    conn = sqlite3.connect(ctx.db_path, isolation_level=None)
    conn.execute("UPDATE sheets SET sheet_no = sheet_no + 40 WHERE id = ?", (sheet_id,))
    conn.close()
    dialog = SignOffDialog(
        "sheet",
        "Einar Jónsson",
        lambda signature: logbook_repo.sign_sheet(ctx.db, sheet_id, signature, "Einar Jónsson"),
        clock=lambda: datetime.now(timezone.utc),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    shown = dialog.messages.general.text()
    assert dialog.isVisible() and "sign-off refused" in shown and f"sheets {sheet_id}" in shown
    assert ctx.db.conn.execute("SELECT signed_at FROM sheets WHERE id = ?", (sheet_id,)).fetchone()[0] is None


def test_a_check_that_cannot_run_is_a_warning_not_silence(qtbot, tmp_path):
    from whalelog_gui.alerts.manager import AlertManager
    from whalelog_gui.ui.integrity_watch import CHECK_FAILED_KEY, IntegrityWatch

    alerts = AlertManager()
    watch = IntegrityWatch(tmp_path / "gone.sqlite", alerts)
    with qtbot.waitSignal(watch.check_failed, timeout=10_000) as failed:
        watch.check()
    shown = next(a for a in alerts.active() if a.key == CHECK_FAILED_KEY)
    assert shown.title == "Logbook integrity could not be checked" and "gone.sqlite" in failed.args[0]
    assert watch.report is None and not (tmp_path / "gone.sqlite").exists()  # nothing created by the check


def test_a_read_only_logbook_cannot_take_a_declaration_and_says_why(qtbot, ctx):
    from whalelog_gui.alerts.manager import AlertManager
    from whalelog_gui.ui.integrity_watch import IntegrityWatch, open_declaration

    edit_flag_state(ctx.db_path)
    watch = IntegrityWatch(ctx.db_path, AlertManager(), read_only=True)
    with qtbot.waitSignal(watch.changed, timeout=10_000):
        watch.check()
    dialog = open_declaration(watch, None)
    qtbot.addWidget(dialog)
    dialog.master_edit.setText("Einar Jónsson")
    dialog.reason_edit.setPlainText(REASON)
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.declare_button, Qt.MouseButton.LeftButton)
    assert "read-only" in dialog.messages.general.text() and dialog.declare_button.isEnabled()
    assert declarations(ctx) == []
