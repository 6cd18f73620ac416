"""Saving and loading the Appendix A logbook: title pages, numbered daily sheets, sign-off and amendments.

All writes go through store.audit (one transaction each, audited); loading uses indexed plain SQL so a full
season opens fast. Events, weather and whales-seen entries are in store.sheet_entries.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING

from whalelog_gui.records.daily_sheet import Amendment, DailyRecordSheet, SheetSignedError, Signature, SignerRole
from whalelog_gui.records.events import LogEvent
from whalelog_gui.records.field_error import FieldError, InvalidRecord, raise_if
from whalelog_gui.records.logbook import Logbook, SheetSummary
from whalelog_gui.records.title_page import TitlePage
from whalelog_gui.records.weather import WeatherObservation
from whalelog_gui.records.whales_seen import WhalesSeenEntry
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.store import audit, integrity
from whalelog_gui.store.db import transaction
from whalelog_gui.store.rows import fetch_all, fetch_existing, fetch_one

if TYPE_CHECKING:
    import sqlite_utils


class NotFound(LookupError):
    pass


# --- title page ----------------------------------------------------------------------------------------------


def save_title_page(db: sqlite_utils.Database, page: TitlePage, who: str, reason: str | None = None) -> str:
    """Insert a new logbook (page.id None) or change a saved one (reason required). Returns the logbook id."""
    raise_if(page.validate())
    with transaction(db):
        clash = fetch_one(
            db,
            "SELECT id FROM logbooks WHERE catcher_name = ? AND season = ?",
            (page.catcher_name.strip(), page.season.strip()),
        )
        if clash and clash["id"] != page.id:
            raise InvalidRecord([FieldError("season", f"{page.catcher_name} already has a logbook for {page.season}")])
        row = page.to_row()
        row["catcher_name"], row["season"] = page.catcher_name.strip(), page.season.strip()
        if page.id is None:
            page.id = audit.insert_record(db, "logbooks", row, who)
        else:
            audit.update_record(db, "logbooks", page.id, row, who, reason)
    return page.id


def load_title_page(db: sqlite_utils.Database, logbook_id: str) -> TitlePage:
    row = fetch_one(db, "SELECT * FROM logbooks WHERE id = ?", (logbook_id,))
    if row is None:
        raise NotFound(f"no logbook {logbook_id}")
    return TitlePage.from_row(row)


def find_logbook(db: sqlite_utils.Database, catcher_name: str, season: str) -> TitlePage | None:
    """The season's title page if already entered: it is entered once and reused."""
    row = fetch_one(db, "SELECT * FROM logbooks WHERE catcher_name = ? AND season = ?", (catcher_name, season))
    return None if row is None else TitlePage.from_row(row)


def list_logbooks(db: sqlite_utils.Database) -> list[TitlePage]:
    return [TitlePage.from_row(r) for r in fetch_all(db, "SELECT * FROM logbooks ORDER BY season DESC, catcher_name")]


# --- sheets --------------------------------------------------------------------------------------------------


def create_sheet(db: sqlite_utils.Database, logbook_id: str, day: date, who: str) -> DailyRecordSheet:
    """Open the day's sheet with the next sheet number (Appendix A Table 1 "Sheet No.")."""
    with transaction(db):
        page = load_title_page(db, logbook_id)
        if fetch_one(db, "SELECT id FROM sheets WHERE logbook_id = ? AND day = ?", (logbook_id, day.isoformat())):
            raise InvalidRecord([FieldError("day", f"{page.catcher_name} already has a sheet for {day}")])
        number = fetch_existing(
            db, "SELECT COALESCE(MAX(sheet_no), 0) + 1 AS n FROM sheets WHERE logbook_id = ?", (logbook_id,)
        )["n"]
        sheet = DailyRecordSheet(logbook_id, day, number, page.catcher_name)
        sheet.id = audit.insert_record(db, "sheets", {"logbook_id": logbook_id, "day": day, "sheet_no": number}, who)
    return sheet


def list_sheets(db: sqlite_utils.Database, logbook_id: str) -> list[SheetSummary]:
    """The numbered sheets of a logbook by day, with their event counts."""
    rows = fetch_all(
        db,
        "SELECT s.id, s.day, s.sheet_no, s.signed_by, s.signed_at, "
        "(SELECT COUNT(*) FROM events e WHERE e.sheet_id = s.id) AS event_count "
        "FROM sheets s WHERE s.logbook_id = ? ORDER BY s.day",
        (logbook_id,),
    )
    return [
        SheetSummary(
            r["id"],
            date.fromisoformat(r["day"]),
            r["sheet_no"],
            r["event_count"],
            r["signed_by"],
            None if r["signed_at"] is None else datetime.fromisoformat(r["signed_at"]),
        )
        for r in rows
    ]


def sheet_id_for_day(db: sqlite_utils.Database, logbook_id: str, day: date) -> str | None:
    row = fetch_one(db, "SELECT id FROM sheets WHERE logbook_id = ? AND day = ?", (logbook_id, day.isoformat()))
    return None if row is None else row["id"]


