"""Schedule Appendix A TITLE PAGE: the catcher's particulars, one logbook per catcher per season (para 28(b))."""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from typing import Any

from whalelog_gui.records.field_error import FieldError


class Hull(enum.Enum):
    WOODEN = "wooden"
    STEEL = "steel"


class FirstHarpoonKind(enum.Enum):
    EXPLOSIVE = "explosive"
    ELECTRIC = "electric"
    NON_EXPLOSIVE = "non-explosive"


_DECIMALS = (
    "overall_length_m",
    "gross_tonnage",
    "horsepower",
    "max_speed_kn",
    "avg_search_speed_kn",
    "forerunner_length_m",
    "barrel_height_m",
)
_COUNTS = ("captain_years", "gunner_years", "crew_count")


@dataclass
class TitlePage:
    catcher_name: str
    season: str  # e.g. "2026/27" or "2026"
    year_built: int | None = None
    attached_to: str = ""  # expedition (factory ship) or land station
    overall_length_m: Decimal | None = None
    hull: Hull | None = None
    gross_tonnage: Decimal | None = None
    engine_type: str = ""
    horsepower: Decimal | None = None
    max_speed_kn: Decimal | None = None
    avg_search_speed_kn: Decimal | None = None
    asdic_make_model: str = ""  # empty: no asdic set fitted
    asdic_installed_on: date | None = None
    cannon_make_size: str = ""
    first_harpoon_type: str = ""
    first_harpoon_kind: FirstHarpoonKind | None = None
    killer_harpoon_type: str = ""
    forerunner_length_m: Decimal | None = None
    forerunner_type: str = ""
    whaleline_type: str = ""
    barrel_height_m: Decimal | None = None  # height of barrel above sea level
    speedboat_used: bool | None = None
    captain_name: str = ""
    captain_years: int | None = None
    gunner_name: str = ""
    gunner_years: int | None = None
    crew_count: int | None = None
    id: str | None = None  # set once saved

    def validate(self, today: date | None = None) -> list[FieldError]:
        errors = []
        if not self.catcher_name.strip():
            errors.append(FieldError("catcher_name", "the catcher's name is required"))
        if not self.season.strip():
            errors.append(FieldError("season", "the season is required (e.g. 2026/27)"))
        if self.year_built is not None:
            latest = (today or date.today()).year + 1
            if not 1850 <= self.year_built <= latest:
                errors.append(FieldError("year_built", f"must be a year between 1850 and {latest}"))
        for name in _DECIMALS:
            value = getattr(self, name)
            if value is not None and (not isinstance(value, Decimal) or not value.is_finite() or value < 0):
                errors.append(FieldError(name, "must be a number of zero or more"))
        for name in _COUNTS:
            value = getattr(self, name)
            if value is not None and value < 0:
                errors.append(FieldError(name, "cannot be negative"))
        if self.asdic_installed_on is not None and not self.asdic_make_model.strip():
            errors.append(FieldError("asdic_make_model", "give the asdic set's make and model with its install date"))
        return errors

    def to_row(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "id"}

    @classmethod
    def from_row(cls, row: dict) -> "TitlePage":
        values: dict[str, Any] = {f.name: row.get(f.name) for f in fields(cls)}
        for name in _DECIMALS:
            values[name] = None if values[name] is None else Decimal(values[name])
        values["hull"] = None if values["hull"] is None else Hull(values["hull"])
        kind = values["first_harpoon_kind"]
        values["first_harpoon_kind"] = None if kind is None else FirstHarpoonKind(kind)
        installed = values["asdic_installed_on"]
        values["asdic_installed_on"] = None if installed is None else date.fromisoformat(installed)
        if values["speedboat_used"] is not None:
            values["speedboat_used"] = bool(values["speedboat_used"])
        for name, value in values.items():
            if value is None and isinstance(getattr(cls, name, None), str):
                values[name] = ""
        return cls(**values)

    def default_weapon(self):
        """The harpoon a catch defaults to when none is recorded (para 6): the killer harpoon if its type names one
        of the Weapon kinds, else the first harpoon's kind (Appendix A: explosive / electric / non-explosive)."""
        from whalelog_gui.records.catch import Weapon, weapon_from_text

        for text in (self.killer_harpoon_type, self.first_harpoon_type):
            if text.strip():
                weapon, _ = weapon_from_text(text if "harpoon" in text.lower() else f"{text} harpoon")
                if weapon is not Weapon.OTHER:
                    return weapon
        if self.first_harpoon_kind is None:
            return None
        return {
            FirstHarpoonKind.EXPLOSIVE: Weapon.EXPLOSIVE,
            FirstHarpoonKind.ELECTRIC: Weapon.ELECTRIC,
            FirstHarpoonKind.NON_EXPLOSIVE: Weapon.NON_EXPLOSIVE,
        }[self.first_harpoon_kind]
