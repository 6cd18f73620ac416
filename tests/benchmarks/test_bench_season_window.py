"""Opening a full season to a usable window (issues 4 and 14): 200 days x ~100 events, thinned track.

The season is the `whalelog demo-data` season (weather, thinned track, catches, schooling reports, signatures,
amendments) with each day's timeline padded to 100 events by extra reported sightings, every one saved through
store.sheet_entries.add_event; the last day is today, so the logbook opens with a full sheet in both the
"Today's sheet" and "Previous days" views. Each run is a cold `python` process running the real run_gui
(`whalelog --db PATH`, offscreen) with the main window's show() and install_pages wrapped (DRIVER below): it
reports when the window was shown, when the first page (Chart) was usable, when every page was built with its
data (the logbook on its latest sheet, and the catches and reports the Catches and Reports pages read in the
background delivered to them), and the longest gap between event-loop turns in between. Times run from process start (Popen). Baselines in
the same run: a bare PySide6 window, and the app on an empty database. Medians of RUNS after one warm-up (OS
file cache warm, as on a bridge PC). Then, page by page, the officer clicking that tab the moment the tabs appear:
when that page is usable with its data (it is built next, in steps, ahead of the others). Goals: issue 4, every
page <= 1 s; issue 14, <= 0.6 s and no stall > 50 ms."""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from unittest import mock

import pytest

from whalelog_gui import demo_data
from whalelog_gui.demo_season.day_plan import DayPlan, plan_day
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.store import logbook_repo, sheet_entries
from whalelog_gui.store.db import open_db, transaction

SEASON_DAYS = 200  # 199 demo-data days and today
EVENTS_PER_DAY = 100
RUNS = 3
GOAL_S = 1.0  # issue 4
GOAL_ISSUE_14_S = 0.6  # every page usable; reported against a bare PySide6 window of the same run
HIDDEN_PAGES = ("Logbook", "Catches", "Schooling report", "Transmission", "Reports")  # the tabs after the Chart
GOAL_STALL_S = 0.050  # issue 14: the GUI never frozen longer than this while it starts
MARK = "season window usable"
ROOT = Path(__file__).resolve().parents[2]

