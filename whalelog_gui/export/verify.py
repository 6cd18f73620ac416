"""Check a bundle without trusting the vessel's computer: the tool an authority runs.

Order: a regular file -> canonical zip structure from the headers alone -> manifest schema -> signature (embedded
key, then the pinned key and custody declarations) -> timestamps -> exactly the listed files, each member's size as
the signed manifest says BEFORE it is inflated, hashes streamed -> every record file parses and matches the counts,
and each CSV says field by field what its JSON says -> the chain to the previous bundle when given. The first
failure is the reason. Nothing is inflated before the signature checks out, and nothing is inflated past the
size the signed manifest gives it, so a crafted bundle costs bounded memory (MAX_* below; benchmark in
tests/benchmarks/test_bench_verify.py). Without a pinned key a consistent bundle is valid but carries a warning.
"""

from __future__ import annotations

import base64
import binascii
import csv
import hashlib
import stat
from datetime import datetime
from pathlib import Path

from whalelog_gui.export import keys, strict_json
from whalelog_gui.export.report_files import CSV_OF
from whalelog_gui.export.bundle_zip import (
    DEFLATED,
    STORED,
    ZipEntry,
    ZipFormatError,
    dos_time,
    hash_member,
    iter_member,
    read_bundle_index,
    read_member,
)
from whalelog_gui.export.chain_segment import SEGMENT_NAME, ChainError, check_segment
from whalelog_gui.export.csv_export import check_csv_matches_records, parse_family_csv
from whalelog_gui.export.gpx import iter_gpx_points
from whalelog_gui.export.manifest import MANIFEST_NAME, SIGNATURE_NAME, ManifestError, validate_manifest
from whalelog_gui.export.record_files import RecordFileError, kind_counts, parse_family_json
from whalelog_gui.export.bundle_continuity import check_continues, check_custody, check_pinned_key
from whalelog_gui.export.verified_bundle import BundleInvalid, VerifiedBundle


# What this verifier reads into memory at most (a 400-day season: manifest 8 kB, largest record file 6.5 MB,
# 265,000 track points); a bundle beyond these is refused with the reason, never half-read.
MAX_MANIFEST_BYTES = 4 << 20
MAX_SIGNATURE_BYTES = 1024
MAX_PARSED_MEMBER_BYTES = 24 << 20  # one record JSON/CSV or alerts.json file
MAX_TRACK_POINTS = 1_000_000


def _signature(text: bytes) -> bytes:
    try:
        sig = base64.b64decode(text.rstrip(b"\n"), validate=True)
    except (ValueError, binascii.Error) as exc:
        raise BundleInvalid("manifest.sig: not base64") from exc
    if len(sig) != 64 or text != base64.b64encode(sig) + b"\n":
        raise BundleInvalid("manifest.sig: not a single Ed25519 signature")
    return sig


def _parsed(fh, entry: ZipEntry) -> bytes:
    try:
        return read_member(fh, entry, MAX_PARSED_MEMBER_BYTES)
    except ZipFormatError as exc:
        raise BundleInvalid(str(exc)) from exc


def _check_hashes(fh, entries: dict[str, ZipEntry], m: dict) -> None:
    listed = set(m["files"]) | {MANIFEST_NAME, SIGNATURE_NAME}
    missing, extra = sorted(listed - set(entries)), sorted(set(entries) - listed)
    if missing:
        raise BundleInvalid(f"missing file(s) listed in the manifest: {', '.join(missing)}")
    if extra:
        raise BundleInvalid(f"file(s) not listed in the manifest: {', '.join(extra)}")
    for name, expected in m["files"].items():  # sizes first: nothing is inflated past what was signed
        if entries[name].usize != expected["size"]:
            raise BundleInvalid(
                f"{name}: size {entries[name].usize} differs from the signed manifest's "
                f"{expected['size']} (file altered)"
            )
        if entries[name].method != DEFLATED:
            raise BundleInvalid(f"{name}: stored (deflated) bytes do not match the manifest (file altered)")
    for name, expected in m["files"].items():
        try:
            content_sha, stored_sha = hash_member(fh, entries[name])
        except ZipFormatError as exc:
            raise BundleInvalid(str(exc)) from exc
        if content_sha != expected["sha256"]:
            raise BundleInvalid(f"{name}: SHA-256 does not match the manifest (file altered)")
        if stored_sha != expected["deflated_sha256"]:
            raise BundleInvalid(f"{name}: stored (deflated) bytes do not match the manifest (file altered)")


