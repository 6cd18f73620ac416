"""`whalelog authority keygen|receipt|trust|ingest`. Exit 0 done; 1 a bundle that does not verify (receipt) or an
inconsistent ingest; 2 bad input, with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import base64
import getpass
import json
import os
import sqlite3
import sys
from pathlib import Path

from whalelog_gui.export import keys


def _fail(message: str, code: int = 2) -> int:
    print(f"whalelog: {message}", file=sys.stderr)
    return code


def keygen_command(args: argparse.Namespace) -> int:
    from whalelog_gui.authority.receipts import make_authority_key

    try:
        Path(args.out).mkdir(parents=True, exist_ok=True)
        path = make_authority_key(args.out)
        key = keys.load_signing_key(path)
    except (keys.KeyFileError, OSError) as exc:
        return _fail(f"keygen failed: {exc}")
    print(f"authority key {path} (keep it secret); public key {keys.public_key_path_for(path)}")
    print(f"fingerprint {keys.fingerprint(key.public_key())}")
    return 0


def receipt_command(args: argparse.Namespace) -> int:
    from whalelog_gui.authority.receipts import issue_receipt
    from whalelog_gui.export.verify import BundleInvalid

    try:
        authority_key = keys.load_signing_key(args.key)
    except keys.KeyFileError as exc:
        return _fail(f"--key: {exc}")
    try:
        doc = issue_receipt(args.bundle, authority_key, pubkey=args.pubkey)
    except BundleInvalid as exc:
        return _fail(f"no receipt: the bundle does not verify: {exc}", 1)
    data = (json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()
    out = Path(args.out)
    try:
        tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError as exc:
        return _fail(f"cannot write {out}: {exc.strerror or exc}")
    print(f"receipt for bundle {doc['bundle_sequence']} of {doc['vessel']} ({doc['bundle_sha256']}) written to {out}")
    return 0


def trust_command(args: argparse.Namespace) -> int:
    from whalelog_gui.export.commands import NotALogbook, _open_existing
    from whalelog_gui.store import custody
    from whalelog_gui.store.audit import AuditError

    try:
        public = keys.load_public_key_file(args.pubkey)
        db = _open_existing(args.db)
        raw = keys.raw_public_bytes(public)
        who = args.by or getpass.getuser()
        trusted = custody.trust_authority(
            db, args.name or Path(args.pubkey).stem, base64.b64encode(raw).decode(), keys.fingerprint(raw), who
        )
    except (keys.KeyFileError, NotALogbook, AuditError, sqlite3.Error, OSError, KeyError) as exc:
        return _fail(f"trust refused: {exc}")
    print(f"receipts signed by {trusted.name} ({trusted.fingerprint}) are now accepted")
    return 0


def ingest_command(args: argparse.Namespace) -> int:
    from whalelog_gui.authority.ingest import ingest_one
    from whalelog_gui.authority.ledger import LedgerError, SQLiteLedger

    try:
        ledger = SQLiteLedger(args.ledger)
    except LedgerError as exc:
        return _fail(str(exc))
    consistent = True
    try:
        for file in args.files:
            result = ingest_one(ledger, file)
            consistent &= result.consistent
            print(json.dumps(result.to_json(), ensure_ascii=False), flush=True)
    except sqlite3.Error as exc:
        return _fail(f"ledger {args.ledger}: {exc}")
    finally:
        ledger.close()
    return 0 if consistent else 1
