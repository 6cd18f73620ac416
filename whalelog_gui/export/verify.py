"""Check a bundle without trusting the vessel's computer: the tool an authority runs.

Order: canonical zip structure -> manifest schema -> signature (embedded key, and the pinned key when given) ->
timestamps -> exactly the listed files with their hashes -> every record file parses and matches the counts, and
each CSV says field by field what its JSON says -> the chain to the previous bundle when given. The first failure
is the reason. Without a pinned key a consistent bundle is valid but carries a warning (anyone can re-sign).
"""

from __future__ import annotations

import base64
import binascii
import csv
import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from whalelog_gui.export import keys
from whalelog_gui.export.bundle_zip import DEFLATED, STORED, Member, ZipFormatError, dos_time, read_bundle_zip
from whalelog_gui.export.csv_export import check_csv_matches_records, parse_family_csv
from whalelog_gui.export.gpx import parse_gpx_points
from whalelog_gui.export.manifest import MANIFEST_NAME, SIGNATURE_NAME, ManifestError, validate_manifest
from whalelog_gui.export.record_files import RecordFileError, kind_counts, parse_family_json


class BundleInvalid(ValueError):
    """The bundle must not be accepted; the message is the reason."""


@dataclass
class VerifiedBundle:
    path: Path
    sha256: str
    manifest: dict
    records: dict[str, list[dict]] = field(default_factory=dict)  # family -> parsed records
    track: list[tuple[float, float, str]] = field(default_factory=list)
    alerts: list[dict] = field(default_factory=list)
    pinned: bool = False
    previous: "VerifiedBundle | None" = None
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        m = self.manifest
        return {
            "valid": True, "file": str(self.path), "sha256": self.sha256, "vessel": m["vessel"]["name"],
            "logbooks": m["vessel"]["logbooks"], "sequence": m["sequence"], "created_at": m["created_at"],
            "mode": m["mode"], "period": m["period"], "record_counts": m["record_counts"],
            "track_points": m["track_points"], "alerts": m["alerts"], "files": len(m["files"]) + 2,
            "sources": m.get("sources", "not stated (bundle made before source tracking)"),
            "fingerprint": m["public_key"]["fingerprint"], "pinned_key": self.pinned, "warnings": list(self.warnings),
            "previous": None if self.previous is None else {
                "file": str(self.previous.path), "sequence": self.previous.manifest["sequence"],
                "sha256": self.previous.sha256, "chain": "ok"},
        }


def _signature(members: dict[str, Member]) -> bytes:
    text = members[SIGNATURE_NAME].content
    try:
        sig = base64.b64decode(text.rstrip(b"\n"), validate=True)
    except (ValueError, binascii.Error) as exc:
        raise BundleInvalid("manifest.sig: not base64") from exc
    if len(sig) != 64 or text != base64.b64encode(sig) + b"\n":
        raise BundleInvalid("manifest.sig: not a single Ed25519 signature")
    return sig