# Runs the real CLI -> run_gui; the main window's show() and install_pages are wrapped to time three moments
# (wall clock, the same clock the parent started the process on): the window shown, the first page (the Chart,
# with its stored track) usable, and every page built with its data (the logbook on its latest sheet, the catch
# list and the reports read in the background delivered to their pages). From the
# moment the window is shown a 5 ms QTimer heartbeat measures the gaps between event-loop turns: the longest is
# the longest freeze the officer could meet while the window starts.
DRIVER = f"""
import sys, time
import whalelog_gui.ui.pages as pages
from whalelog_gui.cli import main
from whalelog_gui.ui.main_window import MainWindow

stamps = {{}}
beat = {{"last": None, "max": 0.0}}
show = MainWindow.show

def measured_show(window):
    show(window)
    if "shown" in stamps:
        return
    from PySide6.QtCore import QTimer

    stamps["shown"] = beat["last"] = time.time()

    def tick():
        now = time.time()
        beat["max"] = max(beat["max"], now - beat["last"])
        beat["last"] = now

    timer = window._heartbeat = QTimer(window)
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()

MainWindow.show = measured_show
install = pages.install_pages

def measured_install(window, *args, **kwargs):  # whatever run_gui passes, passed on unchanged
    built = install(window, *args, **kwargs)
    stamps["first"] = time.time()  # the Chart is built, its stored track drawn
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def data_read():  # the Catches and Reports pages read the season off the GUI thread: usable once delivered
        catches, reports = built.catches, built.reports
        return not catches.jobs.busy and not reports.jobs.busy and reports.reports is not None

    def when_read():
        if data_read():
            report()
        else:
            QTimer.singleShot(5, when_read)

    def report():
        QApplication.processEvents()
        page = built.logbook

        def sheet_shown(controller, view):
            sheet = controller.sheet if controller else None
            return "-" if sheet is None else f"{{sheet.sheet_no}}:{{len(sheet.events)}}:{{view.event_list.tree.topLevelItemCount()}}"

        shown = [sheet_shown(page.today, page.today_view), sheet_shown(page.previous, page.previous_view)]
        now = time.time()
        beat["max"] = max(beat["max"], now - beat["last"])
        # then the officer looks at Previous days: the season's index and yesterday's sheet are read then, in one turn
        clicked = time.time()
        page.tabs.setCurrentWidget(page.previous_days)
        clicked = time.time() - clicked
        print("{MARK}", window.pages.count(), window.isVisible(), *shown, stamps["shown"], stamps["first"], now,
              beat["max"], built.catches.catch_table.rowCount(), len(built.reports.reports.season["27"]["by_species"]),
              sheet_shown(page.previous, page.previous_view), clicked, file=sys.stderr, flush=True)
        QApplication.instance().quit()

    def asked_usable(title):  # the page is built, and whatever it reads in the background is delivered
        page = built._slots[title].page
        if page is None:
            return False
        if title == "Logbook":
            return page.today is not None and page.today.sheet is not None
        jobs = getattr(page, "jobs", None)
        if jobs is not None and jobs.busy:
            return False
        shown = {{"Catches": lambda: page.catch_table.rowCount() > 0, "Reports": lambda: page.reports is not None,
                 "Transmission": lambda: page.status_table.rowCount() > 0}}
        return shown.get(title, lambda: True)()

    def when_asked_usable():
        if asked_usable(ASK):
            QApplication.processEvents()
            now = time.time()
            beat["max"] = max(beat["max"], now - beat["last"])
            print("{MARK}", window.pages.count(), window.isVisible(), ASK.replace(" ", "_"), "-", stamps["shown"],
                  stamps["first"], now, beat["max"], file=sys.stderr, flush=True)
            QApplication.instance().quit()
        else:
            QTimer.singleShot(5, when_asked_usable)

    if ASK is not None:  # the officer clicks this tab the moment it is there, before any other page is built
        slot = built._slots[ASK]
        tabs = window.pages
        index = next(i for i in range(tabs.count()) if tabs.widget(i) is slot or getattr(tabs.widget(i), "widget", lambda: None)() is slot)
        tabs.setCurrentIndex(index)
        QTimer.singleShot(0, when_asked_usable)
    elif built.built:
        QTimer.singleShot(0, when_read)
    else:
        built.all_built.connect(lambda: QTimer.singleShot(0, when_read))
    return built

pages.install_pages = measured_install
ASK = sys.argv[2] if len(sys.argv) > 2 else None  # a tab the officer clicks as soon as it appears
sys.exit(main(["--db", sys.argv[1], "--exit-after", "60"]))
"""


# The floor: a bare PySide6 window, shown and its event queue drained, timed to the same kind of report line.
BARE_WINDOW = f"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1024, 600)
window.show()
shown = time.time()

def report():
    QApplication.processEvents()
    now = time.time()
    print("{MARK}", 1, window.isVisible(), "-", "-", shown, shown, now, now - shown, file=sys.stderr, flush=True)
    app.quit()

QTimer.singleShot(0, report)
sys.exit(app.exec())
"""

# The floor under issue 14's goal: the bare window, then the libraries every start of WhaleLog must load before its
# pages can show their data, imported and nothing else: sqlite-utils (the store; it brings numpy, click, pluggy and
# dateutil), shapely (the regulated areas), cryptography (the signing key the Transmission page shows) and pyserial
# (the GPS reader). What is left of the goal above this is all WhaleLog's own code may take.
FLOOR_LIBRARIES = ("sqlite_utils", "shapely", "cryptography.hazmat.primitives.serialization", "serial")
_REPORT_CALL = "QTimer.singleShot(0, report)"
assert BARE_WINDOW.count(_REPORT_CALL) == 1  # else the floor below would silently be the bare window
LIBRARY_FLOOR = BARE_WINDOW.replace(
    _REPORT_CALL,
    f"import importlib\nfor name in {FLOOR_LIBRARIES!r}:\n    importlib.import_module(name)\n{_REPORT_CALL}",
)


def _position_at(legs: list[LogEvent], at: datetime) -> tuple[float, float]:
    """Where the ship is at `at` on the day's straight legs (as DayPlan.positions steams them)."""
    for a, b in zip(legs, legs[1:]):
        if a.at <= at <= b.at and b.at > a.at:
            f = (at - a.at) / (b.at - a.at)
            return round(a.lat + (b.lat - a.lat) * f, 5), round(a.lon + (b.lon - a.lon) * f, 5)
    return legs[-1].lat, legs[-1].lon


