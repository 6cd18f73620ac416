"""Key custody attacks (issue 11): a deleted key, a swapped key, a restored backup. Each through the real CLI on a
real logbook, bundles verified by the real verifier."""

import json
import shutil
import sqlite3
from datetime import datetime, timezone

import pytest

from whalelog_gui.cli import main
from whalelog_gui.demo_data import fill_season
from whalelog_gui.export import keys
from whalelog_gui.export.custody import KeyCustody
from whalelog_gui.export.journal import SentJournal
from whalelog_gui.store import custody
from whalelog_gui.store.db import open_db
from whalelog_gui.store.track import TrackRecorder
from whalelog_gui.nav.fix import Fix


@pytest.fixture
def logbook(tmp_path):
    path = tmp_path / "ship" / "logbook.sqlite"
    path.parent.mkdir()
    fill_season(open_db(path), days=2, seed=3)
    return path


@pytest.fixture
def outbox(tmp_path):
    path = tmp_path / "outbox"
    path.mkdir()
    return path


def _export(db, out, capsys):
    code = main(["bundle", "export", "--db", str(db), "--out", str(out)])
    captured = capsys.readouterr()
    return code, captured.out.strip().splitlines()[-1] if code == 0 else captured.err


def _verify(bundle, capsys, *extra):
    code = main(["bundle", "verify", str(bundle), *extra])
    captured = capsys.readouterr()
    return code, json.loads(captured.out), captured.err


def _journal(db_path):
    """The journal of this logbook beside the key (named by the logbook's identity)."""
    db = open_db(db_path)
    try:
        return KeyCustody(db, db_path).journal_custody.journal.path
    finally:
        db.close()


def _key_files(db_path):
    key = keys.key_path_for(db_path)
    return key, keys.public_key_path_for(key)


def test_deleted_key_is_a_refusal_not_a_silent_new_key(logbook, outbox, capsys):
    code, first = _export(logbook, outbox, capsys)
    assert code == 0
    key, pub = _key_files(logbook)
    old_pub = pub.read_bytes()
    key.unlink()
    code, err = _export(logbook, outbox, capsys)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "missing" in err and "whalelog key replace" in err
    assert not key.exists(), "no new key may be created"
    assert pub.read_bytes() == old_pub


def test_foreign_key_file_is_refused(logbook, outbox, tmp_path, capsys):
    assert _export(logbook, outbox, capsys)[0] == 0
    key, _ = _key_files(logbook)
    key.unlink()
    keys.create_signing_key(key)  # someone else's key put in its place
    code, err = _export(logbook, outbox, capsys)
    assert code == 2 and "is not the key this logbook's bundles are signed by" in err


def test_replace_declares_the_loss_and_verify_reports_it(logbook, outbox, capsys):
    assert _export(logbook, outbox, capsys)[0] == 0
    first = sorted(outbox.glob("*.zip"))[0]
    key, pub = _key_files(logbook)
    old_fp = keys.fingerprint(keys.load_public_key_file(pub))
    key.unlink()
    assert main(["key", "replace", "--db", str(logbook), "--reason", "laptop stolen in port", "--by", "Master"]) == 0
    capsys.readouterr()
    new_key = keys.load_signing_key(key)
    assert keys.fingerprint(keys.load_public_key_file(pub)) == keys.fingerprint(new_key.public_key()) != old_fp
    code, second = _export(logbook, outbox, capsys)  # only the declaration is new: it is sent all the same
    assert code == 0, second
    code, summary, err = _verify(second, capsys, "--previous", str(first))
    assert code == 0
    assert "key replaced: laptop stolen in port" in summary["notices"]
    assert "key replaced: laptop stolen in port" in err
    # the authority pinned the old key: the replacement is reported, not silently accepted as the same key
    code, summary, err = _verify(second, capsys, "--pubkey", str(tmp_pub(first, old_fp, outbox)))
    assert code == 0 and "key replaced: laptop stolen in port" in summary["notices"]
    # the declaration is an audited record (a link of the audit chain)
    db = open_db(logbook)
    (decl,) = custody.declarations(db)
    assert decl.kind == "key_replacement" and decl.announced_in == 2
    assert (
        db.conn.execute(
            "SELECT COUNT(*) FROM audit WHERE table_name = ? AND record_id = ?", (custody.DECLARATIONS, decl.id)
        ).fetchone()[0]
        == 1
    )
    # and the third bundle is signed by the new key without further ado
    assert _export(logbook, outbox, capsys)[0] == 2  # nothing to send: the declaration went once


