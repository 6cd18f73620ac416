"""A diagnostics zip for a bug report: the logs, the settings (no keys) and the last minutes of raw NMEA.

Qt-free so it can be tested and reused headless. It takes only what it is given (log paths, settings, NMEA lines)
and never walks the data directory, so the signing key beside the database cannot be swept in; as a second guard,
any PEM private-key block or secret-looking setting that reaches it is redacted.
The raw NMEA comes from NavReader.recent_raw(RECENT_NMEA_SECONDS), which keeps it on the reader thread.
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from whalelog_gui import __version__
from whalelog_gui.settings import AppSettings

RECENT_NMEA_SECONDS = 600  # "the last minutes": ten, enough to see a dropout and what led up to it
MAX_LINE_CHARS = 200  # an NMEA sentence is at most 82; longer is noise worth seeing but not in full

_SECRET_NAME = re.compile(r"key|secret|passw|token|passphrase|private", re.IGNORECASE)
_PEM_PRIVATE = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(-----END [A-Z ]*PRIVATE KEY-----|\Z)", re.DOTALL)
REDACTED = "[redacted]"


def redact_text(text: str) -> str:
    return _PEM_PRIVATE.sub(REDACTED, text)


def redact_mapping(values: Mapping[str, Any]) -> dict[str, Any]:
    """Drop the value of any entry whose name looks like a key or secret, at any depth."""
    clean: dict[str, Any] = {}
    for name, value in values.items():
        if _SECRET_NAME.search(str(name)):
            clean[name] = REDACTED
        elif isinstance(value, Mapping):
            clean[name] = redact_mapping(value)
        elif isinstance(value, str):
            clean[name] = redact_text(value)
        else:
            clean[name] = value
    return clean


def _printable(line: str) -> str:
    """Serial noise shown as escapes, so the file stays one sentence per line and opens in any editor."""
    line = line.rstrip("\r\n")
    shown = "".join(ch if " " <= ch <= "~" else ascii(ch)[1:-1] if ch > "\xff" else f"\\x{ord(ch):02x}" for ch in line)
    return shown if len(shown) <= MAX_LINE_CHARS else shown[:MAX_LINE_CHARS] + f"...(+{len(shown) - MAX_LINE_CHARS})"


def about() -> dict[str, Any]:
    return {
        "whalelog": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "created_utc": datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
    }


def default_zip_name(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return f"whalelog-diagnostics-{now.strftime('%Y%m%dT%H%M%SZ')}.zip"


def write_diagnostics(
    destination: str | Path,
    *,
    settings: AppSettings | None,
    log_files: Iterable[str | Path],
    nmea_lines: Iterable[str],
    extra: Mapping[str, Any] | None = None,
) -> Path:
    """Write the zip atomically (temp file + rename) and return its path.

    Contents: about.json, settings.json, nmea-recent.txt, logs/<each log file>; `extra` (e.g. source counters)
    goes into about.json after redaction. A log file that vanished (rotated mid-save) is skipped, not fatal.
    """
    destination = Path(destination)
    info = about()
    if extra:
        info["extra"] = redact_mapping(dict(extra))
    settings_json = redact_mapping(settings.to_dict()) if settings is not None else {}
    nmea_text = "".join(_printable(line) + "\n" for line in nmea_lines)
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".diagnostics-", suffix=".zip", dir=destination.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp_name, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("about.json", json.dumps(info, indent=2, default=str))
            archive.writestr("settings.json", json.dumps(settings_json, indent=2, ensure_ascii=False))
            archive.writestr("nmea-recent.txt", nmea_text)
            for log_path in map(Path, log_files):
                try:
                    text = log_path.read_text(encoding="utf-8", errors="replace")
                except FileNotFoundError:
                    continue
                archive.writestr(f"logs/{log_path.name}", redact_text(text))
        os.replace(tmp_name, destination)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return destination
