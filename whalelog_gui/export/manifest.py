"""manifest.json: what a bundle claims to be, checked strictly (exact keys and types) before anything is trusted.

The manifest carries the SHA-256 of every other file (of its content, and of its deflated bytes as stored in the
zip, so not even an ignored padding bit can change unnoticed) and is itself signed (manifest.sig, Ed25519, base64), so one
signature covers the whole bundle. previous_bundle_sha256 chains bundles: a missing one is detectable.
"""

from __future__ import annotations

import base64
import re
from datetime import datetime

from whalelog_gui.export.chain_segment import SEGMENT_NAME, ChainError, validate_section
from whalelog_gui.export.record_files import FAMILY_NAME, RECORD_KINDS

FORMAT = "whalelog-bundle"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_FINGERPRINT = re.compile(r"^([0-9a-f]{4} ){15}[0-9a-f]{4}$")
_FILE = re.compile(
    r"^(records/[a-z][a-z0-9_]*\.json|csv/[a-z][a-z0-9_]*\.csv|track\.gpx|alerts\.json|chain\.json|pdf/[a-z0-9-]+\.pdf"
    r"|reports/(weekly-26a|season)\.(json|csv))$"
)  # reports/: the notification reports (issue 13), optional
# Bundles made before the audit chain (issue 11) have no "chain": they still verify, with a warning.
# "custody" is present only when the bundle carries custody declarations (key rotation, replacement, continuation).
_OPTIONAL_KEYS = {"chain", "custody"}

_TOP_KEYS = {
    "format",
    "format_version",
    "app_version",
    "created_at",
    "vessel",
    "sequence",
    "previous_bundle_sha256",
    "mode",
    "period",
    "record_counts",
    "track_points",
    "alerts",
    "public_key",
    "files",
}


_CUSTODY_KINDS = ("key_rotation", "key_replacement", "chain_continuation")
_CUSTODY_KEYS = {
    "id",
    "kind",
    "reason",
    "declared_at",
    "declared_by",
    "old_fingerprint",
    "new_public_key",
    "continues_after",
}
# Bundles made before source tracking (issue 11) lack "sources" (what the positions came from).
_OPTIONAL_KEYS = _OPTIONAL_KEYS | {"sources"}
SOURCE_NAMES = {"receiver", "replay", "simulator", "unknown (before source tracking)"}
LOGBOOK_KINDS = {"real", "demo", "replay"}


class ManifestError(ValueError):
    pass


def _keys(obj, keys: set[str], where: str) -> None:
    if not isinstance(obj, dict):
        raise ManifestError(f"{where}: expected an object")
    if set(obj) != keys:
        missing, extra = sorted(keys - set(obj)), sorted(set(obj) - keys)
        raise ManifestError(
            f"{where}: "
            + "; ".join(
                p for p in (f"missing {missing}" if missing else "", f"unexpected {extra}" if extra else "") if p
            )
        )


def _utc(value, where: str, nullable: bool = False) -> None:
    if value is None and nullable:
        return
    if not isinstance(value, str):
        raise ManifestError(f"{where}: expected a UTC time string")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ManifestError(f"{where}: not an ISO 8601 time: {value!r}") from exc
    if parsed.utcoffset() is None or parsed.utcoffset().total_seconds() != 0:
        raise ManifestError(f"{where}: time must be UTC: {value!r}")


def _count(value, where: str) -> None:
    if type(value) is not int or value < 0:
        raise ManifestError(f"{where}: expected a non-negative integer")


