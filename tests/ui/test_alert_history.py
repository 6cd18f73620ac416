from datetime import datetime, timedelta, timezone

from alert_samples import sanctuary_alarm
from whalelog_gui.alerts.model import AlertState
from whalelog_gui.store.alert_log import record_alert_change
from whalelog_gui.store.db import open_db
from whalelog_gui.ui.alert_history import COLUMNS, AlertHistoryWindow

T0 = datetime(2024, 1, 5, 3, 0, tzinfo=timezone.utc)


def test_history_window_lists_stored_changes_newest_first(qtbot, tmp_path, palette):
    db = open_db(tmp_path / "log.sqlite")
    alert = sanctuary_alarm(T0, -40.01, 160.0)
    record_alert_change(db, alert, "raised", source="receiver")
    acked = sanctuary_alarm(
        T0,
        -40.02,
        160.0,
        state=AlertState.ACKNOWLEDGED,
        changed_at=T0 + timedelta(seconds=20),
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
