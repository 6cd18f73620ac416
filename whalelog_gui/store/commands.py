"""`whalelog db verify|declare-break`: the logbook's integrity from the command line (issue 11).

verify:        a JSON report on stdout; exit 0 intact, 1 any integrity break (each listed in "breaks"),
               2 the file cannot be read as a WhaleLog database (one line on stderr, never a traceback).
               The file is only read: an older schema is checked in an upgraded copy in memory.
declare-break: the master's declaration (--reason, --by) accepting the breaks found now; exit 0 with a JSON
               summary, 2 with one line when there is nothing to declare or the input is refused.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

import sqlite_utils

from whalelog_gui.store.audit import AuditError
from whalelog_gui.store.db import SCHEMA_VERSION, migrate_to_latest, open_db, sqlite_database, user_version
from whalelog_gui.store.break_declaration import declare_break
from whalelog_gui.store.integrity import check_logbook
from whalelog_gui.store.logbook_file import logbook_problem


def _fail(message: str) -> int:
    print(f"whalelog: {message}", file=sys.stderr)
    return 2


def open_for_check(path: Path) -> tuple[sqlite_utils.Database, int]:
    """A read-only view of the logbook (schema version as found), upgraded in memory when older."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    db = sqlite_database(conn)
    version = user_version(db)
    if version < SCHEMA_VERSION:  # no chain in the file yet: check what an upgrade would chain, file untouched
        memory = sqlite3.connect(":memory:", isolation_level=None)
        conn.backup(memory)
        conn.close()
        db = sqlite_database(memory)
        migrate_to_latest(db)
    return db, version


def verify_command(args: argparse.Namespace) -> int:
    path = Path(args.db)
    problem = logbook_problem(path)
    if problem:
        return _fail(f"{path}: {problem}")
    try:
        db, version = open_for_check(path)
        report = check_logbook(db)
    except (sqlite3.Error, RuntimeError, ValueError, OSError) as exc:
        return _fail(f"{path}: cannot be read as a WhaleLog database ({exc})")
    out = {"database": str(path), "schema_version": version, **report.to_json()}
    if version < SCHEMA_VERSION:
        out["note"] = (
            f"schema {version} file: no hash chain yet; checked as the upgrade to {SCHEMA_VERSION} would chain it"
        )
    print(json.dumps(out, indent=1, ensure_ascii=False))
    if not report.intact:
        print(f"whalelog: integrity broken: {len(report.breaks)} break(s): {report.names()}", file=sys.stderr)
        return 1
    return 0


def declare_break_command(args: argparse.Namespace) -> int:
    path = Path(args.db)
    problem = logbook_problem(path)
    if problem:
        return _fail(f"{path}: {problem}")
    try:
        db = open_db(path)
        declaration_id, report = declare_break(db, args.reason, args.by)
    except AuditError as exc:
        return _fail(f"declaration refused: {exc}")
    except (sqlite3.Error, RuntimeError, OSError) as exc:
        return _fail(f"{path}: {exc}")
    print(
        json.dumps(
            {
                "declaration": declaration_id,
                "by": args.by.strip(),
                "reason": args.reason.strip(),
                "accepted_breaks": report.to_json()["breaks"],
            },
            indent=1,
            ensure_ascii=False,
        )
    )
    return 0
