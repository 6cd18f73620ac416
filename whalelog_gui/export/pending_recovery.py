"""What a pending transmission left by a crashed export means; settled before the next export numbers itself.

The pending row is committed after the bundle's temp file (.<name>.partial) is fsynced and before it is renamed.
The temp file is the evidence: while it still exists the rename never happened, no bundle with that sequence number
exists anywhere, and the number is free again. Once it is gone the rename happened: a complete signed bundle with
that number existed and may already have left the ship (copied to a USB stick, e-mailed, then moved away), so it is
adopted: its records are marked sent in it, exactly as if the export had not crashed. Either way no two different
bundles ever carry the same sequence number.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import sqlite_utils

from whalelog_gui.store import transmission


def _sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def recover_pending(db: sqlite_utils.Database) -> str | None:
    """Settle a pending transmission (call only with the export lock held); a one-line account, or None."""
    pending = transmission.pending_transmission(db)
    if pending is None:
        return None
    seq, final, partial = pending.seq, Path(pending.final_path), Path(pending.partial_path)
    if partial.exists():
        # row first, file second: a crash between them leaves only a stale temp file, never a row without evidence
        transmission.discard_pending(db, seq)
        partial.unlink(missing_ok=True)
        return f"bundle {seq} was never put in place before a crash; its sequence number is used again"
    transmission.finalise_pending(db, seq)
    if _sha256(final) == pending.transmission.sha256:
        return f"bundle {seq} ({final.name}) was complete before a crash; its records are now marked sent"
    return (
        f"bundle {seq} ({final.name}) was complete before a crash but is no longer at {final} as written; "
        f"its records are marked sent in it (export with --all if that bundle was lost)"
    )
