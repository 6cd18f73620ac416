"""The Transmission view on a real demo season: export on the thread pool, verify, receipts, Print / PDF."""

import base64
import json
from datetime import datetime, timezone

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from whalelog_gui.demo_data import fill_season
from whalelog_gui.export import keys
from whalelog_gui.export.receipt import receipt_for, sign_receipt
from whalelog_gui.export.verify import verify_bundle
from whalelog_gui.store import custody
from whalelog_gui.store.db import open_db
from whalelog_gui.ui.forms.transmission import TransmissionPage


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "data" / "whalelog.sqlite"


@pytest.fixture
def page(qtbot, db_path):
    db_path.parent.mkdir()
    db = open_db(db_path)
    fill_season(db, days=2, seed=3)
    widget = TransmissionPage(db, db_path)
    qtbot.addWidget(widget)
    widget.show()  # the page reads the season when it is looked at, not when it is built
    yield widget
    widget.pool.waitForDone(30000)
    db.close()


def _counts(page) -> dict[str, tuple[int, int, int]]:
    t = page.status_table
    return {t.item(r, 0).text(): tuple(int(t.item(r, c).text()) for c in (1, 2, 3)) for r in range(t.rowCount())}


def _export(page, qtbot):
    progress = []
    job = page.start_export()
    assert job is not None and not page.export_button.isEnabled()
    job.signals.progress.connect(lambda stage, *_: progress.append(stage))
    qtbot.waitUntil(lambda: page.job is None, timeout=30000)
    return progress


def test_fingerprint_shown_large_is_the_installation_key(page, db_path):
    assert page.fingerprint.text() == "No signing key yet: the first export makes one"
    assert not keys.key_path_for(db_path).exists(), "showing the page must not make a key (only an export may)"
    key = keys.load_or_create_signing_key(keys.key_path_for(db_path))
    page.show_fingerprint()
    assert page.fingerprint.text().split() == keys.fingerprint(key.public_key()).split()
    assert page.fingerprint.font().pointSizeF() > page.font().pointSizeF()


def test_export_from_the_view_writes_a_bundle_that_verifies(page, qtbot, db_path, tmp_path):
    out = tmp_path / "usb"
    page.out_dir.setText(str(out))
    assert _counts(page)["Daily record sheets"] == (2, 0, 0)
    progress = _export(page, qtbot)
    result = page.last_result
    assert result is not None, page.message.text()
    assert "zip" in progress and "marked" in progress
    assert page.message.text().startswith(f"Bundle 1 written: {result.path}")
    bundle = verify_bundle(result.path, pubkey=keys.key_path_for(db_path).with_name(keys.PUBLIC_KEY_FILE_NAME))
    assert bundle.pinned and bundle.manifest["sequence"] == 1
    assert any(name.startswith("pdf/") for name in bundle.manifest["files"])
    assert _counts(page)["Daily record sheets"] == (0, 2, 0)
    assert page.pending.text() == "Nothing to send."
    assert page.bundle_table.item(0, 0).text() == "1"
    assert page.export_button.isEnabled()

    _export(page, qtbot)
    assert page.message.text() == "Nothing to send: every record has been sent already"


def test_receipt_import_marks_acknowledged_and_a_bad_receipt_is_refused(page, qtbot, tmp_path):
    page.out_dir.setText(str(tmp_path / "out"))
    _export(page, qtbot)
    result = page.last_result
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {"bundle_sequence": 1, "bundle_sha256": "0" * 64, "vessel": "x", "received_at": "2026-01-01T00:00:00Z"}
        )
    )
    assert not page.import_receipt_file(bad)
    assert page.message.text().startswith("Receipt refused:")
    vessel = verify_bundle(result.path).manifest["vessel"]["name"]
    receipt = receipt_for(result.sha256, result.sequence, vessel, datetime.now(timezone.utc))
    authority = Ed25519PrivateKey.generate()
    raw = keys.raw_public_bytes(authority.public_key())
    custody.trust_authority(page.db, "Authority", base64.b64encode(raw).decode(), keys.fingerprint(raw), "Master")
    good = tmp_path / "receipt.json"
    good.write_text(json.dumps(sign_receipt(receipt, authority)))
    assert page.import_receipt_file(good), page.message.text()
    assert _counts(page)["Daily record sheets"] == (0, 0, 2)
    assert page.bundle_table.item(0, 4).text() != "not yet"


