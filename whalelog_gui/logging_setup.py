"""Application logging: a rotating file in the data directory (for "Save diagnostics") plus stderr.

Times are UTC with a Z, like every other time in WhaleLog, so a log lines up with the NMEA and the logbook.
Only the GUI configures logging this way; headless subcommands keep stdout/stderr for their contracts.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import time
from pathlib import Path

from whalelog_gui import paths

LOG_NAME = "whalelog.log"
MAX_BYTES = 1_000_000
BACKUPS = 5  # six files of 1 MB at most: weeks of bridge use, small enough to mail from port
FORMAT = "%(asctime)s.%(msecs)03dZ %(levelname)s %(name)s: %(message)s"
DATE_FORMAT = "%Y-%m-%dT%H:%M:%S"

_MARK = "_whalelog_handler"  # tags our handlers so configuring twice replaces them instead of doubling lines


def log_dir() -> Path:
    return paths.data_dir() / "logs"


def _formatter() -> logging.Formatter:
    formatter = logging.Formatter(FORMAT, DATE_FORMAT)
    formatter.converter = time.gmtime
    return formatter


def configure_logging(
    directory: Path | None = None,
    *,
    level: int = logging.INFO,
    stderr: bool = True,
    max_bytes: int = MAX_BYTES,
    backups: int = BACKUPS,
) -> Path:
    """Send the "whalelog" loggers to a rotating file (and stderr); returns the log file's path.

    A log directory that cannot be created leaves stderr logging working and says why, rather than
    stopping the bridge display from starting.
    """
    root = logging.getLogger("whalelog")
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    handlers: list[logging.Handler] = []
    if stderr:
        handlers.append(logging.StreamHandler(sys.stderr))
    directory = Path(directory) if directory is not None else log_dir()
    path = directory / LOG_NAME
    problem = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
        )
    except OSError as exc:
        problem = exc
    for handler in handlers:
        setattr(handler, _MARK, True)
        handler.setFormatter(_formatter())
        root.addHandler(handler)
    if problem is not None:
        root.error("log file %s unavailable (%s); logging to stderr only", path, problem)
    return path


def log_files(directory: Path | None = None) -> list[Path]:
    """The current log and its rotated predecessors, newest first (whalelog.log, .1, .2, ...)."""
    directory = Path(directory) if directory is not None else log_dir()
    found = [p for p in directory.glob(LOG_NAME + "*") if p.is_file()]

    def age(p: Path) -> int:
        suffix = p.name[len(LOG_NAME) :].lstrip(".")
        return int(suffix) if suffix.isdigit() else 0

    return sorted(found, key=age)
