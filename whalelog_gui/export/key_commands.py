"""`whalelog key rotate|replace` and `whalelog bundle adopt-journal`: the explicit custody changes (custody.py).

Exit 0 with what happened on stdout; 2 with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import sqlite3

from whalelog_gui.export.commands import NotALogbook, _fail, _open_existing
from whalelog_gui.export.custody import CustodyError, KeyCustody
from whalelog_gui.export.keys import KeyFileError
from whalelog_gui.store.audit import AuditError


def _who(args: argparse.Namespace) -> str:
    if args.by:
        return args.by
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"


def _run(args: argparse.Namespace, action) -> int:
    try:
        db = _open_existing(args.db)
        return action(KeyCustody(db, args.db, copies=getattr(args, "journal", None) or []))
    except (CustodyError, NotALogbook, KeyFileError, AuditError, sqlite3.Error, OSError) as exc:
        return _fail(str(exc))


def rotate_command(args: argparse.Namespace) -> int:
    def rotate(custody: KeyCustody) -> int:
        d = custody.rotate(_who(args), args.reason or "scheduled key rotation")
        print(
            f"new key {d.new_fingerprint} made beside {custody.key_path.name}; the next bundle, signed by the "
            f"current key {d.old_fingerprint}, announces it; the export after that signs with it"
        )
        return 0

    return _run(args, rotate)


def replace_command(args: argparse.Namespace) -> int:
    def replace(custody: KeyCustody) -> int:
        d = custody.replace(_who(args), args.reason)
        print(f"key {d.old_fingerprint} declared lost: {d.reason}")
        print(
            f"new key {d.new_fingerprint} in {custody.key_path}; the next bundle carries the declaration; "
            "give the authority the new fingerprint by another channel"
        )
        return 0

    return _run(args, replace)


def adopt_journal_command(args: argparse.Namespace) -> int:
    def adopt(custody: KeyCustody) -> int:
        d = custody.journal_custody.adopt(_who(args), args.reason)
        print(
            f"the chain continues after bundle {d.continues_after_seq} ({d.continues_after_sha256}); records sent "
            "in the adopted bundles go again in the next bundle"
        )
        return 0

    return _run(args, adopt)
