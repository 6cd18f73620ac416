"""An authority's receipt: {"bundle_sequence", "bundle_sha256", "vessel", "received_at"} for one bundle it
received intact, signed with the authority's Ed25519 key ("authority_key", "signature"; BUNDLE_FORMAT.md).
Importing it marks that bundle's records acknowledged (after Alaska eLandings' receipts and the EU ERS
acknowledgement message), and only when the signing key is one this logbook trusts (`whalelog authority trust`,
or Settings): an unsigned receipt, an unknown key, a bad signature or a hash we never sent acknowledges nothing.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import sqlite_utils

from whalelog_gui.export import keys, strict_json
from whalelog_gui.store import custody, transmission
from whalelog_gui.utc import parse_utc, utc_text

RECEIPT_KEYS = {"bundle_sequence", "bundle_sha256", "vessel", "received_at"}
SIGNED_KEYS = RECEIPT_KEYS | {"authority_key", "signature"}
MAX_RECEIPT_BYTES = 64 * 1024
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
        return {
            "bundle_sequence": self.bundle_sequence,
            "bundle_sha256": self.bundle_sha256,
            "vessel": self.vessel,
            "received_at": self.received_at,
        }


def canonical_bytes(doc: dict) -> bytes:
    """What the authority signs: every key but "signature", sorted, compact, UTF-8."""
    body = {k: v for k, v in doc.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sign_receipt(receipt: Receipt | dict, authority_key) -> dict:
    """The signed receipt document an authority sends back (authority/receipts.py)."""
    raw = keys.raw_public_bytes(authority_key.public_key())
    fields = receipt.to_json() if isinstance(receipt, Receipt) else receipt
    doc = dict(
        fields,
        authority_key={
            "algorithm": "Ed25519",
            "raw_base64": base64.b64encode(raw).decode(),
            "fingerprint": keys.fingerprint(raw),
        },
    )
    doc["signature"] = base64.b64encode(authority_key.sign(canonical_bytes(doc))).decode()
    return doc


def _load(data: bytes) -> dict:
    if len(data) > MAX_RECEIPT_BYTES:
        raise ReceiptError(f"receipt is {len(data)} bytes, far more than a receipt ({MAX_RECEIPT_BYTES})")
    try:
        doc = strict_json.loads(data)
    except ValueError as exc:
        raise ReceiptError(f"receipt is not valid JSON: {exc}") from exc
    if not isinstance(doc, dict):
        raise ReceiptError("receipt is not valid JSON: expected an object")
    return doc


def check_signature(doc: dict, trusted: list[custody.TrustedAuthority]) -> custody.TrustedAuthority:
    """The trusted authority whose key signed doc; ReceiptError naming what is wrong otherwise."""
    if "signature" not in doc or "authority_key" not in doc:
        raise ReceiptError("receipt is not signed: only receipts signed by a trusted authority key are accepted")
    if set(doc) != SIGNED_KEYS:
        raise ReceiptError(f"receipt must hold exactly {', '.join(sorted(SIGNED_KEYS))}")
    key = doc["authority_key"]
    if (
        not isinstance(key, dict)
        or set(key) != {"algorithm", "raw_base64", "fingerprint"}
        or key["algorithm"] != "Ed25519"
        or not isinstance(key["raw_base64"], str)
    ):
        raise ReceiptError("receipt: authority_key must be an Ed25519 public key")
    try:
        raw = base64.b64decode(key["raw_base64"], validate=True)
        public = keys.public_key_from_raw(raw)
        signature = base64.b64decode(str(doc["signature"]), validate=True)
    except (ValueError, binascii.Error, keys.KeyFileError) as exc:
        raise ReceiptError(f"receipt: authority key or signature is not valid base64 Ed25519 ({exc})") from exc
    fingerprint = keys.fingerprint(raw)
    authority = next((a for a in trusted if a.fingerprint == fingerprint), None)
    if authority is None:
        raise ReceiptError(
            f"receipt signed by an unknown authority key {fingerprint}: if it is genuine, trust it "
            "first (whalelog authority trust, or Settings → Authorities)"
        )
    if len(signature) != 64 or not keys.verify_signature(public, signature, canonical_bytes(doc)):
        raise ReceiptError(f"receipt signature does not verify against {authority.name}'s key (altered or forged)")
    return authority


def parse_receipt(data: bytes | dict) -> Receipt:
    doc = _load(data) if isinstance(data, (bytes, bytearray)) else data
    if not RECEIPT_KEYS <= set(doc):
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
        raise ReceiptError(
            f"receipt: received_at {receipt.received_at} is before bundle "
            f"{receipt.bundle_sequence} was created ({bundle_created_at})"
        )
    if received > now + CLOCK_TOLERANCE:
        raise ReceiptError(
            f"receipt: received_at {receipt.received_at} is more than a day after this computer's "
            f"clock ({utc_text(now)}); check the receipt or the clock"
        )


def import_receipt(
    db: sqlite_utils.Database, path: str | Path, *, now: datetime | None = None
) -> transmission.Transmission:
    """Mark the named bundle acknowledged; ReceiptError with the reason when the receipt does not fit."""
    try:
        with open(path, "rb") as fh:  # bounded: a receipt is a few hundred bytes, never a whole disk
            data = fh.read(MAX_RECEIPT_BYTES + 1)
    except OSError as exc:
        raise ReceiptError(f"{path}: {exc.strerror or exc}") from exc
    doc = _load(data)
    check_signature(doc, custody.trusted_authorities(db))  # nothing in it is believed before this
    receipt = parse_receipt(doc)
    moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    sent = transmission.get_transmission(db, receipt.bundle_sequence)
    if sent is not None and sent.sha256 == receipt.bundle_sha256:  # other mismatches: acknowledge() names them
        check_received_at(receipt, sent.created_at, moment)
    now = utc_text(moment)
    try:
        return transmission.acknowledge(
            db,
            receipt.bundle_sequence,
            receipt.bundle_sha256,
            receipt.vessel,
            receipt.received_at,
            receipt.to_json(),
            now,
        )
    except transmission.TransmissionError as exc:
        raise ReceiptError(str(exc)) from exc


def receipt_for(bundle_sha256: str, sequence: int, vessel: str, received_at: datetime) -> Receipt:
    """What an authority's system writes back (used by tests and by the authority side of verify)."""
    return Receipt(sequence, bundle_sha256, vessel, utc_text(received_at))
