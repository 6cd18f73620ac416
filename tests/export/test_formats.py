"""The bundle's file formats on their own: GPX 1.1, CSV for spreadsheets, record JSON, the manifest schema."""

import copy
from datetime import datetime, timezone
from xml.etree import ElementTree

import pytest

from whalelog_gui.export.csv_export import family_csv, parse_family_csv
from whalelog_gui.export.gpx import GPX_NS, parse_gpx_points, track_gpx
from whalelog_gui.export.manifest import ManifestError, validate_manifest
from whalelog_gui.export.record_files import RecordFileError, family_json, parse_family_json
from whalelog_gui.export.season import RecordEntry
from whalelog_gui.nav.track_point import TrackPoint
from whalelog_gui.export.selection import Selected

T0 = int(datetime(2026, 5, 1, 23, 59, 30, tzinfo=timezone.utc).timestamp())


def test_gpx_is_1_1_with_utc_times_and_a_new_segment_after_a_gap():
    points = [
        TrackPoint(T0, 63.5, -25.25, 10.2, 271.0),
        TrackPoint(T0 + 60, 63.51, -25.3, alert=True),
        TrackPoint(T0 + 60 + 3600, 63.6, -25.4),
    ]
    data = track_gpx(points, "Hvalur 9 & co", "WhaleLog test")
    root = ElementTree.fromstring(data)
    assert root.get("version") == "1.1" and root.tag == f"{{{GPX_NS}}}gpx"
    segments = root.findall(f".//{{{GPX_NS}}}trkseg")
    assert [len(s) for s in segments] == [2, 1]
    assert parse_gpx_points(data) == [
        (63.5, -25.25, "2026-05-01T23:59:30Z"),
        (63.51, -25.3, "2026-05-02T00:00:30Z"),
        (63.6, -25.4, "2026-05-02T01:00:30Z"),
    ]
    assert b"<wl:sog_kn>10.2</wl:sog_kn><wl:cog_deg>271.0</wl:cog_deg>" in data and b"<wl:alert>1</wl:alert>" in data
    assert b"Hvalur 9 &amp; co" in data
    with pytest.raises(ValueError):
        parse_gpx_points(b"<gpx version='1.0'/>")


def _sel(data, kind="new", corrects=None, family="events"):
    return Selected(RecordEntry(family, data["id"], data), kind, corrects)


def test_csv_cells_cannot_become_spreadsheet_formulas_but_numbers_stay_numbers():
    rows = parse_family_csv(
        family_csv(
            [
                _sel({"id": "a", "note": '=HYPERLINK("x")', "lat": -45.5, "t": "-3"}),
                _sel({"id": "b", "note": "plain, with comma", "other": None}),
            ]
        )
    )
    assert rows[0]["note"] == '\'=HYPERLINK("x")' and rows[0]["lat"] == "-45.5" and rows[0]["t"] == "-3"
    assert rows[1] == {
        "id": "b",
        "kind": "new",
        "corrects": "",
        "note": "plain, with comma",
        "lat": "",
        "t": "",
        "other": "",
    }


def test_record_json_round_trips_and_is_strict():
    items = [_sel({"id": "e1", "at": "2026-05-01T05:00:00+00:00", "note": "ø"}), _sel({"id": "e2"}, "correction", "e2")]
    doc = parse_family_json(family_json("events", items), "events")
    assert [(r["id"], r["kind"], r["corrects"], r["data"]) for r in doc["records"]] == [
        ("e1", "new", None, items[0].entry.data),
        ("e2", "correction", "e2", {"id": "e2"}),
    ]
    with pytest.raises(RecordFileError, match="family is"):
        parse_family_json(family_json("events", items), "weather")
    with pytest.raises(RecordFileError, match="must name the record it corrects"):
        parse_family_json(family_json("events", [_sel({"id": "x"}, "correction", None)]), "events")
    with pytest.raises(RecordFileError, match="duplicate id"):
        parse_family_json(family_json("events", items + items[:1]), "events")


GOOD = {
    "format": "whalelog-bundle",
    "format_version": 1,
    "app_version": "0.1.0",
    "created_at": "2026-05-03T20:00:00Z",
    "vessel": {"name": "Hvalur 9", "logbooks": [{"id": "lb", "season": "2026"}]},
    "sequence": 2,
    "previous_bundle_sha256": "a" * 64,
    "mode": "incremental",
    "period": {"from": "2026-05-01T00:00:00Z", "to": None},
    "record_counts": {"events": {"new": 1, "correction": 0, "deletion": 0, "repeat": 0}},
    "track_points": 0,
    "alerts": 0,
    "public_key": {"algorithm": "Ed25519", "raw_base64": "A" * 43 + "=", "fingerprint": " ".join(["abcd"] * 16)},
    "files": {
        name: {"sha256": "b" * 64, "size": 1, "deflated_sha256": "c" * 64}
        for name in ("records/events.json", "csv/events.csv", "track.gpx", "alerts.json")
    },
}


@pytest.mark.parametrize(
    "path, value, reason",
    [
        (("sequence",), 0, "sequence"),
        (("previous_bundle_sha256",), None, "previous_bundle_sha256"),
        (("created_at",), "2026-05-03T20:00:00+02:00", "UTC"),
        (("vessel", "name"), " ", "vessel.name"),
        (("mode",), "some", "mode"),
        (("public_key", "raw_base64"), "AAAA", "32 bytes"),
        (("files", "track.gpx", "sha256"), "B" * 64, "lowercase hex"),
        (("record_counts", "events", "new"), -1, "non-negative"),
        (("track_points",), True, "non-negative"),
    ],
)
def test_manifest_schema_names_what_is_wrong(path, value, reason):
    validate_manifest(GOOD)
    bad = copy.deepcopy(GOOD)
    target = bad
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ManifestError, match=reason):
        validate_manifest(bad)


def test_manifest_refuses_unknown_file_names_and_unlisted_record_files():
    bad = copy.deepcopy(GOOD)
    bad["files"]["../evil.json"] = bad["files"].pop("alerts.json")
    with pytest.raises(ManifestError, match="unexpected file name"):
        validate_manifest(bad)
    bad = copy.deepcopy(GOOD)
    del bad["files"]["csv/events.csv"]
    with pytest.raises(ManifestError, match="csv/events.csv"):
        validate_manifest(bad)
