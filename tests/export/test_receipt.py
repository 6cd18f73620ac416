"""An authority's receipt marks exactly the bundle it names acknowledged, and nothing else."""

import json
from datetime import datetime, timedelta, timezone

import pytest

from whalelog_gui.export.bundle import export_bundle
from whalelog_gui.export.receipt import ReceiptError, import_receipt, receipt_for, sign_receipt
from whalelog_gui.export.status import transmission_status
from whalelog_gui.store import transmission

# after the bundle is made (now) and within a day of this computer's clock: a receipt that can be true
RECEIVED = (datetime.now(timezone.utc) + timedelta(hours=2)).replace(microsecond=0)
RECEIVED_TEXT = RECEIVED.strftime("%Y-%m-%dT%H:%M:%SZ")


def _write(path, doc, key=None):
    """The receipt as the authority sends it: signed with its key (unsigned when key is None)."""
    if key is not None:
        doc = sign_receipt(doc, key)
    path.write_text(json.dumps(doc))
    return path


def test_receipt_marks_the_bundle_acknowledged(season_db, signing_key, out_dir, tmp_path, trusted_authority):
    result = export_bundle(season_db, out_dir, signing_key)
    receipt = receipt_for(result.sha256, result.sequence, "Hvalur 9", RECEIVED)
    sent = import_receipt(season_db, _write(tmp_path / "r.json", receipt.to_json(), trusted_authority))
    assert sent.acknowledged_at == RECEIVED_TEXT
    status = transmission_status(season_db)
    assert status.families["events"].acknowledged == season_db["events"].count
    assert status.families["events"].sent == 0
    # importing the same receipt again changes nothing
    assert import_receipt(season_db, tmp_path / "r.json").acknowledged_at == RECEIVED_TEXT


@pytest.mark.parametrize(
    "change, reason",
    [
        ({"bundle_sha256": "0" * 64}, "does not match the bundle sent"),
        ({"bundle_sequence": 9}, "never sent"),
        ({"vessel": "Other"}, "receipt is for vessel"),
        ({"received_at": "yesterday"}, "received_at"),
        ({"received_at": RECEIVED_TEXT[:-1]}, "time zone"),
        ({"bundle_sequence": "1"}, "positive integer"),
    ],
)
def test_receipts_that_do_not_fit_are_refused(
    season_db, signing_key, out_dir, tmp_path, trusted_authority, change, reason
):
    result = export_bundle(season_db, out_dir, signing_key)
    doc = dict(receipt_for(result.sha256, result.sequence, "Hvalur 9", RECEIVED).to_json(), **change)
    with pytest.raises(ReceiptError, match=reason):
        import_receipt(season_db, _write(tmp_path / "r.json", doc, trusted_authority))
    assert not transmission.get_transmission(season_db, 1).acknowledged


def test_receipt_that_is_not_json(season_db, tmp_path):
    (tmp_path / "r.json").write_bytes(b"\xff\x00")
    with pytest.raises(ReceiptError, match="not valid JSON"):
        import_receipt(season_db, tmp_path / "r.json")


def _receipt_at(result, moment):
    return receipt_for(result.sha256, result.sequence, "Hvalur 9", moment).to_json()


def test_receipt_from_before_the_bundle_was_made_is_refused(
    season_db, signing_key, out_dir, tmp_path, trusted_authority
):
    made = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)
    result = export_bundle(season_db, out_dir, signing_key, now=made)
    path = _write(tmp_path / "r.json", _receipt_at(result, made - timedelta(seconds=1)), trusted_authority)
    with pytest.raises(
        ReceiptError,
        match="received_at 2026-06-01T11:59:59Z is before bundle 1 was created "
        r"\(2026-06-01T12:00:00Z\)",
    ):
        import_receipt(season_db, path, now=made + timedelta(days=3))
    assert not transmission.get_transmission(season_db, 1).acknowledged
    # received the very second it was made: possible, accepted
    _write(path, _receipt_at(result, made), trusted_authority)
    assert import_receipt(season_db, path, now=made + timedelta(days=3)).acknowledged_at == "2026-06-01T12:00:00Z"


