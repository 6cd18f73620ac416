"""The command-line contracts: `whalelog demo-data`, `whalelog bundle export|verify|receipt` (exit codes, output)."""

import json
import os
import subprocess
import sys

import pytest

from whalelog_gui.cli import main
from whalelog_gui.export import keys


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "season.sqlite"
    assert main(["demo-data", "--db", str(path), "--days", "3", "--seed", "5"]) == 0
    return path


def test_export_verify_receipt_through_the_real_entry_point(demo_db, tmp_path):
    out = tmp_path / "outbox"
    out.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = lambda *a: subprocess.run([sys.executable, "-m", "whalelog_gui", *a], capture_output=True,  # noqa: E731
                                    text=True, env=env, timeout=120)
    exported = run("bundle", "export", "--db", str(demo_db), "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    bundle = exported.stdout.strip().splitlines()[-1]
    assert os.path.dirname(bundle) == str(out) and bundle.endswith(".zip")
    pub = demo_db.parent / keys.PUBLIC_KEY_FILE_NAME
    verified = run("bundle", "verify", bundle, "--pubkey", str(pub))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    summary = json.loads(verified.stdout)
    assert summary["valid"] and summary["pinned_key"] and summary["sequence"] == 1
    assert summary["vessel"] == "Hvalur 9" and "pdf/catch-list.pdf" not in summary  # summary, not a listing
    again = run("bundle", "export", "--db", str(demo_db), "--out", str(out))
    assert again.returncode == 2 and "nothing to send" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1


def test_verify_exit_codes(demo_db, tmp_path, capsys):
    out = tmp_path / "outbox"
    out.mkdir()
    assert main(["bundle", "export", "--db", str(demo_db), "--out", str(out)]) == 0
    bundle = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["bundle", "verify", bundle]) == 0
    assert json.loads(capsys.readouterr().out)["valid"] is True
    data = bytearray(open(bundle, "rb").read())
    data[len(data) // 3] ^= 0xFF
    broken = tmp_path / "broken.zip"
    broken.write_bytes(data)
    assert main(["bundle", "verify", str(broken)]) == 1
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert result["valid"] is False and result["reason"] and result["reason"] in captured.err
    assert main(["bundle", "verify", str(tmp_path / "missing.zip")]) == 1


def test_receipt_command(demo_db, tmp_path, capsys):
    out = tmp_path / "outbox"
    out.mkdir()
    main(["bundle", "export", "--db", str(demo_db), "--out", str(out)])
    bundle = capsys.readouterr().out.strip().splitlines()[-1]
    summary = (main(["bundle", "verify", bundle]), json.loads(capsys.readouterr().out))[1]
    receipt = tmp_path / "receipt.json"
    receipt.write_text(json.dumps({"bundle_sequence": 1, "bundle_sha256": summary["sha256"], "vessel": "Hvalur 9",
                                   "received_at": "2026-06-01T12:00:00Z"}))
    assert main(["bundle", "receipt", "--db", str(demo_db), str(receipt)]) == 0
    assert "acknowledged" in capsys.readouterr().out
    receipt.write_text(json.dumps({"bundle_sequence": 1, "bundle_sha256": "a" * 64, "vessel": "Hvalur 9",
                                   "received_at": "2026-06-01T12:00:00Z"}))
    assert main(["bundle", "receipt", "--db", str(demo_db), str(receipt)]) == 2
    assert "does not match" in capsys.readouterr().err


def test_export_errors_exit_2_with_one_line(tmp_path, capsys):
    assert main(["bundle", "export", "--db", str(tmp_path / "none.sqlite"), "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "no such logbook database" in err and len(err.strip().splitlines()) == 1
