"""A save that returned survives SIGKILL the next instant; the file stays intact. Real subprocess, real kill."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from whalelog_gui.store import logbook_repo
from whalelog_gui.store.db import open_db
from whalelog_gui.store.drafts import load_drafts

CHILD = textwrap.dedent("""
    import sys, time
    from datetime import date, datetime, timezone
    from whalelog_gui.records.events import EventKind, LogEvent
    from whalelog_gui.records.title_page import TitlePage
    from whalelog_gui.store import logbook_repo, sheet_entries
    from whalelog_gui.store.db import open_db
    from whalelog_gui.store.drafts import save_draft

    db = open_db(sys.argv[1])
    logbook_id = logbook_repo.save_title_page(db, TitlePage("Kyo Maru No. 7", "2026/27"), who="m")
    sheet = logbook_repo.create_sheet(db, logbook_id, date(2026, 12, 14), who="m")
    at = datetime(2026, 12, 14, 6, tzinfo=timezone.utc)
    event_id = sheet_entries.add_event(db, sheet.id, LogEvent(EventKind.SEARCH_STARTED, at, -60.0, 170.0), "m")
    save_draft(db, "event:new", {"note": "half typed"})
    print("saved", event_id, flush=True)
    for n in range(100000):  # keep writing so the kill also lands in the middle of a transaction
        save_draft(db, "busy", {"n": n})
    time.sleep(60)
""")


@pytest.mark.slow
def test_saved_event_survives_sigkill(tmp_path):
    path = tmp_path / "w.sqlite"
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        words = child.stdout.readline().split()
        assert words[:1] == ["saved"], child.stderr.read()
        event_id = words[1]
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    db = open_db(path)
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    (book,) = logbook_repo.list_logbooks(db)
    sheet = logbook_repo.open_season(db, book.id).current_sheet
    assert [e.id for e in sheet.events] == [event_id]
    assert load_drafts(db)["event:new"].data == {"note": "half typed"}
