"""What goes in the next bundle: new records, corrections referencing the original id, deletions, --all."""

from datetime import datetime, timedelta, timezone

import pytest

from whalelog_gui.alerts.model import Alert, AlertCategory, AlertState
from whalelog_gui.export.bundle import NothingToSend, export_bundle
from whalelog_gui.export.season import read_season
from whalelog_gui.export.selection import select_records
from whalelog_gui.export.status import transmission_status
from whalelog_gui.export.verify import verify_bundle
from whalelog_gui.store import sheet_entries, transmission
from whalelog_gui.store.alert_log import record_alert_change


def _open_sheet_event(db):
    return db.conn.execute(
        "SELECT e.id FROM events e JOIN sheets s ON s.id = e.sheet_id WHERE s.signed_at IS NULL "
        "AND e.kind = 'search-started' ORDER BY e.at LIMIT 1"
    ).fetchone()[0]


def _kinds(bundle, family):
    return {r["id"]: (r["kind"], r["corrects"]) for r in bundle.records.get(family, [])}


def test_second_export_has_nothing_to_send(season_db, signing_key, out_dir):
    export_bundle(season_db, out_dir, signing_key)
    with pytest.raises(NothingToSend, match="nothing to send"):
        export_bundle(season_db, out_dir, signing_key)
    assert transmission_status(season_db).nothing_to_send


def test_changed_record_is_sent_again_as_a_correction_of_itself(season_db, signing_key, out_dir):
    first = verify_bundle(export_bundle(season_db, out_dir, signing_key).path)
    event_id = _open_sheet_event(season_db)
    assert _kinds(first, "events")[event_id] == ("new", None)
    sheet_entries.update_event(season_db, event_id, {"note": "resumed after fog"}, "Ann", "forgot the note")
    second = verify_bundle(export_bundle(season_db, out_dir, signing_key).path)
    assert _kinds(second, "events") == {event_id: ("correction", event_id)}
    assert set(second.records) == {"events"}
    assert second.records["events"][0]["audit"][-1]["reason"] == "forgot the note"
    assert second.manifest["track_points"] == 0  # track already sent


def test_deleted_record_is_sent_as_a_deletion_with_its_audit(season_db, signing_key, out_dir):
    export_bundle(season_db, out_dir, signing_key)
    obs_id = season_db.conn.execute(
        "SELECT w.id FROM weather w JOIN sheets s ON s.id = w.sheet_id WHERE s.signed_at IS NULL LIMIT 1"
    ).fetchone()[0]
    sheet_entries.delete_weather(season_db, obs_id, "Ann", "entered on the wrong day")
    bundle = verify_bundle(export_bundle(season_db, out_dir, signing_key).path)
    (record,) = bundle.records["weather"]
    assert (record["id"], record["kind"], record["corrects"], record["data"]) == (obs_id, "deletion", obs_id, {})
    assert record["audit"][-1]["action"] == "delete"
    with pytest.raises(NothingToSend):
        export_bundle(season_db, out_dir, signing_key)


def test_all_repeats_sent_records_and_marks_them(season_db, signing_key, out_dir):
    first = verify_bundle(export_bundle(season_db, out_dir, signing_key).path)
    event_id = _open_sheet_event(season_db)
    sheet_entries.update_event(season_db, event_id, {"note": "x"}, "Ann", "note")
    again = verify_bundle(export_bundle(season_db, out_dir, signing_key, all_records=True).path)
    assert again.manifest["mode"] == "all"
    kinds = _kinds(again, "events")
    assert kinds.pop(event_id) == ("correction", event_id)
    assert set(kinds.values()) == {("repeat", None)} and set(kinds) | {event_id} == set(_kinds(first, "events"))
    assert again.manifest["track_points"] == first.manifest["track_points"]
    with pytest.raises(NothingToSend):
        export_bundle(season_db, out_dir, signing_key)


