"""The watch's recorders over a StoreWriter: track points and alert changes written on the writer's thread."""

from __future__ import annotations

from collections.abc import Callable

from whalelog_gui.store.alert_log import record_alert_change
from whalelog_gui.store.track import TrackRecorder
from whalelog_gui.store.writer import StoreWriter


def queued_recorders(writer: StoreWriter) -> tuple[Callable, Callable]:
    """(record_fix, record_change) for Watch: each submits its write to `writer` and returns at once."""
    track: list[TrackRecorder] = []  # made on the writer thread, with the writer's connection

    def offer(db, fix, alarm: bool) -> None:
        if not track:
            track.append(TrackRecorder(db))
        track[0].offer(fix, alert=alarm)

    def record_fix(fix, alarm: bool) -> None:
        writer.submit(offer, fix, alarm)

    def record_change(alert, change: str, who: str | None) -> None:
        writer.submit(record_alert_change, alert, change, who)

    return record_fix, record_change
