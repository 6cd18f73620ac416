import base64
import os
import stat

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ec import SECP256R1, generate_private_key

from whalelog_gui.export import keys


def test_key_is_created_once_with_owner_only_permissions(tmp_path):
    path = keys.key_path_for(tmp_path / "logbook.sqlite")
    first = keys.load_or_create_signing_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = keys.load_or_create_signing_key(path)
    assert keys.raw_public_bytes(first.public_key()) == keys.raw_public_bytes(again.public_key())
    pub = keys.load_public_key_file(path.with_name(keys.PUBLIC_KEY_FILE_NAME))
    assert keys.fingerprint(pub) == keys.fingerprint(first.public_key())


def test_fingerprint_is_sha256_of_raw_key_in_groups():
    fp = keys.fingerprint(bytes(32))
    assert fp.replace(" ", "") == "66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925"
    assert len(fp.split(" ")) == 16 and all(len(g) == 4 for g in fp.split(" "))


def test_key_readable_by_others_is_refused(tmp_path):
    path = tmp_path / "k.pem"
    keys.load_or_create_signing_key(path)
    os.chmod(path, 0o644)
    with pytest.raises(keys.KeyFileError, match="chmod 600"):
        keys.load_or_create_signing_key(path)


def test_public_key_files_in_every_accepted_form(tmp_path):
    key = keys.load_or_create_signing_key(tmp_path / "k.pem")
    raw = keys.raw_public_bytes(key.public_key())
    forms = {
        "pem": keys.public_key_pem(key.public_key()),
        "raw": raw,
        "hex": raw.hex().encode() + b"\n",
        "b64": base64.b64encode(raw),
    }
    for name, data in forms.items():
        (tmp_path / name).write_bytes(data)
        assert keys.raw_public_bytes(keys.load_public_key_file(tmp_path / name)) == raw, name


def test_wrong_public_key_files_are_refused(tmp_path):
    ec = generate_private_key(SECP256R1()).public_key()
    (tmp_path / "ec.pem").write_bytes(
        ec.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    (tmp_path / "junk").write_bytes(b"not a key at all")
    for name in ("ec.pem", "junk", "missing"):
        with pytest.raises(keys.KeyFileError):
            keys.load_public_key_file(tmp_path / name)
