"""Feed time for headless runs: a recorded log or the demo is read at its own pace, but without waiting.

The sources and the reader take a clock and a sleep; here sleeping only moves the clock on, so the reader sees
the same gaps (and raises the same position-lost alarm after a silence) as the bridge would, in a fraction of
the time. UTC follows the feed's own fix times, so a log's alerts carry the log's times.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone


class FeedClock:
    def __init__(self, start_utc: datetime | None = None):
        self._now = 0.0
        self._utc_anchor = start_utc or datetime.now(timezone.utc)
        self._mono_anchor = 0.0

    def monotonic(self) -> float:
        return self._now

    def sleep(self, seconds: float) -> None:
        self._now += max(0.0, seconds)

    def anchor(self, fix_time: datetime | None) -> None:
        """A fix carrying a date and time sets UTC from then on (a log replays with its own times)."""
        if fix_time is not None:
            self._utc_anchor, self._mono_anchor = fix_time, self._now

    def utc(self) -> datetime:
        return self._utc_anchor + timedelta(seconds=self._now - self._mono_anchor)