def load_sheet(db: sqlite_utils.Database, sheet_id: str) -> DailyRecordSheet:
    """The whole sheet: events and weather in time order, edited whales-seen entries, signature, amendments."""
    row = fetch_one(
        db,
        "SELECT s.*, l.catcher_name FROM sheets s JOIN logbooks l ON l.id = s.logbook_id WHERE s.id = ?",
        (sheet_id,),
    )
    if row is None:
        raise NotFound(f"no sheet {sheet_id}")
    sheet = DailyRecordSheet(
        row["logbook_id"], date.fromisoformat(row["day"]), row["sheet_no"], row["catcher_name"], id=row["id"]
    )
    if row["signed_at"] is not None:
        sheet.signature = Signature(
            row["signed_by"], SignerRole(row["signed_role"]), datetime.fromisoformat(row["signed_at"])
        )
    sheet.events = [
        LogEvent.from_row(r)
        for r in fetch_all(db, "SELECT * FROM events WHERE sheet_id = ? ORDER BY at, created_at", (sheet_id,))
    ]
    sheet.weather = [
        WeatherObservation.from_row(r)
        for r in fetch_all(db, "SELECT * FROM weather WHERE sheet_id = ? ORDER BY at", (sheet_id,))
    ]
    sheet.whales_seen_edits = [
        WhalesSeenEntry(SeenSpecies(r["species"]), r["number"], r["schools"], r["other_name"], True, r["id"])
        for r in fetch_all(db, "SELECT * FROM whales_seen WHERE sheet_id = ?", (sheet_id,))
    ]
    sheet.amendments = [
        Amendment(
            r["target_table"],
            r["target_id"],
            json.loads(r["changes_json"]),
            r["reason"],
            r["id"],
            r["created_by"],
            r["created_at"],
        )
        for r in fetch_all(db, "SELECT * FROM amendments WHERE sheet_id = ? ORDER BY created_at", (sheet_id,))
    ]
    return sheet


def check_sheet_editable(db: sqlite_utils.Database, sheet_id: str) -> None:
    """Raise SheetSignedError if the sheet is signed (it can then only be amended)."""
    row = fetch_one(db, "SELECT sheet_no, signed_by, signed_at FROM sheets WHERE id = ?", (sheet_id,))
    if row is None:
        raise NotFound(f"no sheet {sheet_id}")
    if row["signed_at"] is not None:
        raise SheetSignedError(row["sheet_no"], row["signed_by"])


def sign_sheet(db: sqlite_utils.Database, sheet_id: str, signature: Signature, who: str) -> None:
    """Master or inspector signs the day's sheet; from now on it is locked (amendments only)."""
    raise_if(signature.validate())
    with transaction(db):
        check_sheet_editable(db, sheet_id)
        # the signature vouches for the record as the chain has it, never for an edit made outside WhaleLog
        integrity.require_intact(db, "sign-off", integrity.check_signed_record(db, "sheets", sheet_id))
        audit.sign_record(db, "sheets", sheet_id, signature, who)


def add_amendment(db: sqlite_utils.Database, sheet_id: str, amendment: Amendment, who: str) -> str:
    """Record a correction to a signed sheet as a new audited record referring to the original."""
    raise_if(amendment.validate())
    with transaction(db):
        row = fetch_one(db, "SELECT signed_at FROM sheets WHERE id = ?", (sheet_id,))
        if row is None:
            raise NotFound(f"no sheet {sheet_id}")
        if row["signed_at"] is None:
            raise InvalidRecord([FieldError("sheet", "the sheet is not signed yet: edit it directly")])
        if amendment.target_table == "sheets":
            on_sheet = amendment.target_id == sheet_id
        elif amendment.target_id is not None:
            on_sheet = (
                fetch_one(
                    db,
                    f"SELECT id FROM [{amendment.target_table}] WHERE id = ? AND sheet_id = ?",
                    (amendment.target_id, sheet_id),
                )
                is not None
            )
        else:
            on_sheet = True
        if not on_sheet:
            raise InvalidRecord([FieldError("target_id", "the amended record is not on this sheet")])
        columns = {
            "sheet_id": sheet_id,
            "target_table": amendment.target_table,
            "target_id": amendment.target_id,
            **audit.amendment_columns(amendment.changes, amendment.reason),
        }
        return audit.insert_record(db, "amendments", columns, who)


def sheet_audit_trail(db: sqlite_utils.Database, sheet_id: str) -> list[dict]:
    """Every audit row of a sheet and of the records that were ever on it (deleted ones too), oldest first."""
    ids = {sheet_id} | {
        r["record_id"]
        for r in fetch_all(
            db,
            "SELECT record_id FROM audit WHERE action = 'insert' AND json_extract(new_json, '$.sheet_id') = ?",
            (sheet_id,),
        )
    }
    marks = ", ".join("?" * len(ids))
    rows = fetch_all(db, f"SELECT * FROM audit WHERE record_id IN ({marks}) ORDER BY seq", list(ids))
    for row in rows:
        for side in ("old", "new"):
            text = row.pop(f"{side}_json")
            row[side] = None if text is None else json.loads(text)
    return rows


# --- the window's first view ----------------------------------------------------------------------------------


def open_season(db: sqlite_utils.Database, logbook_id: str, day: date | None = None) -> Logbook:
    """What the logbook window shows first: title page, the sheet index, and the day's (or latest) sheet."""
    book = Logbook(load_title_page(db, logbook_id), list_sheets(db, logbook_id))
    chosen = book.sheet_on(day) if day is not None else (book.sheets[-1] if book.sheets else None)
    if chosen is not None:
        book.current_sheet = load_sheet(db, chosen.id)
    return book
