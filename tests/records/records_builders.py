"""Builders for catch records used across the records and store tests."""

from datetime import datetime, timezone

from whalelog_gui.records.catch import Catch, Sex
from whalelog_gui.records.measurement import LengthReading


def make_catch(species="minke", length=None, lat=-60.0, lon=30.0, when=(2008, 1, 15, 10, 0), **kw) -> Catch:
    """length: "12.2 m", "40 ft" or "76 ft 6 in"."""
    reading = None
    if length is not None:
        parts = length.split()
        if len(parts) == 4:
            reading = LengthReading.feet(parts[0], parts[2])
        elif parts[1] == "m":
            reading = LengthReading.metres(parts[0])
        else:
            reading = LengthReading.feet(parts[0])
    kw.setdefault("sex", Sex.MALE)
    return Catch(
        catcher="Kyo Maru 1",
        order=1,
        species=species,
        time_taken=datetime(*when, tzinfo=timezone.utc),
        lat=lat,
        lon=lon,
        length=reading,
        **kw,
    )