def tmp_pub(bundle, fingerprint, where):
    """The old public key as the authority pinned it (raw bytes from the bundle's manifest)."""
    import base64
    import zipfile

    manifest = json.loads(zipfile.ZipFile(bundle).read("manifest.json"))
    assert manifest["public_key"]["fingerprint"] == fingerprint
    path = where / "pinned.key"
    path.write_bytes(base64.b64decode(manifest["public_key"]["raw_base64"]))
    return path


def test_replace_refused_while_the_key_is_present(logbook, outbox, capsys):
    assert _export(logbook, outbox, capsys)[0] == 0
    assert main(["key", "replace", "--db", str(logbook), "--reason", "x"]) == 2
    assert "whalelog key rotate" in capsys.readouterr().err


def test_rotation_is_announced_by_the_old_key(logbook, outbox, capsys):
    assert _export(logbook, outbox, capsys)[0] == 0
    key, pub = _key_files(logbook)
    old_fp = keys.fingerprint(keys.load_signing_key(key).public_key())
    assert main(["key", "rotate", "--db", str(logbook)]) == 0
    capsys.readouterr()
    assert keys.fingerprint(keys.load_signing_key(key).public_key()) == old_fp  # still the old key until announced
    code, announcing = _export(logbook, outbox, capsys)
    assert code == 0, announcing
    code, summary, err = _verify(announcing, capsys, "--pubkey", str(pub))
    assert code == 0 and summary["fingerprint"] == old_fp
    (announced,) = [n for n in summary["notices"] if n.startswith("key rotated")]
    new_fp = announced.split("new key ")[1].split(" ")[0:16]
    _touch_logbook(logbook)
    code, third = _export(logbook, outbox, capsys)
    assert code == 0, third
    assert keys.fingerprint(keys.load_signing_key(key).public_key()) != old_fp
    assert keys.fingerprint(keys.load_public_key_file(pub)) == keys.fingerprint(keys.load_signing_key(key).public_key())
    assert list(key.parent.glob("whalelog-signing-key.retired-*.pem")), "the old key is kept, never deleted"
    code, summary, _ = _verify(third, capsys, "--previous", str(announcing))
    assert code == 0 and summary["fingerprint"] == " ".join(new_fp) and summary["previous"]["chain"] == "ok"


def _touch_logbook(db_path):
    """One more track point, stored the way the running app stores fixes, so the next export has news."""
    db = open_db(db_path)
    last = db.conn.execute("SELECT MAX(t) FROM track").fetchone()[0]
    at = datetime.fromtimestamp(last + 3600, timezone.utc)
    assert TrackRecorder(db, "receiver").offer(
        Fix(time=at, time_of_day=at.time(), lat=-61.0, lon=171.0, valid=True, quality=1, source="receiver"), alert=True
    )
    db.close()


