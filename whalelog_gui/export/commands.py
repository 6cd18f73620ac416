"""`whalelog bundle export|verify|receipt`: thin wrappers over the export core; exit codes are the contract.

export:  last stdout line = the bundle path; exit 0, or 2 with a one-line reason on stderr (e.g. nothing to send).
verify:  a JSON summary on stdout; exit 0 valid, 1 invalid (the reason in the JSON and on stderr), 2 bad usage;
         valid but no --pubkey: "warnings" in the JSON and one `whalelog: WARNING:` line per warning on stderr.
--db must already be a WhaleLog database: checked read-only first, because open_db would make any file one.
receipt: exit 0 when the bundle is marked acknowledged, 2 with the reason otherwise.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

from whalelog_gui.export import keys
from whalelog_gui.export.bundle import ExportError, NothingToSend, export_steps
from whalelog_gui.export.custody import CustodyError, KeyCustody
from whalelog_gui.export.receipt import ReceiptError, import_receipt
from whalelog_gui.export.verify import BundleInvalid, verify_bundle
from whalelog_gui.store.db import open_db
from whalelog_gui.store.logbook_file import logbook_problem
from whalelog_gui.store.transmission import TransmissionError


def _fail(message: str, code: int = 2) -> int:
    print(f"whalelog: {message}", file=sys.stderr)
    return code


class NotALogbook(ValueError):
    """--db names no file, or a file that is not a WhaleLog logbook database."""


def _open_existing(path: str):
    problem = logbook_problem(Path(path))
    if problem:
        raise NotALogbook(f"{path}: {problem}")
    return open_db(path)


def default_pdf_renderer():
    """export/pdf.py needs QtGui; imported only when a bundle is written, so the core stays Qt-free."""
    from whalelog_gui.export.pdf import render_forms

    return render_forms


def export_command(args: argparse.Namespace) -> int:
    try:
        db = _open_existing(args.db)
        custody = KeyCustody(db, args.db)  # never a new key for a logbook with history (custody.py)
        custody.journal_custody.use_outbox(args.out)  # its copy of the journal survives a restore of the data folder
        signing_key = custody.signing_key_for_export()
        Path(args.out).mkdir(parents=True, exist_ok=True)
        steps = export_steps(
            db,
            Path(args.out),
            signing_key,
            all_records=bool(args.all),
            pdf_renderer=default_pdf_renderer(),
            journal=custody.journal_custody.journals(),
        )
        stage = None
        while True:
            try:
                step = next(steps)
            except StopIteration as done:
                result = done.value
                break
            if step.stage != stage:  # one line per stage, not per file
                stage = step.stage
                print(f"{step.stage}: {step.message}", flush=True)
    except (NothingToSend, CustodyError) as exc:
        return _fail(str(exc))
    except (ExportError, NotALogbook, TransmissionError, keys.KeyFileError, sqlite3.Error, OSError) as exc:
        return _fail(f"export failed: {exc}")
    counts = sum(sum(c.values()) for c in result.record_counts.values())
    print(
        f"bundle {result.sequence}: {counts} records, {result.track_points} track points, "
        f"{result.alerts} alerts, {result.size} bytes, sha256 {result.sha256}"
    )
    print(result.path)
    return 0


def verify_command(args: argparse.Namespace) -> int:
    try:
        bundle = verify_bundle(args.file, pubkey=args.pubkey, previous=args.previous)
    except Exception as exc:  # noqa: BLE001 - BundleInvalid, or a hostile input nobody foresaw: still invalid
        if not isinstance(exc, BundleInvalid):
            exc = BundleInvalid(f"cannot be verified: {type(exc).__name__}: {exc}")
        reason = " ".join(str(exc).split())  # one line, whatever the message held
        print(json.dumps({"valid": False, "file": args.file, "reason": reason}, indent=1))
        print(f"whalelog: invalid bundle: {reason}", file=sys.stderr)
        return 1
    for notice in bundle.notices:  # custody declarations the bundle carries, e.g. "key replaced: <reason>"
        print(f"whalelog: {notice}", file=sys.stderr)
    for warning in bundle.warnings:
        print(f"whalelog: WARNING: {warning}", file=sys.stderr)
    print(json.dumps(bundle.summary(), indent=1, ensure_ascii=False))
    return 0


def receipt_command(args: argparse.Namespace) -> int:
    try:
        db = _open_existing(args.db)
        sent = import_receipt(db, args.file)
    except (ReceiptError, NotALogbook, sqlite3.Error, OSError) as exc:
        return _fail(f"receipt refused: {exc}")
    print(f"bundle {sent.seq} ({sent.file_name}) acknowledged, received {sent.acknowledged_at}")
    return 0
