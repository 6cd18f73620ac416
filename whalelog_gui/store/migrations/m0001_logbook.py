"""Schema version 1: audit trail, Appendix A logbook (title page, daily record sheets, events, weather, whales
seen, amendments), track log, alert history, drafts, settings, crew.

Record tables share the audited columns id (UUID text, stable for bundle export), created_at, updated_at
(UTC ISO 8601), created_by, updated_by. Decimal measurements are stored as TEXT so they round-trip exactly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


VERSION = 1

_RECORD = """id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_by TEXT"""

_SIGNED_SHEET = "(SELECT signed_at FROM sheets WHERE id = {ref}.sheet_id) IS NOT NULL"

STATEMENTS = [
    # Append-only: who, when, what (old -> new as JSON) and why, for every change of every record.
    """CREATE TABLE audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL,
    table_name TEXT NOT NULL, record_id TEXT NOT NULL, reason TEXT, old_json TEXT, new_json TEXT)""",
    "CREATE INDEX audit_record ON audit (table_name, record_id)",
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END",
    "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value_json TEXT NOT NULL, updated_at TEXT NOT NULL)",
    f"""CREATE TABLE crew ({_RECORD}, name TEXT NOT NULL, role TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1)""",
    # Schedule Appendix A title page: one logbook per catcher per season.
    f"""CREATE TABLE logbooks ({_RECORD},
    catcher_name TEXT NOT NULL, season TEXT NOT NULL, year_built INTEGER, attached_to TEXT,
    overall_length_m TEXT, hull TEXT, gross_tonnage TEXT, engine_type TEXT, horsepower TEXT,
    max_speed_kn TEXT, avg_search_speed_kn TEXT, asdic_make_model TEXT, asdic_installed_on TEXT,
    cannon_make_size TEXT, first_harpoon_type TEXT, first_harpoon_kind TEXT, killer_harpoon_type TEXT,
    forerunner_length_m TEXT, forerunner_type TEXT, whaleline_type TEXT, barrel_height_m TEXT,
    speedboat_used INTEGER, captain_name TEXT, captain_years INTEGER, gunner_name TEXT, gunner_years INTEGER,
    crew_count INTEGER, UNIQUE (catcher_name, season))""",
    # Schedule Appendix A Table 1: one daily record sheet per catcher per day, numbered.
    f"""CREATE TABLE sheets ({_RECORD},
    logbook_id TEXT NOT NULL REFERENCES logbooks(id), day TEXT NOT NULL, sheet_no INTEGER NOT NULL,
    signed_by TEXT, signed_role TEXT, signed_at TEXT,
    UNIQUE (logbook_id, day), UNIQUE (logbook_id, sheet_no))""",
    f"""CREATE TABLE events ({_RECORD},
    sheet_id TEXT NOT NULL REFERENCES sheets(id), kind TEXT NOT NULL, at TEXT NOT NULL,
    lat REAL, lon REAL, no_fix INTEGER NOT NULL DEFAULT 0,
    species TEXT, other_species TEXT, number_seen INTEGER, number_of_groups INTEGER,
    found_lat REAL, found_lon REAL, found_by_catcher TEXT, asdic_used INTEGER, catch_serial TEXT,
    delivered_at TEXT, other_text TEXT, note TEXT)""",
    "CREATE INDEX events_sheet_at ON events (sheet_id, at)",
    f"""CREATE TABLE weather ({_RECORD},
    sheet_id TEXT NOT NULL REFERENCES sheets(id), at TEXT NOT NULL, sea_state INTEGER NOT NULL,
    wind_force INTEGER NOT NULL, wind_direction_deg INTEGER, visibility_nm TEXT, note TEXT)""",
    "CREATE INDEX weather_sheet_at ON weather (sheet_id, at)",
    # Edited entries of the whales-seen tally; species not listed here are tallied from the sightings.
    f"""CREATE TABLE whales_seen ({_RECORD},
    sheet_id TEXT NOT NULL REFERENCES sheets(id), species TEXT NOT NULL, other_name TEXT NOT NULL DEFAULT '',
    number INTEGER NOT NULL, schools INTEGER NOT NULL, UNIQUE (sheet_id, species, other_name))""",
    # After sign-off a sheet is only amended: a new record referencing the original, never an edit.
    f"""CREATE TABLE amendments ({_RECORD},
    sheet_id TEXT NOT NULL REFERENCES sheets(id), target_table TEXT NOT NULL, target_id TEXT,
    changes_json TEXT NOT NULL, reason TEXT NOT NULL)""",
    "CREATE INDEX amendments_sheet ON amendments (sheet_id)",
    # Thinned track: t is UTC unix seconds (compact, and unique per kept fix).
    """CREATE TABLE track (t INTEGER PRIMARY KEY, lat REAL NOT NULL, lon REAL NOT NULL,
    sog_kn REAL, cog_deg REAL, alert INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE alert_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, at TEXT NOT NULL, alert_id TEXT NOT NULL,
    alert_key TEXT NOT NULL, change TEXT NOT NULL, category TEXT NOT NULL, state TEXT NOT NULL, title TEXT NOT NULL,
    paragraph TEXT, area_id TEXT, lat REAL, lon REAL, acknowledged_by TEXT, who TEXT)""",
    "CREATE INDEX alert_log_at ON alert_log (at)",
    "CREATE TABLE drafts (form_key TEXT PRIMARY KEY NOT NULL, data_json TEXT NOT NULL, saved_at TEXT NOT NULL)",
    # Sign-off lock enforced in the file too, so no code path can edit a signed sheet.
    """CREATE TRIGGER sheets_signed_no_update BEFORE UPDATE ON sheets WHEN OLD.signed_at IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'sheet is signed: amend it instead'); END""",
    """CREATE TRIGGER sheets_signed_no_delete BEFORE DELETE ON sheets WHEN OLD.signed_at IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'sheet is signed: amend it instead'); END""",
]

for _table in ("events", "weather", "whales_seen"):
    for _op, _ref in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
        STATEMENTS.append(
            f"CREATE TRIGGER {_table}_signed_no_{_op.lower()} BEFORE {_op} ON {_table} "
            f"WHEN {_SIGNED_SHEET.format(ref=_ref)} "
            "BEGIN SELECT RAISE(ABORT, 'sheet is signed: amend it instead'); END"
        )


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.conn.execute(statement)
