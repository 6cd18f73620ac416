"""Issue 15 item 9: the alert history named the watch officer as having done an automatic "rectified"."""

from datetime import datetime, timezone

from whalelog_gui.alerts.model import Alert, AlertCategory, AlertState
from whalelog_gui.store.alert_log import record_alert_change
from whalelog_gui.store.db import open_db
from whalelog_gui.ui.alert_history import AlertHistoryWindow

T0 = datetime(2026, 5, 2, 9, 30, tzinfo=timezone.utc)


def test_only_the_acknowledgement_is_by_the_officer(qtbot, tmp_path):
    db = open_db(tmp_path / "log.sqlite")
    alert = Alert(
        "a1",
        "inside:sos",
        AlertCategory.ALARM,
        AlertState.ACTIVE_UNACKNOWLEDGED,
        "Inside Southern Ocean Sanctuary",
        "7(b)",
        "sos",
        T0,
        T0,
        lat=-61.5,
        lon=171.0,
    )
    record_alert_change(db, alert, "raised", source="receiver")
    acked = Alert(**{**alert.__dict__, "state": AlertState.ACKNOWLEDGED, "acknowledged_by": "J. Smith"})
    record_alert_change(db, acked, "acknowledged", "J. Smith", source="receiver")
    rectified = Alert(**{**acked.__dict__, "state": AlertState.RECTIFIED_UNACKNOWLEDGED})
    record_alert_change(db, rectified, "rectified", source="receiver")
    window = AlertHistoryWindow(db)
    qtbot.addWidget(window)
    window.refresh()
    table = window.table
    by = {table.item(r, 1).text(): table.item(r, table.columnCount() - 1).text() for r in range(table.rowCount())}
    assert by["acknowledged"] == "J. Smith"
    assert by["rectified"] == "automatic (area monitor)" and by["raised"] == "automatic (area monitor)"
    db.conn.close()
