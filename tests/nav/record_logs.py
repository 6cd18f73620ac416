"""Re-record the NMEA logs in tests/data/ from the simulator (run by hand: .venv/bin/python tests/nav/record_logs.py).

The logs are fixed inputs for the recorded-stream tests; re-recording changes them only if the simulator changes.
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from whalelog_gui.nav.simulator import SimulatorSource, demo_voyage  # noqa: E402

DATA = ROOT / "tests" / "data"


def write(name: str, lines) -> None:
    (DATA / name).write_bytes("".join(line + "\r\n" for line in lines).encode("latin-1"))
    print(f"wrote tests/data/{name}")


def main() -> None:
    DATA.mkdir(exist_ok=True)
    voyage = demo_voyage()
    # 10 minutes of the demo voyage at 1 Hz with 3 m receiver noise, plus ZDA and GLL
    sim = SimulatorSource(
        voyage,
        start_time=datetime(2024, 5, 1, 6, 0, tzinfo=timezone.utc),
        noise_m=3.0,
        extra_sentences=("ZDA", "GLL"),
        seed=10,
    )
    write("sim_voyage_10min_noise.nmea", sim.lines(600))
    # 3 minutes with fix dropouts and damaged sentences, talker GN
    sim = SimulatorSource(
        voyage,
        start_time=datetime(2024, 5, 1, 7, 0, tzinfo=timezone.utc),
        talker="GN",
        dropout_rate=0.02,
        corrupt_rate=0.05,
        seed=11,
    )
    write("sim_dropouts_corruption.nmea", sim.lines(180))
    # one RMC epoch for the date, then GGA only across midnight at 1 Hz
    start = datetime(2024, 12, 31, 23, 58, 0, tzinfo=timezone.utc)
    first = SimulatorSource(voyage, start_time=start, sentences=("RMC", "GGA"))
    gga = SimulatorSource(voyage, start_time=start, sentences=("GGA",))
    write("sim_midnight_gga_only.nmea", [*first.lines(1), *gga.lines(239, start_epoch=1)])


if __name__ == "__main__":
    main()