def padded_plan_day(rng, day, index, serial_start=1) -> DayPlan:
    """demo-data's day, its timeline filled to EVENTS_PER_DAY with sightings reported by another catcher.

    The sightings sit on the ship's own track (so the thinned track is unchanged) and change no activity."""
    plan = plan_day(rng, day, index, serial_start)
    legs = [e for e in plan.events if e.kind is not EventKind.DELIVERED]
    first, ceased = plan.events[0].at, plan.ceased_at
    extra = EVENTS_PER_DAY - len(plan.events)
    padding = []
    for k in range(1, extra + 1):
        at = first + (ceased - first) * k / (extra + 1)
        lat, lon = _position_at(legs, at)
        padding.append(
            LogEvent(
                EventKind.WHALES_SEEN,
                at.replace(microsecond=0),
                lat,
                lon,
                species=SeenSpecies.FIN,
                number_seen=1,
                number_of_groups=1,
                found_by_catcher="Hvalur 8",
            )
        )
    plan.events = sorted(plan.events + padding, key=lambda e: e.at)  # stable: CEASED stays last
    return plan


def build_season(path: Path) -> int:
    """A full season through the real store API; returns the number of events written."""
    db = open_db(path)
    # the demo season, each day's plan padded (the only substitution: which events a day has)
    with mock.patch.object(demo_data, "plan_day", padded_plan_day):
        summary = demo_data.fill_season(db, days=SEASON_DAYS - 1, seed=1)
    today = datetime.now(timezone.utc).date()
    assert today > demo_data.SEASON_START + timedelta(days=SEASON_DAYS - 2), "season must end before today"
    plan = padded_plan_day(random.Random(2), today, SEASON_DAYS - 1)
    with transaction(db):
        sheet = logbook_repo.create_sheet(db, summary.logbook_id, today, demo_data.MATE)
        for event in plan.events:
            sheet_entries.add_event(db, sheet.id, event, demo_data.MATE)
    events = db.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return events


@dataclass
class Start:
    """One cold start, in seconds from process start: window shown, first page usable, every page usable; and the
    longest gap between event-loop turns from the window shown to every page usable."""

    shown: float
    first: float
    usable: float
    stall: float
    fields: list[str]


def time_to_usable(
    db: Path | None, env: dict, cwd: Path, *, script: str = BARE_WINDOW, ask: str | None = None
) -> Start:
    """One cold process: the app on database `db`; db None: `script` (the bare PySide6 window unless told). ask: the
    title of a tab clicked the moment the tabs appear; `usable` is then when that page is usable with its data."""
    command = [sys.executable, "-c", script] if db is None else [sys.executable, "-c", DRIVER, str(db)]
    command += [ask] if ask else []
    started = time.time()
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, cwd=cwd, text=True)
    report, lines = None, []
    try:
        for line in proc.stderr:
            lines.append(line)
            if report is None and line.startswith(MARK):
                report = line[len(MARK) :].split()
        proc.wait(timeout=90)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, f"driver exited {proc.returncode}:\n{''.join(lines[-30:])}"
    assert report is not None, f"driver never reported {MARK!r}:\n{''.join(lines[-30:])}"
    shown, first, usable, stall = (float(x) for x in report[4:8])
    return Start(shown - started, first - started, usable - started, stall, report[:4] + report[8:])


def measure(db: Path | None, env: dict, cwd: Path, *, script: str = BARE_WINDOW, ask: str | None = None) -> Start:
    # warm-up: page cache, .pyc files, fontconfig cache, migrations
    time_to_usable(db, env, cwd, script=script, ask=ask)
    runs = [time_to_usable(db, env, cwd, script=script, ask=ask) for _ in range(RUNS)]
    median = statistics.median
    return Start(
        median(r.shown for r in runs),
        median(r.first for r in runs),
        median(r.usable for r in runs),
        max(r.stall for r in runs),
        runs[-1].fields,
    )


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")  # fresh QSettings: no remembered palette or first-run state
    # compiled bytecode, as an installed app has (pip compiles at install): without it every start recompiles
    # every module, ~0.5 s that no bridge PC pays; kept out of the source tree
    inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return dict(
        inherited,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        PYTHONPATH=str(ROOT),
        PYTHONPYCACHEPREFIX=str(tmp_path_factory.mktemp("pycache")),
    )


