"""The command-line contracts: `whalelog demo-data`, `whalelog bundle export|verify|receipt` (exit codes, output)."""

import json
import os
from datetime import datetime, timedelta, timezone
import subprocess
import sys

import pytest

from whalelog_gui.cli import main
from whalelog_gui.export import keys
from whalelog_gui.export.receipt import sign_receipt


def _soon():
    """A receipt time after the bundle was made and within a day of this computer's clock."""
    return (datetime.now(timezone.utc) + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "season.sqlite"
    assert main(["demo-data", "--db", str(path), "--days", "3", "--seed", "5"]) == 0
    return path


def test_export_verify_receipt_through_the_real_entry_point(demo_db, tmp_path):
    out = tmp_path / "outbox"
    out.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def run(*a):
        return subprocess.run(
            [sys.executable, "-m", "whalelog_gui", *a], capture_output=True, text=True, env=env, timeout=120
        )

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
    assert main(["authority", "keygen", "--out", str(tmp_path / "authority")]) == 0
    authority = tmp_path / "authority" / "authority-key.pem"
    assert main(["authority", "trust", "--db", str(demo_db), str(authority.with_name("authority-key.pub.pem"))]) == 0
    capsys.readouterr()
    receipt = tmp_path / "receipt.json"
    receipt.write_text(
        json.dumps(
            sign_receipt(
                {
                    "bundle_sequence": 1,
                    "bundle_sha256": summary["sha256"],
                    "vessel": "Hvalur 9",
                    "received_at": _soon(),
                },
                keys.load_signing_key(authority),
            )
        )
    )
    assert main(["bundle", "receipt", "--db", str(demo_db), str(receipt)]) == 0
    assert "acknowledged" in capsys.readouterr().out
    receipt.write_text(
        json.dumps(
            sign_receipt(
                {"bundle_sequence": 1, "bundle_sha256": "a" * 64, "vessel": "Hvalur 9", "received_at": _soon()},
                keys.load_signing_key(authority),
            )
        )
    )
    assert main(["bundle", "receipt", "--db", str(demo_db), str(receipt)]) == 2
    assert "does not match" in capsys.readouterr().err


def test_export_errors_exit_2_with_one_line(tmp_path, capsys):
    assert main(["bundle", "export", "--db", str(tmp_path / "none.sqlite"), "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "no such logbook database" in err and len(err.strip().splitlines()) == 1


def _stat(path):
    return None if not path.exists() else (path.stat().st_size, path.read_bytes())


@pytest.mark.parametrize("content", [None, b"", b"just some notes\n", "sqlite-other"])
@pytest.mark.parametrize("action", ["export", "receipt"])
def test_db_that_is_not_a_whalelog_logbook_is_refused_untouched(tmp_path, capsys, content, action):
    import sqlite3

    db = tmp_path / "thing.sqlite"
    if content == "sqlite-other":  # another program's SQLite database
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    elif content is not None:
        db.write_bytes(content)
    before = _stat(db)
    receipt = tmp_path / "r.json"
    receipt.write_text(
        json.dumps({"bundle_sequence": 1, "bundle_sha256": "a" * 64, "vessel": "Hvalur 9", "received_at": _soon()})
    )
    out = tmp_path / "outbox"
    args = (
        ["bundle", "export", "--db", str(db), "--out", str(out)]
        if action == "export"
        else ["bundle", "receipt", "--db", str(db), str(receipt)]
    )
    assert main(args) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    expected = "no such logbook database" if content is None else "not a WhaleLog logbook database"
    assert expected in err and str(db) in err
    assert _stat(db) == before  # not created, not turned into a logbook
    assert not (tmp_path / keys.PUBLIC_KEY_FILE_NAME).exists() and not out.exists()


def test_db_from_a_newer_whalelog_is_refused(demo_db, tmp_path, capsys):
    import sqlite3

    from whalelog_gui.store.db import SCHEMA_VERSION

    conn = sqlite3.connect(demo_db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    assert main(["bundle", "export", "--db", str(demo_db), "--out", str(tmp_path / "o")]) == 2
    assert "written by a newer WhaleLog" in capsys.readouterr().err