def test_new_track_points_and_alerts_go_in_the_next_bundle(season_db, signing_key, out_dir):
    export_bundle(season_db, out_dir, signing_key)
    last_t = season_db.conn.execute("SELECT MAX(t) FROM track").fetchone()[0]
    season_db.conn.execute(
        "INSERT INTO track (t, lat, lon, source) VALUES (?, 63.5, -25.0, 'simulator')", (last_t + 60,)
    )
    now = datetime(2026, 5, 4, 7, tzinfo=timezone.utc)
    alert = Alert(
        "a1",
        "inside:x",
        AlertCategory.ALARM,
        AlertState.ACTIVE_UNACKNOWLEDGED,
        "Inside test area",
        "7(a)",
        "x",
        now,
        now,
    )
    record_alert_change(season_db, alert, "raised", source="simulator")
    # the Transmission view counts them (the track counted in SQL, not read) as the bundle then sends them
    status = transmission_status(season_db)
    assert (status.unsent_track_points, status.unsent_alerts) == (1, 1) and not status.nothing_to_send
    bundle = verify_bundle(export_bundle(season_db, out_dir, signing_key).path)
    assert bundle.manifest["track_points"] == 1 and bundle.track[0][:2] == (63.5, -25.0)
    assert [a["alert_id"] for a in bundle.alerts] == ["a1"]
    assert bundle.records == {}
    new_point = datetime.fromtimestamp(last_t + 60, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert bundle.manifest["period"] == {"from": new_point, "to": "2026-05-04T07:00:00Z"}


def test_status_counts_unsent_sent_and_acknowledged(season_db, signing_key, out_dir):
    before = transmission_status(season_db)
    events = season_db["events"].count
    assert before.families["events"].unsent == events and before.unsent_track_points > 0
    result = export_bundle(season_db, out_dir, signing_key)
    after = transmission_status(season_db)
    assert (after.families["events"].unsent, after.families["events"].sent) == (0, events)
    transmission.acknowledge(season_db, 1, result.sha256, "Hvalur 9", "2026-06-01T00:00:00Z", {}, "now")
    sheet_entries.update_event(season_db, _open_sheet_event(season_db), {"note": "y"}, "Ann", "note")
    acked = transmission_status(season_db)
    assert (acked.families["events"].unsent, acked.families["events"].acknowledged) == (1, events - 1)
    assert acked.states[("events", _open_sheet_event(season_db))] == "unsent"
    assert list(acked.states.values()).count("acknowledged") == sum(f.acknowledged for f in acked.families.values())
    assert [b.seq for b in acked.bundles] == [1] and acked.bundles[0].acknowledged


def test_the_status_is_the_same_from_a_season_read_with_or_without_its_track(season_db, signing_key, out_dir):
    full, no_track = read_season(season_db), read_season(season_db, with_track=False)
    assert full.track and not no_track.track and full.families.keys() == no_track.families.keys()
    assert vars(transmission_status(season_db, full)) == vars(transmission_status(season_db, no_track))
    assert transmission_status(season_db).unsent_track_points == len(full.track) > 0


def test_a_season_read_without_its_track_cannot_select_a_bundle(season_db):
    """Loud, not a bundle that silently lacks the track."""
    with pytest.raises(ValueError, match="without its track"):
        select_records(read_season(season_db, with_track=False), {}, all_records=True)
    assert len(select_records(read_season(season_db), {}, all_records=True).track) > 0


def test_marks_record_the_sent_version(season_db, signing_key, out_dir):
    result = export_bundle(season_db, out_dir, signing_key)
    rows = transmission.bundle_records(season_db, result.sequence)
    assert len(rows) == sum(sum(c.values()) for c in result.record_counts.values())
    assert {kind for _, _, kind in rows} == {"new"}


def test_export_refuses_a_logbook_without_title_page(db_path, signing_key, out_dir):
    from whalelog_gui.export.bundle import ExportError
    from whalelog_gui.store.db import open_db

    with pytest.raises(ExportError, match="title page"):
        export_bundle(open_db(db_path), out_dir, signing_key, now=datetime.now(timezone.utc) - timedelta(days=1))
