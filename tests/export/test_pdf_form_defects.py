"""Issue 15 item 7: the printed forms' defects, each checked on a real PDF (pypdf text) or on the form's blocks.

No "Others (specify)" row; the "Position found" longitude cut off; a sighting and its chase in different
columns; an amendment as a raw timestamp, an id and JSON with no old value; a signature time with
microseconds; 29 ft 5 in printed "29 / 29 ft"; sex printed "unknow"; no measured gland thickness.
"""

from __future__ import annotations

import dataclasses
import io
import re
import unicodedata
from datetime import datetime, timedelta, timezone

import pytest
from pypdf import PdfReader

from whalelog_gui.demo_data import fill_season
from whalelog_gui.export.pdf import render_form
from whalelog_gui.export.sheet_columns import occurrence_columns, whales_seen_rows
from whalelog_gui.export.season import read_season
from whalelog_gui.nav.format import format_lon
from whalelog_gui.records.daily_sheet import Amendment, Signature, SignerRole
from whalelog_gui.records.events import EventKind, LogEvent
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.store import logbook_repo
from whalelog_gui.store.db import open_db

FINGERPRINT = "ab12 cd34"
T0 = datetime(2026, 5, 2, 9, 0, tzinfo=timezone.utc)


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages)


@pytest.fixture
def season(qapp, tmp_path):
    db = open_db(tmp_path / "logbook.sqlite")
    fill_season(db, days=3, seed=5)
    yield db
    db.conn.close()


def test_whales_seen_has_an_others_row_even_when_none_were_seen():
    cells = [c for row in whales_seen_rows([], []) for c in row]
    assert "Others (specify)" in cells


def test_a_chase_prints_in_the_column_of_the_sighting_it_followed():
    at = lambda minutes, kind, **kw: LogEvent(kind, T0 + timedelta(minutes=minutes), no_fix=True, **kw)  # noqa: E731
    events = [
        at(0, EventKind.SEARCH_STARTED),
        at(20, EventKind.WHALES_SEEN, species=SeenSpecies.MINKE, number_seen=2, number_of_groups=1),
        at(40, EventKind.WHALES_SEEN, species=SeenSpecies.FIN, number_seen=3, number_of_groups=1),
        at(50, EventKind.CHASE_STARTED, asdic_used=False),
        at(70, EventKind.WHALE_SHOT),
        at(80, EventKind.FLAGGED_ALONGSIDE, catch_serial="4"),
        at(90, EventKind.PICKUP_STARTED),
        at(100, EventKind.TOWING_STARTED),
        at(200, EventKind.DELIVERED, delivered_at=T0 + timedelta(hours=3)),
    ]
    cols = occurrence_columns(events)
    fin = next(i for i, c in enumerate(cols["search"]) if c[2] == "Fin")
    chased = next(i for i, c in enumerate(cols["chase"]) if c[0] == "09:50")
    assert chased == fin == 1
    assert cols["chase"][fin][1] == "10:10 shot"
    assert cols["handle"][fin] == ["10:20", "4"] and cols["tow"][fin][:2] == ["10:30", "10:40"]


def test_position_found_prints_the_whole_longitude(season):
    snapshot = read_season(season)
    row = season.conn.execute(
        "SELECT sheet_id, coalesce(found_lon, lon) FROM events WHERE kind = 'whales-seen' "
        "AND coalesce(found_lon, lon) IS NOT NULL LIMIT 1"
    ).fetchone()
    assert row is not None, "the demo season has a sighting with a position"
    text = text_of(render_form(snapshot, "daily-sheet", row[0], FINGERPRINT))
    assert format_lon(row[1]) in text


