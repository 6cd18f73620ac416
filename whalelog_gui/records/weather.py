"""Appendix A Table 1 WEATHER CONDITIONS: time, sea state, wind force and direction, visibility."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal
from typing import Any

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.records.field_error import FieldError
from whalelog_gui.records.events import FUTURE_TOLERANCE, IN_THE_FUTURE, NOT_UTC


@dataclass
class WeatherObservation:
    at: datetime  # UTC
    sea_state: int  # WMO code 3700, 0 (calm, glassy) to 9 (phenomenal)
    wind_force: int  # Beaufort 0-12
    wind_direction_deg: int | None = None  # from which the wind blows, true; None when calm or variable
    visibility_nm: Decimal | None = None
    note: str = ""
    id: str | None = None
    sheet_id: str | None = None

    def validate(self, gps_now: datetime | None = None) -> list[FieldError]:
        errors = []
        if self.at.tzinfo is None:
            errors.append(FieldError("at", Message(NOT_UTC)))
        elif gps_now is not None and self.at > gps_now + FUTURE_TOLERANCE:
            errors.append(FieldError("at", Message(IN_THE_FUTURE, gps=f"{gps_now:%H:%M}")))
        if not 0 <= self.sea_state <= 9:
            errors.append(
                FieldError("sea_state", Message(QT_TRANSLATE_NOOP("LogbookRules", "sea state is WMO code 0 to 9")))
            )
        if not 0 <= self.wind_force <= 12:
            errors.append(
                FieldError("wind_force", Message(QT_TRANSLATE_NOOP("LogbookRules", "wind force is Beaufort 0 to 12")))
            )
        if self.wind_direction_deg is not None and not 0 <= self.wind_direction_deg <= 360:
            errors.append(
                FieldError(
                    "wind_direction_deg", Message(QT_TRANSLATE_NOOP("LogbookRules", "direction is 0 to 360 degrees"))
                )
            )
        if self.visibility_nm is not None and (not self.visibility_nm.is_finite() or self.visibility_nm < 0):
            errors.append(
                FieldError("visibility_nm", Message(QT_TRANSLATE_NOOP("LogbookRules", "visibility cannot be negative")))
            )
        return errors

    def to_row(self) -> dict:
        # a preset id is kept (e.g. a retried save), otherwise the store assigns one
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "id" or self.id is not None}

    @classmethod
    def from_row(cls, row: dict) -> "WeatherObservation":
        values: dict[str, Any] = {f.name: row.get(f.name) for f in fields(cls)}
        values["at"] = datetime.fromisoformat(values["at"])
        if values["visibility_nm"] is not None:
            values["visibility_nm"] = Decimal(values["visibility_nm"])
        values["note"] = values["note"] or ""
        return cls(**values)
