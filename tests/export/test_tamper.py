"""Every kind of change to a bundle is caught, with a reason that says what is wrong."""

import base64
import hashlib
import json
import struct
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from whalelog_gui.export import keys
from whalelog_gui.export.bundle import export_bundle
from whalelog_gui.export.bundle_zip import DEFLATED, STORED, member, read_bundle_zip, write_bundle_zip
from whalelog_gui.export.verify import BundleInvalid, verify_bundle
from whalelog_gui.records.daily_sheet import Amendment
from whalelog_gui.store.logbook_repo import add_amendment


@pytest.fixture
def bundle(season_db, signing_key, out_dir):
    return export_bundle(season_db, out_dir, signing_key)


def _members(path):
    """Member contents by name, in bundle order."""
    members, _ = read_bundle_zip(path.read_bytes())
    return {name: m.content for name, m in members.items()}


def _rewrite(path, members, tmp_path, name="tampered.zip"):
    """A zip in the bundle's own form (same time, same storage methods) holding the given contents."""
    original, _ = read_bundle_zip(path.read_bytes())
    moment = datetime.fromisoformat(json.loads(original["manifest.json"].content)["created_at"].replace("Z", "+00:00"))
    target = tmp_path / name
    with open(target, "wb") as fh:
        write_bundle_zip(
            fh,
            [member(n, data, STORED if n.startswith("manifest.") else DEFLATED) for n, data in members.items()],
            moment,
        )
    return target


def _entry(data):
    """The manifest's files entry for content data, as the exporter computes it."""
    return {
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
        "deflated_sha256": hashlib.sha256(member("x", data).stored).hexdigest(),
    }


def _invalid(path, match, **kwargs):
    with pytest.raises(BundleInvalid, match=match):
        verify_bundle(path, **kwargs)


def test_untouched_bundle_is_valid_and_rewriting_it_unchanged_too(bundle, tmp_path):
    assert verify_bundle(bundle.path).manifest["sequence"] == 1
    assert verify_bundle(_rewrite(bundle.path, _members(bundle.path), tmp_path)).manifest["sequence"] == 1