def test_amendment_prints_old_and_new_value_who_and_why_and_the_signature_minute(season):
    sheet_id, already = season.conn.execute(
        "SELECT id, signed_at FROM sheets ORDER BY signed_at IS NOT NULL, day LIMIT 1"
    ).fetchone()
    event_id, at = season.conn.execute(
        "SELECT id, at FROM events WHERE sheet_id = ? AND kind = 'search-started' ORDER BY at LIMIT 1", (sheet_id,)
    ).fetchone()
    signed_at = datetime(2026, 5, 2, 21, 0, 13, 123456, tzinfo=timezone.utc)
    if already is None:
        logbook_repo.sign_sheet(season, sheet_id, Signature("Einar Jónsson", SignerRole.MASTER, signed_at), "Einar")
    else:
        signed_at = datetime.fromisoformat(already)
    old = datetime.fromisoformat(at)
    new = old + timedelta(minutes=7)
    logbook_repo.add_amendment(
        season, sheet_id, Amendment("events", event_id, {"at": new}, "bridge clock was slow"), "Mate Sato"
    )
    text = text_of(render_form(read_season(season), "daily-sheet", sheet_id, FINGERPRINT))
    assert f"time {old:%d %b %H:%M} UTC → {new:%d %b %H:%M} UTC" in text
    assert "by Mate Sato" in text and "reason: bridge clock was slow" in text
    assert event_id not in text and "{" not in text  # no internal id, no JSON
    assert f"{signed_at.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC" in text
    assert not re.search(r"\d\d:\d\d:\d\d\.\d", text), "a time with seconds and microseconds is printed"


def test_catch_list_prints_feet_and_inches_unknown_sex_and_the_gland(season):
    snapshot = read_season(season)
    entry = snapshot.families["catches"][0]
    entry_data = dict(
        entry.data,
        length_raw="29",
        length_raw_inches="5",
        length_logged="29",
        length_unit="ft",
        sex="unknown",
        gland_raw_cm="9.5",
        gland_logged_cm="10",
    )
    snapshot.families["catches"][0] = dataclasses.replace(entry, data=entry_data)
    text = text_of(render_form(snapshot, "catch-list", entry.id, FINGERPRINT))
    assert "29 ft 5 in / 29 ft" in text
    assert re.search(r"\bunknown\b", text), "sex is cut to 'unknow'"
    assert "9.5 / 10" in text and "Gland (cm)" in text


def test_forms_say_which_clock_their_times_are_in(season):
    """Issue 15 item 2: the PDFs printed UTC without saying so; the schooling report is in ship's time."""
    snapshot = read_season(season)
    (sheet_id,) = season.conn.execute("SELECT id FROM sheets ORDER BY day LIMIT 1").fetchone()
    sheet = text_of(render_form(snapshot, "daily-sheet", sheet_id, FINGERPRINT))
    assert "Times UTC" in sheet and "Time (UTC)" in sheet
    from whalelog_gui.export.pdf_forms import FormIndex, schooling_report

    report = {
        "id": "r1",
        "day": "2026-05-02",
        "name": "Nisshin Maru",
        "noon_lat": None,
        "noon_lon": None,
        "remarks": "",
        "catchers_json": "[]",
    }
    blocks = schooling_report(FormIndex(snapshot), report, {}).blocks
    text = " ".join(str(b) for b in blocks)
    assert "Time School Found (ship's time)" in text and "Date (ship's date)" in text


def test_catch_list_prints_the_stock_and_non_binding_flags_as_information(season):
    """Issue 13: each catch's para 9 stock is printed; a rule that does not bind the flag State (Iceland's
    reservation to 10(e), demo season) is information, not an infraction with "Explanation: MISSING"."""
    snapshot = read_season(season)
    text = re.sub(r"-\s", "-", text_of(render_form(snapshot, "catch-list", None, FINGERPRINT)))  # wrapped cells
    assert "Stock (para 9)" in text
    assert "para 9(c): East Greenland-Iceland stock" in text or "para 9(c): Iceland-Denmark Strait stock" in text
    assert "For information: rules that do not bind the flag State" in text
    assert "para 10(e): not binding on Iceland: reservation made on adherence" in text
    assert "MISSING" not in text and "Possible infractions" not in text


def test_a_binding_flag_still_needs_its_explanation(season):
    snapshot = read_season(season)
    flags = snapshot.families["catch_flags"]
    flags[0] = dataclasses.replace(flags[0], data=dict(flags[0].data, binding=1, binding_note="", crew_explanation=""))
    text = text_of(render_form(snapshot, "catch-list", None, FINGERPRINT))
    assert "Possible infractions" in text and "Explanation (para 24(b)(6)): MISSING" in text
    assert text.count("MISSING") == 1  # only the binding one
