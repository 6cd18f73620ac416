"""What the app hands its windows in the every-window tests: the store, QSettings, the palette, and what must be
closed afterwards (the `ctx` fixture in conftest.py builds one on a two-day demo season)."""

from __future__ import annotations

from dataclasses import dataclass, field

from whalelog_gui.ui.settings_store import load_settings


@dataclass
class Ctx:
    db: object
    db_path: object
    settings: object
    palette: object
    qtbot: object
    cleanup: list = field(default_factory=list)

    def app_settings(self):
        return load_settings(self.settings)
