"""chain.json: the audit hash chain segment a bundle carries, and its check at the authority (issue 11).

A bundle carries every link after the head the previous bundle carried, and the manifest (signed) names the
segment's start (from_seq, from_hash) and head (head_seq, head_hash). `verify` recomputes every link; with
--previous it requires from_hash to be the previous bundle's head_hash, so a logbook rewritten between two bundles
is caught even if the ship's software was replaced. Format: export/BUNDLE_FORMAT.md, "Audit hash chain".
"""

from __future__ import annotations

import json
import re

import sqlite_utils

from whalelog_gui.export import strict_json
from whalelog_gui.store import chain
from whalelog_gui.store.integrity import DECLARATIONS

SEGMENT_NAME = "chain.json"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_ENTRY_KEYS = {"seq", "family", "id", "op", "who", "at", "reason", "old", "new", "state", "hash"}
_CHAIN_KEYS = {"version", "from_seq", "from_hash", "head_seq", "head_hash", "entries", "declarations"}
_DECLARATION_KEYS = {"id", "at", "by", "reason", "accepted"}


class ChainError(ValueError):
    pass


def build_segment(db: sqlite_utils.Database, from_seq: int) -> tuple[dict, bytes]:
    """(manifest "chain" section, chain.json bytes) for the links after from_seq. Call in the export's read
    transaction, so the segment and the records are one view."""
    before = (
        db.conn.execute("SELECT chain_hash FROM audit WHERE seq <= ? ORDER BY seq DESC LIMIT 1", (from_seq,)).fetchone()
        if from_seq
        else None
    )
    from_hash = (before[0] if before else None) or chain.GENESIS_HASH
    lines, head_seq, head_hash = [], from_seq, from_hash
    for link in chain.links(db, from_seq):
        lines.append(
            json.dumps(
                {
                    "seq": link.seq,
                    "family": link.family,
                    "id": link.record_id,
                    "op": link.op,
                    "who": link.who,
                    "at": link.at,
                    "reason": link.reason,
                    "old": link.old_json,
                    "new": link.new_json,
                    "state": link.state_json,
                    "hash": link.chain_hash,
                },
                sort_keys=True,
                ensure_ascii=False,
                separators=(",", ":"),
            )
        )
        head_seq, head_hash = link.seq, link.chain_hash or head_hash
    declarations = [
        {"id": r[0], "at": r[1], "by": r[2], "reason": r[3], "accepted": json.loads(r[4])}
        for r in db.conn.execute(
            f"SELECT d.id, d.created_at, d.created_by, d.reason, d.accepted_json FROM {DECLARATIONS} d "
            "WHERE EXISTS (SELECT 1 FROM audit a WHERE a.table_name = ? AND a.record_id = d.id AND a.seq > ?) "
            "ORDER BY d.created_at",
            (DECLARATIONS, from_seq),
        )
    ]
    section = {
        "version": chain.CHAIN_VERSION,
        "from_seq": from_seq,
        "from_hash": from_hash,
        "head_seq": head_seq,
        "head_hash": head_hash,
        "entries": len(lines),
        "declarations": declarations,
    }
    data = ('{"entries":[\n' + ",\n".join(lines) + ("\n" if lines else "") + "]}\n").encode("utf-8")
    return section, data


def _int(value, where: str) -> None:
    if type(value) is not int or value < 0:
        raise ChainError(f"{where}: expected a non-negative integer")


def validate_section(section) -> None:
    """The manifest's "chain" object, exact keys and types."""
    if not isinstance(section, dict) or set(section) != _CHAIN_KEYS:
        raise ChainError(f"chain: expected exactly the keys {sorted(_CHAIN_KEYS)}")
    if section["version"] != chain.CHAIN_VERSION:
        raise ChainError(f"chain.version: this verifier knows version {chain.CHAIN_VERSION}")
    for key in ("from_seq", "head_seq", "entries"):
        _int(section[key], f"chain.{key}")
    for key in ("from_hash", "head_hash"):
        if not isinstance(section[key], str) or not _HEX64.match(section[key]):
            raise ChainError(f"chain.{key}: expected 64 lowercase hex digits")
    if not isinstance(section["declarations"], list):
        raise ChainError("chain.declarations: expected a list")
    for n, d in enumerate(section["declarations"]):
        if not isinstance(d, dict) or set(d) != _DECLARATION_KEYS:
            raise ChainError(f"chain.declarations[{n}]: expected exactly the keys {sorted(_DECLARATION_KEYS)}")
        if not all(isinstance(d[k], str) for k in ("id", "at", "by", "reason")) or not isinstance(d["accepted"], list):
            raise ChainError(f"chain.declarations[{n}]: id, at, by, reason are strings, accepted a list")


def check_segment(section: dict, data: bytes) -> list[dict]:
    """Recompute every link of chain.json from the manifest's from_hash to its head_hash; returns the entries.
    A link that does not recompute is accepted only when a declaration in this bundle names it."""
    try:
        doc = strict_json.loads(data)  # hostile input: huge numbers and deep nesting are reasons, not crashes
    except ValueError as exc:
        raise ChainError(f"{SEGMENT_NAME}: not valid JSON ({exc})") from exc
    if not isinstance(doc, dict) or set(doc) != {"entries"} or not isinstance(doc["entries"], list):
        raise ChainError(f'{SEGMENT_NAME}: expected {{"entries": [...]}}')
    accepted = {
        (a[0], a[1]) for d in section["declarations"] for a in d["accepted"] if isinstance(a, list) and len(a) == 2
    }
    previous, previous_seq = section["from_hash"], section["from_seq"]
    for n, e in enumerate(doc["entries"]):
        if not isinstance(e, dict) or set(e) != _ENTRY_KEYS:
            raise ChainError(f"{SEGMENT_NAME}: entry {n}: expected exactly the keys {sorted(_ENTRY_KEYS)}")
        if type(e["seq"]) is not int or e["seq"] <= previous_seq:
            raise ChainError(f"{SEGMENT_NAME}: entry {n}: seq must increase")
        texts = ("family", "id", "op", "who", "at", "hash")
        if not all(isinstance(e[k], str) for k in texts) or not all(
            e[k] is None or isinstance(e[k], str) for k in ("reason", "old", "new", "state")
        ):
            raise ChainError(f"{SEGMENT_NAME}: entry {e['seq']}: fields must be strings (or null)")
        link = chain.Link(
            e["seq"],
            e["family"],
            e["id"],
            e["op"],
            e["who"],
            e["at"],
            e["reason"],
            e["old"],
            e["new"],
            e["state"],
            e["hash"],
        )
        if chain.entry_hash(previous, link) != e["hash"] and (e["seq"], e["hash"]) not in accepted:
            raise ChainError(
                f"broken audit chain at entry {e['seq']} ({e['family']} {e['id']}): the link does not "
                "follow from the one before it (logbook rewritten)"
            )
        previous, previous_seq = e["hash"], e["seq"]
    if len(doc["entries"]) != section["entries"]:
        raise ChainError(f"{SEGMENT_NAME}: number of entries differs from the manifest")
    if (previous_seq, previous) != (section["head_seq"], section["head_hash"]):
        raise ChainError(f"{SEGMENT_NAME}: the segment does not end at the manifest's head_hash")
    return doc["entries"]
