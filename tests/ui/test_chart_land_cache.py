"""The chart's land comes from the derived file made by resources/land/derive_land.py, checked against its source."""

import logging
import shutil

import pytest

from whalelog_gui.resources import resource_path
from whalelog_gui.ui.chart import layers
from whalelog_gui.ui.chart.land_cache import LandCacheStale, read_land_cache, write_land_cache

GEOJSON = resource_path(*layers.LAND_FILE)
CHART = resource_path(*layers.LAND_CHART_FILE)


def test_the_committed_chart_file_is_what_the_derive_script_makes_from_the_committed_geojson():
    derived = layers.derive_land_layers(GEOJSON)
    assert read_land_cache(CHART, GEOJSON) == derived
    assert len(derived["fine"]) > 3000 and 0 < len(derived["coarse"]) < len(derived["fine"])


def test_a_file_derived_from_other_land_or_damaged_is_refused(tmp_path):
    other = tmp_path / "land.geojson"
    other.write_bytes(GEOJSON.read_bytes().replace(b'"name":"land"', b'"name":"Land"'))
    with pytest.raises(LandCacheStale, match="derived from another land.geojson; run resources/land/derive_land.py"):
        read_land_cache(CHART, other)
    damaged = tmp_path / "chart.bin"
    data = bytearray(CHART.read_bytes())
    data[-3] ^= 0x01
    damaged.write_bytes(bytes(data))
    with pytest.raises(LandCacheStale, match="damaged"):
        read_land_cache(damaged, GEOJSON)
    with pytest.raises(LandCacheStale, match="not a WhaleLog chart land file"):
        read_land_cache(GEOJSON, GEOJSON)


def test_a_stale_file_is_said_in_the_log_and_land_is_derived_instead(tmp_path, monkeypatch, caplog):
    (tmp_path / "land").mkdir()
    shutil.copy(GEOJSON, tmp_path / "land" / GEOJSON.name)
    tiny = {"fine": layers.derive_land_layers(GEOJSON)["fine"][:1], "coarse": ()}
    other = tmp_path / "other.geojson"
    other.write_text("{}")
    write_land_cache(tmp_path / "land" / CHART.name, other, tiny)  # derived from something else
    monkeypatch.setattr(layers, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    layers.chart_land.cache_clear()
    layers.load_land.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="whalelog.chart"):
            land = layers.load_land()
        assert "chart land file not used" in caplog.text and "derived from another" in caplog.text
        assert len(land) > 3000  # the real land, not the stale file's one polygon
    finally:
        layers.chart_land.cache_clear()
        layers.load_land.cache_clear()


def test_each_layer_is_decoded_only_when_asked_for_and_equals_the_derived_layer():
    derived = layers.derive_land_layers(GEOJSON)
    land = read_land_cache(CHART, GEOJSON)
    assert land._decoded == {}  # the start-up reads the file; the Chart's first screen asks for the coarse layer
    assert land["coarse"] == derived["coarse"]
    assert set(land._decoded) == {"coarse"}  # the fine layer (4/5 of the points) waits for the first zoom-in
    assert land["fine"] == derived["fine"]
    with pytest.raises(KeyError):
        land["medium"]


def test_a_header_that_does_not_describe_the_payload_is_refused(tmp_path):
    data = CHART.read_bytes()
    # one ring of the coarse layer said one point longer: the payload (checksum intact) no longer matches it
    end = data.index(b"\n", len(b"WHALELOG-CHART-LAND 1\n"))
    header = data[:end]
    at = header.index(b'"coarse":[[[') + len(b'"coarse":[[[')
    count_end = header.index(b",", at)
    edited = header[:at] + str(int(header[at:count_end]) + 1).encode() + header[count_end:]
    broken = tmp_path / "chart.bin"
    broken.write_bytes(edited + data[end:])
    with pytest.raises(LandCacheStale, match="the header lists"):
        read_land_cache(broken, GEOJSON)
