"""The environment a test gives a WhaleLog subprocess (`python -m whalelog_gui`, `make demo`): Qt offscreen, and
settings, data and runtime files under the test's own folder, never the user's profile."""

import os
from pathlib import Path


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_RUNTIME_DIR=str(home),
        **extra,
    )
