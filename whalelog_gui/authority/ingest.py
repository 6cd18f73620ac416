"""`whalelog authority ingest`: verify each bundle and place it in its vessel's chain in the ledger.

One JSON line per bundle (keys in README and BUNDLE_FORMAT.md): status is
  new        the next bundle of its vessel's chain (or the first one seen)
  duplicate  the same bundle (same SHA-256) again: nothing changes (idempotent)
  gap        accepted, but bundles between the last one seen and this one are missing ("missing" lists them)
  fork       a different bundle under a sequence already seen, or one that does not link to its neighbour
  key change signed by another key than the vessel's last bundle: accepted only when the previous bundle announced
             this key (rotation) or this bundle declares the old key lost (replacement); otherwise refused
  invalid    the bundle does not verify ("reason" says why)
"consistent" is false for fork, a refused key change and invalid; the command exits 1 when any line says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from whalelog_gui.authority.ledger import Incident, Ledger, LedgerEntry, utc_now
from whalelog_gui.export.bundle_continuity import announced_rotation, replaced_key
from whalelog_gui.export.verify import BundleInvalid, VerifiedBundle, verify_bundle


@dataclass
class IngestResult:
    file: str
    status: str
    consistent: bool
    vessel: str | None = None
    sequence: int | None = None
    sha256: str | None = None
    fingerprint: str | None = None
    missing: list[int] | None = None
    reason: str | None = None

    def to_json(self) -> dict:
        return {
            "file": self.file,
            "status": self.status,
            "consistent": self.consistent,
            "vessel": self.vessel,
            "sequence": self.sequence,
            "sha256": self.sha256,
            "fingerprint": self.fingerprint,
            "missing": self.missing or [],
            "reason": self.reason,
        }


def _entry(bundle: VerifiedBundle, file: str) -> LedgerEntry:
    m = bundle.manifest
    return LedgerEntry(
        vessel=m["vessel"]["name"],
        sequence=m["sequence"],
        sha256=bundle.sha256,
        fingerprint=m["public_key"]["fingerprint"],
        previous_sha256=m["previous_bundle_sha256"],
        next_key=announced_rotation(m),
        replaced_key=replaced_key(m),
        file=file,
        ingested_at=utc_now(),
    )


def _key_change(entry: LedgerEntry, prev: LedgerEntry | None) -> tuple[bool, str] | None:
    """None when the signer is the vessel's key; else (accepted, reason)."""
    if prev is None or entry.fingerprint == prev.fingerprint:
        return None
    if prev.next_key is not None and prev.next_key == entry.fingerprint:
        return True, f"key rotated: announced in bundle {prev.sequence}, signed by the previous key"
    if entry.replaced_key is not None and entry.replaced_key in (prev.fingerprint, prev.next_key):
        return True, f"key replaced: declared in this bundle (the key of bundle {prev.sequence} is lost)"
    return False, (
        f"signed by {entry.fingerprint}, but bundle {prev.sequence} of this vessel was signed by "
        f"{prev.fingerprint} and no rotation or replacement declaration links them"
    )


def ingest_one(ledger: Ledger, file: str) -> IngestResult:
    try:
        bundle = verify_bundle(file)
    except Exception as exc:  # noqa: BLE001 - BundleInvalid, or a hostile input nobody foresaw: still invalid
        reason = (
            " ".join(str(exc).split())
            if isinstance(exc, BundleInvalid)
            else f"cannot be verified: {type(exc).__name__}: {exc}"
        )
        ledger.add_incident(Incident("invalid", reason, None, None, None, None, file, utc_now()))
        return IngestResult(file, "invalid", False, reason=reason)
    entry = _entry(bundle, file)
    result = IngestResult(file, "new", True, entry.vessel, entry.sequence, entry.sha256, entry.fingerprint)
    if ledger.by_hash(entry.sha256) is not None:
        result.status = "duplicate"
        return result
    reason = _fork(ledger, entry)
    if reason is None:
        prev = ledger.before(entry.vessel, entry.sequence)
        change = _key_change(entry, prev)
        if change is not None:
            accepted, reason = change
            result.status = "key change"
            if not accepted:
                result.consistent, result.reason = False, reason
                ledger.add_incident(
                    Incident(
                        "key change",
                        reason,
                        entry.vessel,
                        entry.sequence,
                        entry.sha256,
                        entry.fingerprint,
                        file,
                        utc_now(),
                    )
                )
                return result
            result.reason = reason
        first = 1 if prev is None else prev.sequence + 1
        if entry.sequence > first:
            result.missing = list(range(first, entry.sequence))
            if result.status == "new":
                result.status = "gap"
        ledger.add(entry)
        return result
    result.status, result.consistent, result.reason = "fork", False, reason
    ledger.add_incident(
        Incident("fork", reason, entry.vessel, entry.sequence, entry.sha256, entry.fingerprint, file, utc_now())
    )
    return result


def _fork(ledger: Ledger, entry: LedgerEntry) -> str | None:
    """Why this bundle cannot be part of the vessel's chain as the ledger knows it, or None."""
    seen = ledger.at(entry.vessel, entry.sequence)
    if seen is not None:
        return (
            f"sequence {entry.sequence} of {entry.vessel!r} was already received as a different bundle "
            f"({seen.sha256}, {seen.file})"
        )
    prev = ledger.at(entry.vessel, entry.sequence - 1)
    if prev is not None and entry.previous_sha256 != prev.sha256:
        return f"previous_bundle_sha256 is not the hash of bundle {prev.sequence} received ({prev.sha256})"
    nxt = ledger.at(entry.vessel, entry.sequence + 1)
    if nxt is not None and nxt.previous_sha256 != entry.sha256:
        return f"bundle {nxt.sequence} received earlier does not follow this one (its previous hash differs)"
    return None


def ingest(ledger: Ledger, files: list[str]) -> list[IngestResult]:
    return [ingest_one(ledger, f) for f in files]
