"""Saving and loading Appendix A Table 2 schooling reports through the audited API; signed reports are locked."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from whalelog_gui.records.daily_sheet import Signature, SignerRole
from whalelog_gui.records.field_error import FieldError, InvalidRecord, raise_if
from whalelog_gui.records.schooling import DID_NOT_CHASE, School, SchoolingReport, noon_position, noon_utc
from whalelog_gui.store import audit, integrity
from whalelog_gui.store.db import transaction
from whalelog_gui.store.rows import fetch_all, fetch_one
from whalelog_gui.store.track import track_between

if TYPE_CHECKING:
    import sqlite_utils

NOON_WINDOW = timedelta(hours=1)  # the fixes either side of noon must be this close to interpolate


class NotFound(LookupError):
    pass


class ReportSignedError(PermissionError):
    def __init__(self, name: str, day: str):
        super().__init__(f"schooling report {name} {day} is signed: it cannot be edited")


def noon_position_from_track(db: sqlite_utils.Database, day: date, ship_tz: tzinfo) -> tuple[float, float] | None:
    """The ship's position at noon ship's time from the recorded track, or None (the user enters it)."""
    noon = noon_utc(day, ship_tz)
    return noon_position(track_between(db, noon - NOON_WINDOW, noon + NOON_WINDOW), day, ship_tz, NOON_WINDOW)


def new_schooling_report(
    db: sqlite_utils.Database,
    name: str,
    day: date,
    catchers: list[str],
    ship_tz: tzinfo,
    *,
    track_is_factory_ship: bool = True,
) -> SchoolingReport:
    """A fresh form for the day: the fleet from settings, the noon position from the track (editable) when this
    installation is the factory ship; a catcher's or a land station's own track is not the factory ship's."""
    position = noon_position_from_track(db, day, ship_tz) if track_is_factory_ship else None
    lat, lon = position if position is not None else (None, None)
    return SchoolingReport(name, day, list(catchers), lat, lon)


def save_schooling_report(
    db: sqlite_utils.Database, report: SchoolingReport, who: str, reason: str | None = None
) -> str:
    """Insert, or update with a reason; schools and catcher cells are synced. InvalidRecord: nothing written."""
    raise_if(report.validate())
    row = {
        "name": report.name.strip(),
        "day": report.day,
        "catchers_json": json.dumps(report.catchers),
        "noon_lat": report.noon_lat,
        "noon_lon": report.noon_lon,
        "noon_position_edited": report.noon_position_edited,
        "remarks": report.remarks,
    }
    with transaction(db):
        old = fetch_one(db, "SELECT name, day, signed_at FROM schooling_reports WHERE id = ?", (report.id,))
        if old is None:
            clash = fetch_one(
                db, "SELECT id FROM schooling_reports WHERE name = ? AND day = ?", (row["name"], report.day.isoformat())
            )
            if clash is not None:
                raise InvalidRecord(
                    [FieldError("day", "there is already a schooling report for this day (one form per day)")]
                )
            audit.insert_record(db, "schooling_reports", {"id": report.id, **row}, who)
        else:
            if old["signed_at"] is not None:
                raise ReportSignedError(old["name"], old["day"])
            if not reason or not reason.strip():
                raise InvalidRecord([FieldError("reason", "a reason is required to change a saved report")])
            audit.update_record(db, "schooling_reports", report.id, row, who, reason)
        _sync_schools(db, report, who, reason)
    return report.id


def _sync_schools(db, report: SchoolingReport, who: str, reason: str | None) -> None:
    existing = {r["id"]: r for r in fetch_all(db, "SELECT * FROM schools WHERE report_id = ?", (report.id,))}
    wanted = {s.id for s in report.schools}
    for school_id in existing:
        if school_id not in wanted:
            for cell in fetch_all(db, "SELECT id FROM school_catches WHERE school_id = ?", (school_id,)):
                audit.delete_record(db, "school_catches", cell["id"], who, reason or "school removed")
            audit.delete_record(db, "schools", school_id, who, reason or "school removed")
    for column_no, school in enumerate(report.schools, start=1):
        row = {
            "column_no": column_no,
            "time_found": school.time_found.isoformat(timespec="minutes"),
            "total": school.total,
            "takeable": school.takeable,
            "remarks": school.remarks,
        }
        if school.id in existing:
            audit.update_record(db, "schools", school.id, row, who, reason or "report edited")
        else:
            audit.insert_record(db, "schools", {"id": school.id, "report_id": report.id, **row}, who)
        _sync_cells(db, school, who, reason)


