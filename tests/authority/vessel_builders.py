"""A real vessel logbook exporting real bundles, for the authority-side tests."""

from __future__ import annotations

from datetime import datetime, timezone

from whalelog_gui.demo_data import fill_season
from whalelog_gui.export import keys
from whalelog_gui.export.bundle import export_bundle
from whalelog_gui.nav.fix import Fix
from whalelog_gui.store.db import open_db
from whalelog_gui.store.track import TrackRecorder


def add_track_point(db) -> None:
    """One more fix stored the way the running app stores it, so the next export has news."""
    last = db.conn.execute("SELECT MAX(t) FROM track").fetchone()[0]
    at = datetime.fromtimestamp(last + 3600, timezone.utc)
    TrackRecorder(db, "receiver").offer(
        Fix(time=at, time_of_day=at.time(), lat=-61.0, lon=171.0, valid=True, quality=1, source="receiver"), alert=True
    )


class Vessel:
    """A logbook on disk and its signing key; export() writes the next bundle (no PDFs: faster, same chain)."""

    def __init__(self, root, seed: int = 3):
        root.mkdir(parents=True, exist_ok=True)
        self.db_path = root / "logbook.sqlite"
        self.db = open_db(self.db_path)
        fill_season(self.db, days=1, seed=seed)
        self.key = keys.load_or_create_signing_key(keys.key_path_for(self.db_path))
        self.out = root / "outbox"
        self.out.mkdir(exist_ok=True)

    def export(self, key=None):
        result = export_bundle(self.db, self.out, key or self.key)
        add_track_point(self.db)
        return result.path
