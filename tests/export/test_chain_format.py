"""export/BUNDLE_FORMAT.md, "Audit hash chain", is enough to re-implement the check: a real bundle's chain segment is
recomputed here from the documented rules alone (hashlib, zipfile, sqlite3; a JSON string encoder written from the
documented escapes, none of WhaleLog's chain helpers), and its track seals from the documented point lines."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile

from whalelog_gui.export.bundle import export_bundle
from whalelog_gui.store import audit

ZEROS = "0" * 64
SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
TRICKY_REASON = 'crew list: "Jón" Ólafsson\n\tadded\x01 late — 2° mistake'


def json_text(value) -> str:
    """The documented canonical JSON of one string, integer or null."""
    if value is None:
        return "null"
    if isinstance(value, int):
        return str(value)
    out = []
    for ch in value:
        if ch in SHORT_ESCAPES:
            out.append(SHORT_ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)  # non-ASCII as itself
    return '"' + "".join(out) + '"'


def canonical(entry: dict) -> bytes:
    fields = [
        1,
        entry["seq"],
        entry["family"],
        entry["id"],
        entry["op"],
        entry["who"],
        entry["at"],
        entry["reason"],
        entry["old"],
        entry["new"],
        entry["state"],
    ]
    return ("[" + ",".join(json_text(f) for f in fields) + "]").encode("utf-8")


def link(previous: str, entry: dict) -> str:
    return hashlib.sha256(previous.encode("ascii") + b"\n" + canonical(entry)).hexdigest()


def read_bundle(path) -> tuple[dict, list[dict], bytes]:
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read("manifest.json"))
        raw = z.read("chain.json")
    return manifest, json.loads(raw)["entries"], raw


def point_line(t, lat, lon, sog, cog, alert) -> str:
    def number(x):
        return "" if x is None else repr(x)  # Python's repr(float) is the shortest round-trip form

    return f"{t}|{number(lat)}|{number(lon)}|{number(sog)}|{number(cog)}|{1 if alert else 0}\n"


def test_a_real_bundles_segment_recomputes_from_the_documented_rules(season_db, db_path, signing_key, out_dir):
    # the title page's engine: free text, not locked by a sign-off; the change carries a reason full of escapes
    record = ("logbooks", season_db.conn.execute("SELECT id FROM logbooks").fetchone()[0])
    column = "engine_type"
    row = audit.get_record(season_db, *record)
    audit.update_record(season_db, *record, {column: f"{row[column] or ''} diesel (é)"}, "Mate Sato", TRICKY_REASON)
    first = export_bundle(season_db, out_dir, signing_key)
    manifest, entries, raw = read_bundle(first.path)
    section = manifest["chain"]
    assert section["version"] == 1 and (section["from_seq"], section["from_hash"]) == (0, ZEROS)
    assert raw.startswith(b'{"entries":[\n') and raw.endswith(b"\n]}\n") and raw.count(b"\n") == len(entries) + 2
    for line in raw.decode("utf-8").split("\n")[1:-2]:
        entry = json.loads(line.rstrip(","))  # each line: the entry with sorted keys, compact, UTF-8
        assert line.rstrip(",") == json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    previous, seq = section["from_hash"], section["from_seq"]
    for entry in entries:
        assert entry["seq"] > seq
        assert link(previous, entry) == entry["hash"], f"entry {entry['seq']} ({entry['family']} {entry['op']})"
        previous, seq = entry["hash"], entry["seq"]
    assert (seq, previous) == (section["head_seq"], section["head_hash"]) and len(entries) == section["entries"]
    assert any(e["reason"] == TRICKY_REASON for e in entries)  # the escapes were exercised
    assert section["declarations"] == []  # no break declared: no flag

    # the next bundle continues the head the authority already holds
    audit.update_record(season_db, *record, {column: row[column] or "diesel"}, "Mate Sato", "typo undone")
    second = export_bundle(season_db, out_dir, signing_key)
    manifest2, entries2, _ = read_bundle(second.path)
    assert (manifest2["chain"]["from_seq"], manifest2["chain"]["from_hash"]) == (seq, previous)
    assert link(previous, entries2[0]) == entries2[0]["hash"]


def test_track_seals_recompute_from_the_documented_point_lines(season_db, db_path, signing_key, out_dir):
    bundle = export_bundle(season_db, out_dir, signing_key)
    _, entries, _ = read_bundle(bundle.path)
    seals = sorted((json.loads(e["state"]) for e in entries if e["family"] == "track"), key=lambda s: s["last_t"])
    assert len(seals) > 2
    conn = sqlite3.connect(db_path)
    points = conn.execute("SELECT t, lat, lon, sog_kn, cog_deg, alert FROM track ORDER BY t").fetchall()
    conn.close()
    lower = None
    for seal in seals:
        assert set(seal) == {"count", "first_t", "last_t", "sha256"}
        block = [p for p in points if (lower is None or p[0] > lower) and p[0] <= seal["last_t"]]
        text = "".join(point_line(*p) for p in block)
        assert text.isascii()
        assert seal == {
            "count": len(block),
            "first_t": block[0][0],
            "last_t": block[-1][0],
            "sha256": hashlib.sha256(text.encode("ascii")).hexdigest(),
        }
        assert seal["count"] <= 60
        lower = seal["last_t"]
    assert points[-1][0] == lower  # the export sealed every point it carries
