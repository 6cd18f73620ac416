"""AlertManager: one alert per situation, with the state transitions of IMO bridge alert management (MSC.302(87)).

Situations come from the ZonePicture (areas), the GPS SourceStatus (position lost) and each fix's own
plausibility (dead-reckoned position, position jump: cautions that never suppress an area alarm). Every state
change is published to subscribers (the store records it, the UI redraws); updated distances/ETAs are not changes.

Decisions:
- an alarm whose condition clears while unacknowledged goes to RECTIFIED_UNACKNOWLEDGED and stays shown, silent,
  until someone acknowledges it; a warning or caution that clears unacknowledged simply closes (RECTIFIED);
- a situation that clears and comes back is a new alert with a new id;
- a picture without a position changes no area alert: the position-lost alarm comes from the source status.

Not thread-safe: call it from one thread (the GUI thread, via the signal adapter), and call tick() about once a second.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import Callable

from whalelog_gui.alerts.model import Alert, AlertCategory, AlertState
from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message, Template
from whalelog_gui.operations import OPERATION_LABELS
from whalelog_gui.nav.fields import SOG_LIMIT_KN
from whalelog_gui.nav.format import format_position
from whalelog_gui.nav.plausibility import JumpCheck
from whalelog_gui.utc import utc_now

POSITION_LOST = "position-lost"
POSITION_DR = "position-dr"
POSITION_JUMP = "position-jump"
_SOURCE_KEYS = frozenset((POSITION_LOST, POSITION_DR, POSITION_JUMP))  # not area situations: zones never clear them
JUMP_SHOWN_S = 60.0  # a jump caution stays this long after the last jump, so the watch sees it
_OPEN_STATES = (AlertState.ACTIVE_UNACKNOWLEDGED, AlertState.SILENCED)
_STATE_RANK = {
    AlertState.ACTIVE_UNACKNOWLEDGED: 0,
    AlertState.SILENCED: 1,
    AlertState.RECTIFIED_UNACKNOWLEDGED: 2,
    AlertState.ACKNOWLEDGED: 3,
    AlertState.RECTIFIED: 4,
}

Listener = Callable[[Alert, str], None]


@dataclass(frozen=True)
class _Situation:
    key: str
    category: AlertCategory
    title: str
    paragraph: str | None
    area_id: str | None
    note: str
    distance_nm: float | None = None
    eta_min: float | None = None


def area_name(name: str) -> Template:
    """A regulated area's name from its GeoJSON, translatable under "Areas" (ui/area_names.py lists them)."""
    return Template("Areas", name)


def area_note(note: str) -> Template | str:
    """An area's interpretation note from its GeoJSON, translatable under "AreaNotes" (ui/area_names.py lists
    them); English wherever it is written down (the alert log, `whalelog watch`)."""
    return Template("AreaNotes", note) if note else note


def zone_situations(picture) -> list[_Situation]:
    """The alert situations a ZonePicture shows (zones.monitor.ZonePicture; duck-typed to keep alerts/ standalone)."""
    out = []
    for s in picture.areas:
        if s.applies and s.inside:  # Schedule paras 7/8: prohibited here for this operation
            out.append(
                _Situation(
                    f"inside:{s.area_id}",
                    AlertCategory.ALARM,
                    Message(QT_TRANSLATE_NOOP("Alerts", "Inside {area}"), area=area_name(s.name)),
                    s.paragraph,
                    s.area_id,
                    area_note(s.note),
                )
            )
        elif s.applies and s.approach:
            out.append(
                _Situation(
                    f"approach:{s.area_id}",
                    AlertCategory.WARNING,
                    Message(QT_TRANSLATE_NOOP("Alerts", "Approaching {area}"), area=area_name(s.name)),
                    s.paragraph,
                    s.area_id,
                    area_note(s.note),
                    s.approach.distance_nm,
                    s.approach.eta_min,
                )
            )
        elif s.inside or s.approach:  # information only: the area does not bind this operation
            where = (
                QT_TRANSLATE_NOOP("Alerts", "Inside {area} (not applicable to {operation})")
                if s.inside
                else QT_TRANSLATE_NOOP("Alerts", "Approaching {area} (not applicable to {operation})")
            )
            a = s.approach
            out.append(
                _Situation(
                    f"caution:{s.area_id}",
                    AlertCategory.CAUTION,
                    Message(
                        where,
                        area=area_name(s.name),
                        operation=OPERATION_LABELS.get(picture.operation, picture.operation),
                    ),
                    s.paragraph,
                    s.area_id,
                    area_note(s.note),
                    a.distance_nm if a else None,
                    a.eta_min if a else None,
                )
            )
    return out


def _is_zone_key(key: str) -> bool:
    return key.split(":", 1)[0] in ("inside", "approach", "caution")


