"""The watch's recorders over a StoreWriter: track points and alert changes written on the writer's thread, each
marked with its source (receiver, replay, simulator), and held in memory while storage refuses writes (issue 11)."""

from __future__ import annotations

from collections.abc import Callable

from whalelog_gui.store.alert_log import record_alert_change
from whalelog_gui.store.held_writes import ALERT, TRACK
from whalelog_gui.store.track import TrackRecorder, write_point
from whalelog_gui.store.writer import StoreWriter


def queued_recorders(writer: StoreWriter, source: str) -> tuple[Callable, Callable]:
    """(record_fix, record_change) for Watch: each submits its write to `writer` and returns at once.

    source is where the positions come from (store/position_sources.py); the thinning runs before a write is held,
    so a storage fault holds kept points only (store/held_writes.py bounds them)."""
    track: list[TrackRecorder] = []  # made on the writer thread, with the writer's connection

    def offer(db, fix, alarm: bool) -> None:
        if not track:
            track.append(TrackRecorder(db, source))
        recorder = track[0]
        row = recorder.thin(fix, alert=alarm)
        if row is not None:
            writer.write_held(db, TRACK, write_point, row, seal=recorder.seal_due(alarm))

    def record_fix(fix, alarm: bool) -> None:
        writer.submit(offer, fix, alarm)

    def record_change(alert, change: str, who: str | None) -> None:
        writer.submit_held(ALERT, record_alert_change, alert, change, who, source=source)

    return record_fix, record_change