def test_full_season_opens_to_usable_window(env, tmp_path):
    began = time.perf_counter()
    season = tmp_path / "season.sqlite"
    events = build_season(season)
    built_s = time.perf_counter() - began
    empty = tmp_path / "empty.sqlite"
    open_db(empty).conn.close()

    bare = measure(None, env, tmp_path)
    floor = measure(None, env, tmp_path, script=LIBRARY_FLOOR)
    empty_run = measure(empty, env, tmp_path)
    season_run = measure(season, env, tmp_path)
    size_mb = season.stat().st_size / 1e6
    print(f"\nseason database: {SEASON_DAYS} sheets, {events} events, {size_mb:.1f} MB (built in {built_s:.0f} s)")
    print(
        f"process start -> (median of {RUNS}, offscreen; stall: longest gap between event-loop turns after the "
        "window is shown, worst run)"
    )
    print(f"  bare PySide6 window (baseline): shown {bare.shown:.3f} s")
    print(
        f"  bare window + the libraries every start loads ({', '.join(n.split('.')[0] for n in FLOOR_LIBRARIES)}):"
        f" {floor.usable:.3f} s = {floor.usable / bare.shown:.2f}x bare window; of the {GOAL_ISSUE_14_S} s goal"
        f" {(GOAL_ISSUE_14_S - floor.usable) * 1000:.0f} ms are left for WhaleLog's own modules and its pages"
    )
    for name, run in (("empty database", empty_run), ("full season", season_run)):
        print(
            f"  {name:15}: shown {run.shown:.3f} s, first page usable {run.first:.3f} s, every page usable "
            f"{run.usable:.3f} s = {run.usable / bare.shown:.2f}x bare window; longest stall "
            f"{run.stall * 1000:.0f} ms  (pages, visible, today, previous, catch rows, species reported: "
            f"{' '.join(run.fields[:6])}); Previous days first shown: {run.fields[6]} in "
            f"{float(run.fields[7]) * 1000:.0f} ms"
        )
    # on demand: the officer clicks one tab the moment the tabs appear; that page is built next, in steps (issue 14)
    asked = {title: measure(season, env, tmp_path, ask=title) for title in HIDDEN_PAGES}
    for title, run in asked.items():
        print(
            f"  {title + ' clicked first':33}: usable with its data {run.usable:.3f} s = "
            f"{run.usable / bare.shown:.2f}x bare window; longest stall {run.stall * 1000:.0f} ms"
        )
    worst = max(asked.values(), key=lambda run: run.usable)
    print(
        f"  whichever page is opened first, it is usable by {worst.usable:.3f} s "
        f"({worst.usable / bare.shown:.2f}x bare window), longest stall {max(r.stall for r in asked.values()) * 1000:.0f} ms"
    )
    season_s = season_run.usable
    print(
        f"  full season vs empty: {season_s / empty_run.usable:.2f}x, +{(season_s - empty_run.usable) * 1000:.0f} ms;"
        f" issue 4 goal <= {GOAL_S} s; issue 14 goal <= {GOAL_ISSUE_14_S} s: "
        f"{'met' if season_s <= GOAL_ISSUE_14_S else 'NOT met'}, stall <= {GOAL_STALL_S * 1000:.0f} ms: "
        f"{'met' if season_run.stall <= GOAL_STALL_S else 'NOT met'}"
    )

    assert events >= SEASON_DAYS * EVENTS_PER_DAY * 0.99
    pages, visible, today, previous, catch_rows, species, previous_clicked, _click_s = season_run.fields
    assert int(pages) == 6 and visible == "True"  # Chart, Logbook, Catches, Schooling report, Transmission, Reports
    # sheet_no:events in the sheet:rows in its event list; today is the last sheet, previous the day before, read
    # when Previous days is first shown ("-" until then)
    assert today == f"{SEASON_DAYS}:{EVENTS_PER_DAY}:{EVENTS_PER_DAY}" and previous == "-"
    assert previous_clicked == f"{SEASON_DAYS - 1}:{EVENTS_PER_DAY}:{EVENTS_PER_DAY}"
    # the Catches and Reports pages showed the season they read in the background: every page has its data
    assert int(catch_rows) > 0 and int(species) > 0
    for title, run in asked.items():  # the page clicked was the one usable, in a window with every tab
        assert run.fields[:3] == ["6", "True", title.replace(" ", "_")]
    assert season_s <= GOAL_S