class AlertManager:
    def __init__(
        self, clock: Callable[[], datetime] = utc_now, silence_s: float = 30.0, sog_limit_kn: float = SOG_LIMIT_KN
    ) -> None:
        self._clock = clock
        self._jumps = JumpCheck(sog_limit_kn)
        self._jump_until: datetime | None = None
        self._silence = timedelta(seconds=silence_s)
        self._alerts: dict[str, Alert] = {}  # open alerts (not RECTIFIED) by id
        self._by_key: dict[str, str] = {}  # situation key -> id of its current (not rectified) alert
        self._silenced_until: dict[str, datetime] = {}
        self._listeners: list[Listener] = []
        self._failure: Exception | None = None
        self._lat: float | None = None
        self._lon: float | None = None

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None or now.utcoffset() is None:  # history is stored in UTC: a naive clock is a bug
            raise ValueError("AlertManager clock must return timezone-aware datetimes")
        return now.astimezone(timezone.utc)

    # --- inputs -------------------------------------------------------------------------------------------
    def update_zones(self, picture, fix=None) -> None:
        """Raise, update and rectify area alerts from one ZonePicture (fix, if given, supplies the position)."""
        if not picture.has_position:
            return
        self._lat, self._lon = (
            (fix.lat, fix.lon) if fix is not None and fix.has_position else (picture.lat, picture.lon)
        )
        situations = {s.key: s for s in zone_situations(picture)}
        for key in [k for k in self._by_key if k not in _SOURCE_KEYS and _is_zone_key(k) and k not in situations]:
            self._clear(key)
        for s in situations.values():
            self._assert(s)
        self._raise_failure()

    def update_position(self, fix) -> None:
        """Cautions about the fix itself, before its areas are judged: dead reckoning and position jumps.

        Both are cautions beside the area alerts, never instead of them: a DR fix is valid and the zones run
        on it (warn rather than miss); a jump is recorded with both positions and the new fix is still used.
        """
        if not (fix.valid and fix.has_position):
            return
        self._lat, self._lon = fix.lat, fix.lon
        if getattr(fix, "dead_reckoned", False):
            self._assert(
                _Situation(
                    POSITION_DR,
                    AlertCategory.CAUTION,
                    Message(QT_TRANSLATE_NOOP("Alerts", "Position is dead-reckoned")),
                    None,
                    None,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Alerts",
                            "The receiver estimates the position from course and speed (no satellite fix); "
                            "area alerts still run on it. Check the position by other means.",
                        )
                    ),
                )
            )
        else:
            self._clear(POSITION_DR)
        jump = self._jumps.check(fix)
        if jump is not None:
            self._jump_until = self._now() + timedelta(seconds=JUMP_SHOWN_S)
            # both positions in the title: the title is what the alert history keeps
            self._assert(
                _Situation(
                    POSITION_JUMP,
                    AlertCategory.CAUTION,
                    Message(
                        QT_TRANSLATE_NOOP("Alerts", "Position jump: {start} → {end}"),
                        start=format_position(jump.from_lat, jump.from_lon),
                        end=format_position(jump.to_lat, jump.to_lon),
                    ),
                    None,
                    None,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Alerts",
                            "{distance} NM in {seconds} s ({speed} kn implied). "
                            "One of the positions is wrong; area alerts still run on the new one.",
                        ),
                        distance=f"{jump.distance_nm:.1f}",
                        seconds=f"{jump.seconds:g}",
                        speed=f"{jump.implied_kn:,.0f}",
                    ),
                )
            )
        self._raise_failure()

    def update_source(self, status) -> None:
        """Position lost (fix_lost, or the port DISCONNECTED) is an alarm: the area picture cannot be trusted."""
        lost = bool(status.fix_lost) or getattr(status.state, "name", "") == "DISCONNECTED"
        if lost:
            self._assert(
                _Situation(
                    POSITION_LOST,
                    AlertCategory.ALARM,
                    Message(QT_TRANSLATE_NOOP("Alerts", "Position source lost")),
                    None,
                    None,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Alerts", "No valid position: regulated-area alerts cannot be trusted. {reason}"
                        ),
                        reason=status.message or str(getattr(status.state, "value", "")),
                    ),
                )
            )
        else:
            self._clear(POSITION_LOST)
        self._raise_failure()

    def raise_condition(self, key: str, category: AlertCategory, title: str, note: str = "") -> None:
        """A situation outside areas and GPS (storage failing, a refused position source) that stays until
        clear_condition(key); a new title or note for the same key refreshes it without a new alert."""
        self._assert(_Situation(key, category, title, None, None, note))
        self._raise_failure()

    def clear_condition(self, key: str) -> None:
        self._clear(key)
        self._raise_failure()

    # --- operator actions -----------------------------------------------------------------------------------
    def acknowledge(self, alert_id: str, by: str) -> bool:
        """A single action: unacknowledged/silenced -> acknowledged; rectified-unacknowledged -> rectified."""
        alert = self._alerts.get(alert_id)
        if alert is None or not by.strip():
            return False
        if alert.state in _OPEN_STATES:
            self._set(alert, AlertState.ACKNOWLEDGED, "acknowledged", acknowledged_by=by.strip())
        elif alert.state is AlertState.RECTIFIED_UNACKNOWLEDGED:
            self._set(alert, AlertState.RECTIFIED, "acknowledged", acknowledged_by=by.strip())
        else:
            return False
        self._raise_failure()
        return True

    def silence(self, alert_id: str) -> bool:
        """Stop the sound of one unacknowledged alert for silence_s seconds (it re-sounds unless acknowledged)."""
        alert = self._alerts.get(alert_id)
        if alert is None or alert.state is not AlertState.ACTIVE_UNACKNOWLEDGED or not alert.audible:
            return False
        self._silenced_until[alert_id] = self._now() + self._silence
        self._set(alert, AlertState.SILENCED, "silenced")
        self._raise_failure()
        return True

    def silence_all(self) -> int:
        return sum(self.silence(a.id) for a in self.active())

    def tick(self) -> None:
        """Call about once a second: silenced alerts still unacknowledged after silence_s sound again."""
        now = self._now()
        if self._jump_until is not None and now >= self._jump_until:
            self._jump_until = None
            self._clear(POSITION_JUMP)
        for alert_id, until in list(self._silenced_until.items()):
            alert = self._alerts.get(alert_id)
            if alert is None or alert.state is not AlertState.SILENCED:
                del self._silenced_until[alert_id]
            elif now >= until:
                del self._silenced_until[alert_id]
                self._set(alert, AlertState.ACTIVE_UNACKNOWLEDGED, "re-sounded")
        self._raise_failure()

    # --- views --------------------------------------------------------------------------------------------
    def active(self) -> list[Alert]:
        """Every alert still shown, most urgent first: category, then unacknowledged before acknowledged, then ETA."""
        return sorted(
            self._alerts.values(),
            key=lambda a: (
                a.category,
                _STATE_RANK[a.state],
                a.eta_min if a.eta_min is not None else -1.0,
                -a.raised_at.timestamp(),
                a.key,
            ),
        )

    def highest(self) -> Alert | None:
        alerts = self.active()
        return alerts[0] if alerts else None

    def get(self, alert_id: str) -> Alert | None:
        return self._alerts.get(alert_id)

    def subscribe(self, callback: Listener) -> Callable[[], None]:
        """callback(alert, change) for change in raised/silenced/re-sounded/acknowledged/rectified; returns unsubscribe."""
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback) if callback in self._listeners else None

    # --- transitions --------------------------------------------------------------------------------------
    def _assert(self, s: _Situation) -> None:
        alert_id = self._by_key.get(s.key)
        alert = self._alerts.get(alert_id) if alert_id else None
        if alert is None or alert.state is AlertState.RECTIFIED_UNACKNOWLEDGED:
            now = self._now()
            alert = self._with_figures(
                Alert(
                    id=uuid.uuid4().hex,
                    key=s.key,
                    category=s.category,
                    state=AlertState.ACTIVE_UNACKNOWLEDGED,
                    title=s.title,
                    paragraph=s.paragraph,
                    area_id=s.area_id,
                    raised_at=now,
                    changed_at=now,
                ),
                s,
            )
            self._alerts[alert.id] = alert
            self._by_key[s.key] = alert.id
            self._publish(alert, "raised")
        else:  # same situation continues: refresh figures silently, not a change
            self._alerts[alert.id] = self._with_figures(alert, s)

    def _with_figures(self, alert: Alert, s: _Situation) -> Alert:
        """The situation's latest figures on the alert: its title, the ship's position, distance, ETA and note."""
        return replace(
            alert,
            title=s.title,
            lat=self._lat,
            lon=self._lon,
            distance_nm=s.distance_nm,
            eta_min=s.eta_min,
            note=s.note,
        )

    def _clear(self, key: str) -> None:
        alert_id = self._by_key.get(key)
        alert = self._alerts.get(alert_id) if alert_id else None
        if alert is None or alert.state is AlertState.RECTIFIED_UNACKNOWLEDGED:
            return
        del self._by_key[key]
        if alert.category is AlertCategory.ALARM and alert.state in _OPEN_STATES:
            self._set(alert, AlertState.RECTIFIED_UNACKNOWLEDGED, "rectified")
        else:
            self._set(alert, AlertState.RECTIFIED, "rectified")

    def _set(self, alert: Alert, state: AlertState, change: str, **fields) -> None:
        updated = replace(
            alert,
            state=state,
            changed_at=self._now(),
            lat=self._lat if self._lat is not None else alert.lat,
            lon=self._lon if self._lon is not None else alert.lon,
            **fields,
        )
        if state is AlertState.RECTIFIED:
            self._alerts.pop(alert.id, None)
            if self._by_key.get(alert.key) == alert.id:
                del self._by_key[alert.key]
        else:
            self._alerts[alert.id] = updated
        self._publish(updated, change)

    def _publish(self, alert: Alert, change: str) -> None:
        """Every listener hears every change even if one fails (a store error must not mute the alert bar);
        the first failure is re-raised by the public method once all its work is done, so it is not lost."""
        for listener in list(self._listeners):
            try:
                listener(alert, change)
            except Exception as exc:  # noqa: BLE001 - re-raised by _raise_failure
                self._failure = self._failure or exc

    def _raise_failure(self) -> None:
        failure, self._failure = self._failure, None
        if failure is not None:
            raise failure
