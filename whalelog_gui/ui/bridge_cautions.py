"""The bridge's standing alerts about the session itself: storage failing, a track gap, vessel settings missing,
positions not recorded (BridgeSession raises them on its AlertManager).

Titles and notes are Messages: English in the alert history, the logs and the bundles, said in the crew's
language by the alert bar (ui/i18n.tr_message). Counts use Qt's plural forms (Message numerus).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from whalelog_gui.alerts.model import AlertCategory
from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message, Template
from whalelog_gui.store.held_writes import TRACK_POINTS_HELD, StorageState

STORAGE_KEY, TRACK_GAP_KEY, NOT_RECORDED_KEY, READ_ONLY_KEY = "storage", "track-gap", "not-recorded", "read-only"
REGIME_KEY = "vessel-regime"

STORAGE_FAILING = QT_TRANSLATE_NOOP("BridgeCautions", "Logbook storage failing: track and alerts NOT written to disk")
#: {reason}: the storage error as the operating system says it (English); {held_track}, {held_alerts}: counts
STORAGE_HELD = QT_TRANSLATE_NOOP(
    "BridgeCautions",
    "{reason}. {held_track} and {held_alerts} are kept in memory and will be written when storage recovers; "
    "do not close WhaleLog.",
)
STORAGE_HELD_DROPPED = QT_TRANSLATE_NOOP(
    "BridgeCautions",
    "{reason}. {held_track} and {held_alerts} are kept in memory and will be written when storage recovers; "
    "do not close WhaleLog. {dropped}",
)
TRACK_POINTS = Template("BridgeCautions", "%n track point(s)")
ALERT_CHANGES = Template("BridgeCautions", "%n alert change(s)")
DROPPED = Template("BridgeCautions", "The oldest %n track point(s) were dropped (at most {limit} are kept in memory).")
# a track gap: a stretch of the ship's track (positions) missing from the logbook
TRACK_GAP = Template("BridgeCautions", "Track gap: %n track point(s) were not stored")
TRACK_GAP_BETWEEN = Template(
    "BridgeCautions", "Track gap: %n track point(s) between {start} and {end} UTC were not stored"
)
TRACK_GAP_NOTE = QT_TRANSLATE_NOOP("BridgeCautions", "Storage failed ({reason}) for longer than the memory could hold.")
REGIME_MISSING = QT_TRANSLATE_NOOP("BridgeCautions", "Vessel settings missing in this logbook: open Settings")
REGIME_EMPTY = QT_TRANSLATE_NOOP("BridgeCautions", "This logbook has no vessel name, operation or flag State yet.")
#: {setting}: the setting's internal name (e.g. time_zone), {problem}: why its stored value cannot be used
REGIME_PROBLEM = QT_TRANSLATE_NOOP("BridgeCautions", "{setting}: {problem}")
REGIME_PROBLEMS = QT_TRANSLATE_NOOP("BridgeCautions", "{first}; {rest}")
REGIME_NOTE = QT_TRANSLATE_NOOP(
    "BridgeCautions", "{detail} The rules are applied with the defaults until they are set."
)
READ_ONLY_TITLE = QT_TRANSLATE_NOOP("BridgeCautions", "Logbook open READ-ONLY: nothing is recorded")
NOT_RECORDED_TITLE = QT_TRANSLATE_NOOP("BridgeCautions", "Positions NOT recorded in this logbook")
READ_ONLY_REFUSAL = QT_TRANSLATE_NOOP("BridgeCautions", "the logbook is open read-only: nothing is recorded")


class BridgeCautions(QObject):
    """Only for pyside6-lupdate: it files a text as plural (numerus) only when it sees it in a class's self.tr(text,
    "", n), never in QT_TRANSLATE_NOOP (so the plural templates above are plain Templates, listed here for the
    catalogues; tests/ui/test_bridge_cautions.py checks the two lists and the catalogues agree)."""

    def plural_sources(self, n: int = 0) -> tuple[str, ...]:
        return (
            self.tr("%n track point(s)", "", n),
            self.tr("%n alert change(s)", "", n),
            self.tr("The oldest %n track point(s) were dropped (at most {limit} are kept in memory).", "", n),
            self.tr("Track gap: %n track point(s) were not stored", "", n),
            self.tr("Track gap: %n track point(s) between {start} and {end} UTC were not stored", "", n),
        )


PLURAL_TEMPLATES = (TRACK_POINTS, ALERT_CHANGES, DROPPED, TRACK_GAP, TRACK_GAP_BETWEEN)


def show_storage(alerts, state: StorageState) -> None:
    """The store writer's storage state: an alarm while writes fail, a gap when points were dropped
    (store/held_writes.py); the alarm is rectified, and stays until acknowledged, when writes work."""
    if state.failing:
        held = {
            "reason": state.reason,
            "held_track": Message(TRACK_POINTS, state.held_track),
            "held_alerts": Message(ALERT_CHANGES, state.held_alerts),
        }
        note = (
            Message(
                STORAGE_HELD_DROPPED, dropped=Message(DROPPED, state.dropped_track, limit=TRACK_POINTS_HELD), **held
            )
            if state.dropped_track
            else Message(STORAGE_HELD, **held)
        )
        alerts.raise_condition(STORAGE_KEY, AlertCategory.ALARM, Message(STORAGE_FAILING), note)
        return
    alerts.clear_condition(STORAGE_KEY)
    if state.dropped_track:
        title = (
            Message(
                TRACK_GAP_BETWEEN,
                state.dropped_track,
                start=f"{state.dropped_from:%Y-%m-%d %H:%M}",
                end=f"{state.dropped_to:%H:%M}",
            )
            if state.dropped_from and state.dropped_to
            else Message(TRACK_GAP, state.dropped_track)
        )
        alerts.raise_condition(TRACK_GAP_KEY, AlertCategory.ALARM, title, Message(TRACK_GAP_NOTE, reason=state.reason))
        alerts.clear_condition(TRACK_GAP_KEY)  # recorded and shown until acknowledged


def show_regime(alerts, vessel_named: bool, problems: dict[str, str]) -> None:
    """A logbook without its vessel settings, or with one that cannot be read (field -> reason), is said."""
    if vessel_named and not problems:
        alerts.clear_condition(REGIME_KEY)
        return
    said = [Message(REGIME_PROBLEM, setting=name, problem=reason) for name, reason in problems.items()]
    detail = said[-1] if said else Message(REGIME_EMPTY)
    for earlier in reversed(said[:-1]):  # "a; b; c" with each part translated
        detail = Message(REGIME_PROBLEMS, first=earlier, rest=detail)
    alerts.raise_condition(
        REGIME_KEY, AlertCategory.CAUTION, Message(REGIME_MISSING), Message(REGIME_NOTE, detail=detail)
    )


def show_not_recorded(alerts, refusal: str, read_only: bool) -> None:
    """The standing caution of a session whose positions are not recorded, with the reason (`refusal`)."""
    if read_only:
        alerts.raise_condition(READ_ONLY_KEY, AlertCategory.CAUTION, Message(READ_ONLY_TITLE), refusal)
    else:
        alerts.raise_condition(NOT_RECORDED_KEY, AlertCategory.CAUTION, Message(NOT_RECORDED_TITLE), refusal)


def read_only_refusal() -> Message:
    return Message(READ_ONLY_REFUSAL)