@pytest.mark.parametrize(
    "name",
    [
        "records/events.json",
        "csv/weather.csv",
        "track.gpx",
        "alerts.json",
        "records/logbooks.json",
        "reports/season.json",
        "reports/weekly-26a.csv",
    ],
)
def test_flipped_byte_in_each_file_kind(bundle, tmp_path, name):
    members = _members(bundle.path)
    data = bytearray(members[name])
    data[len(data) // 2] ^= 0x01
    members[name] = bytes(data)
    _invalid(_rewrite(bundle.path, members, tmp_path), f"{name}: SHA-256 does not match")


def test_flipped_byte_in_manifest_or_signature(bundle, tmp_path):
    for name in ("manifest.json", "manifest.sig"):
        members = _members(bundle.path)
        data = bytearray(members[name])
        data[10] ^= 0x04
        members[name] = bytes(data)
        with pytest.raises(BundleInvalid):
            verify_bundle(_rewrite(bundle.path, members, tmp_path, f"{name}.zip"))


@pytest.mark.slow
def test_flipped_byte_anywhere_in_the_file(bundle):
    """Every byte of every header, name, the central directory and the end record, every byte of the small
    members (manifest, signature, title page), and every 199th byte of the large compressed members."""
    data = bundle.path.read_bytes()
    cd_offset = struct.unpack("<I", data[-6:-2])[0]
    positions = set(range(cd_offset, len(data)))
    pos = 0
    while pos < cd_offset:
        csize, _, name_len = struct.unpack("<IIH", data[pos + 18 : pos + 28])
        start = pos + 30 + name_len
        positions.update(range(pos, start))
        positions.update(range(start, start + csize, 1 if csize < 1024 else 199))
        positions.add(start + csize - 1)  # the last byte holds deflate's padding bits
        pos = start + csize
    tampered = bundle.path.with_name("flip.zip")
    survivors = []
    for p in sorted(positions):
        flipped = bytearray(data)
        flipped[p] ^= 0x80 if p % 2 else 0x01
        tampered.write_bytes(flipped)
        try:
            verify_bundle(tampered)
        except BundleInvalid:
            continue
        survivors.append(p)
    assert survivors == []
    assert len(positions) > 1000


def test_truncated_or_extended_file(bundle, tmp_path):
    data = bundle.path.read_bytes()
    (tmp_path / "short.zip").write_bytes(data[:-1])
    (tmp_path / "long.zip").write_bytes(data + b"\0")
    _invalid(tmp_path / "short.zip", "zip:")
    _invalid(tmp_path / "long.zip", "zip:")


def test_missing_file(bundle, tmp_path):
    members = _members(bundle.path)
    del members["csv/events.csv"]
    _invalid(_rewrite(bundle.path, members, tmp_path), "missing file.*csv/events.csv")


def test_extra_file(bundle, tmp_path):
    members = _members(bundle.path)
    members["records/extra.json"] = b'{"family": "extra", "records": []}'
    _invalid(_rewrite(bundle.path, members, tmp_path), "not listed in the manifest: records/extra.json")


def test_wrong_pinned_key(bundle, tmp_path):
    other = keys.load_or_create_signing_key(tmp_path / "other" / "k.pem")
    (tmp_path / "other.pub").write_bytes(keys.public_key_pem(other.public_key()))
    _invalid(bundle.path, "wrong key", pubkey=tmp_path / "other.pub")


def test_right_pinned_key(bundle, db_path):
    pub = db_path.parent / keys.PUBLIC_KEY_FILE_NAME
    assert verify_bundle(bundle.path, pubkey=pub).pinned


def test_altered_manifest_with_recomputed_hash_but_old_signature(bundle, tmp_path):
    members = _members(bundle.path)
    doc = json.loads(members["records/events.json"])
    doc["records"][0]["data"]["note"] = "nothing happened here"
    members["records/events.json"] = json.dumps(doc).encode()
    manifest = json.loads(members["manifest.json"])
    manifest["files"]["records/events.json"] = _entry(members["records/events.json"])
    members["manifest.json"] = (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode()
    _invalid(_rewrite(bundle.path, members, tmp_path), "signature")


def test_resigned_with_another_key_fails_against_the_pinned_key(bundle, tmp_path, db_path):
    """A forger can embed their own key and sign; only the pinned key tells the bundle is not the vessel's."""
    forger = keys.load_or_create_signing_key(tmp_path / "forger" / "k.pem")
    members = _members(bundle.path)
    manifest = json.loads(members["manifest.json"])
    raw = keys.raw_public_bytes(forger.public_key())
    manifest["public_key"] = {
        "algorithm": "Ed25519",
        "raw_base64": base64.b64encode(raw).decode(),
        "fingerprint": keys.fingerprint(raw),
    }
    members["manifest.json"] = (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode()
    members["manifest.sig"] = base64.b64encode(forger.sign(members["manifest.json"])) + b"\n"
    forged = _rewrite(bundle.path, members, tmp_path)
    assert verify_bundle(forged).manifest["public_key"]["fingerprint"] == keys.fingerprint(raw)
    _invalid(forged, "wrong key", pubkey=db_path.parent / keys.PUBLIC_KEY_FILE_NAME)


def test_manifest_schema_violation_is_named(bundle, tmp_path, signing_key):
    members = _members(bundle.path)
    manifest = json.loads(members["manifest.json"])
    manifest["surprise"] = 1
    members["manifest.json"] = json.dumps(manifest).encode()
    members["manifest.sig"] = base64.b64encode(signing_key.sign(members["manifest.json"])) + b"\n"
    _invalid(_rewrite(bundle.path, members, tmp_path), "schema: manifest: unexpected \\['surprise'\\]")


def test_record_file_that_does_not_parse_is_refused_even_when_signed(bundle, tmp_path, signing_key):
    members = _members(bundle.path)
    members["records/events.json"] = b'{"family": "events", "records": [{"id": 1}]}'
    manifest = json.loads(members["manifest.json"])
    manifest["files"]["records/events.json"] = _entry(members["records/events.json"])
    members["manifest.json"] = json.dumps(manifest).encode()
    members["manifest.sig"] = base64.b64encode(signing_key.sign(members["manifest.json"])) + b"\n"
    _invalid(_rewrite(bundle.path, members, tmp_path), "records/events.json: record 0")


def test_chain_checks(season_db, signing_key, out_dir, tmp_path):
    first = export_bundle(season_db, out_dir, signing_key)
    sheet_id, event_id = season_db.conn.execute(
        "SELECT s.id, e.id FROM sheets s JOIN events e ON e.sheet_id = s.id WHERE s.signed_at IS NOT NULL"
    ).fetchone()
    add_amendment(season_db, sheet_id, Amendment("events", event_id, {"note": "a"}, "clock"), "Ann")
    second = export_bundle(season_db, out_dir, signing_key)
    add_amendment(season_db, sheet_id, Amendment("events", event_id, {"note": "b"}, "clock"), "Ann")
    third = export_bundle(season_db, out_dir, signing_key)
    assert verify_bundle(second.path, previous=first.path).previous.sha256 == first.sha256
    assert verify_bundle(third.path, previous=second.path).manifest["sequence"] == 3
    _invalid(third.path, "broken chain: sequence 3 does not follow 1", previous=first.path)
    _invalid(first.path, "broken chain", previous=second.path)
    # a previous bundle with the right sequence but other content (e.g. re-exported) breaks the chain by hash
    members = _members(second.path)
    fake_prev = _rewrite(second.path, members, tmp_path)
    fake_prev.write_bytes(fake_prev.read_bytes())
    assert verify_bundle(third.path, previous=fake_prev)  # byte-identical rewrite: same hash, chain holds
    other_db_bundle = tmp_path / "other.zip"
    data = bytearray(second.path.read_bytes())
    data[-30] ^= 1
    other_db_bundle.write_bytes(data)
    _invalid(third.path, "previous bundle: ", previous=other_db_bundle)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_damage_is_reported_as_invalid_never_as_a_crash(bundle, data):
    """Overwritten runs, cuts and insertions anywhere: verify answers BundleInvalid, whatever the bytes."""
    original = bundle.path.read_bytes()
    at = data.draw(st.integers(0, len(original) - 1))
    kind = data.draw(st.sampled_from(["overwrite", "cut", "insert"]))
    chunk = data.draw(st.binary(min_size=1, max_size=64))
    if kind == "overwrite":
        damaged = original[:at] + chunk + original[at + len(chunk) :]
    elif kind == "cut":
        damaged = original[:at] + original[at + len(chunk) :]
    else:
        damaged = original[:at] + chunk + original[at:]
    if damaged == original:
        return
    target = bundle.path.with_name("damaged.zip")
    target.write_bytes(damaged)
    with pytest.raises(BundleInvalid):
        verify_bundle(target)


def _resign(members, manifest, signing_key):
    members["manifest.json"] = (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode()
    members["manifest.sig"] = base64.b64encode(signing_key.sign(members["manifest.json"])) + b"\n"


def test_unpinned_verify_warns_and_names_the_fingerprint(bundle, signing_key):
    verified = verify_bundle(bundle.path)
    summary = verified.summary()
    assert summary["valid"] is True and summary["pinned_key"] is False
    (warning,) = summary["warnings"]
    assert keys.fingerprint(signing_key.public_key()) in warning and "pinned" in warning


def test_pinned_verify_has_no_warning(bundle, db_path):
    summary = verify_bundle(bundle.path, pubkey=db_path.parent / keys.PUBLIC_KEY_FILE_NAME).summary()
    assert summary["pinned_key"] is True and summary["warnings"] == []


def test_edited_json_with_stale_csv_is_refused_even_when_resigned(bundle, tmp_path):
    """A forger who edits a record and re-signs with their own key must also rewrite the CSV consistently."""
    forger = keys.load_or_create_signing_key(tmp_path / "forger" / "k.pem")
    members = _members(bundle.path)
    doc = json.loads(members["records/events.json"])
    doc["records"][0]["data"]["note"] = "nothing happened here"
    members["records/events.json"] = json.dumps(doc).encode()
    manifest = json.loads(members["manifest.json"])
    raw = keys.raw_public_bytes(forger.public_key())
    manifest["public_key"] = {
        "algorithm": "Ed25519",
        "raw_base64": base64.b64encode(raw).decode(),
        "fingerprint": keys.fingerprint(raw),
    }
    manifest["files"]["records/events.json"] = _entry(members["records/events.json"])
    _resign(members, manifest, forger)
    _invalid(
        _rewrite(bundle.path, members, tmp_path),
        "csv/events.csv differs from records/events.json: line 2, column 'note'",
    )


def test_resigned_bundle_without_pin_exits_0_with_a_warning_on_stderr(bundle, tmp_path, capsys):
    from whalelog_gui.cli import main

    forger = keys.load_or_create_signing_key(tmp_path / "forger" / "k.pem")
    members = _members(bundle.path)
    manifest = json.loads(members["manifest.json"])
    raw = keys.raw_public_bytes(forger.public_key())
    manifest["public_key"] = {
        "algorithm": "Ed25519",
        "raw_base64": base64.b64encode(raw).decode(),
        "fingerprint": keys.fingerprint(raw),
    }
    _resign(members, manifest, forger)
    forged = _rewrite(bundle.path, members, tmp_path)
    assert main(["bundle", "verify", str(forged)]) == 0
    captured = capsys.readouterr()
    summary = json.loads(captured.out)
    assert summary["pinned_key"] is False and keys.fingerprint(raw) in summary["warnings"][0]
    (line,) = captured.err.strip().splitlines()
    assert line.startswith("whalelog: WARNING:") and keys.fingerprint(raw) in line


@pytest.mark.parametrize(
    "edit, reason",
    [
        (
            lambda rows: rows[1].__setitem__(-1, rows[1][-1] + "x"),
            "csv/events.csv differs from records/events.json: line 2, column",
        ),
        (
            lambda rows: rows[2].__setitem__(1, "correction"),
            "csv/events.csv differs from records/events.json: line 3, column 'kind'",
        ),
        (lambda rows: rows.pop(), "csv/events.csv: rows differ from records/events.json"),
        (
            lambda rows: [r.append("extra") for r in rows],
            "csv/events.csv differs from records/events.json: columns differ",
        ),
    ],
)
def test_csv_inconsistent_with_its_json_is_refused_even_when_signed(bundle, tmp_path, signing_key, edit, reason):
    """What a buggy exporter could write: hashed and signed correctly, but the spreadsheet copy says otherwise."""
    import csv
    import io

    members = _members(bundle.path)
    rows = list(csv.reader(io.StringIO(members["csv/events.csv"].decode(), newline="")))
    assert len(rows) >= 3
    edit(rows)
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    members["csv/events.csv"] = out.getvalue().encode()
    manifest = json.loads(members["manifest.json"])
    manifest["files"]["csv/events.csv"] = _entry(members["csv/events.csv"])
    _resign(members, manifest, signing_key)
    _invalid(_rewrite(bundle.path, members, tmp_path), reason)


def test_a_report_csv_that_says_otherwise_than_its_json_is_refused_even_when_signed(bundle, tmp_path, signing_key):
    """Issue 13: reports/<name>.csv is re-rendered from reports/<name>.json by the verifier."""
    members = _members(bundle.path)
    members["reports/season.csv"] = members["reports/season.csv"].replace(b"27(a)", b"27(b)", 1)
    manifest = json.loads(members["manifest.json"])
    manifest["files"]["reports/season.csv"] = _entry(members["reports/season.csv"])
    _resign(members, manifest, signing_key)
    _invalid(_rewrite(bundle.path, members, tmp_path), "reports/season.csv differs from reports/season.json")


def test_a_report_without_its_pair_or_of_an_unknown_name_is_refused(bundle, tmp_path, signing_key):
    members = _members(bundle.path)
    del members["reports/weekly-26a.csv"]
    manifest = json.loads(members["manifest.json"])
    del manifest["files"]["reports/weekly-26a.csv"]
    _resign(members, manifest, signing_key)
    _invalid(_rewrite(bundle.path, members, tmp_path), "reports/weekly-26a: the JSON and the CSV come together")
    members = _members(bundle.path)
    members["reports/quota.json"] = b"{}\n"
    manifest = json.loads(members["manifest.json"])
    manifest["files"]["reports/quota.json"] = _entry(members["reports/quota.json"])
    _resign(members, manifest, signing_key)
    _invalid(_rewrite(bundle.path, members, tmp_path), "reports/quota.json")