@pytest.mark.parametrize(
    "ahead, accepted", [(timedelta(hours=23, minutes=59), True), (timedelta(days=1, seconds=1), False)]
)
def test_receipt_from_the_future_is_refused_beyond_a_day(
    season_db, signing_key, out_dir, tmp_path, trusted_authority, ahead, accepted
):
    made = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)
    clock = made + timedelta(hours=5)
    result = export_bundle(season_db, out_dir, signing_key, now=made)
    path = _write(tmp_path / "r.json", _receipt_at(result, clock + ahead), trusted_authority)
    if accepted:
        assert import_receipt(season_db, path, now=clock).acknowledged
    else:
        with pytest.raises(ReceiptError, match="more than a day after this computer's clock"):
            import_receipt(season_db, path, now=clock)
        assert not transmission.get_transmission(season_db, 1).acknowledged


# --- signed receipts (issue 11): only a trusted authority's signature acknowledges anything ---------------------


def test_unsigned_receipt_is_refused(season_db, signing_key, out_dir, tmp_path, trusted_authority):
    result = export_bundle(season_db, out_dir, signing_key)
    doc = receipt_for(result.sha256, result.sequence, "Hvalur 9", RECEIVED).to_json()
    with pytest.raises(ReceiptError, match="not signed"):
        import_receipt(season_db, _write(tmp_path / "r.json", doc))
    assert not transmission.get_transmission(season_db, 1).acknowledged


def test_receipt_signed_by_an_untrusted_key_is_refused(season_db, signing_key, out_dir, tmp_path, trusted_authority):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    result = export_bundle(season_db, out_dir, signing_key)
    doc = receipt_for(result.sha256, result.sequence, "Hvalur 9", RECEIVED).to_json()
    forger = Ed25519PrivateKey.generate()
    with pytest.raises(ReceiptError, match="unknown authority key"):
        import_receipt(season_db, _write(tmp_path / "r.json", doc, forger))
    assert not transmission.get_transmission(season_db, 1).acknowledged


def test_receipt_altered_after_signing_is_refused(season_db, signing_key, out_dir, tmp_path, trusted_authority):
    result = export_bundle(season_db, out_dir, signing_key)
    doc = sign_receipt(receipt_for(result.sha256, result.sequence, "Hvalur 9", RECEIVED), trusted_authority)
    doc["received_at"] = (RECEIVED + timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with pytest.raises(ReceiptError, match="signature does not verify"):
        import_receipt(season_db, _write(tmp_path / "r.json", doc))
    assert not transmission.get_transmission(season_db, 1).acknowledged


def test_no_receipt_is_accepted_before_any_authority_is_trusted(
    season_db, signing_key, out_dir, tmp_path, authority_key
):
    result = export_bundle(season_db, out_dir, signing_key)
    doc = receipt_for(result.sha256, result.sequence, "Hvalur 9", RECEIVED).to_json()
    with pytest.raises(ReceiptError, match="unknown authority key"):
        import_receipt(season_db, _write(tmp_path / "r.json", doc, authority_key))


@pytest.mark.parametrize(
    "data, reason",
    [
        (b'{"bundle_sequence": ' + b"9" * 5000 + b"}", "5000 digits"),
        (b"[" * 50000, "nested too deeply"),
        (b"{not json", "not valid JSON"),
        (b"[]", "expected an object"),
        (b" " * 70000, "far more than a receipt"),
    ],
)
def test_hostile_receipt_files_are_refused_with_a_reason(season_db, tmp_path, data, reason):
    (tmp_path / "r.json").write_bytes(data)
    with pytest.raises(ReceiptError, match=reason):
        import_receipt(season_db, tmp_path / "r.json")
