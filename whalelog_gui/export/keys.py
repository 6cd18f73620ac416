"""The installation's Ed25519 signing key: created once, kept beside the logbook database with 0600 permissions.

An authority pins the public key by its fingerprint (SHA-256 of the 32 raw public-key bytes, shown in groups of
hex) which the app shows and every PDF form prints, so a bundle can be attributed without trusting the vessel.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import stat
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

KEY_FILE_NAME = "whalelog-signing-key.pem"
PUBLIC_KEY_FILE_NAME = "whalelog-signing-key.pub.pem"


class KeyFileError(ValueError):
    """A key file that cannot be used (unreadable, wrong type, readable by others)."""


def key_path_for(db_path: str | Path) -> Path:
    """One key per installation, kept in the directory of the logbook database (the data dir by default)."""
    return Path(db_path).resolve().parent / KEY_FILE_NAME


def raw_public_bytes(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_key: Ed25519PublicKey | bytes) -> str:
    """SHA-256 of the raw public key as 16 groups of 4 hex digits, e.g. "3f2a 91c0 ..."."""
    raw = public_key if isinstance(public_key, bytes) else raw_public_bytes(public_key)
    digest = hashlib.sha256(raw).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def public_key_pem(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def public_key_from_raw(raw: bytes) -> Ed25519PublicKey:
    if len(raw) != 32:
        raise KeyFileError(f"an Ed25519 public key is 32 bytes, got {len(raw)}")
    return Ed25519PublicKey.from_public_bytes(raw)


def load_public_key_file(path: str | Path) -> Ed25519PublicKey:
    """A pinned public key: PEM (SubjectPublicKeyInfo), 32 raw bytes, or the raw key as hex or base64 text."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise KeyFileError(f"{path}: {exc.strerror or exc}") from exc
    if b"-----BEGIN" in data:
        try:
            key = serialization.load_pem_public_key(data)
        except ValueError as exc:
            raise KeyFileError(f"{path}: not a PEM public key ({exc})") from exc
        if not isinstance(key, Ed25519PublicKey):
            raise KeyFileError(f"{path}: not an Ed25519 public key")
        return key
    if len(data) == 32:
        return public_key_from_raw(data)
    text = data.strip()
    for decode in (bytes.fromhex, base64.b64decode):
        try:
            raw = decode(text.decode("ascii"))
        except (ValueError, binascii.Error, UnicodeDecodeError):
            continue
        if len(raw) == 32:
            return public_key_from_raw(raw)
    raise KeyFileError(f"{path}: not an Ed25519 public key (PEM, 32 raw bytes, hex or base64)")


def _write_exclusive(path: Path, data: bytes, mode: int) -> bool:
    """Write data to path only if it does not exist yet; atomic so a crash never leaves a half key."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # fails if another process created the key first: theirs wins
        created = True
    except FileExistsError:
        created = False
    finally:
        os.unlink(tmp)
    return created


def private_key_pem(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def create_signing_key(path: str | Path) -> Ed25519PrivateKey:
    """A new key written at path (0600) only if no file is there; KeyFileError when one is (never overwritten)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    if not _write_exclusive(path, private_key_pem(key), 0o600):
        raise KeyFileError(f"{path}: a key file is already there; it is never overwritten")
    write_public_key_beside(path, key)
    return key


def load_signing_key(path: str | Path) -> Ed25519PrivateKey:
    """The private key at path (never created here); KeyFileError when missing, unusable or readable by others."""
    path = Path(path)
    if not path.exists():
        raise KeyFileError(f"{path}: no signing key")
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        raise KeyFileError(f"{path}: signing key is readable by other users; run chmod 600 on it")
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError, OSError) as exc:
        raise KeyFileError(f"{path}: not a usable private key ({exc})") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path}: not an Ed25519 private key")
    return key


def public_key_path_for(key_path: str | Path) -> Path:
    name = Path(key_path).name
    stem = name[: -len(".pem")] if name.endswith(".pem") else name
    return Path(key_path).with_name(f"{stem}.pub.pem")


def write_public_key_beside(key_path: str | Path, key: Ed25519PrivateKey) -> Path:
    """The .pub.pem beside a key always holds that key's public half: a stale one is replaced atomically."""
    pub_path = public_key_path_for(key_path)
    pem = public_key_pem(key.public_key())
    try:
        if pub_path.read_bytes() == pem:
            return pub_path
    except OSError:
        pass
    tmp = pub_path.with_name(f".{pub_path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(pem)
    os.chmod(tmp, 0o644)
    os.replace(tmp, pub_path)
    return pub_path


def load_or_create_signing_key(path: str | Path) -> Ed25519PrivateKey:
    """The key at path, created (0600) when missing; the public key beside it is kept matching.

    Only for a logbook with no history (tests, first export): export/custody.py decides when creating is allowed.
    """
    path = Path(path)
    if not path.exists():
        try:
            create_signing_key(path)
        except KeyFileError:
            pass  # another process created it first: theirs wins
    key = load_signing_key(path)
    write_public_key_beside(path, key)
    return key


def verify_signature(public_key: Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    try:
        public_key.verify(signature, message)
    except InvalidSignature:
        return False
    return True
