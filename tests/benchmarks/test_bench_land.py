"""Chart land at start: the derived file (resources/land/ne_land_chart.bin) against deriving it from the GeoJSON,
which every start did before (parse, project, simplify the coarse layer). Medians in one process."""

import statistics
import time

from whalelog_gui.resources import resource_path
from whalelog_gui.ui.chart import layers
from whalelog_gui.ui.chart.land_cache import read_land_cache

RUNS = 5


def _median(fn) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def test_land_from_the_derived_file_against_deriving_it():
    source, chart = resource_path(*layers.LAND_FILE), resource_path(*layers.LAND_CHART_FILE)
    derive_s = _median(lambda: layers.derive_land_layers(source))
    # the file read and checked, then each layer decoded as the chart asks for it: the coarse layer at start-up,
    # the fine one 1.5 s later; both counted here, so the figure compares with deriving both
    coarse_s = _median(lambda: read_land_cache(chart, source)["coarse"])
    cache_s = _median(lambda: dict(read_land_cache(chart, source)))
    print(
        f"\nchart land (median of {RUNS}): derive from GeoJSON {derive_s * 1000:.0f} ms, derived file with both "
        f"layers {cache_s * 1000:.0f} ms ({derive_s / cache_s:.1f}x faster); the start-up's coarse layer alone "
        f"{coarse_s * 1000:.0f} ms ({cache_s / coarse_s:.1f}x less than both)"
    )
    assert cache_s < derive_s and coarse_s < cache_s
