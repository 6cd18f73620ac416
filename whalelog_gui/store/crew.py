"""The people who log and sign: their names are the `who` of every audited save (issue 4: audit trail)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from whalelog_gui.records.field_error import FieldError, raise_if
from whalelog_gui.store import audit
from whalelog_gui.store.rows import fetch_all

if TYPE_CHECKING:
    import sqlite_utils

ROLES = ("master", "inspector", "gunner", "mate", "crew")


@dataclass(frozen=True)
class CrewMember:
    id: str
    name: str
    role: str
    active: bool


def add_crew_member(db: sqlite_utils.Database, name: str, role: str, who: str) -> str:
    errors = [] if name.strip() else [FieldError("name", "a name is required")]
    if role not in ROLES:
        errors.append(FieldError("role", f"role must be one of {', '.join(ROLES)}"))
    raise_if(errors)
    return audit.insert_record(db, "crew", {"name": name.strip(), "role": role, "active": True}, who)


def set_crew_active(db: sqlite_utils.Database, member_id: str, active: bool, who: str, reason: str) -> None:
    """Sign a member off (or back on); members are never deleted, their names stay in the audit trail."""
    audit.update_record(db, "crew", member_id, {"active": active}, who, reason)


def list_crew(db: sqlite_utils.Database, include_inactive: bool = False) -> list[CrewMember]:
    where = "" if include_inactive else "WHERE active = 1"
    return [
        CrewMember(r["id"], r["name"], r["role"], bool(r["active"]))
        for r in fetch_all(db, f"SELECT id, name, role, active FROM crew {where} ORDER BY name")
    ]