def _copy_database(source, target):
    """A whole-database copy with SQLite's backup API (what a backup tool does), safe while others have it open."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def test_restored_backup_is_refused_and_adopting_the_journal_continues_the_chain(logbook, outbox, tmp_path, capsys):
    assert _export(logbook, outbox, capsys)[0] == 0
    backup = tmp_path / "backup.sqlite"
    _copy_database(logbook, backup)  # the README's backup, taken after bundle 1
    _touch_logbook(logbook)
    code, second = _export(logbook, outbox, capsys)
    assert code == 0, second
    _copy_database(backup, logbook)  # the disk fails; the backup is restored
    _touch_logbook(logbook)
    code, err = _export(logbook, outbox, capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "behind the journal" in err and "whalelog bundle adopt-journal" in err
    assert len(list(outbox.glob("*.zip"))) == 2, "no second bundle numbered 2"
    assert main(["bundle", "adopt-journal", "--db", str(logbook), "--reason", "restored from backup"]) == 0
    capsys.readouterr()
    code, third = _export(logbook, outbox, capsys)
    assert code == 0, third
    code, summary, err = _verify(third, capsys, "--previous", str(second))
    assert code == 0 and summary["sequence"] == 3 and summary["previous"]["chain"] == "ok"
    assert any(n.startswith("chain continued after bundle 2") for n in summary["notices"])
    entries = SentJournal(_journal(logbook)).entries()
    assert [e.sequence for e in entries] == [1, 2, 3]


def test_journal_catches_up_with_a_database_that_sent_before_it_existed(logbook, outbox, capsys):
    assert _export(logbook, outbox, capsys)[0] == 0
    journal = _journal(logbook)
    journal.unlink()
    _touch_logbook(logbook)
    assert _export(logbook, outbox, capsys)[0] == 0
    assert [e.sequence for e in SentJournal(journal).entries()] == [1, 2]


def test_stale_public_key_beside_the_key_is_rewritten(logbook, outbox, capsys):
    key, pub = _key_files(logbook)
    pub.parent.mkdir(exist_ok=True)
    pub.write_bytes(keys.public_key_pem(keys.create_signing_key(logbook.parent / "other.pem").public_key()))
    assert _export(logbook, outbox, capsys)[0] == 0
    assert keys.fingerprint(keys.load_public_key_file(pub)) == keys.fingerprint(keys.load_signing_key(key).public_key())


def _copy_folder_database(source_dir, target_dir):
    """The README's other backup: the whole data folder (database, key, journal) copied while WhaleLog is closed."""
    shutil.rmtree(target_dir, ignore_errors=True)
    shutil.copytree(source_dir, target_dir)


def test_whole_folder_restore_is_caught_by_the_outbox_copy_of_the_journal(logbook, outbox, tmp_path, capsys):
    """Restoring the whole data folder brings back an old journal too; the copy beside the bundles still knows."""
    assert _export(logbook, outbox, capsys)[0] == 0
    folder_backup = tmp_path / "folder-backup"
    _copy_folder_database(logbook.parent, folder_backup)
    _touch_logbook(logbook)
    code, second = _export(logbook, outbox, capsys)
    assert code == 0, second
    _copy_database(folder_backup / logbook.name, logbook)  # database, key and journal all back as they were
    shutil.copy(folder_backup / _journal(logbook).name, _journal(logbook))
    _touch_logbook(logbook)
    code, err = _export(logbook, outbox, capsys)
    assert code == 2 and "behind the journal" in err and len(err.strip().splitlines()) == 1
    copy = outbox / _journal(logbook).name
    assert [e.sequence for e in SentJournal(copy, contiguous=False).entries()] == [1, 2]
    # the local journal alone does not know bundle 2: adopting needs the copy
    assert main(["bundle", "adopt-journal", "--db", str(logbook), "--reason", "folder restored"]) == 2
    assert "not behind" in capsys.readouterr().err
    assert (
        main(["bundle", "adopt-journal", "--db", str(logbook), "--reason", "folder restored", "--journal", str(copy)])
        == 0
    )
    capsys.readouterr()
    code, third = _export(logbook, outbox, capsys)
    assert code == 0, third
    code, summary, _ = _verify(third, capsys, "--previous", str(second))
    assert code == 0 and summary["sequence"] == 3
    assert [e.sequence for e in SentJournal(_journal(logbook)).entries()] == [1, 2, 3]


def test_two_logbooks_in_one_folder_keep_their_own_journals(logbook, outbox, capsys):
    """A second logbook beside the first (one installation key) is not "behind" the first one's journal."""
    other = logbook.parent / "second.sqlite"
    fill_season(open_db(other), days=1, seed=9)
    assert _export(logbook, outbox, capsys)[0] == 0
    second_outbox = outbox / "second"  # same vessel name, same second: the file names could collide
    second_outbox.mkdir()
    code, path = _export(other, second_outbox, capsys)
    assert code == 0, path
    assert _journal(logbook) != _journal(other)
    assert [e.sequence for e in SentJournal(_journal(other)).entries()] == [1]
