"""Issue 15 item 9: the alert history named the watch officer as having done an automatic "rectified"."""

from dataclasses import replace
from datetime import datetime, timezone

from alert_samples import sanctuary_alarm
from whalelog_gui.alerts.model import AlertState
from whalelog_gui.store.alert_log import record_alert_change
from whalelog_gui.store.db import open_db
from whalelog_gui.ui.alert_history import AlertHistoryWindow

T0 = datetime(2026, 5, 2, 9, 30, tzinfo=timezone.utc)


def test_only_the_acknowledgement_is_by_the_officer(qtbot, tmp_path):
    db = open_db(tmp_path / "log.sqlite")
    alert = sanctuary_alarm(T0, -61.5, 171.0)
    record_alert_change(db, alert, "raised", source="receiver")
    acked = replace(alert, state=AlertState.ACKNOWLEDGED, acknowledged_by="J. Smith")
    record_alert_change(db, acked, "acknowledged", "J. Smith", source="receiver")
    rectified = replace(acked, state=AlertState.RECTIFIED_UNACKNOWLEDGED)
    record_alert_change(db, rectified, "rectified", source="receiver")
    window = AlertHistoryWindow(db)
    qtbot.addWidget(window)
    window.refresh()
    table = window.table
    by = {table.item(r, 1).text(): table.item(r, table.columnCount() - 1).text() for r in range(table.rowCount())}
    assert by["acknowledged"] == "J. Smith"
    assert by["rectified"] == "automatic (area monitor)" and by["raised"] == "automatic (area monitor)"
    db.conn.close()
