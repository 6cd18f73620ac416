"""The pending transmission row (migration m0004): one at a time, its sequence number reserved, settled atomically."""

import pytest

from whalelog_gui.store import transmission
from whalelog_gui.store.db import open_db, user_version


def _sent(seq, sha):
    return transmission.Transmission(
        seq=seq,
        file_name=f"V_{seq:06d}.zip",
        sha256=sha,
        size=10,
        created_at="2026-06-01T12:00:00Z",
        mode="incremental",
        vessel="V",
        period_from=None,
        period_to=None,
        records=1,
        track_points=0,
        alerts=0,
        track_until_t=None,
        alerts_until_seq=None,
        fingerprint="f",
    )


def _pending(seq, sha):
    return transmission.PendingTransmission(
        _sent(seq, sha),
        [("events", "e1", "new", None, "c" * 64)],
        f"/o/V_{seq:06d}.zip",
        f"/o/.V_{seq:06d}.zip.partial",
        "2026-06-01T12:00:00Z",
    )


@pytest.fixture
def db(tmp_path):
    db = open_db(tmp_path / "l.sqlite")
    assert user_version(db) >= 4
    return db


def test_pending_round_trips_and_finalises_in_one_step(db):
    transmission.begin_pending(db, _pending(1, "a" * 64))
    assert transmission.pending_transmission(db) == _pending(1, "a" * 64)
    assert transmission.transmissions(db) == [] and transmission.sent_records(db) == {}
    done = transmission.finalise_pending(db, 1)
    assert done.sha256 == "a" * 64 and transmission.pending_transmission(db) is None
    assert set(transmission.sent_records(db)) == {("events", "e1")}


def test_only_one_pending_and_only_the_next_sequence(db):
    with pytest.raises(transmission.TransmissionError, match="not the next one"):
        transmission.begin_pending(db, _pending(2, "a" * 64))
    transmission.begin_pending(db, _pending(1, "a" * 64))
    with pytest.raises(transmission.TransmissionError, match="another bundle is pending"):
        transmission.begin_pending(db, _pending(1, "b" * 64))


def test_a_pending_sequence_cannot_be_given_to_another_bundle(db):
    transmission.begin_pending(db, _pending(1, "a" * 64))
    with pytest.raises(transmission.TransmissionError, match="taken by a pending bundle"):
        transmission.record_sent(db, _sent(1, "b" * 64), [])
    assert transmission.transmissions(db) == []


def test_discard_frees_the_sequence(db):
    transmission.begin_pending(db, _pending(1, "a" * 64))
    transmission.discard_pending(db, 1)
    assert transmission.pending_transmission(db) is None
    transmission.begin_pending(db, _pending(1, "b" * 64))
    assert transmission.finalise_pending(db, 1).sha256 == "b" * 64
    with pytest.raises(transmission.TransmissionError, match="not pending"):
        transmission.finalise_pending(db, 1)