def _sources(sources, track_points: int, alerts: int) -> None:
    """sources: the logbook's kind and, per source, how many track points and alert changes the bundle holds."""
    _keys(sources, {"logbook", "track", "alerts"}, "sources")
    if sources["logbook"] not in LOGBOOK_KINDS:
        raise ManifestError(f"sources.logbook: expected one of {sorted(LOGBOOK_KINDS)}")
    for part, total in (("track", track_points), ("alerts", alerts)):
        counts = sources[part]
        if not isinstance(counts, dict) or not set(counts) <= SOURCE_NAMES:
            raise ManifestError(f"sources.{part}: expected counts per source {sorted(SOURCE_NAMES)}")
        for name, n in counts.items():
            _count(n, f"sources.{part}.{name}")
        if sum(counts.values()) != total:
            raise ManifestError(f"sources.{part}: the counts per source do not add up to {total}")
    playback = any(counts.get(s) for counts in (sources["track"], sources["alerts"]) for s in ("replay", "simulator"))
    if playback and sources["logbook"] == "real":
        raise ManifestError("sources: simulated or replayed positions in a real logbook")


def validate_manifest(m) -> None:
    """Raise ManifestError naming the first thing wrong; return None for a well-formed manifest."""
    _keys(m, _TOP_KEYS | (_OPTIONAL_KEYS & set(m) if isinstance(m, dict) else set()), "manifest")
    if m["format"] != FORMAT or m["format_version"] != FORMAT_VERSION:
        raise ManifestError(f"manifest: not a {FORMAT} version {FORMAT_VERSION} manifest")
    if not isinstance(m["app_version"], str) or not m["app_version"]:
        raise ManifestError("app_version: expected a version string")
    _utc(m["created_at"], "created_at")
    _keys(m["vessel"], {"name", "logbooks"}, "vessel")
    if not isinstance(m["vessel"]["name"], str) or not m["vessel"]["name"].strip():
        raise ManifestError("vessel.name: expected the catcher's name")
    if not isinstance(m["vessel"]["logbooks"], list):
        raise ManifestError("vessel.logbooks: expected a list")
    for n, lb in enumerate(m["vessel"]["logbooks"]):
        _keys(lb, {"id", "season"}, f"vessel.logbooks[{n}]")
        if not all(isinstance(lb[k], str) for k in lb):
            raise ManifestError(f"vessel.logbooks[{n}]: id and season must be strings")
    if type(m["sequence"]) is not int or m["sequence"] < 1:
        raise ManifestError("sequence: expected an integer from 1")
    prev = m["previous_bundle_sha256"]
    if m["sequence"] == 1 and prev is not None:
        raise ManifestError("previous_bundle_sha256: the first bundle has no previous bundle")
    if m["sequence"] > 1 and not (isinstance(prev, str) and _HEX64.match(prev)):
        raise ManifestError("previous_bundle_sha256: expected the SHA-256 (hex) of the previous bundle")
    if m["mode"] not in ("incremental", "all"):
        raise ManifestError("mode: expected 'incremental' or 'all'")
    _keys(m["period"], {"from", "to"}, "period")
    _utc(m["period"]["from"], "period.from", nullable=True)
    _utc(m["period"]["to"], "period.to", nullable=True)
    if not isinstance(m["record_counts"], dict):
        raise ManifestError("record_counts: expected an object")
    for family, counts in m["record_counts"].items():
        if not FAMILY_NAME.match(family):
            raise ManifestError(f"record_counts: bad family name {family!r}")
        _keys(counts, set(RECORD_KINDS), f"record_counts.{family}")
        for kind, n in counts.items():
            _count(n, f"record_counts.{family}.{kind}")
    _count(m["track_points"], "track_points")
    _count(m["alerts"], "alerts")
    if "sources" in m:
        _sources(m["sources"], m["track_points"], m["alerts"])
    _keys(m["public_key"], {"algorithm", "raw_base64", "fingerprint"}, "public_key")
    if m["public_key"]["algorithm"] != "Ed25519":
        raise ManifestError("public_key.algorithm: only Ed25519 is used")
    try:
        raw = base64.b64decode(m["public_key"]["raw_base64"], validate=True)
    except (ValueError, TypeError) as exc:
        raise ManifestError("public_key.raw_base64: not base64") from exc
    if len(raw) != 32:
        raise ManifestError("public_key.raw_base64: an Ed25519 key is 32 bytes")
    if not isinstance(m["public_key"]["fingerprint"], str) or not _FINGERPRINT.match(m["public_key"]["fingerprint"]):
        raise ManifestError("public_key.fingerprint: expected 16 groups of 4 hex digits")
    if not isinstance(m["files"], dict) or not m["files"]:
        raise ManifestError("files: expected an object naming every other file")
    for name, entry in m["files"].items():
        if not _FILE.match(name):
            raise ManifestError(f"files: unexpected file name {name!r}")
        _keys(entry, {"sha256", "size", "deflated_sha256"}, f"files[{name}]")
        for key in ("sha256", "deflated_sha256"):
            if not isinstance(entry[key], str) or not _HEX64.match(entry[key]):
                raise ManifestError(f"files[{name}].{key}: expected 64 lowercase hex digits")
        _count(entry["size"], f"files[{name}].size")
    if "chain" in m:
        try:
            validate_section(m["chain"])
        except ChainError as exc:
            raise ManifestError(str(exc)) from exc
        if SEGMENT_NAME not in m["files"]:
            raise ManifestError(f"files: {SEGMENT_NAME} must be listed when the manifest has a chain")
    elif SEGMENT_NAME in m["files"]:
        raise ManifestError(f"files: {SEGMENT_NAME} listed but the manifest has no chain")
    for family in m["record_counts"]:
        for path in (f"records/{family}.json", f"csv/{family}.csv"):
            if path not in m["files"]:
                raise ManifestError(f"files: {path} is counted in record_counts but not listed")
    if "custody" in m:
        _validate_custody(m)


