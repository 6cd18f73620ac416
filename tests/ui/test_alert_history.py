from datetime import datetime, timedelta, timezone

from whalelog_gui.alerts.model import Alert, AlertCategory, AlertState
from whalelog_gui.store.alert_log import record_alert_change
from whalelog_gui.store.db import open_db
from whalelog_gui.ui.alert_history import COLUMNS, AlertHistoryWindow

T0 = datetime(2024, 1, 5, 3, 0, tzinfo=timezone.utc)


def test_history_window_lists_stored_changes_newest_first(qtbot, tmp_path, palette):
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
        lat=-40.01,
        lon=160.0,
    )
    record_alert_change(db, alert, "raised", source="receiver")
    acked = Alert(
        "a1",
        "inside:sos",
        AlertCategory.ALARM,
        AlertState.ACKNOWLEDGED,
        "Inside Southern Ocean Sanctuary",
        "7(b)",
        "sos",
        T0,
        T0 + timedelta(seconds=20),
        lat=-40.02,
        lon=160.0,
        acknowledged_by="J. Smith",
    )
    record_alert_change(db, acked, "acknowledged", who="J. Smith", source="receiver")
    window = AlertHistoryWindow(db)
    qtbot.addWidget(window)
    window.refresh()
    table = window.table
    assert table.rowCount() == 2
    row = {COLUMNS[c]: table.item(0, c).text() for c in range(len(COLUMNS))}
    assert row["Time (UTC)"] == "2024-01-05 03:00:20"
    assert row["Change"] == "acknowledged" and row["By"] == "J. Smith"
    assert row["Schedule para"] == "7(b)" and row["Area"] == "sos"
    assert row["Position"] == "40°01.200′S 160°00.000′E"
    assert table.item(1, 1).text() == "raised"
    assert window.summary_label.text() == "2 alert changes (all), newest first"
    db.conn.close()
