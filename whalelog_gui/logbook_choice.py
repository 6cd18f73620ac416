"""Which logbook a GUI session writes to, from --demo / --replay / --port / --db (issue 11).

A demo or replay never writes into the ship's real logbook by default: without --db it gets its own logbook in a
new temporary folder, marked demo or replay. With --db, a new (empty) file is marked for the demo or replay; a file
that already holds a real logbook keeps it, and the session records nothing from the simulator or the capture
(store/position_sources.py says why, and the bridge shows it).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from whalelog_gui.store import position_sources as ps


@dataclass(frozen=True)
class LogbookChoice:
    path: Path
    source: str  # receiver, replay or simulator
    kind: str  # the logbook kind this session asks for: real, demo or replay
    named: bool  # given with --db


def source_of(args) -> str:
    if getattr(args, "demo", False):
        return ps.SIMULATOR
    if getattr(args, "replay", None):
        return ps.REPLAY
    return ps.RECEIVER


def kind_of_source(source) -> str:
    """receiver, replay or simulator, from the Source object itself (None: no GPS, nothing to record)."""
    from whalelog_gui.nav.simulator import SimulatorSource
    from whalelog_gui.nav.sources import ReplaySource

    if isinstance(source, SimulatorSource):
        return ps.SIMULATOR
    if isinstance(source, ReplaySource):
        return ps.REPLAY
    return ps.RECEIVER


def choice_for(path: Path, source) -> LogbookChoice:
    """The choice for a session started on `path` with `source` (tests, Settings): the source decides the kind."""
    kind_of = kind_of_source(source)
    kind = {ps.SIMULATOR: ps.DEMO, ps.REPLAY: ps.REPLAY_LOGBOOK}.get(kind_of, ps.REAL)
    return LogbookChoice(Path(path), kind_of, kind, named=True)


def choose_logbook(args, default_path: Callable[[], Path] | None = None) -> LogbookChoice:
    source = source_of(args)
    kind = {ps.SIMULATOR: ps.DEMO, ps.REPLAY: ps.REPLAY_LOGBOOK}.get(source, ps.REAL)
    if getattr(args, "db", None):
        return LogbookChoice(Path(args.db), source, kind, named=True)
    if kind != ps.REAL:
        folder = Path(tempfile.mkdtemp(prefix=f"whalelog-{kind}-"))
        return LogbookChoice(folder / f"{kind}-logbook.sqlite", source, kind, named=False)
    if default_path is None:
        from whalelog_gui.paths import default_db_path

        default_path = default_db_path
    return LogbookChoice(Path(default_path()), source, kind, named=False)


def prepare_logbook(db, choice: LogbookChoice) -> str | None:
    """Mark a new logbook for a demo or replay; return why this session's positions will NOT be recorded, or None."""
    if choice.kind != ps.REAL and ps.logbook_kind(db) == ps.REAL and not ps.holds_records(db):
        ps.mark_logbook(db, choice.kind)
    return ps.refusal(ps.logbook_kind(db), choice.source)