def test_print_a_single_form_to_pdf(page, tmp_path):
    labels = [page.printer.forms.itemText(i) for i in range(page.printer.forms.count())]
    sheet = next(i for i, label in enumerate(labels) if label.startswith("Daily record sheet"))
    assert any(label.startswith("Title page") for label in labels)
    path = page.printer.write_pdf(sheet, tmp_path / "sheet.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
    assert page.printer.result.text() == "Saved sheet.pdf"


def test_building_the_page_does_not_read_the_season(qtbot, tmp_path, monkeypatch):
    """The main window builds every page at start-up; the Transmission counts wait until the page is shown."""
    from whalelog_gui.store.db import open_db
    from whalelog_gui.ui.forms.transmission import transmission_page

    calls = []
    monkeypatch.setattr(transmission_page.TransmissionPage, "refresh", lambda self: calls.append(1))
    db = open_db(tmp_path / "empty.sqlite")
    page = transmission_page.TransmissionPage(db, tmp_path / "empty.sqlite")
    qtbot.addWidget(page)
    assert calls == []
    page.show()
    assert calls == [1]
    db.conn.close()


def test_lost_key_blocks_export_loudly_and_makes_no_new_key(page, qtbot, db_path, tmp_path):
    """Issue 11: after a bundle was sent, a deleted key is an alarm on the page, never a silent new key."""
    page.out_dir.setText(str(tmp_path / "out"))
    _export(page, qtbot)
    assert page.last_result is not None and page.fingerprint.property("role") != "alarm"
    key = keys.key_path_for(db_path)
    key.unlink()
    page.refresh()
    assert page.fingerprint.property("role") == "alarm" and "signing key missing" in page.fingerprint.text()
    assert not page.export_button.isEnabled()
    # even an export started anyway (a script, a race) is refused with the reason and makes no key
    page.export_button.setEnabled(True)
    _export(page, qtbot)
    assert "whalelog key replace" in page.message.text()
    assert not key.exists() and not page.export_button.isEnabled()


def test_built_in_steps_export_stays_off_until_the_signing_key_is_read(qtbot, db_path):
    """At start-up the page is made on one turn and its key read on the next (issue 14): in between, Export is
    off, not on by default, and an integrity result arriving then does not turn it on."""
    db_path.parent.mkdir()
    db = open_db(db_path)
    fill_season(db, days=1, seed=3)
    page = TransmissionPage(db, db_path, staged=True)
    qtbot.addWidget(page)
    assert not page.key_ok and not page.export_button.isEnabled()
    page._enable_export()  # what an integrity result arriving meanwhile calls
    assert not page.export_button.isEnabled()
    for _ in page.steps:
        pass
    # no key yet (the first export makes one): not an alarm, Export on
    assert page.key_ok and page.export_button.isEnabled()
    assert "first export makes one" in page.fingerprint.text()
    db.close()


def test_what_has_been_sent_is_read_off_the_gui_thread_and_a_refresh_meanwhile_reads_again(qtbot, db_path, monkeypatch):
    """~3 s of Python on a 200-day season: read on the GUI thread it froze the bridge at every look at this tab."""
    import threading

    from whalelog_gui.ui.forms.transmission import sent_status

    db_path.parent.mkdir()
    db = open_db(db_path)
    fill_season(db, days=2, seed=3)
    on_gui_thread, release = [], threading.Event()
    real = sent_status.read_transmission

    def recorded(db_):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        if len(on_gui_thread) == 1:
            release.wait(10)  # the first read is still running when the page is asked again
        return real(db_)

    monkeypatch.setattr(sent_status, "read_transmission", recorded)
    page = TransmissionPage(db, db_path, read_in_background=True)
    qtbot.addWidget(page)
    page.show()  # looked at: the first read starts
    assert page.pending.text() == "Reading what has been sent…" and page.status_table.rowCount() == 0
    page.refresh()  # e.g. a record saved on another page meanwhile: read once more, after this read
    release.set()
    qtbot.waitUntil(lambda: len(on_gui_thread) == 2 and not page.jobs.busy, timeout=20000)
    assert on_gui_thread == [False, False]
    assert page.status_table.rowCount() > 0 and page.pending.text().startswith("Also unsent")
    assert page.printer.forms.count() > 0  # the printable forms come from the same read
    db.close()


def test_a_read_that_fails_is_said_in_the_alarm_colour(qtbot, db_path, monkeypatch):
    from whalelog_gui.ui.forms.transmission import sent_status

    db_path.parent.mkdir()
    db = open_db(db_path)

    def broken(_db):
        raise OSError("disk I/O error")

    monkeypatch.setattr(sent_status, "read_transmission", broken)
    page = TransmissionPage(db, db_path, read_in_background=True)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.jobs.busy, timeout=20000)
    assert page.pending.text() == "What has been sent could not be read: disk I/O error"
    assert page.pending.property("role") == "alarm"
    db.close()