def _check_contents(zipped: dict[str, Member], m: dict, bundle: VerifiedBundle) -> None:
    members = {name: z.content for name, z in zipped.items()}
    listed = set(m["files"]) | {MANIFEST_NAME, SIGNATURE_NAME}
    missing, extra = sorted(listed - set(members)), sorted(set(members) - listed)
    if missing:
        raise BundleInvalid(f"missing file(s) listed in the manifest: {', '.join(missing)}")
    if extra:
        raise BundleInvalid(f"file(s) not listed in the manifest: {', '.join(extra)}")
    for name, expected in m["files"].items():
        data = members[name]
        if len(data) != expected["size"] or hashlib.sha256(data).hexdigest() != expected["sha256"]:
            raise BundleInvalid(f"{name}: SHA-256 does not match the manifest (file altered)")
        if zipped[name].method != DEFLATED or hashlib.sha256(zipped[name].stored).hexdigest() != expected["deflated_sha256"]:
            raise BundleInvalid(f"{name}: stored (deflated) bytes do not match the manifest (file altered)")
    families = {n[len("records/") : -len(".json")] for n in m["files"] if n.startswith("records/")}
    if families != set(m["record_counts"]):
        raise BundleInvalid("record files do not match the manifest's record_counts")
    for family in sorted(families):
        try:
            doc = parse_family_json(members[f"records/{family}.json"], family)
        except RecordFileError as exc:
            raise BundleInvalid(f"records/{family}.json: {exc}") from exc
        if kind_counts(doc["records"]) != m["record_counts"][family]:
            raise BundleInvalid(f"records/{family}.json: record counts differ from the manifest")
        try:
            rows = parse_family_csv(members[f"csv/{family}.csv"])
        except (ValueError, UnicodeDecodeError, csv.Error) as exc:
            raise BundleInvalid(f"csv/{family}.csv: {exc}") from exc
        if [r["id"] for r in rows] != [r["id"] for r in doc["records"]]:
            raise BundleInvalid(f"csv/{family}.csv: rows differ from records/{family}.json")
        mismatch = check_csv_matches_records(rows, doc["records"])
        if mismatch:  # a buggy exporter, signed and hashed all the same: the spreadsheet copy must say the same
            raise BundleInvalid(f"csv/{family}.csv differs from records/{family}.json: {mismatch}")
        bundle.records[family] = doc["records"]
    if "track.gpx" in members:
        try:
            bundle.track = parse_gpx_points(members["track.gpx"])
        except ValueError as exc:
            raise BundleInvalid(f"track.gpx: {exc}") from exc
    if len(bundle.track) != m["track_points"]:
        raise BundleInvalid("track.gpx: number of track points differs from the manifest")
    if "alerts.json" in members:
        try:
            doc = json.loads(members["alerts.json"].decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BundleInvalid(f"alerts.json: {exc}") from exc
        if not isinstance(doc, dict) or set(doc) != {"alerts"} or not isinstance(doc["alerts"], list):
            raise BundleInvalid("alerts.json: expected {\"alerts\": [...]}")
        bundle.alerts = doc["alerts"]
    if len(bundle.alerts) != m["alerts"]:
        raise BundleInvalid("alerts.json: number of alerts differs from the manifest")
    for name in m["files"]:
        if name.startswith("pdf/") and not (members[name].startswith(b"%PDF-") and b"%%EOF" in members[name][-1024:]):
            raise BundleInvalid(f"{name}: not a complete PDF file")


def verify_bundle(path: str | Path, *, pubkey: str | Path | None = None,
                  previous: str | Path | None = None) -> VerifiedBundle:
    """The verified, parsed bundle, or BundleInvalid with the reason."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BundleInvalid(f"{path}: {exc.strerror or exc}") from exc
    try:
        members, stamp = read_bundle_zip(data)
    except ZipFormatError as exc:
        raise BundleInvalid(str(exc)) from exc
    for required in (MANIFEST_NAME, SIGNATURE_NAME):
        if required not in members:
            raise BundleInvalid(f"missing file: {required}")
        if members[required].method != STORED:
            raise BundleInvalid(f"zip: {required} must be stored uncompressed")
    try:
        manifest = json.loads(members[MANIFEST_NAME].content.decode("utf-8"))
        validate_manifest(manifest)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleInvalid(f"manifest.json: not valid JSON ({exc})") from exc
    except ManifestError as exc:
        raise BundleInvalid(f"manifest.json schema: {exc}") from exc
    raw_pub = base64.b64decode(manifest["public_key"]["raw_base64"])
    embedded = keys.public_key_from_raw(raw_pub)
    if keys.fingerprint(raw_pub) != manifest["public_key"]["fingerprint"]:
        raise BundleInvalid("manifest.json: the fingerprint does not belong to the embedded public key")
    if not keys.verify_signature(embedded, _signature(members), members[MANIFEST_NAME].content):
        raise BundleInvalid("signature: manifest.sig does not match manifest.json (manifest altered or re-signed)")
    bundle = VerifiedBundle(path=path, sha256=hashlib.sha256(data).hexdigest(), manifest=manifest)
    if pubkey is not None:
        try:
            pinned = keys.load_public_key_file(pubkey)
        except keys.KeyFileError as exc:
            raise BundleInvalid(f"--pubkey: {exc}") from exc
        if keys.fingerprint(pinned) != manifest["public_key"]["fingerprint"]:
            raise BundleInvalid(
                f"wrong key: bundle signed by {manifest['public_key']['fingerprint']}, "
                f"pinned key is {keys.fingerprint(pinned)}")
        bundle.pinned = True
    else:  # internally consistent is not authentic: anyone can re-sign a tampered bundle with a key of their own
        signer = manifest["public_key"]["fingerprint"]
        bundle.warnings.append(f"signer's key not checked against a pinned key: compare fingerprint {signer} "
                               "with the vessel's published one, or verify with --pubkey")
    created = datetime.fromisoformat(manifest["created_at"].replace("Z", "+00:00"))
    if stamp != dos_time(created):
        raise BundleInvalid("zip: member timestamps differ from the manifest's creation time")
    if list(members)[:2] != [MANIFEST_NAME, SIGNATURE_NAME]:
        raise BundleInvalid("zip: manifest.json and manifest.sig must come first")
    _check_contents(members, manifest, bundle)
    if previous is not None:
        bundle.previous = _check_chain(bundle, previous, pubkey)
    return bundle


def _check_chain(bundle: VerifiedBundle, previous: str | Path, pubkey) -> VerifiedBundle:
    try:
        prev = verify_bundle(previous, pubkey=pubkey)
    except BundleInvalid as exc:
        raise BundleInvalid(f"previous bundle: {exc}") from exc
    m, p = bundle.manifest, prev.manifest
    if m["vessel"]["name"] != p["vessel"]["name"]:
        raise BundleInvalid(f"broken chain: previous bundle is from {p['vessel']['name']!r}")
    if m["public_key"] != p["public_key"]:
        raise BundleInvalid("broken chain: previous bundle was signed with a different key")
    if m["sequence"] != p["sequence"] + 1:
        raise BundleInvalid(f"broken chain: sequence {m['sequence']} does not follow {p['sequence']}")
    if m["previous_bundle_sha256"] != prev.sha256:
        raise BundleInvalid("broken chain: previous_bundle_sha256 is not the hash of the previous bundle")
    return prev
