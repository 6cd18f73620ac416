"""Write one signed transmission bundle, atomically, and only then mark its records sent.

Order matters for crash safety. Under the logbook's export lock (export_lock.py: a second export, GUI or CLI,
fails at once, before any file is written): a pending transmission left by a crash is settled first
(pending_recovery.py); the zip is written to a hidden temp file in the target directory and fsynced; a pending row
(sequence, file names, hash, the record rows) is committed; the file is renamed into place (os.replace is atomic)
and the directory fsynced; then ONE transaction marks the records sent and deletes the pending row. A crash before
the rename leaves no bundle and nothing marked (the sequence number is reused); a crash after it leaves a complete
bundle that the next export adopts under its own number, so no two different bundles ever share a sequence number.
export_steps() is a generator yielding progress, so the UI can run it on a worker thread.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from whalelog_gui import __version__
from whalelog_gui.export import keys
from whalelog_gui.export.bundle_zip import STORED, Member, iter_write_bundle_zip, member
from whalelog_gui.export.csv_export import family_csv
from whalelog_gui.export.custody import manifest_custody
from whalelog_gui.export.journal_custody import journal_entry
from whalelog_gui.export.export_lock import export_lock
from whalelog_gui.export.gpx import track_gpx
from whalelog_gui.export.journal import JournalSet, SentJournal
from whalelog_gui.export.manifest import FORMAT, FORMAT_VERSION, MANIFEST_NAME, SIGNATURE_NAME, validate_manifest
from whalelog_gui.export.pending_recovery import recover_pending
from whalelog_gui.export.record_files import family_json, kind_counts
from whalelog_gui.export.report_files import Reports, read_reports, report_members
from whalelog_gui.export.season import SeasonSnapshot, family_sort_key, read_season
from whalelog_gui.export.selection import Selection, select_records
from whalelog_gui.export.chain_segment import SEGMENT_NAME, build_segment
from whalelog_gui.store import chain, custody, transmission
from whalelog_gui.store.audit import utc_now_iso
from whalelog_gui.store.db import transaction
from whalelog_gui.store.integrity import require_intact
from whalelog_gui.store.integrity_report import IntegrityBroken
from whalelog_gui.utc import utc_text

PARTIAL_SUFFIX = ".partial"
# PDF forms come from export/pdf.py (Qt); the core takes any callable so it never imports Qt itself.
# (snapshot, selection, signing-key fingerprint, the notification reports) -> [(pdf/<name>.pdf, bytes)]
PdfRenderer = Callable[[SeasonSnapshot, Selection, str, Reports], list[tuple[str, bytes]]]


class NothingToSend(Exception):
    """Every record, track point and alert has been sent already."""


class ExportError(RuntimeError):
    """An export that cannot be made (no title page yet, target directory unusable)."""


class ExportBusy(ExportError):
    """Another export of the same logbook (GUI or CLI) is running now."""


class ExportBlocked(ExportError):
    """The logbook holds integrity breaks the master has not declared: nothing leaves the ship until then."""

    def __init__(self, broken: IntegrityBroken):
        self.report = broken.report
        super().__init__(str(broken))


@dataclass(frozen=True)
class ExportProgress:
    stage: str  # recovered | snapshot | pdf | files | zip | synced | pending | renamed | marked
    done: int
    total: int
    message: str


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    sha256: str
    size: int
    record_counts: dict[str, dict[str, int]]
    track_points: int
    alerts: int


def bundle_file_name(vessel: str, seq: int, moment: datetime) -> str:
    safe = re.sub(r"[^A-Za-z0-9-]+", "-", vessel).strip("-") or "vessel"
    return f"{safe}_{seq:06d}_{moment.strftime('%Y%m%dT%H%M%SZ')}.zip"


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return  # directories cannot be opened for fsync on Windows; the rename is still atomic
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_stale_partials(out_dir: Path, vessel: str) -> None:
    """This vessel's leftovers of an export that crashed before its rename: never a bundle, safe to remove (run
    under the export lock after recovery; another logbook's export into the same directory keeps its own)."""
    prefix = bundle_file_name(vessel, 0, datetime.now(timezone.utc)).split("_")[0]
    for stale in out_dir.glob(f".{prefix}_*.zip{PARTIAL_SUFFIX}"):
        stale.unlink(missing_ok=True)


def position_sources(snapshot: SeasonSnapshot, selection: Selection) -> dict:
    """What the bundle's positions came from, so an authority sees a demo or replayed voyage for what it is."""
    track, alerts = Counter(p.source for p in selection.track), Counter(a.get("source") for a in selection.alerts)
    return {
        "logbook": snapshot.logbook_kind,
        "track": dict(sorted(track.items())),
        "alerts": dict(sorted(alerts.items())),
    }