def _sync_cells(db, school: School, who: str, reason: str | None) -> None:
    existing = {
        r["catcher"]: r for r in fetch_all(db, "SELECT * FROM school_catches WHERE school_id = ?", (school.id,))
    }
    for catcher, r in existing.items():
        if catcher not in school.caught:
            audit.delete_record(db, "school_catches", r["id"], who, reason or "catcher removed")
    for catcher, value in school.caught.items():
        cell = {"chased": value != DID_NOT_CHASE, "caught": None if value == DID_NOT_CHASE else value}
        if catcher in existing:
            audit.update_record(db, "school_catches", existing[catcher]["id"], cell, who, reason or "report edited")
        else:
            audit.insert_record(db, "school_catches", {"school_id": school.id, "catcher": catcher, **cell}, who)


def load_schooling_report(db: sqlite_utils.Database, report_id: str) -> SchoolingReport:
    row = fetch_one(db, "SELECT * FROM schooling_reports WHERE id = ?", (report_id,))
    if row is None:
        raise NotFound(f"no schooling report {report_id}")
    schools = []
    for s in fetch_all(db, "SELECT * FROM schools WHERE report_id = ? ORDER BY column_no", (report_id,)):
        cells = fetch_all(db, "SELECT catcher, chased, caught FROM school_catches WHERE school_id = ?", (s["id"],))
        caught = {c["catcher"]: (c["caught"] if c["chased"] else DID_NOT_CHASE) for c in cells}
        schools.append(
            School(time.fromisoformat(s["time_found"]), s["total"], s["takeable"], caught, s["remarks"], id=s["id"])
        )
    catchers = json.loads(row["catchers_json"])
    for school in schools:  # cells in the fleet's row order, as on the form
        school.caught = {name: school.caught[name] for name in catchers if name in school.caught} | {
            k: v for k, v in school.caught.items() if k not in catchers
        }
    signature = None
    if row["signed_at"] is not None:
        signature = Signature(
            row["signed_by"], SignerRole(row["signed_role"]), datetime.fromisoformat(row["signed_at"])
        )
    return SchoolingReport(
        row["name"],
        date.fromisoformat(row["day"]),
        catchers,
        row["noon_lat"],
        row["noon_lon"],
        bool(row["noon_position_edited"]),
        schools,
        row["remarks"],
        signature,
        id=row["id"],
    )


def find_schooling_report(db: sqlite_utils.Database, name: str, day: date) -> SchoolingReport | None:
    row = fetch_one(db, "SELECT id FROM schooling_reports WHERE name = ? AND day = ?", (name.strip(), day.isoformat()))
    return None if row is None else load_schooling_report(db, row["id"])


def schooling_reports_on(db: sqlite_utils.Database, day: date) -> list[SchoolingReport]:
    """Every form dated `day` (one per expedition or station), oldest first: saved forms reopen by date."""
    return [
        load_schooling_report(db, r["id"])
        for r in fetch_all(db, "SELECT id FROM schooling_reports WHERE day = ? ORDER BY rowid", (day.isoformat(),))
    ]


def list_schooling_reports(db: sqlite_utils.Database) -> list[SchoolingReport]:
    return [
        load_schooling_report(db, r["id"]) for r in fetch_all(db, "SELECT id FROM schooling_reports ORDER BY day, name")
    ]


def sign_schooling_report(db: sqlite_utils.Database, report_id: str, signature: Signature, who: str) -> None:
    raise_if(signature.validate())
    with transaction(db):
        report = load_schooling_report(db, report_id)
        # the signature vouches for the record as the chain has it, never for an edit made outside WhaleLog
        integrity.require_intact(db, "sign-off", integrity.check_signed_record(db, "schooling_reports", report_id))
        if report.signature is not None:
            raise ReportSignedError(report.name, report.day.isoformat())
        raise_if(report.validate())
        audit.sign_record(db, "schooling_reports", report_id, signature, who)
