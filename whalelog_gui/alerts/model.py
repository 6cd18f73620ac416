"""Alert categories and states after IMO bridge alert management (MSC.302(87)).

Shared by the alert manager (which owns the transitions), the store (history) and the UI (alert bar).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class AlertCategory(enum.IntEnum):
    """Priority order: a lower value is more urgent, so sorting puts the alarm first."""

    ALARM = 0  # inside an applicable area, or the position source is lost
    WARNING = 1  # the track enters an applicable area within the look-ahead time
    CAUTION = 2  # inside or near an area that does not apply to this operation

    @property
    def label(self) -> str:
        return self.name.capitalize()


class AlertState(enum.Enum):
    ACTIVE_UNACKNOWLEDGED = "active-unacknowledged"  # flashing and audible
    SILENCED = "silenced"  # sound stops for 30 s, returns while still unacknowledged
    ACKNOWLEDGED = "acknowledged"  # steady until the condition clears
    RECTIFIED = "rectified"  # condition cleared; the alert is closed
    # An alarm whose condition cleared before anyone acknowledged it: stays shown (no sound) until acknowledged.
    RECTIFIED_UNACKNOWLEDGED = "rectified-unacknowledged"

    @property
    def is_active(self) -> bool:
        return self is not AlertState.RECTIFIED


@dataclass(frozen=True)
class Alert:
    """One alert per situation (`key`, e.g. "inside:sos" or "position-lost"); re-entry makes a new alert id."""

    id: str
    key: str
    category: AlertCategory
    state: AlertState
    title: str  # e.g. "Inside Southern Ocean Sanctuary"
    paragraph: str | None  # Schedule paragraph, e.g. "7(b)"; None for position-lost
    area_id: str | None
    raised_at: datetime  # UTC
    changed_at: datetime  # UTC
    lat: float | None = None
    lon: float | None = None
    distance_nm: float | None = None
    eta_min: float | None = None
    note: str = ""  # interpretation note shown with the alert
    acknowledged_by: str | None = None

    @property
    def audible(self) -> bool:
        return self.state is AlertState.ACTIVE_UNACKNOWLEDGED and self.category is not AlertCategory.CAUTION
