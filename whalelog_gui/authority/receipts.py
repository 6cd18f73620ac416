"""Issue a signed receipt for a bundle that verifies (export/receipt.py holds the format both sides share)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from whalelog_gui.export import keys
from whalelog_gui.export.receipt import receipt_for, sign_receipt
from whalelog_gui.export.verify import verify_bundle

AUTHORITY_KEY_FILE_NAME = "authority-key.pem"


def make_authority_key(out_dir: str | Path) -> Path:
    """A new authority key pair in out_dir (private 0600, public .pub.pem beside it); never overwrites one."""
    path = Path(out_dir) / AUTHORITY_KEY_FILE_NAME
    keys.create_signing_key(path)
    return path


def issue_receipt(
    bundle_path: str | Path, authority_key, *, pubkey: str | Path | None = None, now: datetime | None = None
) -> dict:
    """The signed receipt document for a bundle; BundleInvalid when the bundle does not verify."""
    bundle = verify_bundle(bundle_path, pubkey=pubkey)
    m = bundle.manifest
    moment = now or datetime.now(timezone.utc)
    return sign_receipt(receipt_for(bundle.sha256, m["sequence"], m["vessel"]["name"], moment), authority_key)
