"""AppSettings to and from QSettings (organisation "WhaleLog", application "WhaleLog").

Keys are grouped by topic; the palette shares "ui/palette" with ui/palette.PaletteController so the two never
disagree. Lists are stored as JSON text so every back end (INI, registry, plist) returns them the same way.
Tests pass their own QSettings (an INI file in a temp dir) so they never touch the user's profile.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QSettings

from whalelog_gui.settings import AppSettings, settings_from_mapping

ORGANISATION = "WhaleLog"
APPLICATION = "WhaleLog"
SETUP_DONE_KEY = "setup/completed"

KEYS: dict[str, str] = {
    "vessel_name": "vessel/name",
    "catcher_names": "vessel/catchers",
    "operation": "vessel/operation",
    "time_zone": "vessel/time_zone",
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


def load_settings(store: QSettings | None = None) -> AppSettings:
    """Stored settings; any missing or corrupt entry falls back to its default (and is logged), never a crash."""
    store = store if store is not None else open_qsettings()
    raw = {}
    for name, key in KEYS.items():
        if not store.contains(key):
            continue
        value = store.value(key)
        if name.endswith("_names"):
            try:
                value = json.loads(value) if isinstance(value, str) else value
            except json.JSONDecodeError:
                pass  # hand-edited "A, B" text is still read as names
        raw[name] = value
    settings, problems = settings_from_mapping(raw)
    for name, message in problems.items():
        log.warning("settings %s: %s", KEYS[name], message)
    return settings


def save_settings(settings: AppSettings, store: QSettings | None = None, *, mark_setup_done: bool = True) -> None:
    """Validate, then write every field and flush; invalid settings raise SettingsError and nothing is written."""
    settings.validated()
    store = store if store is not None else open_qsettings()
    for name, value in settings.to_dict().items():
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