def _public_key(value, where: str) -> None:
    _keys(value, {"algorithm", "raw_base64", "fingerprint"}, where)
    if value["algorithm"] != "Ed25519":
        raise ManifestError(f"{where}.algorithm: only Ed25519 is used")
    try:
        raw = base64.b64decode(value["raw_base64"], validate=True)
    except (ValueError, TypeError) as exc:
        raise ManifestError(f"{where}.raw_base64: not base64") from exc
    if len(raw) != 32:
        raise ManifestError(f"{where}.raw_base64: an Ed25519 key is 32 bytes")
    if not isinstance(value["fingerprint"], str) or not _FINGERPRINT.match(value["fingerprint"]):
        raise ManifestError(f"{where}.fingerprint: expected 16 groups of 4 hex digits")


def _validate_custody(m: dict) -> None:
    """Each declaration's fields by kind; who may sign it is checked by verify (export/verify.py)."""
    if not isinstance(m["custody"], list) or not m["custody"]:
        raise ManifestError("custody: expected a non-empty list of declarations")
    for n, d in enumerate(m["custody"]):
        where = f"custody[{n}]"
        _keys(d, _CUSTODY_KEYS, where)
        if d["kind"] not in _CUSTODY_KINDS:
            raise ManifestError(f"{where}.kind: expected one of {', '.join(_CUSTODY_KINDS)}")
        for key in ("id", "reason", "declared_by"):
            if not isinstance(d[key], str) or not d[key].strip():
                raise ManifestError(f"{where}.{key}: expected text")
        _utc(d["declared_at"], f"{where}.declared_at")
        if d["kind"] == "chain_continuation":
            _keys(d["continues_after"], {"sequence", "sha256"}, f"{where}.continues_after")
            if (
                type(d["continues_after"]["sequence"]) is not int
                or d["continues_after"]["sequence"] < 1
                or not isinstance(d["continues_after"]["sha256"], str)
                or not _HEX64.match(d["continues_after"]["sha256"])
            ):
                raise ManifestError(f"{where}.continues_after: expected a sequence and a SHA-256")
            if d["old_fingerprint"] is not None or d["new_public_key"] is not None:
                raise ManifestError(f"{where}: a chain continuation names no key")
        else:
            if not isinstance(d["old_fingerprint"], str) or not _FINGERPRINT.match(d["old_fingerprint"]):
                raise ManifestError(f"{where}.old_fingerprint: expected 16 groups of 4 hex digits")
            _public_key(d["new_public_key"], f"{where}.new_public_key")
            if d["continues_after"] is not None:
                raise ManifestError(f"{where}.continues_after: only a chain continuation continues a chain")
