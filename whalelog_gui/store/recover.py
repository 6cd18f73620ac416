"""`whalelog db recover --db BAD --out NEW`: copy what can still be read from a damaged logbook into a new file.

The damaged file is only ever read (mode=ro). The new file is created at the damaged file's schema version, every
readable row of every table is copied in rowid order (a row that cannot be read is skipped and counted), and the new
file is then migrated to this WhaleLog's schema. Triggers are dropped for the copy (they guard edits made through
WhaleLog, e.g. no event added to a signed sheet, and would refuse the rows as they were) and recreated after.
A JSON report names, per table, the rows copied and what could not be read.
Exit codes: 0 every row of every table was read; 1 something was lost (the report lists it); 2 the file cannot be
read as a WhaleLog database at all (not SQLite, another program's file, schema unreadable) or --out exists.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from whalelog_gui.store import open_checks
from whalelog_gui.store.db import migrate_to_latest, open_db, transaction

RECOVERED, PARTIAL, UNREADABLE = 0, 1, 2
SKIP_PROBE = 64  # after an unreadable row, how many rowids ahead to try before jumping further


class Unrecoverable(RuntimeError):
    """Nothing can be read as a WhaleLog logbook."""


@dataclass
class TableReport:
    table: str
    copied: int = 0
    unreadable: list[str] = field(default_factory=list)  # what could not be read, in words


@dataclass
class RecoveryReport:
    source: str
    out: str
    schema_version: int
    quick_check_before: list[str]
    tables: list[TableReport]
    quick_check_after: str = ""

    @property
    def complete(self) -> bool:
        return not any(t.unreadable for t in self.tables)


def _source(path: Path) -> tuple[sqlite3.Connection, int]:
    if not path.is_file():
        raise Unrecoverable(f"{path}: no such file")
    try:
        found = open_checks.inspect_database(path, quick_check=False)
    except open_checks.StoreOpenError as exc:
        raise Unrecoverable(str(exc)) from exc
    if found.new:
        raise Unrecoverable(f"{path}: not a WhaleLog logbook database (no WhaleLog tables)")
    conn = open_checks.read_only_connection(path, immutable=open_checks.no_writer_open(path))
    return conn, found.user_version


def _rows(conn: sqlite3.Connection, table: str, report: TableReport):
    """Every readable row in rowid order; an unreadable stretch is skipped (probing ahead) and reported."""
    after, failed_at = None, object()
    while True:
        where, params = ("WHERE rowid > ?", (after,)) if after is not None else ("", ())
        try:
            cursor = conn.execute(f"SELECT rowid, * FROM [{table}] {where} ORDER BY rowid", params)
            names = [d[0] for d in cursor.description][1:]
            for row in cursor:
                after = row[0]
                yield names, row[1:]
            return
        except sqlite3.DatabaseError as exc:
            stuck = after == failed_at  # the resumed scan failed before reading a row: skip further ahead
            failed_at = after
            resume = _next_readable(conn, table, after, past=stuck)
            if not stuck:
                report.unreadable.append(f"rows after rowid {after if after is not None else 'start'}: {exc}")
            if resume is None:
                report.unreadable.append(f"nothing more could be read after rowid {after}")
                return
            if stuck:  # read this one row on its own, then scan on from it
                cursor = conn.execute(f"SELECT rowid, * FROM [{table}] WHERE rowid = ?", (resume,))
                names = [d[0] for d in cursor.description][1:]
                yield names, cursor.fetchone()[1:]
            after = resume - 1 if not stuck else resume
            failed_at = after


def _next_readable(conn: sqlite3.Connection, table: str, after: int | None, past: bool = False) -> int | None:
    """The next rowid past `after` (beyond it by more than one when `past`) whose row reads, probing one by one,
    then in growing jumps; None when no further row can be found."""
    start = (after or 0) + (2 if past else 1)
    step, probe = 1, start
    for _ in range(200):
        try:
            row = conn.execute(
                f"SELECT rowid FROM [{table}] WHERE rowid >= ? ORDER BY rowid LIMIT 1", (probe,)
            ).fetchone()
            if row is None:
                return None
            conn.execute(f"SELECT * FROM [{table}] WHERE rowid = ?", (row[0],)).fetchone()
            return row[0]
        except sqlite3.DatabaseError:
            probe += step
            if probe - start > SKIP_PROBE:
                step = min(step * 2, 1 << 40)
        except OverflowError:
            return None
    return None


def recover(bad: Path, out: Path) -> RecoveryReport:
    if out.exists():
        raise Unrecoverable(f"{out}: already exists; recovery writes only a new file")
    conn, version = _source(bad)
    try:
        try:
            tables = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
        except sqlite3.DatabaseError as exc:
            raise Unrecoverable(f"{bad}: the schema cannot be read ({exc})") from exc
        try:
            before = [r[0] for r in conn.execute("PRAGMA quick_check(20)")]
        except sqlite3.DatabaseError as exc:
            before = [str(exc)]
        new = open_db(out, migrate=False)
        migrate_to_latest(new, up_to=version)
        new_tables = set(new.table_names())
        triggers = [r for r in new.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")]
        report = RecoveryReport(str(bad), str(out), version, before, [])
        new.conn.execute("PRAGMA foreign_keys = OFF")  # parents may be among the lost rows; copy what there is
        with transaction(new):
            for name, _ in triggers:
                new.conn.execute(f"DROP TRIGGER [{name}]")
            for table in tables:
                if table not in new_tables:
                    continue
                t = TableReport(table)
                columns = {c.name for c in new[table].columns}
                for names, values in _rows(conn, table, t):
                    keep = [(n, v) for n, v in zip(names, values) if n in columns]
                    new.conn.execute(
                        f"INSERT OR IGNORE INTO [{table}] ({', '.join(f'[{n}]' for n, _ in keep)}) "
                        f"VALUES ({', '.join('?' * len(keep))})",
                        [v for _, v in keep],
                    )
                    t.copied += 1
                report.tables.append(t)
            for _, sql in triggers:
                new.conn.execute(sql)
        migrate_to_latest(new)
        new.conn.execute("PRAGMA foreign_keys = ON")
        report.quick_check_after = new.conn.execute("PRAGMA quick_check").fetchone()[0]
        new.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        new.close()
        return report
    finally:
        conn.close()


def recover_command(args: argparse.Namespace) -> int:
    try:
        report = recover(Path(args.db), Path(args.out))
    except Unrecoverable as exc:
        print(f"whalelog: cannot recover: {exc}", file=sys.stderr)
        return UNREADABLE
    doc = asdict(report)
    doc["complete"] = report.complete
    print(json.dumps(doc, indent=1, ensure_ascii=False))
    if not report.complete:
        lost = sum(len(t.unreadable) for t in report.tables)
        print(f"whalelog: partial recovery: {lost} unreadable stretch(es); see the report", file=sys.stderr)
        return PARTIAL
    return RECOVERED
