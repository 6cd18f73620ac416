"""The chart's land, derived once: projected fine and coarse polygons in a binary file beside the GeoJSON.

Parsing the GeoJSON, projecting 48 000 vertices and simplifying the coarse layer took ~0.25 s on every start;
reading the derived file takes a few milliseconds. resources/land/derive_land.py writes it (no Qt, pure Python
plus shapely) and records the SHA-256 of the GeoJSON it came from: a file derived from other data is refused
(LandCacheStale) and the caller says so and derives it in memory.

Layout: a magic line, one JSON header line, then little-endian float64 x/y pairs: for each ring its points,
then each of its edges, in the order the header lists them.
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections.abc import Iterator, Mapping
from itertools import islice
from pathlib import Path

from whalelog_gui.ui.chart.projection import WorldRing

MAGIC = b"WHALELOG-CHART-LAND 1\n"
Polygons = tuple[tuple[WorldRing, ...], ...]


class LandCacheStale(ValueError):
    """The derived land file is missing, damaged, or was derived from another GeoJSON."""


def sha256_of(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write_land_cache(out: Path, source: Path, layers: dict[str, Polygons]) -> None:
    """Write `layers` (e.g. {"fine": ..., "coarse": ...}) derived from the GeoJSON `source`."""
    values = array("d")
    shape: dict[str, list] = {}
    for name, polygons in layers.items():
        shape[name] = [
            [[len(ring.points), [len(edge) for edge in ring.edges]] for ring in polygon] for polygon in polygons
        ]
        for polygon in polygons:
            for ring in polygon:
                for points in (ring.points, *ring.edges):
                    for x, y in points:
                        values.extend((x, y))
    if values.itemsize != 8:
        raise RuntimeError("float64 arrays are required")
    payload = values.tobytes() if _little_endian() else _swapped(values).tobytes()
    header = {
        "source": Path(source).name,
        "source_sha256": sha256_of(source),
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
        "layers": shape,
    }
    Path(out).write_bytes(MAGIC + json.dumps(header, separators=(",", ":")).encode() + b"\n" + payload)


def read_land_cache(path: Path, source: Path) -> LandLayers:
    """The layers of a derived land file, if it was derived from `source` as it is now; else LandCacheStale."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise LandCacheStale(f"{path}: {exc.strerror or exc}") from exc
    if not data.startswith(MAGIC):
        raise LandCacheStale(f"{path}: not a WhaleLog chart land file")
    end = data.index(b"\n", len(MAGIC))
    header = json.loads(data[len(MAGIC) : end])
    payload = memoryview(data)[end + 1 :]
    if hashlib.sha256(payload).hexdigest() != header["payload_sha256"]:
        raise LandCacheStale(f"{path}: damaged (checksum differs)")
    if sha256_of(source) != header["source_sha256"]:
        raise LandCacheStale(f"{path}: derived from another {Path(source).name}; run resources/land/derive_land.py")
    try:
        return LandLayers(header["layers"], payload)
    except LandCacheStale as exc:
        raise LandCacheStale(f"{path}: damaged ({exc})") from exc


class LandLayers(Mapping[str, Polygons]):
    """The layers of a checked land file, each decoded into rings the first time it is asked for.

    The Chart's first screen draws only the coarse layer (a fifth of the points); decoding the fine one too took
    ~50 ms of the start-up. The payload's checksum was verified over the whole file before this is made."""

    def __init__(self, shape: dict[str, list], payload: memoryview):
        self._shape = shape
        self._payload = payload
        self._decoded: dict[str, Polygons] = {}
        # where each layer's pairs lie in the payload: layers follow each other in the header's order
        self._span: dict[str, tuple[int, int]] = {}
        offset = 0
        for name, polygons in shape.items():
            size = 16 * sum(n_points + sum(edges) for polygon in polygons for n_points, edges in polygon)
            self._span[name] = (offset, offset + size)
            offset += size
        if offset != len(payload):
            raise LandCacheStale(f"the payload holds {len(payload)} bytes, the header lists {offset}")

    def __getitem__(self, name: str) -> Polygons:
        if name not in self._decoded:
            polygons = self._shape[name]  # KeyError for a layer the file does not have, as a dict gives
            values = array("d")
            start, end = self._span[name]
            values.frombytes(self._payload[start:end])
            if not _little_endian():
                values = _swapped(values)
            floats = iter(values)
            pairs = zip(floats, floats)  # consumed in file order: each slice below takes the next n points
            self._decoded[name] = tuple(
                tuple(
                    WorldRing(_take(pairs, n_points), tuple(_take(pairs, n) for n in edges))
                    for n_points, edges in polygon
                )
                for polygon in polygons
            )
        return self._decoded[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._shape)

    def __len__(self) -> int:
        return len(self._shape)


def _take(pairs, n: int) -> tuple[tuple[float, float], ...]:
    return tuple(islice(pairs, n))


def _little_endian() -> bool:
    import sys

    return sys.byteorder == "little"


def _swapped(values: array) -> array:
    out = array("d", values)
    out.byteswap()
    return out
