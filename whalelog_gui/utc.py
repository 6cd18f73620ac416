"""The one UTC text form of WhaleLog files and command output ("2026-01-10T12:00:00Z") and its parser.

datetime.fromisoformat reads a trailing Z since Python 3.11, so nothing needs to rewrite "Z" to "+00:00".
"""

from __future__ import annotations

from datetime import datetime, timezone

UTC_TEXT = "%Y-%m-%dT%H:%M:%SZ"


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def utc_text(moment: datetime) -> str:
    """Whole seconds, UTC, with Z; a naive datetime is a bug (times are timezone-aware everywhere)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: times must be timezone-aware UTC")
    return moment.astimezone(timezone.utc).strftime(UTC_TEXT)


def parse_utc(text: str) -> datetime:
    """ISO 8601 with Z or an offset, as UTC; raises ValueError for text without a zone (never guessed)."""
    moment = datetime.fromisoformat(text)  # Python 3.11+ reads a trailing Z
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{text!r} has no time zone (Z or +hh:mm)")
    return moment.astimezone(timezone.utc)
