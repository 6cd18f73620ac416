"""Hostile bundles built the way an attacker would: zip bytes written by hand, manifest signed with the attacker's
own key (verify without --pubkey trusts the embedded key), members that inflate to gigabytes from a few MB.

Shared by tests/export/test_verify_hardening.py and tests/benchmarks/test_bench_verify.py.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import zlib
from datetime import datetime, timezone

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from whalelog_gui.export import keys
from whalelog_gui.export.bundle_zip import dos_time

_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
_END = struct.Struct("<4sHHHHIIH")
MOMENT = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)
CHUNK = 1 << 20


class Raw:
    """One member: stored bytes, claimed sizes and CRC, and the attributes an attacker may set."""

    def __init__(self, name, stored, usize, crc, method=8, attr=0o100644 << 16):
        self.name, self.stored, self.usize, self.crc, self.method, self.attr = name, stored, usize, crc, method, attr


def stored(name: str, data: bytes) -> Raw:
    return Raw(name, data, len(data), zlib.crc32(data), method=0)


def deflated(name: str, data: bytes) -> Raw:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Raw(name, packer.compress(data) + packer.flush(), len(data), zlib.crc32(data))


def zeros_bomb(name: str, size: int, *, honest: bool = True) -> tuple[Raw, str]:
    """A member inflating to size zero bytes, size a multiple of 1 MiB: one deflate block for 1 MiB of zeros, cut
    free of its predecessors (full flush), repeated: ~1:1000. Returns it and the content SHA-256; honest=False
    skips hashing (CRC 0, SHA-256 of nothing): for bundles refused before their members are inflated."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(CHUNK)
    piece = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    count = size // CHUNK
    body = piece * count + zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # a final empty block ends the stream
    crc, digest = 0, hashlib.sha256()
    if honest:
        for _ in range(count):
            crc = zlib.crc32(block, crc)
            digest.update(block)
    return Raw(name, body, count * CHUNK, crc), digest.hexdigest()


def write_zip(path, members: list[Raw], moment: datetime = MOMENT) -> None:
    mtime, mdate = dos_time(moment)
    central, offset = [], 0
    with open(path, "wb") as fh:
        for m in members:
            name = m.name.encode()
            header = _LOCAL.pack(
                b"PK\x03\x04", 20, 0, m.method, mtime, mdate, m.crc, len(m.stored), m.usize, len(name), 0
            )
            fh.write(header + name + m.stored)
            central.append(
                _CENTRAL.pack(
                    b"PK\x01\x02",
                    (3 << 8) | 20,
                    20,
                    0,
                    m.method,
                    mtime,
                    mdate,
                    m.crc,
                    len(m.stored),
                    m.usize,
                    len(name),
                    0,
                    0,
                    0,
                    0,
                    m.attr,
                    offset,
                )
                + name
            )
            offset += len(header) + len(name) + len(m.stored)
        directory = b"".join(central)
        fh.write(directory)
        fh.write(_END.pack(b"PK\x05\x06", 0, 0, len(members), len(members), len(directory), offset, 0))


def signed_bundle(
    path,
    members: list[Raw],
    contents_sha: dict[str, str],
    *,
    key=None,
    sizes=None,
    moment: datetime = MOMENT,
    forge: bool = False,
    manifest_extra: dict | None = None,
) -> None:
    """A bundle whose manifest lists members (with the given content hashes), signed by key (a fresh one if
    None): everything an attacker can make consistent is consistent, so only the verifier's bounds stop it."""
    key = key or Ed25519PrivateKey.generate()
    raw = keys.raw_public_bytes(key.public_key())
    files = {
        m.name: {
            "sha256": contents_sha[m.name],
            "size": (sizes or {}).get(m.name, m.usize),
            "deflated_sha256": hashlib.sha256(m.stored).hexdigest(),
        }
        for m in members
    }
    manifest = {
        "format": "whalelog-bundle",
        "format_version": 1,
        "app_version": "0.0-attacker",
        "created_at": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "vessel": {"name": "Hvalur 9", "logbooks": []},
        "sequence": 1,
        "previous_bundle_sha256": None,
        "mode": "incremental",
        "period": {"from": None, "to": None},
        "record_counts": {"events": {"new": 0, "correction": 0, "deletion": 0, "repeat": 0}}
        if "records/events.json" in files
        else {},
        "track_points": 0,
        "alerts": 0,
        "public_key": {
            "algorithm": "Ed25519",
            "raw_base64": base64.b64encode(raw).decode(),
            "fingerprint": keys.fingerprint(raw),
        },
        "files": files,
    }
    if "records/events.json" in files and "csv/events.csv" not in files:
        manifest["record_counts"] = {}
    manifest.update(manifest_extra or {})
    manifest_bytes = (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode()
    signature = base64.b64encode(key.sign(manifest_bytes)) + b"\n"
    if forge:  # changed after signing: the signature no longer covers it
        manifest_bytes = manifest_bytes.replace(b"Hvalur 9", b"Hvalur 8")
    write_zip(path, [stored("manifest.json", manifest_bytes), stored("manifest.sig", signature), *members], moment)


def gpx_bomb_bundle(path, size: int, *, lie_about_size: bool = False, honest: bool = True, forge: bool = False) -> None:
    """track.gpx inflating to size bytes of zeros, signed; with lie_about_size the manifest claims 1,000 bytes;
    forge: the manifest changed after signing."""
    bomb, sha = zeros_bomb("track.gpx", size, honest=honest)
    signed_bundle(path, [bomb], {"track.gpx": sha}, sizes={"track.gpx": 1000} if lie_about_size else None, forge=forge)


def records_bomb_bundle(path, size: int) -> None:
    """records/events.json inflating to size bytes (within its signed size), signed by the attacker's key."""
    bomb, sha = zeros_bomb("records/events.json", size)
    csv = deflated("csv/events.csv", b"id,kind,corrects\n")
    signed_bundle(
        path,
        [bomb, csv],
        {"records/events.json": sha, "csv/events.csv": hashlib.sha256(b"id,kind,corrects\n").hexdigest()},
    )