def _check_contents(fh, entries: dict[str, ZipEntry], m: dict, bundle: VerifiedBundle) -> None:
    families = {n[len("records/") : -len(".json")] for n in m["files"] if n.startswith("records/")}
    if families != set(m["record_counts"]):
        raise BundleInvalid("record files do not match the manifest's record_counts")
    for family in sorted(families):
        try:
            doc = parse_family_json(_parsed(fh, entries[f"records/{family}.json"]), family)
        except RecordFileError as exc:
            raise BundleInvalid(f"records/{family}.json: {exc}") from exc
        if kind_counts(doc["records"]) != m["record_counts"][family]:
            raise BundleInvalid(f"records/{family}.json: record counts differ from the manifest")
        try:
            rows = parse_family_csv(_parsed(fh, entries[f"csv/{family}.csv"]))
        except (ValueError, UnicodeDecodeError, csv.Error) as exc:
            raise BundleInvalid(f"csv/{family}.csv: {exc}") from exc
        if [r["id"] for r in rows] != [r["id"] for r in doc["records"]]:
            raise BundleInvalid(f"csv/{family}.csv: rows differ from records/{family}.json")
        mismatch = check_csv_matches_records(rows, doc["records"])
        if mismatch:  # a buggy exporter, signed and hashed all the same: the spreadsheet copy must say the same
            raise BundleInvalid(f"csv/{family}.csv differs from records/{family}.json: {mismatch}")
        bundle.records[family] = doc["records"]
    if "track.gpx" in entries:
        try:
            bundle.track = iter_gpx_points(
                (piece for _, piece in iter_member(fh, entries["track.gpx"])),
                max_points=min(m["track_points"], MAX_TRACK_POINTS),
            )
        except ValueError as exc:  # ZipFormatError included
            raise BundleInvalid(f"track.gpx: {exc}") from exc
    if len(bundle.track) != m["track_points"]:
        raise BundleInvalid("track.gpx: number of track points differs from the manifest")
    if "alerts.json" in entries:
        try:
            doc = strict_json.loads(_parsed(fh, entries["alerts.json"]))
        except ValueError as exc:
            raise BundleInvalid(f"alerts.json: {exc}") from exc
        if not isinstance(doc, dict) or set(doc) != {"alerts"} or not isinstance(doc["alerts"], list):
            raise BundleInvalid('alerts.json: expected {"alerts": [...]}')
        bundle.alerts = doc["alerts"]
    if len(bundle.alerts) != m["alerts"]:
        raise BundleInvalid("alerts.json: number of alerts differs from the manifest")
    if "chain" in m:
        try:
            bundle.chain_entries = check_segment(m["chain"], _parsed(fh, entries[SEGMENT_NAME]))
        except ChainError as exc:
            raise BundleInvalid(str(exc)) from exc
        for d in m["chain"]["declarations"]:  # the master said the logbook was changed outside WhaleLog
            bundle.warnings.append(f"integrity break declared on the vessel by {d['by']} at {d['at']}: {d['reason']}")
    else:
        bundle.warnings.append(
            "no audit chain: a bundle from before WhaleLog chained its audit log, so a rewrite "
            "of the logbook between bundles cannot be detected"
        )
    for name in m["files"]:
        if name.startswith("pdf/") and not _complete_pdf(fh, entries[name]):
            raise BundleInvalid(f"{name}: not a complete PDF file")
    _check_reports(fh, entries, m)


def _check_reports(fh, entries: dict[str, ZipEntry], m: dict) -> None:
    """reports/<name>.json and .csv come in pairs (bundles before issue 13 have none); each CSV must say, byte for
    byte, what the exporter renders from its JSON, so the two can never tell an authority different things."""
    names = {n[len("reports/") :].rsplit(".", 1)[0] for n in m["files"] if n.startswith("reports/")}
    for name in sorted(names):
        json_name, csv_name = f"reports/{name}.json", f"reports/{name}.csv"
        if json_name not in m["files"] or csv_name not in m["files"]:
            raise BundleInvalid(f"reports/{name}: the JSON and the CSV come together; one of them is missing")
        try:
            document = strict_json.loads(_parsed(fh, entries[json_name]))
            expected = CSV_OF[name](document)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BundleInvalid(f"{json_name}: not the report WhaleLog writes ({exc})") from exc
        if _parsed(fh, entries[csv_name]) != expected:
            raise BundleInvalid(f"{csv_name} differs from {json_name}")


def _complete_pdf(fh, entry: ZipEntry) -> bool:
    head, tail = b"", b""
    for _, piece in iter_member(fh, entry):
        if len(head) < 5:
            head += piece[:5]
        tail = (tail + piece)[-1024:]
    return head.startswith(b"%PDF-") and b"%%EOF" in tail


