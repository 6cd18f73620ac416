"""Where an installation keeps its data: one SQLite file, keys, logs, in the platform's data directory."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "WhaleLog"


def data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "whalelog.sqlite"
