"""The track against its seals: the points of each sealed block (store/chain.py seals every TRACK_BLOCK_POINTS) must
be what the block's link says, and no more than a block's worth may wait unsealed. Also the re-seal of a block the
master declared changed (store/break_declaration.py).
"""

from __future__ import annotations

import json

from whalelog_gui.store import chain
from whalelog_gui.store.integrity_report import IntegrityBreak, IntegrityReport


def check_track(db, last: dict, report: IntegrityReport) -> None:
    """Each sealed block against the points in its range, (previous block's last_t, last_t]; then the points after
    the last seal. Streamed block by block: a season's track never sits in memory whole, so the check makes no
    long-lived garbage (a full garbage collection would pause the GUI thread it runs beside)."""
    blocks = iter(
        sorted(
            (
                json.loads(link.state_json)
                for (fam, _), link in last.items()
                if fam == chain.TRACK_FAMILY and link.state_json is not None
            ),
            key=lambda s: s["last_t"],
        )
    )
    block = next(blocks, None)
    pending: list[tuple] = []  # the points of `block` read so far (after the last block: the unsealed points)
    count = 0
    for row in db.conn.execute("SELECT t, lat, lon, sog_kn, cog_deg, alert FROM track ORDER BY t"):
        count += 1
        while block is not None and row[0] > block["last_t"]:
            _check_block(block, pending, report)
            pending, block = [], next(blocks, None)
        pending.append(row)
    while block is not None:
        _check_block(block, pending, report)
        pending, block = [], next(blocks, None)
    report.unsealed_track_points = len(pending)
    if len(pending) >= chain.TRACK_BLOCK_POINTS:
        report.breaks.append(
            IntegrityBreak(
                chain.TRACK_FAMILY,
                f"{pending[0][0]}..{pending[-1][0]}",
                "track-unsealed",
                f"{len(pending)} track points after the last seal (WhaleLog seals every {chain.TRACK_BLOCK_POINTS})",
            )
        )
    report.checked["track"] = count


def _check_block(block: dict, rows: list[tuple], report: IntegrityReport) -> None:
    found = chain.block_state(rows) if rows else dict(block, count=0, sha256=None)
    if found != block:
        report.breaks.append(
            IntegrityBreak(
                chain.TRACK_FAMILY,
                f"{block['first_t']}..{block['last_t']}",
                "track-changed",
                "track points differ from their sealed block",
            )
        )


def restate_block(db, first_t: int, last_t: int, who: str, at: str, why: str) -> None:
    """A changed block is re-sealed over the points now in its range (the range between its neighbours)."""
    before = [
        json.loads(s)
        for (s,) in db.conn.execute(
            "SELECT state_json FROM audit WHERE table_name = ? AND state_json IS NOT NULL", (chain.TRACK_FAMILY,)
        )
    ]
    lower = max((s["last_t"] for s in before if s["last_t"] < last_t), default=-(1 << 62))
    rows = list(
        db.conn.execute(
            "SELECT t, lat, lon, sog_kn, cog_deg, alert FROM track WHERE t > ? AND t <= ? ORDER BY t", (lower, last_t)
        )
    )
    state = chain.block_state(rows) if rows else {"first_t": first_t, "last_t": last_t, "count": 0, "sha256": None}
    chain.append(
        db,
        family=chain.TRACK_FAMILY,
        record_id=str(first_t),
        op="declare",
        who=who,
        at=at,
        reason=why,
        state=chain.state_json(state),
    )
