"""An authority's receipt: {"bundle_sequence", "bundle_sha256", "vessel", "received_at"} for one bundle it
received intact. Importing it marks that bundle's records acknowledged (after Alaska eLandings' receipts and the
EU ERS acknowledgement message). A receipt naming a hash we never sent is refused: it acknowledges nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import sqlite_utils

from whalelog_gui.store import transmission
from whalelog_gui.utc import parse_utc, utc_text

RECEIPT_KEYS = {"bundle_sequence", "bundle_sha256", "vessel", "received_at"}
_HEX64 = re.compile(r"^[0-9a-fA-F]{64}$")
# The vessel's clock and the authority's may disagree by hours (time zones set wrong, no NTP at sea), not by days.
CLOCK_TOLERANCE = timedelta(days=1)


class ReceiptError(ValueError):
    pass


@dataclass(frozen=True)
class Receipt:
    bundle_sequence: int
    bundle_sha256: str
    vessel: str
    received_at: str  # UTC ISO 8601

    def to_json(self) -> dict:
        return {"bundle_sequence": self.bundle_sequence, "bundle_sha256": self.bundle_sha256,
                "vessel": self.vessel, "received_at": self.received_at}


def parse_receipt(data: bytes) -> Receipt:
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReceiptError(f"receipt is not valid JSON: {exc}") from exc
    if not isinstance(doc, dict) or not RECEIPT_KEYS <= set(doc):
        raise ReceiptError(f"receipt must hold {', '.join(sorted(RECEIPT_KEYS))}")
    seq, sha, vessel, received = (doc[k] for k in ("bundle_sequence", "bundle_sha256", "vessel", "received_at"))
    if type(seq) is not int or seq < 1:
        raise ReceiptError("receipt: bundle_sequence must be a positive integer")
    if not isinstance(sha, str) or not _HEX64.match(sha):
        raise ReceiptError("receipt: bundle_sha256 must be 64 hex digits")
    if not isinstance(vessel, str) or not vessel.strip():
        raise ReceiptError("receipt: vessel must be the catcher's name")
    try:
        moment = datetime.fromisoformat(str(received))
    except ValueError as exc:
        raise ReceiptError(f"receipt: received_at is not an ISO 8601 time: {received!r}") from exc
    if moment.tzinfo is None:
        raise ReceiptError("receipt: received_at must carry its time zone (UTC)")
    received_utc = utc_text(moment)
    return Receipt(seq, sha.lower(), vessel, received_utc)


def check_received_at(receipt: Receipt, bundle_created_at: str, now: datetime) -> None:
    """A bundle cannot be received before it was made, nor (by more than the clock tolerance) after now."""
    received, created = parse_utc(receipt.received_at), parse_utc(bundle_created_at)
    if received < created:
        raise ReceiptError(f"receipt: received_at {receipt.received_at} is before bundle "
                           f"{receipt.bundle_sequence} was created ({bundle_created_at})")
    if received > now + CLOCK_TOLERANCE:
        raise ReceiptError(f"receipt: received_at {receipt.received_at} is more than a day after this computer's "
                           f"clock ({utc_text(now)}); check the receipt or the clock")


def import_receipt(db: sqlite_utils.Database, path: str | Path, *, now: datetime | None = None
                   ) -> transmission.Transmission:
    """Mark the named bundle acknowledged; ReceiptError with the reason when the receipt does not fit."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ReceiptError(f"{path}: {exc.strerror or exc}") from exc
    receipt = parse_receipt(data)
    moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    sent = transmission.get_transmission(db, receipt.bundle_sequence)
    if sent is not None and sent.sha256 == receipt.bundle_sha256:  # other mismatches: acknowledge() names them
        check_received_at(receipt, sent.created_at, moment)
    now = utc_text(moment)
    try:
        return transmission.acknowledge(db, receipt.bundle_sequence, receipt.bundle_sha256, receipt.vessel,
                                        receipt.received_at, receipt.to_json(), now)
    except transmission.TransmissionError as exc:
        raise ReceiptError(str(exc)) from exc


def receipt_for(bundle_sha256: str, sequence: int, vessel: str, received_at: datetime) -> Receipt:
    """What an authority's system writes back (used by tests and by the authority side of verify)."""
    return Receipt(sequence, bundle_sha256, vessel, utc_text(received_at))
