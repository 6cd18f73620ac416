"""Where one installation's settings meet the logbook's regime (issue 13).

AppSettings (whalelog_gui/settings.py) is what the forms and the bridge read; its REGIME_FIELDS (vessel and catcher
names, operation, ship's time zone) come from the logbook database (store/vessel.py), the rest from per-user
QSettings. These plain functions lay the one over the other, validate both together, and carry an older
installation's QSettings values into a logbook that has none yet.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from whalelog_gui.settings import AppSettings, settings_from_mapping
from whalelog_gui.store.vessel import REGIME_FIELDS, VesselRegime, adopt_regime_settings, load_vessel

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger("whalelog.settings")


def with_regime(settings: AppSettings, vessel: VesselRegime) -> tuple[AppSettings, dict[str, str]]:
    """`settings` with the logbook's regime values; a stored value that cannot be used keeps the default and is
    returned as a problem (field -> message), so the caller says so instead of starting on a wrong regime."""
    read, problems = settings_from_mapping(vessel.regime)
    regime = {
        name: getattr(read, name) if name in vessel.regime and name not in problems else getattr(AppSettings(), name)
        for name in REGIME_FIELDS
    }
    return dataclasses.replace(settings, **regime), {k: v for k, v in problems.items() if k in REGIME_FIELDS}


def regime_of(settings: AppSettings, vessel: VesselRegime, **changes) -> VesselRegime:
    """The VesselRegime to save: `settings`' regime fields, `vessel`'s other values unless given in `changes`
    (flag_state, closure_date, daily_notification)."""
    regime = {
        name: list(value) if isinstance(value := getattr(settings, name), tuple) else value for name in REGIME_FIELDS
    }
    return dataclasses.replace(vessel, regime=regime, **changes)


def all_errors(settings: AppSettings, vessel: VesselRegime) -> dict[str, str]:
    """Every problem with the settings and the regime together, keyed by field (as a form shows them)."""
    errors = settings.errors()
    errors.update({e.field: e.reason for e in vessel.validate()})
    return errors


def adopt_legacy_regime(db: sqlite_utils.Database, legacy: dict, who: str, where: str) -> list[str]:
    """Copy an older installation's regime values from per-user settings into a logbook that has none yet.

    Values that cannot be used (a time zone no longer known) are not copied and are logged. Returns the names of
    the fields copied (empty when the logbook already has its regime or there was nothing to copy)."""
    read, problems = settings_from_mapping(legacy)
    for name, message in problems.items():
        log.warning("per-user setting %s not carried into the logbook: %s", name, message)
    usable = {name: getattr(read, name) for name in REGIME_FIELDS if name in legacy and name not in problems}
    if not adopt_regime_settings(db, usable, who):
        return []
    copied = sorted(k for k, v in usable.items() if v not in (None, "", [], ()))
    log.warning(
        "vessel settings %s carried from per-user settings into the logbook %s (once: the logbook now "
        "holds the vessel's regime)",
        ", ".join(copied),
        where,
    )
    return copied


def legacy_differences(db: sqlite_utils.Database, legacy: dict) -> list[str]:
    """Regime fields whose per-user value differs from the logbook's (the logbook's are used)."""
    read, _ = settings_from_mapping(legacy)
    current, _ = with_regime(AppSettings(), load_vessel(db))
    return sorted(name for name in REGIME_FIELDS if name in legacy and getattr(read, name) != getattr(current, name))


def logbook_ship_tz(db: sqlite_utils.Database):
    """The ship's time zone the logbook holds (UTC when none is set, or when the stored one is unusable: that is
    logged), for reports whose weeks and days are the ship's."""
    settings, problems = with_regime(AppSettings(), load_vessel(db))
    for name, message in problems.items():
        log.warning("logbook vessel setting %s: %s", name, message)
    return settings.ship_tz()
