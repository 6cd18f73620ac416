"""Saving and loading catch records and struck-and-lost whales through the audited API.

A catch is checked against the Schedule on every save (records/compliance.py) and its flags are stored with the
crew's explanations. Signing needs every flag explained (para 24(b)(6)); a signed catch is locked in the file
and corrected only by amendments, like the daily record sheets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from whalelog_gui.records.catch import Catch, Flag, Foetus, Sex, Specimen, SpecimenKind, StruckLost, Weapon
from whalelog_gui.records.compliance import (
    MIN_EXPLANATION_WORDS,
    ComplianceContext,
    check_catch,
    is_reasoned,
    sign_off_blockers,
)
from whalelog_gui.records.daily_sheet import Signature, SignerRole, amendment_errors
from whalelog_gui.records.field_error import FieldError, InvalidRecord, raise_if
from whalelog_gui.records.measurement import LengthReading
from whalelog_gui.store import audit, integrity
from whalelog_gui.store.db import transaction
from whalelog_gui.store.rows import fetch_all, fetch_one, one_snapshot

if TYPE_CHECKING:
    import sqlite_utils


class NotFound(LookupError):
    pass


class CatchSignedError(PermissionError):
    def __init__(self, marking: str):
        super().__init__(f"catch {marking} is signed: it cannot be edited, add an amendment instead")


@dataclass(frozen=True)
class CatchAmendment:
    changes: dict  # field -> corrected value (JSON-friendly)
    reason: str
    id: str | None = None
    created_by: str = ""
    created_at: str = ""


def _length_columns(prefix: str, reading: LengthReading | None) -> dict:
    if reading is None:
        return {f"{prefix}_raw": None, f"{prefix}_raw_inches": None, f"{prefix}_unit": None, f"{prefix}_logged": None}
    return {
        f"{prefix}_raw": reading.raw,
        f"{prefix}_raw_inches": reading.raw_inches,
        f"{prefix}_unit": reading.unit.value,
        f"{prefix}_logged": reading.logged,
    }


def _catch_row(c: Catch, context: ComplianceContext) -> dict:
    row = {
        "id": c.id,
        "catcher": c.catcher.strip(),
        "catch_order": c.order,
        "species": c.species,
        "time_taken": c.time_taken,
        "time_killed": c.time_killed,
        "time_hauled_up": c.time_hauled_up,
        "lat": c.lat,
        "lon": c.lon,
        "position_from_gps": c.position_from_gps,
        "sex": c.sex,
        "gland_raw_cm": c.gland_raw_cm,
        "gland_logged_cm": c.gland_logged_cm,
        "milk_present": c.milk_present,
        "lactating": c.lactating,
        "not_lactating_evidence": c.not_lactating_evidence,
        "foetus_present": c.foetus is not None,
        "foetus_sex": None if c.foetus is None else c.foetus.sex,
        "killing_method": c.killing_method.strip(),
        "suckling_calf": c.suckling_calf,
        "accompanied_by_calf": c.accompanied_by_calf,
        "local_consumption": c.local_consumption,
        "used_as_fender": c.used_as_fender,
        "remarks": c.remarks,
        "operation": context.operation,
        "area_ids_json": None if context.area_ids is None else json.dumps(sorted(context.area_ids)),
        "weapon": None if c.weapon is None else c.weapon.value,
        "flag_state": context.flag_state,
        "stock_json": json.dumps(stock_for(c)),
    }
    row.update(_length_columns("length", c.length))
    row.update(_length_columns("foetus_length", None if c.foetus is None else c.foetus.length))
    return {k: audit.encode_value(v) for k, v in row.items()}


def stock_for(c: Catch) -> dict | None:
    """Para 9 stock of the catch at its position (None without a position or outside para 9's stocks)."""
    if c.lat is None or c.lon is None:
        return None
    from whalelog_gui.records.stocks import stock_of

    try:
        return stock_of(c.species, c.lat, c.lon)
    except (OSError, ValueError, KeyError) as exc:  # stock data unreadable: say so, never a silent "no stock"
        return {
            "paragraph": "9",
            "species": c.species,
            "stock": None,
            "classified": False,
            "note": f"stock could not be looked up: {exc}",
        }


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _required_time(text: str) -> datetime:  # a NOT NULL column
    return datetime.fromisoformat(text)


def _reading(row: dict, prefix: str) -> LengthReading | None:
    if row[f"{prefix}_raw"] is None:
        return None
    return LengthReading.restore(row[f"{prefix}_raw"], row[f"{prefix}_unit"], row[f"{prefix}_raw_inches"])


def _catch_from(row: dict, specimens: list[dict], flags: list[dict]) -> Catch:
    return Catch(
        catcher=row["catcher"],
        order=row["catch_order"],
        species=row["species"],
        time_taken=_required_time(row["time_taken"]),
        lat=row["lat"],
        lon=row["lon"],
        position_from_gps=bool(row["position_from_gps"]),
        time_killed=_time(row["time_killed"]),
        time_hauled_up=_time(row["time_hauled_up"]),
        length=_reading(row, "length"),
        sex=Sex(row["sex"]),
        gland_raw_cm=None if row["gland_raw_cm"] is None else Decimal(row["gland_raw_cm"]),
        milk_present=None if row["milk_present"] is None else bool(row["milk_present"]),
        not_lactating_evidence=row["not_lactating_evidence"],
        foetus=Foetus(_reading(row, "foetus_length"), Sex(row["foetus_sex"])) if row["foetus_present"] else None,
        killing_method=row["killing_method"],
        weapon=None if row.get("weapon") is None else Weapon(row["weapon"]),
        specimens=tuple(
            Specimen(SpecimenKind(s["kind"]), s["label"], None if s["weight_kg"] is None else Decimal(s["weight_kg"]))
            for s in specimens
        ),
        suckling_calf=bool(row["suckling_calf"]),
        accompanied_by_calf=bool(row["accompanied_by_calf"]),
        local_consumption=bool(row["local_consumption"]),
        used_as_fender=bool(row["used_as_fender"]),
        remarks=row["remarks"],
        flags=tuple(
            Flag(
                f["rule_id"],
                f["paragraph"],
                f["explanation"],
                bool(f["uncertain"]),
                bool(f.get("binding", 1)),
                f.get("binding_note") or "",
            )
            for f in flags
        ),
        explanations={f["rule_id"]: f["crew_explanation"] for f in flags if f["crew_explanation"]},
        signature=None
        if row["signed_at"] is None
        else Signature(row["signed_by"], SignerRole(row["signed_role"]), datetime.fromisoformat(row["signed_at"])),
        id=row["id"],
    )


def stored_stock(db: sqlite_utils.Database, catch_id: str) -> dict | None:
    """The para 9 stock saved with the catch (shown, exported and printed from here)."""
    row = db.conn.execute("SELECT stock_json FROM catches WHERE id = ?", (catch_id,)).fetchone()
    return None if row is None or row[0] is None else json.loads(row[0])


def load_catch(db: sqlite_utils.Database, catch_id: str) -> Catch:
    row = fetch_one(db, "SELECT * FROM catches WHERE id = ?", (catch_id,))
    if row is None:
        raise NotFound(f"no catch {catch_id}")
    specimens = fetch_all(db, "SELECT * FROM catch_specimens WHERE catch_id = ? ORDER BY created_at, id", (catch_id,))
    flags = fetch_all(db, "SELECT * FROM catch_flags WHERE catch_id = ? ORDER BY created_at, id", (catch_id,))
    return _catch_from(row, specimens, flags)


def list_catches(db: sqlite_utils.Database, start: datetime | None = None, end: datetime | None = None) -> list[Catch]:
    """Catches taken in [start, end) (UTC), in the order taken.

    Three reads whatever the season's length (the catches, then all their specimens, then all their flags), in
    one snapshot: one read per catch took ~0.5 s on a 200-day season (issue 14). Not one joined SELECT: a join
    repeats each catch once per specimen times flag, and SQLite 3.40 cannot order rows inside json_group_array."""
    taken, params = "1 = 1", list[object]()
    if start is not None:
        taken, params = taken + " AND time_taken >= ?", [*params, audit.encode_value(start)]
    if end is not None:
        taken, params = taken + " AND time_taken < ?", [*params, audit.encode_value(end)]
    with one_snapshot(db):
        rows = fetch_all(db, f"SELECT * FROM catches WHERE {taken} ORDER BY time_taken, catch_order", params)
        specimens = _children_by_catch(db, "catch_specimens", taken, params)
        flags = _children_by_catch(db, "catch_flags", taken, params)
    return [_catch_from(r, specimens.get(r["id"], []), flags.get(r["id"], [])) for r in rows]


def _children_by_catch(db: sqlite_utils.Database, table: str, taken: str, params: list) -> dict[str, list[dict]]:
    """The rows of `table` of every catch matching `taken`, by catch id, each catch's in load_catch's order."""
    by_catch: dict[str, list[dict]] = {}
    sql = f"SELECT * FROM {table} WHERE catch_id IN (SELECT id FROM catches WHERE {taken}) ORDER BY created_at, id"
    for row in fetch_all(db, sql, params):
        by_catch.setdefault(row["catch_id"], []).append(row)
    return by_catch


def save_catch(
    db: sqlite_utils.Database, catch: Catch, context: ComplianceContext, who: str, reason: str | None = None
) -> Catch:
    """Validate, check against the Schedule, and save (insert, or update with a reason). Returns the catch as
    saved, with its flags. Raises InvalidRecord (nothing written) or CatchSignedError."""
    signed = fetch_one(db, "SELECT signed_at FROM catches WHERE id = ?", (catch.id,))
    if signed is not None and signed["signed_at"] is not None:  # say "amend it", not what else is wrong
        raise CatchSignedError(catch.marking)
    raise_if(catch.validate())
    checked = check_catch(catch, context)
    row = _catch_row(checked, context)
    with transaction(db):
        old = fetch_one(db, "SELECT signed_at FROM catches WHERE id = ?", (checked.id,))
        if old is None:
            audit.insert_record(db, "catches", row, who)
        else:
            if old["signed_at"] is not None:
                raise CatchSignedError(checked.marking)
            if not reason or not reason.strip():
                raise InvalidRecord([FieldError("reason", "a reason is required to change a saved catch")])
            audit.update_record(db, "catches", checked.id, {k: v for k, v in row.items() if k != "id"}, who, reason)
        _sync_specimens(db, checked, who, reason)
        _sync_flags(db, checked, who, reason)
    return load_catch(db, checked.id)


def _sync_specimens(db, c: Catch, who: str, reason: str | None) -> None:
    rows = fetch_all(db, "SELECT * FROM catch_specimens WHERE catch_id = ?", (c.id,))
    wanted = [
        {"kind": s.kind.value, "label": s.label.strip(), "weight_kg": audit.encode_value(s.weight_kg)}
        for s in c.specimens
    ]
    for r in rows:
        key = {"kind": r["kind"], "label": r["label"], "weight_kg": r["weight_kg"]}
        if key in wanted:
            wanted.remove(key)
        else:
            audit.delete_record(db, "catch_specimens", r["id"], who, reason or "specimen removed")
    for w in wanted:
        audit.insert_record(db, "catch_specimens", {"catch_id": c.id, **w}, who)


def _sync_flags(db, c: Catch, who: str, reason: str | None) -> None:
    rows = {r["rule_id"]: r for r in fetch_all(db, "SELECT * FROM catch_flags WHERE catch_id = ?", (c.id,))}
    current = {f.rule_id: f for f in c.flags}
    for rule_id, r in rows.items():
        if rule_id not in current:
            audit.delete_record(db, "catch_flags", r["id"], who, reason or "no longer raised by the catch as entered")
    for rule_id, f in current.items():
        kept = rows[rule_id]["crew_explanation"] if rule_id in rows else ""  # absent key keeps what was given
        values = {
            "paragraph": f.paragraph,
            "explanation": f.explanation,
            "uncertain": int(f.uncertain),
            "binding": int(f.binding),
            "binding_note": f.binding_note,
            "crew_explanation": c.explanations.get(rule_id, kept).strip(),
        }
        if rule_id in rows:
            audit.update_record(
                db, "catch_flags", rows[rule_id]["id"], values, who, reason or "compliance re-checked on save"
            )
        else:
            audit.insert_record(db, "catch_flags", {"catch_id": c.id, "rule_id": rule_id, **values}, who)


def explain_flag(db: sqlite_utils.Database, catch_id: str, rule_id: str, explanation: str, who: str) -> None:
    """Record the crew's full explanation of one flag (para 24(b)(6))."""
    if not explanation.strip():
        raise InvalidRecord([FieldError(f"explanations[{rule_id}]", "the explanation is empty")])
    if not is_reasoned(explanation):
        raise InvalidRecord(
            [
                FieldError(
                    f"explanations[{rule_id}]",
                    f"a full explanation is needed (para 24(b)(6)): at least {MIN_EXPLANATION_WORDS} words",
                )
            ]
        )
    with transaction(db):
        _check_editable(db, catch_id)
        row = fetch_one(db, "SELECT id FROM catch_flags WHERE catch_id = ? AND rule_id = ?", (catch_id, rule_id))
        if row is None:
            raise NotFound(f"catch {catch_id} has no flag {rule_id}")
        audit.update_record(
            db,
            "catch_flags",
            row["id"],
            {"crew_explanation": explanation.strip()},
            who,
            reason=f"explanation of para flag {rule_id}",
        )


def _check_editable(db, catch_id: str) -> dict:
    row = fetch_one(db, "SELECT catcher, catch_order, signed_at FROM catches WHERE id = ?", (catch_id,))
    if row is None:
        raise NotFound(f"no catch {catch_id}")
    if row["signed_at"] is not None:
        raise CatchSignedError(f"{row['catcher']} {row['catch_order']}")
    return row


def sign_catch(db: sqlite_utils.Database, catch_id: str, signature: Signature, who: str) -> None:
    """Sign the catch record; refused (InvalidRecord) while anything in sign_off_blockers remains."""
    raise_if(signature.validate())
    with transaction(db):
        _check_editable(db, catch_id)
        # the signature vouches for the record as the chain has it, never for an edit made outside WhaleLog
        integrity.require_intact(db, "sign-off", integrity.check_signed_record(db, "catches", catch_id))
        blockers = sign_off_blockers(load_catch(db, catch_id))
        if blockers:
            raise InvalidRecord([FieldError(b.split(":", 1)[0], b.split(":", 1)[1].strip()) for b in blockers])
        audit.sign_record(db, "catches", catch_id, signature, who)


def amend_catch(db: sqlite_utils.Database, catch_id: str, amendment: CatchAmendment, who: str) -> str:
    """A correction to a signed catch: a new audited record shown beside the original, which stays as it was."""
    raise_if(amendment_errors(amendment.changes, amendment.reason))
    with transaction(db):
        row = fetch_one(db, "SELECT signed_at FROM catches WHERE id = ?", (catch_id,))
        if row is None:
            raise NotFound(f"no catch {catch_id}")
        if row["signed_at"] is None:
            raise InvalidRecord([FieldError("catch", "the catch is not signed yet: edit it directly")])
        columns = {"catch_id": catch_id, **audit.amendment_columns(amendment.changes, amendment.reason)}
        return audit.insert_record(db, "catch_amendments", columns, who)


def catch_amendments(db: sqlite_utils.Database, catch_id: str) -> list[CatchAmendment]:
    return [
        CatchAmendment(json.loads(r["changes_json"]), r["reason"], r["id"], r["created_by"], r["created_at"])
        for r in fetch_all(db, "SELECT * FROM catch_amendments WHERE catch_id = ? ORDER BY created_at, id", (catch_id,))
    ]


# --- struck but lost, para 25(a)(2) ------------------------------------------------------------------------


def save_struck_lost(db: sqlite_utils.Database, record: StruckLost, who: str, reason: str | None = None) -> str:
    raise_if(record.validate())
    row = {
        "catcher": record.catcher.strip(),
        "time_struck": record.time_struck,
        "species": record.species,
        "lat": record.lat,
        "lon": record.lon,
        "killing_method": record.killing_method.strip(),
        "remarks": record.remarks,
    }
    with transaction(db):
        if fetch_one(db, "SELECT id FROM struck_lost WHERE id = ?", (record.id,)) is None:
            return audit.insert_record(db, "struck_lost", {"id": record.id, **row}, who)
        if not reason or not reason.strip():
            raise InvalidRecord([FieldError("reason", "a reason is required to change a saved record")])
        audit.update_record(db, "struck_lost", record.id, row, who, reason)
    return record.id


def list_struck_lost(
    db: sqlite_utils.Database, start: datetime | None = None, end: datetime | None = None
) -> list[StruckLost]:
    sql, params = "SELECT * FROM struck_lost WHERE 1 = 1", list[object]()
    if start is not None:
        sql, params = sql + " AND time_struck >= ?", [*params, audit.encode_value(start)]
    if end is not None:
        sql, params = sql + " AND time_struck < ?", [*params, audit.encode_value(end)]
    return [
        StruckLost(
            r["catcher"],
            _required_time(r["time_struck"]),
            r["species"],
            r["lat"],
            r["lon"],
            r["killing_method"],
            r["remarks"],
            r["id"],
        )
        for r in fetch_all(db, sql + " ORDER BY time_struck", params)
    ]


def delete_struck_lost(db: sqlite_utils.Database, record_id: str, who: str, reason: str) -> None:
    audit.delete_record(db, "struck_lost", record_id, who, reason)
