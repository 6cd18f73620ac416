"""`whalelog watch SOURCE|--port PORT|--demo [--operation OP] [--lookahead-min N] [--duration S] [--db PATH]`.

One JSON line per alert state change, the same changes the bridge's alert bar shows:
{"time", "alert_id", "kind", "severity", "state", "paragraph", "lat", "lon", "distance_nm", "eta_min"}; exit 0.
A log or the demo runs on feed time (its own pace, without waiting); a port runs on the wall clock.
Nothing is written to any logbook unless --db is given; a replayed log or --demo records only into a new file or a
replay/demo logbook (issue 11). With --db the logbook is first checked as the app checks it when it opens it: the
open checks (another program's file or a damaged one is refused, exit 2) and the audit hash chain: a break raises
the integrity alarm (kind "logbook-integrity", severity "alarm"), printed first, with one line on stderr naming the
records; positions and alerts are still recorded (losing them would be worse). Exit 2 with one line on stderr for
bad usage.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path
from typing import IO

from whalelog_gui.alerts.manager import AlertManager
from whalelog_gui.alerts.model import Alert
from whalelog_gui.utc import utc_text
from whalelog_gui.watch.feed_clock import FeedClock
from whalelog_gui.watch.pipeline import Watch

PROG = "whalelog watch"


def change_record(alert: Alert) -> dict:
    """The JSON object of one alert state change, exactly as the `watch` contract specifies."""
    return {
        "time": utc_text(alert.changed_at),
        "alert_id": alert.id,
        "kind": alert.key,
        "severity": alert.category.label.lower(),
        "state": alert.state.value,
        "paragraph": alert.paragraph,
        "lat": alert.lat,
        "lon": alert.lon,
        "distance_nm": None if alert.distance_nm is None else round(alert.distance_nm, 3),
        "eta_min": None if alert.eta_min is None else round(alert.eta_min, 2),
    }


def _usage(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 2


def _open_store(path: str, source: str):
    """(StoreWriter, IntegrityReport) on --db: an existing file must already be a WhaleLog logbook (never turned
    into one), and a demo or replay records only into a demo or replay logbook (a new file becomes one; issue 11).
    The logbook is checked against its hash chain before anything is recorded, as the app does at open."""
    from whalelog_gui.logbook_choice import LogbookChoice, prepare_logbook
    from whalelog_gui.store import position_sources as ps
    from whalelog_gui.store.db import open_db
    from whalelog_gui.store.logbook_file import logbook_problem
    from whalelog_gui.store.writer import StoreWriter

    if Path(path).exists():
        problem = logbook_problem(Path(path))
        if problem:
            raise OSError(f"{path}: {problem}")
    kind = {ps.SIMULATOR: ps.DEMO, ps.REPLAY: ps.REPLAY_LOGBOOK}.get(source, ps.REAL)
    from whalelog_gui.store.integrity import check_logbook

    db = open_db(path)  # the open checks: writable, a WhaleLog logbook, PRAGMA quick_check
    try:
        refusal = prepare_logbook(db, LogbookChoice(Path(path), source, kind, named=True))
        report = None if refusal else check_logbook(db)
    finally:
        db.close()
    if refusal:
        raise OSError(refusal)
    writer = StoreWriter(path)
    writer.start()
    return writer, report


def _raise_integrity_alarm(alerts: AlertManager, report, db: str) -> None:
    """The bridge's integrity alarm, in the watch's own output; it stands for the run (declaring is the master's
    act: whalelog db declare-break, or the app)."""
    from whalelog_gui.alerts.model import AlertCategory
    from whalelog_gui.store.integrity_report import ALERT_KEY, ALERT_TITLE, alarm_note

    print(
        f"{PROG}: {ALERT_TITLE}: {report.names()} (the master declares it with: whalelog db declare-break "
        f"--db {db} --reason ... --by ...)",
        file=sys.stderr,
    )
    alerts.raise_condition(ALERT_KEY, AlertCategory.ALARM, ALERT_TITLE, alarm_note(report))


def _source(args, clock: FeedClock | None):
    from whalelog_gui.nav.sources import ReplaySource, source_for
    from whalelog_gui.nav.simulator import SimulatorSource, demo_voyage

    if args.watch_port:
        try:
            source = source_for(args.watch_port, args.watch_baud)  # serial, pyserial URL, udp:// or gpsd://
        except ValueError as exc:  # a malformed udp:// or gpsd:// address cannot be opened either
            raise OSError(str(exc)) from exc
        source.open()  # a missing port is the user's mistake, said here, not retried forever
        source.close()
        return source
    assert clock is not None  # a log or the demo runs on feed time
    if args.demo:
        return SimulatorSource(
            demo_voyage(),
            rate_hz=1.0,
            start_time=clock.utc().replace(microsecond=0),
            clock=clock.monotonic,
            sleep=clock.sleep,
        )
    path = Path("/dev/stdin") if args.source == "-" else Path(args.source)  # `-`: a log piped in, as nmea parse
    with path.open("rb"):
        pass  # OSError here: the file named is missing or unreadable
    return ReplaySource(path, speed=1.0, clock=clock.monotonic, sleep=clock.sleep)


def watch_command(args, out: IO[str] | None = None) -> int:
    from whalelog_gui.nav.reader import NavReader
    from whalelog_gui.nav.sources import EndOfStream
    from whalelog_gui.zones.areas import AreaDataError, load_areas
    from whalelog_gui.zones.monitor import ZoneMonitor

    out = out or sys.stdout
    chosen = [bool(args.source), bool(args.watch_port), bool(args.demo)]
    if sum(chosen) != 1:
        return _usage("give exactly one of SOURCE, --port PORT or --demo")
    if args.duration is not None and not args.duration > 0:
        return _usage(f"--duration must be > 0 seconds, not {args.duration:g}")
    live = bool(args.watch_port)
    clock = None if live else FeedClock()
    try:
        monitor = ZoneMonitor(load_areas(), args.operation, args.lookahead_min)
    except AreaDataError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:  # bad --lookahead-min: a usage error, like argparse's own
        return _usage(str(exc))
    try:
        source = _source(args, clock)
    except OSError as exc:
        where = args.watch_port or args.source
        return _usage(f"cannot open {where}: {exc.strerror or exc}".replace("\n", " "))
    from whalelog_gui.store import position_sources as ps

    source_kind = ps.RECEIVER if args.watch_port else ps.SIMULATOR if args.demo else ps.REPLAY
    writer = integrity = None
    if args.db:
        try:
            writer, integrity = _open_store(args.db, source_kind)
        except Exception as exc:  # noqa: BLE001 - any reason the store cannot be opened is said on one line
            return _usage(f"cannot use --db {args.db}: {exc}".replace("\n", " "))

    recorders = {}
    if writer is not None:
        from whalelog_gui.watch.recorders import queued_recorders

        recorders = dict(zip(("record_fix", "record_change"), queued_recorders(writer, source_kind)))
    alerts = AlertManager(clock=clock.utc) if clock else AlertManager()
    watch = Watch(monitor, alerts, **recorders)
    lock = threading.Lock()

    def print_change(alert: Alert, change: str) -> None:
        out.write(json.dumps(change_record(alert)) + "\n")
        out.flush()

    watch.on_change(print_change)
    if integrity is not None and not integrity.intact:
        _raise_integrity_alarm(alerts, integrity, args.db)
    if clock is None:
        duration_s = args.duration
    else:
        duration_s = (
            args.duration if args.duration is not None else (source.voyage.duration_s if args.demo else None)
        )  # the demo loops: once round unless told
    done = threading.Event()

    def over() -> bool:
        if clock is None or duration_s is None:
            return done.is_set()
        if not done.is_set() and clock.monotonic() >= duration_s:
            done.set()
            reader.stop()  # from the reader's own thread: it ends after this read
        return done.is_set()

    def on_fix(fix) -> None:
        with lock:
            if over():
                return
            if clock is not None and fix.valid:
                clock.anchor(fix.time)
            watch.on_fix(fix)

    def on_status(status) -> None:
        with lock:
            if not over():
                watch.on_status(status)

    read = source.read

    def read_to_the_end(timeout: float) -> bytes:
        try:
            return read(timeout)
        except EndOfStream:  # the watch ends with its log: that is not a position lost at sea
            with lock:
                done.set()
            raise

    source.read = read_to_the_end
    reader = NavReader(source, on_fix, on_status, clock=clock.monotonic if clock else time.monotonic)
    reader.start()
    try:
        if clock is not None:
            while not reader.finished.wait(0.1) and not done.is_set():
                pass
        else:
            reader.finished.wait(duration_s)
    except KeyboardInterrupt:
        pass  # Ctrl-C on a port: stop cleanly, still exit 0
    finally:
        with lock:
            done.set()
        reader.stop()
        if writer is not None:
            writer.stop()  # drains the queue: every change printed is stored
    return 0
