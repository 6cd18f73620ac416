"""AppSettings to and from QSettings (organisation "WhaleLog", application "WhaleLog"), and the regime beside them.

QSettings hold only what is per user (people, GPS receiver, units, look-ahead, palette). The regime (vessel and
catcher names, operation, ship's time zone, flag State, para 26 settings) lives in the logbook database
(store/vessel.py); save_with_regime() writes both or neither. An older installation kept the regime under
LEGACY_REGIME_KEYS: legacy_regime() reads those so the bridge session can carry them into the logbook once.

Keys are grouped by topic; the palette shares "ui/palette" with ui/palette.PaletteController so the two never
disagree. Lists are stored as JSON text so every back end (INI, registry, plist) returns them the same way.
Tests pass their own QSettings (an INI file in a temp dir) so they never touch the user's profile.
"""

from __future__ import annotations

import json
import logging
import sqlite3

from PySide6.QtCore import QSettings

from whalelog_gui.records.field_error import InvalidRecord
from whalelog_gui.settings import AppSettings, SettingsError, settings_from_mapping
from whalelog_gui.store.regime_settings import all_errors
from whalelog_gui.store.vessel import VesselRegime, load_vessel, save_vessel

ORGANISATION = "WhaleLog"
APPLICATION = "WhaleLog"
SETUP_DONE_KEY = "setup/completed"

# Where releases before issue 13 kept the regime; read only to carry the values into the logbook once.
LEGACY_REGIME_KEYS: dict[str, str] = {
    "vessel_name": "vessel/name",
    "catcher_names": "vessel/catchers",
    "operation": "vessel/operation",
    "time_zone": "vessel/time_zone",
}
KEYS: dict[str, str] = {
    "crew_names": "people/crew",
    "inspector_names": "people/inspectors",
    "watch_officer": "people/watch_officer",
    "gps_port": "gps/port",
    "baud": "gps/baud",
    "allow_missing_checksum": "gps/allow_missing_checksum",
    "lost_fix_s": "gps/lost_fix_s",
    "sog_limit_kn": "gps/sog_limit_kn",
    "units": "display/units",
    "lookahead_min": "zones/lookahead_min",
    "palette": "ui/palette",
    "language": "ui/language",  # ui/i18n.LANGUAGE_KEY
}

log = logging.getLogger("whalelog.settings")


def open_qsettings() -> QSettings:
    """The installation's settings in the platform's native place (registry, plist, ~/.config/WhaleLog)."""
    return QSettings(ORGANISATION, APPLICATION)


def _read(store: QSettings, keys: dict[str, str]) -> dict:
    raw = {}
    for name, key in keys.items():
        if not store.contains(key):
            continue
        value = store.value(key)
        if name.endswith("_names"):
            try:
                value = json.loads(value) if isinstance(value, str) else value
            except json.JSONDecodeError:
                pass  # hand-edited "A, B" text is still read as names
        raw[name] = value
    return raw


def load_settings(store: QSettings | None = None) -> AppSettings:
    """Stored per-user settings (the regime fields at their defaults: the logbook has them, see with_regime);
    any missing or corrupt entry falls back to its default (and is logged), never a crash."""
    store = store if store is not None else open_qsettings()
    settings, problems = settings_from_mapping(_read(store, KEYS))
    for name, message in problems.items():
        log.warning("settings %s: %s", KEYS[name], message)
    return settings


def save_settings(settings: AppSettings, store: QSettings | None = None, *, mark_setup_done: bool = True) -> None:
    """Validate, then write every field and flush; invalid settings raise SettingsError and nothing is written."""
    settings.validated()
    store = store if store is not None else open_qsettings()
    for name, value in settings.to_dict().items():
        if name in KEYS:  # the regime fields go to the logbook (save_with_regime), never here
            store.setValue(KEYS[name], json.dumps(value) if isinstance(value, list) else value)
    if mark_setup_done:
        store.setValue(SETUP_DONE_KEY, True)
    store.sync()
    if store.status() != QSettings.Status.NoError:
        raise OSError(f"settings could not be written to {store.fileName()} ({store.status().name})")


def needs_first_run(store: QSettings | None = None) -> bool:
    """True until the first-run walkthrough (or the settings dialog) has saved a complete set once."""
    store = store if store is not None else open_qsettings()
    return str(store.value(SETUP_DONE_KEY, "false")).lower() != "true"


def save_with_regime(
    settings: AppSettings,
    vessel: VesselRegime,
    db,
    who: str,
    store: QSettings | None = None,
    *,
    mark_setup_done: bool = True,
) -> None:
    """Validate the per-user settings and the regime together, then write the regime to the logbook and the rest
    to QSettings. SettingsError (field -> message) when anything is wrong, OSError when either cannot be written;
    in both cases nothing is left half-saved (a regime written before QSettings failed is put back)."""
    errors = all_errors(settings, vessel)
    if errors:
        raise SettingsError(errors)
    previous = load_vessel(db)
    try:
        if vessel != previous:  # an unchanged regime is not written again (each save is an audited change)
            save_vessel(db, vessel, who)
    except (sqlite3.Error, InvalidRecord) as exc:
        raise OSError(f"the logbook could not be written ({exc}); nothing was saved") from exc
    try:
        save_settings(settings, store, mark_setup_done=mark_setup_done)
    except OSError:
        if vessel != previous:
            save_vessel(db, previous, who)
        raise


def legacy_regime(store: QSettings) -> dict:
    """Regime values an older release left in QSettings (empty when there are none)."""
    return _read(store, LEGACY_REGIME_KEYS)


def forget_legacy_regime(store: QSettings) -> None:
    """Remove the old regime keys, once the logbook holds their values."""
    for key in LEGACY_REGIME_KEYS.values():
        store.remove(key)
    store.sync()
