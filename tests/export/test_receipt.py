"""An authority's receipt marks exactly the bundle it names acknowledged, and nothing else."""

import json
from datetime import datetime, timezone

import pytest

from whalelog_gui.export.bundle import export_bundle
from whalelog_gui.export.receipt import ReceiptError, import_receipt, receipt_for
from whalelog_gui.export.status import transmission_status
from whalelog_gui.store import transmission

RECEIVED = datetime(2026, 6, 2, 9, 30, tzinfo=timezone.utc)


def _write(path, doc):
    path.write_text(json.dumps(doc))
    return path


def test_receipt_marks_the_bundle_acknowledged(season_db, signing_key, out_dir, tmp_path):
    result = export_bundle(season_db, out_dir, signing_key)
    receipt = receipt_for(result.sha256, result.sequence, "Hvalur 9", RECEIVED)
    sent = import_receipt(season_db, _write(tmp_path / "r.json", receipt.to_json()))
    assert sent.acknowledged_at == "2026-06-02T09:30:00Z"
    status = transmission_status(season_db)
    assert status.families["events"].acknowledged == season_db["events"].count
    assert status.families["events"].sent == 0
    # importing the same receipt again changes nothing
    assert import_receipt(season_db, tmp_path / "r.json").acknowledged_at == "2026-06-02T09:30:00Z"


@pytest.mark.parametrize("change, reason", [
    ({"bundle_sha256": "0" * 64}, "does not match the bundle sent"),
    ({"bundle_sequence": 9}, "never sent"),
    ({"vessel": "Other"}, "receipt is for vessel"),
    ({"received_at": "yesterday"}, "received_at"),
    ({"received_at": "2026-06-02T09:30:00"}, "time zone"),
    ({"bundle_sequence": "1"}, "positive integer"),
])
def test_receipts_that_do_not_fit_are_refused(season_db, signing_key, out_dir, tmp_path, change, reason):
    result = export_bundle(season_db, out_dir, signing_key)
    doc = dict(receipt_for(result.sha256, result.sequence, "Hvalur 9", RECEIVED).to_json(), **change)
    with pytest.raises(ReceiptError, match=reason):
        import_receipt(season_db, _write(tmp_path / "r.json", doc))
    assert not transmission.get_transmission(season_db, 1).acknowledged


def test_receipt_that_is_not_json(season_db, tmp_path):
    (tmp_path / "r.json").write_bytes(b"\xff\x00")
    with pytest.raises(ReceiptError, match="not valid JSON"):
        import_receipt(season_db, tmp_path / "r.json")
