"""`whalelog authority keygen|receipt|trust` and `whalelog bundle receipt`: a receipt acknowledges a bundle only when
a trusted authority signed it (issue 11). Every refusal is exit 2 and one line."""

import json
import stat

import pytest

from whalelog_gui.cli import main
from whalelog_gui.export import keys
from whalelog_gui.store import transmission


@pytest.fixture
def authority(tmp_path, capsys):
    assert main(["authority", "keygen", "--out", str(tmp_path / "authority")]) == 0
    out = capsys.readouterr().out
    key = tmp_path / "authority" / "authority-key.pem"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert keys.fingerprint(keys.load_signing_key(key).public_key()) in out
    return key


def _pub(key):
    return keys.public_key_path_for(key)


def _refusal(args, capsys, *expected):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    for text in expected:
        assert text in err, err
    return err


def test_keygen_never_overwrites(authority, capsys):
    _refusal(["authority", "keygen", "--out", str(authority.parent)], capsys, "never overwritten")


def test_receipt_round_trip(vessel, authority, tmp_path, capsys):
    bundle = vessel.export()
    receipt = tmp_path / "receipt.json"
    assert main(["authority", "receipt", str(bundle), "--key", str(authority), "--out", str(receipt)]) == 0
    capsys.readouterr()
    # not trusted yet: refused
    _refusal(["bundle", "receipt", "--db", str(vessel.db_path), str(receipt)], capsys, "unknown authority key")
    assert main(["authority", "trust", "--db", str(vessel.db_path), str(_pub(authority)), "--name", "Directorate"]) == 0
    assert "Directorate" in capsys.readouterr().out
    assert main(["bundle", "receipt", "--db", str(vessel.db_path), str(receipt)]) == 0
    assert "acknowledged" in capsys.readouterr().out
    assert transmission.get_transmission(vessel.db, 1).acknowledged


def test_receipt_for_a_bundle_that_does_not_verify_is_exit_1(vessel, authority, tmp_path, capsys):
    data = bytearray(vessel.export().read_bytes())
    data[-200] ^= 0xFF
    broken = tmp_path / "broken.zip"
    broken.write_bytes(data)
    assert main(["authority", "receipt", str(broken), "--key", str(authority), "--out", str(tmp_path / "r")]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert not (tmp_path / "r").exists()


@pytest.mark.parametrize(
    "attack, expected",
    [
        ("unsigned", "not signed"),
        ("unknown key", "unknown authority key"),
        ("bad signature", "signature does not verify"),
        ("unknown bundle", "never sent"),
        ("5000-digit sequence", "5000 digits"),
        ("malformed JSON", "not valid JSON"),
        ("deep nesting", "nested too deeply"),
        ("directory", "receipt refused"),
    ],
)
def test_bundle_receipt_refusals(vessel, authority, tmp_path, capsys, attack, expected):
    bundle = vessel.export()
    good = tmp_path / "good.json"
    assert main(["authority", "receipt", str(bundle), "--key", str(authority), "--out", str(good)]) == 0
    assert main(["authority", "trust", "--db", str(vessel.db_path), str(_pub(authority))]) == 0
    capsys.readouterr()
    doc = json.loads(good.read_text())
    path = tmp_path / "attack.json"
    if attack == "unsigned":
        doc.pop("signature"), doc.pop("authority_key")
    elif attack == "unknown key":
        from whalelog_gui.export.receipt import sign_receipt

        fields = {k: doc[k] for k in ("bundle_sequence", "bundle_sha256", "vessel", "received_at")}
        doc = sign_receipt(fields, keys.create_signing_key(tmp_path / "forger.pem"))
    elif attack == "bad signature":
        doc["bundle_sequence"] = 2
    elif attack == "unknown bundle":
        from whalelog_gui.export.receipt import sign_receipt

        fields = {k: doc[k] for k in ("bundle_sha256", "vessel", "received_at")}
        doc = sign_receipt(dict(fields, bundle_sequence=7), keys.load_signing_key(authority))
    if attack == "5000-digit sequence":
        path.write_text(good.read_text().replace('"bundle_sequence": 1', '"bundle_sequence": ' + "1" * 5000))
    elif attack == "malformed JSON":
        path.write_text(good.read_text()[:-5])
    elif attack == "deep nesting":
        path.write_text("[" * 30000)
    elif attack == "directory":
        path.mkdir()
    else:
        path.write_text(json.dumps(doc))
    _refusal(["bundle", "receipt", "--db", str(vessel.db_path), str(path)], capsys, expected)
    assert not transmission.get_transmission(vessel.db, 1).acknowledged


@pytest.mark.parametrize(
    "content", [b"not a key", b"", b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"]
)
def test_trust_refuses_what_is_not_an_ed25519_public_key(vessel, tmp_path, capsys, content):
    (tmp_path / "k.pub").write_bytes(content)
    _refusal(["authority", "trust", "--db", str(vessel.db_path), str(tmp_path / "k.pub")], capsys, "trust refused")


def test_trust_refuses_a_database_that_is_not_a_logbook(authority, tmp_path, capsys):
    _refusal(
        ["authority", "trust", "--db", str(tmp_path / "none.sqlite"), str(_pub(authority))],
        capsys,
        "no such logbook database",
    )
    assert not (tmp_path / "none.sqlite").exists()
