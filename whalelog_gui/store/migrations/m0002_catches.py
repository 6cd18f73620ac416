"""Schema version 2: catch records (Schedule paras 20(b), 24(b), 27(c), 29) with their compliance flags and the
crew's explanations (para 24(b)(6)), whales struck but lost (para 25(a)(2)), and the Appendix A Table 2
schooling reports. Signed catches and reports are locked in the file itself; corrections are amendments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


VERSION = 2

_RECORD = """id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_by TEXT"""
_SIGNATURE = "signed_by TEXT, signed_role TEXT, signed_at TEXT"
_LOCKED = "BEGIN SELECT RAISE(ABORT, '{what} is signed: amend it instead'); END"

STATEMENTS = [
    # Lengths are kept as entered (raw, unit, inches) and as logged (para 23); Decimals as TEXT.
    f"""CREATE TABLE catches ({_RECORD},
    catcher TEXT NOT NULL, catch_order INTEGER NOT NULL CHECK (catch_order >= 1), species TEXT NOT NULL,
    time_taken TEXT NOT NULL, time_killed TEXT, time_hauled_up TEXT,
    lat REAL, lon REAL, position_from_gps INTEGER NOT NULL DEFAULT 1,
    length_raw TEXT, length_raw_inches TEXT, length_unit TEXT CHECK (length_unit IN ('m', 'ft')), length_logged TEXT,
    sex TEXT NOT NULL, gland_raw_cm TEXT, gland_logged_cm TEXT, milk_present INTEGER, lactating INTEGER,
    not_lactating_evidence TEXT NOT NULL DEFAULT '',
    foetus_present INTEGER NOT NULL DEFAULT 0, foetus_length_raw TEXT, foetus_length_raw_inches TEXT,
    foetus_length_unit TEXT, foetus_length_logged TEXT, foetus_sex TEXT,
    killing_method TEXT NOT NULL DEFAULT '', suckling_calf INTEGER NOT NULL DEFAULT 0,
    accompanied_by_calf INTEGER NOT NULL DEFAULT 0, local_consumption INTEGER NOT NULL DEFAULT 0,
    used_as_fender INTEGER NOT NULL DEFAULT 0, remarks TEXT NOT NULL DEFAULT '',
    operation TEXT NOT NULL, area_ids_json TEXT, {_SIGNATURE})""",
    "CREATE INDEX catches_time ON catches (time_taken)",
    "CREATE INDEX catches_marking ON catches (catcher, catch_order)",
    f"""CREATE TABLE catch_specimens ({_RECORD},
    catch_id TEXT NOT NULL REFERENCES catches(id), kind TEXT NOT NULL, label TEXT NOT NULL, weight_kg TEXT)""",
    "CREATE INDEX catch_specimens_catch ON catch_specimens (catch_id)",
    f"""CREATE TABLE catch_flags ({_RECORD},
    catch_id TEXT NOT NULL REFERENCES catches(id), rule_id TEXT NOT NULL, paragraph TEXT NOT NULL,
    explanation TEXT NOT NULL, uncertain INTEGER NOT NULL DEFAULT 0, crew_explanation TEXT NOT NULL DEFAULT '',
    UNIQUE (catch_id, rule_id))""",
    f"""CREATE TABLE catch_amendments ({_RECORD},
    catch_id TEXT NOT NULL REFERENCES catches(id), changes_json TEXT NOT NULL, reason TEXT NOT NULL)""",
    "CREATE INDEX catch_amendments_catch ON catch_amendments (catch_id)",
    f"""CREATE TABLE struck_lost ({_RECORD},
    catcher TEXT NOT NULL, time_struck TEXT NOT NULL, species TEXT, lat REAL, lon REAL,
    killing_method TEXT NOT NULL DEFAULT '', remarks TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX struck_lost_time ON struck_lost (time_struck)",
    # Appendix A Table 2: one report per day per expedition or coastal station.
    f"""CREATE TABLE schooling_reports ({_RECORD},
    name TEXT NOT NULL, day TEXT NOT NULL, catchers_json TEXT NOT NULL, noon_lat REAL, noon_lon REAL,
    noon_position_edited INTEGER NOT NULL DEFAULT 0, remarks TEXT NOT NULL DEFAULT '', {_SIGNATURE},
    UNIQUE (name, day))""",
    f"""CREATE TABLE schools ({_RECORD},
    report_id TEXT NOT NULL REFERENCES schooling_reports(id), column_no INTEGER NOT NULL, time_found TEXT NOT NULL,
    total INTEGER NOT NULL CHECK (total >= 1), takeable INTEGER NOT NULL CHECK (takeable BETWEEN 0 AND total),
    remarks TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX schools_report ON schools (report_id, column_no)",
    # caught NULL with chased 0 is the form's X (did not chase); chased 1 with 0 caught is the form's 0.
    f"""CREATE TABLE school_catches ({_RECORD},
    school_id TEXT NOT NULL REFERENCES schools(id), catcher TEXT NOT NULL, chased INTEGER NOT NULL,
    caught INTEGER, CHECK ((chased = 0 AND caught IS NULL) OR (chased = 1 AND caught >= 0)),
    UNIQUE (school_id, catcher))""",
    f"CREATE TRIGGER catches_signed_no_update BEFORE UPDATE ON catches WHEN OLD.signed_at IS NOT NULL "
    f"{_LOCKED.format(what='catch')}",
    f"CREATE TRIGGER catches_signed_no_delete BEFORE DELETE ON catches WHEN OLD.signed_at IS NOT NULL "
    f"{_LOCKED.format(what='catch')}",
    f"CREATE TRIGGER schooling_signed_no_update BEFORE UPDATE ON schooling_reports WHEN OLD.signed_at IS NOT NULL "
    f"{_LOCKED.format(what='schooling report')}",
    f"CREATE TRIGGER schooling_signed_no_delete BEFORE DELETE ON schooling_reports WHEN OLD.signed_at IS NOT NULL "
    f"{_LOCKED.format(what='schooling report')}",
]

_CHILD_LOCKS = [
    ("catch_specimens", "(SELECT signed_at FROM catches WHERE id = {ref}.catch_id)", "catch"),
    ("catch_flags", "(SELECT signed_at FROM catches WHERE id = {ref}.catch_id)", "catch"),
    ("schools", "(SELECT signed_at FROM schooling_reports WHERE id = {ref}.report_id)", "schooling report"),
    (
        "school_catches",
        "(SELECT r.signed_at FROM schooling_reports r JOIN schools s ON s.report_id = r.id "
        "WHERE s.id = {ref}.school_id)",
        "schooling report",
    ),
]
for _table, _signed, _what in _CHILD_LOCKS:
    for _op, _ref in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
        STATEMENTS.append(
            f"CREATE TRIGGER {_table}_signed_no_{_op.lower()} BEFORE {_op} ON {_table} "
            f"WHEN {_signed.format(ref=_ref)} IS NOT NULL {_LOCKED.format(what=_what)}"
        )


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.conn.execute(statement)