def build_members(
    snapshot: SeasonSnapshot,
    selection: Selection,
    manifest_base: dict,
    signing_key,
    pdf_files: list[tuple[str, bytes]],
    chain_bytes: bytes | None = None,
    report_files: list[tuple[str, bytes]] = (),
) -> tuple[list[Member], dict]:
    """All members of the bundle in their fixed order, manifest and signature first; returns (members, manifest)."""
    files: list[tuple[str, bytes]] = []
    counts = {}
    by_family = selection.by_family()
    for family in sorted(by_family, key=family_sort_key):
        items = by_family[family]
        counts[family] = kind_counts(items)
        files.append((f"records/{family}.json", family_json(family, items)))
        files.append((f"csv/{family}.csv", family_csv(items)))
    if chain_bytes is not None:
        files.append((SEGMENT_NAME, chain_bytes))
    files.append(("track.gpx", track_gpx(selection.track, snapshot.vessel_name, f"WhaleLog {__version__}")))
    alerts_doc = {"alerts": selection.alerts}
    files.append(
        ("alerts.json", (json.dumps(alerts_doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode())
    )
    files += sorted(report_files)
    files += sorted(pdf_files)
    packed = [member(name, data) for name, data in files]
    manifest = dict(
        manifest_base,
        record_counts=counts,
        track_points=len(selection.track),
        alerts=len(selection.alerts),
        sources=position_sources(snapshot, selection),
        files={
            m.name: {
                "sha256": hashlib.sha256(m.content).hexdigest(),
                "size": len(m.content),
                "deflated_sha256": hashlib.sha256(m.stored).hexdigest(),
            }
            for m in packed
        },
    )
    validate_manifest(manifest)  # never send what our own verifier would refuse
    manifest_bytes = (json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()
    signature = base64.b64encode(signing_key.sign(manifest_bytes)) + b"\n"
    head = [member(MANIFEST_NAME, manifest_bytes, STORED), member(SIGNATURE_NAME, signature, STORED)]
    return head + packed, manifest


def export_steps(
    db: sqlite_utils.Database,
    out_dir: str | Path,
    signing_key,
    *,
    all_records: bool = False,
    pdf_renderer: PdfRenderer | None = None,
    now: datetime | None = None,
    journal: SentJournal | JournalSet | None = None,
) -> Generator[ExportProgress, None, ExportResult]:
    """journal: the journal of sent bundles beside the key (export/journal_custody.py); the bundle is appended to it
    after its rename and before its records are marked sent, so the journal never lags what left the ship."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise ExportError(f"{out_dir}: not a directory")
    with export_lock(db) as held:
        if not held:
            raise ExportBusy("another export of this logbook is running; try again when it has finished")
        recovered = recover_pending(db)
        if recovered:
            yield ExportProgress("recovered", 1, 1, recovered)
        return (yield from _export_locked(db, out_dir, signing_key, all_records, pdf_renderer, now, journal))


def _export_locked(
    db,
    out_dir: Path,
    signing_key,
    all_records: bool,
    pdf_renderer: PdfRenderer | None,
    now: datetime | None,
    journal: SentJournal | JournalSet | None,
) -> Generator[ExportProgress, None, ExportResult]:
    moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    yield ExportProgress("integrity", 0, 1, "checking the logbook against its hash chain")
    try:
        require_intact(db, "export")
    except IntegrityBroken as broken:
        raise ExportBlocked(broken) from None
    with transaction(db):  # every track point sent is sealed in the chain the bundle carries
        chain.seal_track(db, utc_now_iso())
    yield ExportProgress("snapshot", 0, 1, "reading the logbook")
    last = transmission.last_transmission(db)
    db.conn.execute("BEGIN")  # the records and the chain segment: one view of the logbook
    try:
        snapshot = read_season(db)
        reports = read_reports(db, moment)  # paras 25(a), 26(a), 27, 28(a)(2) as of this bundle (issue 13)
        chain_section, chain_bytes = build_segment(db, (last.chain_head_seq or 0) if last else 0)
    finally:
        db.conn.execute("COMMIT")
    if not snapshot.vessel_name.strip():
        raise ExportError("no title page: enter the catcher's title page before exporting")
    track_t, alert_seq = transmission.watermarks(db)
    selection = select_records(
        snapshot,
        transmission.sent_records(db),
        all_records=all_records,
        track_after_t=track_t,
        alerts_after_seq=alert_seq,
    )
    declarations = custody.pending_declarations(db)  # key rotation/replacement, chain continuation
    if selection.empty and not declarations:
        raise NothingToSend("nothing to send: every record has been sent already")
    seq = 1 if last is None else last.seq + 1
    fingerprint = keys.fingerprint(signing_key.public_key())
    pdf_files = []
    if pdf_renderer is not None:
        yield ExportProgress("pdf", 0, 1, "printing the Appendix A forms")
        pdf_files = pdf_renderer(snapshot, selection, fingerprint, reports)
    period = selection.period()
    raw_pub = keys.raw_public_bytes(signing_key.public_key())
    manifest_base = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "created_at": utc_text(moment),
        "vessel": {"name": snapshot.vessel_name, "logbooks": snapshot.logbooks},
        "sequence": seq,
        "previous_bundle_sha256": None if last is None else last.sha256,
        "mode": "all" if all_records else "incremental",
        "period": {"from": period[0] and utc_text(period[0]), "to": period[1] and utc_text(period[1])},
        "public_key": {
            "algorithm": "Ed25519",
            "raw_base64": base64.b64encode(raw_pub).decode(),
            "fingerprint": fingerprint,
        },
        "chain": chain_section,
    }
    if declarations:
        manifest_base["custody"] = manifest_custody(declarations)
    members, manifest = build_members(
        snapshot, selection, manifest_base, signing_key, pdf_files, chain_bytes, report_members(reports)
    )
    yield ExportProgress("files", len(members), len(members), "bundle files prepared")

    final = (out_dir / bundle_file_name(snapshot.vessel_name, seq, moment)).resolve()
    _remove_stale_partials(out_dir, snapshot.vessel_name)
    partial = final.with_name(f".{final.name}{PARTIAL_SUFFIX}")
    rows = [(s.entry.family, s.entry.id, s.kind, s.corrects, s.content_sha256) for s in selection.records]
    rows += [(custody.DECLARATIONS, d.id, "new", None, None) for d in declarations]  # announced with the bundle
    pending_taken = False
    try:
        digest = hashlib.sha256()
        size = 0
        with open(partial, "wb") as fh:
            for n, name in enumerate(iter_write_bundle_zip(fh, members, moment), start=1):
                yield ExportProgress("zip", n, len(members), f"writing {name}")
            fh.flush()
            os.fsync(fh.fileno())
        with open(partial, "rb") as fh:  # hash what is on disk, the bytes the authority will receive
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
                size += len(block)
        yield ExportProgress("synced", len(members), len(members), "bundle written to disk")
        sent = transmission.Transmission(
            seq=seq,
            file_name=final.name,
            sha256=digest.hexdigest(),
            size=size,
            created_at=manifest["created_at"],
            mode=manifest["mode"],
            vessel=snapshot.vessel_name,
            period_from=manifest["period"]["from"],
            period_to=manifest["period"]["to"],
            records=len(selection.records),
            track_points=len(selection.track),
            alerts=len(selection.alerts),
            track_until_t=max([p.t for p in selection.track] + [track_t or 0]) or None,
            alerts_until_seq=max([a["seq"] for a in selection.alerts] + [alert_seq or 0]) or None,
            fingerprint=fingerprint,
            chain_head_seq=chain_section["head_seq"],
            chain_head_hash=chain_section["head_hash"],
        )
        # the sequence number is taken before the bundle exists under its final name (pending_recovery.py)
        transmission.begin_pending(
            db,
            transmission.PendingTransmission(
                sent, rows, str(final), str(partial), utc_text(datetime.now(timezone.utc))
            ),
        )
        pending_taken = True
        yield ExportProgress("pending", 1, 1, f"sequence number {seq} taken")
        os.replace(partial, final)
    except BaseException:  # also GeneratorExit: the UI cancelled; before the rename nothing is left behind
        if pending_taken:
            transmission.discard_pending(db, seq)  # row first: if this fails the temp file still says "not renamed"
        partial.unlink(missing_ok=True)
        raise
    try:
        _fsync_dir(out_dir)
        if journal is not None:
            journal.append(journal_entry(sent))
            for problem in getattr(journal, "problems", []):  # an outbox copy: reported, the bundle stands
                yield ExportProgress("renamed", 1, 1, f"warning: {problem}")
        yield ExportProgress("renamed", 1, 1, f"bundle in place: {final.name}")
    finally:  # a cancel after the rename still records the bundle: it exists, complete, under its number
        transmission.finalise_pending(db, seq)
    yield ExportProgress("marked", 1, 1, f"{len(rows)} records marked sent in bundle {seq}")
    return ExportResult(
        final, seq, sent.sha256, sent.size, manifest["record_counts"], len(selection.track), len(selection.alerts)
    )


def export_bundle(db: sqlite_utils.Database, out_dir: str | Path, signing_key, **kwargs) -> ExportResult:
    """Run export_steps to the end (the CLI and tests); the UI iterates the generator itself for progress."""
    steps = export_steps(db, out_dir, signing_key, **kwargs)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value