def _read_signed_manifest(fh, entries: dict[str, ZipEntry]) -> tuple[dict, bytes]:
    for required, limit in ((MANIFEST_NAME, MAX_MANIFEST_BYTES), (SIGNATURE_NAME, MAX_SIGNATURE_BYTES)):
        if required not in entries:
            raise BundleInvalid(f"missing file: {required}")
        if entries[required].method != STORED:
            raise BundleInvalid(f"zip: {required} must be stored uncompressed")
        if entries[required].usize > limit:
            raise BundleInvalid(f"{required}: {entries[required].usize} bytes, more than a bundle's ({limit})")
    if list(entries)[:2] != [MANIFEST_NAME, SIGNATURE_NAME]:
        raise BundleInvalid("zip: manifest.json and manifest.sig must come first")
    manifest_bytes = read_member(fh, entries[MANIFEST_NAME], MAX_MANIFEST_BYTES)
    signature = _signature(read_member(fh, entries[SIGNATURE_NAME], MAX_SIGNATURE_BYTES))
    try:
        manifest = strict_json.loads(manifest_bytes)
    except ValueError as exc:
        raise BundleInvalid(f"manifest.json: not valid JSON ({exc})") from exc
    try:
        validate_manifest(manifest)
    except ManifestError as exc:
        raise BundleInvalid(f"manifest.json schema: {exc}") from exc
    raw_pub = base64.b64decode(manifest["public_key"]["raw_base64"])
    embedded = keys.public_key_from_raw(raw_pub)
    if keys.fingerprint(raw_pub) != manifest["public_key"]["fingerprint"]:
        raise BundleInvalid("manifest.json: the fingerprint does not belong to the embedded public key")
    if not keys.verify_signature(embedded, signature, manifest_bytes):
        raise BundleInvalid("signature: manifest.sig does not match manifest.json (manifest altered or re-signed)")
    return manifest, manifest_bytes


def _open_regular(path: Path):
    """The bundle file opened for reading; a directory, FIFO, device or socket is refused before it is opened."""
    try:
        info = path.stat()
    except OSError as exc:
        raise BundleInvalid(f"{path}: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise BundleInvalid(f"{path}: not a regular file")
    try:
        return open(path, "rb"), info.st_size
    except OSError as exc:
        raise BundleInvalid(f"{path}: {exc.strerror or exc}") from exc


def _sha256_file(fh) -> str:
    fh.seek(0)
    digest = hashlib.sha256()
    for block in iter(lambda: fh.read(1 << 20), b""):
        digest.update(block)
    return digest.hexdigest()


def verify_bundle(
    path: str | Path, *, pubkey: str | Path | None = None, previous: str | Path | None = None
) -> VerifiedBundle:
    """The verified, parsed bundle, or BundleInvalid with the reason (never another exception for bad input)."""
    path = Path(path)
    fh, size = _open_regular(path)
    with fh:
        try:
            return _verify_open(fh, size, path, pubkey, previous)
        except ZipFormatError as exc:
            raise BundleInvalid(str(exc)) from exc
        except (RecursionError, MemoryError) as exc:  # a hostile structure we did not foresee: still a reason
            raise BundleInvalid(f"{path}: cannot be read safely ({type(exc).__name__})") from exc
        except OSError as exc:
            raise BundleInvalid(f"{path}: {exc.strerror or exc}") from exc


def _verify_open(fh, size: int, path: Path, pubkey, previous) -> VerifiedBundle:
    entries, stamp = read_bundle_index(fh, size)
    manifest, _ = _read_signed_manifest(fh, entries)  # nothing else is inflated before this
    bundle = VerifiedBundle(path=path, sha256=_sha256_file(fh), manifest=manifest)
    previous_bundle = None
    if previous is not None:
        try:
            previous_bundle = verify_bundle(previous, pubkey=pubkey)
        except BundleInvalid as exc:
            raise BundleInvalid(f"previous bundle: {exc}") from exc
    check_custody(bundle, previous_bundle)
    if pubkey is not None:
        check_pinned_key(bundle, pubkey, previous_bundle)
    else:  # internally consistent is not authentic: anyone can re-sign a tampered bundle with a key of their own
        signer = manifest["public_key"]["fingerprint"]
        bundle.warnings.append(
            f"signer's key not checked against a pinned key: compare fingerprint {signer} "
            "with the vessel's published one, or verify with --pubkey"
        )
    created = datetime.fromisoformat(manifest["created_at"])
    if stamp != dos_time(created):
        raise BundleInvalid("zip: member timestamps differ from the manifest's creation time")
    _check_hashes(fh, entries, manifest)
    _check_contents(fh, entries, manifest, bundle)
    if previous_bundle is not None:
        bundle.previous = check_continues(bundle, previous_bundle)
    return bundle
