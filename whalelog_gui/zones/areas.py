"""Regulated areas (Schedule paras 7 and 8) loaded from resources/zones/areas.geojson into prepared geometries.

The GeoJSON is derived by resources/zones/derive_zones.py. Geometries are in longitude/latitude, split at the
antimeridian, so every query first brings its longitude into [-180, 180) and treats 180 E / 180 W as one meridian.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import shape

from whalelog_gui.operations import OPERATIONS
from whalelog_gui.resources import resource_path

AREA_IDS = ("ios", "sos", "fs-8a", "fs-8b", "fs-8c", "fs-8d", "fs-8e")  # fixed: outside checks depend on them


class AreaDataError(ValueError):
    """The area file is missing, malformed, or lacks a required property."""


@dataclass(frozen=True, eq=False)
class Area:
    id: str
    name: str
    paragraph: str  # Schedule paragraph, e.g. "7(b)"
    schedule_edition: str
    applies_to: tuple[str, ...]  # operation profiles the prohibition binds
    rule: str
    interpretation_notes: tuple[str, ...]
    geometry: object = field(repr=False)  # shapely (Multi)Polygon, prepared in place

    def applies(self, operation: str) -> bool:
        return operation in self.applies_to

    @property
    def note(self) -> str:
        """The first interpretation note: the one shown with an alert."""
        return self.interpretation_notes[0] if self.interpretation_notes else ""

    def covers(self, lat: float, lon: float) -> bool:
        """True when the position is inside or exactly on the boundary (Schedule paras 7, 8: we warn, not miss)."""
        lon = (lon + 180.0) % 360.0 - 180.0
        if shapely.intersects_xy(self.geometry, lon, lat):
            return True
        return lon == -180.0 and bool(shapely.intersects_xy(self.geometry, 180.0, lat))

    def covers_many(self, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
        """Vectorised covers(); longitudes must already be in [-180, 180) (as geodesy.rhumb_track gives them)."""
        hit = shapely.intersects_xy(self.geometry, lons, lats)
        seam = lons == -180.0
        if seam.any():
            hit = hit | (seam & shapely.intersects_xy(self.geometry, np.full_like(lons, 180.0), lats))
        return hit

    def to_properties(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "schedule_edition": self.schedule_edition,
            "paragraph": self.paragraph,
            "applies_to": list(self.applies_to),
            "rule": self.rule,
            "interpretation_notes": list(self.interpretation_notes),
        }


def default_path() -> Path:
    return resource_path("zones", "areas.geojson")


def load_areas(path: str | Path | None = None) -> list[Area]:
    """All areas in file order (ios, sos, fs-8a ... fs-8e), geometries prepared for fast point queries."""
    path = Path(path) if path is not None else default_path()
    try:
        features = json.loads(path.read_text(encoding="utf-8"))["features"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AreaDataError(f"cannot read regulated areas from {path}: {exc}") from exc
    areas = []
    for n, feature in enumerate(features, start=1):
        try:
            p = feature["properties"]
            geometry = shape(feature["geometry"])
            area = Area(
                id=str(p["id"]),
                name=str(p["name"]),
                paragraph=str(p["paragraph"]),
                schedule_edition=str(p["schedule_edition"]),
                applies_to=tuple(p["applies_to"]),
                rule=str(p["rule"]),
                interpretation_notes=tuple(p["interpretation_notes"]),
                geometry=geometry,
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise AreaDataError(f"{path}: feature {n} is malformed: {exc!r}") from exc
        unknown = set(area.applies_to) - set(OPERATIONS)
        if unknown or geometry.is_empty or not geometry.is_valid:
            raise AreaDataError(f"{path}: area {area.id!r} has bad operations {sorted(unknown)} or geometry")
        shapely.prepare(geometry)
        areas.append(area)
    return areas
