"""What each supported sentence (any talker) contributes to its epoch.

pynmea2 has already split and typed the sentence; these read its `data` fields directly because
its attribute accessors convert a field on every access. The first position of an epoch is
converted (and checked) here; later sentences of the same epoch only say whether they had one.
A handler raises ValueError/IndexError on a malformed field: the sentence counts as unparsable.
"""

from __future__ import annotations

from whalelog_gui.nav.epochs import EpochAssembler
from whalelog_gui.nav.fix import Fix


def time_key(s: str) -> str | None:
    """The time-of-day field as an epoch key ('120001.00' and '120001.000' are the same epoch)."""
    if not s:
        return None
    if len(s) < 6 or not s[:6].isdigit() or s[0:2] > "23" or s[2] > "5" or s[4] > "5":
        raise ValueError(f"bad time {s!r}")
    if len(s) > 6:
        if s[6] != "." or not (s[7:].isdigit() or len(s) == 7):
            raise ValueError(f"bad time {s!r}")
        s = s.rstrip("0").rstrip(".")
    return s


def _angle(value: str, hemi: str, deg_digits: int, limit: float, negative: str, positive: str) -> float:
    minutes = float(value[deg_digits:])
    result = int(value[:deg_digits]) + minutes / 60.0
    if not (0.0 <= minutes < 60.0 and result <= limit):
        raise ValueError(f"bad angle {value!r}")
    if hemi == negative:
        return -result
    if hemi == positive:
        return result
    raise ValueError(f"bad hemisphere {hemi!r}")


def _position(asm: EpochAssembler, key: str | None, out: list[Fix], lat: str, lat_h: str, lon: str, lon_h: str):
    """The sentence's epoch and whether the sentence had a position.

    The position is converted (and checked, before any epoch is touched) only when the epoch has none yet.
    """
    if not lat or not lon:
        ep = asm.epoch_for(key, out)
        ep.bad = True  # an empty position in a position sentence is not a fix
        return ep, False
    current = asm._open  # read directly: this runs for every position sentence
    if current is not None and current.lat is not None and (key is None or key == current.key):
        return asm.epoch_for(key, out), True
    la = _angle(lat, lat_h, 2, 90.0, "S", "N")
    lo = _angle(lon, lon_h, 3, 180.0, "W", "E")
    ep = asm.epoch_for(key, out)
    if ep.lat is None:
        ep.lat, ep.lon = la, lo
    return ep, True


def _rmc(d: list[str], asm: EpochAssembler, out: list[Fix]) -> None:
    ep, has_position = _position(asm, time_key(d[0]), out, d[2], d[3], d[4], d[5])
    # RMC status V, or NMEA 2.3 mode N ("data not valid"), means no fix
    if d[1] != "A" or (len(d) > 11 and d[11][:1] == "N"):
        ep.bad = True
    elif has_position:
        ep.good = True
    if d[6]:
        ep.sog = d[6]
    if d[7]:
        ep.cog = d[7]
    ds = d[8]
    if ds:
        if len(ds) != 6 or not ds.isdigit():
            raise ValueError(f"bad date {ds!r}")
        ep.date = (ds[0:2], ds[2:4], ds[4:6])


def _gga(d: list[str], asm: EpochAssembler, out: list[Fix]) -> None:
    ep, has_position = _position(asm, time_key(d[0]), out, d[1], d[2], d[3], d[4])
    quality = d[5]
    if quality == "0" or not quality:
        ep.bad = True
    elif has_position:
        ep.good = True
    ep.quality = quality
    if d[6]:
        ep.sats = d[6]
    if d[7]:
        ep.hdop = d[7]


def _gll(d: list[str], asm: EpochAssembler, out: list[Fix]) -> None:
    ep, has_position = _position(asm, time_key(d[4]) if len(d) > 4 else None, out, d[0], d[1], d[2], d[3])
    if len(d) < 6 or d[5] != "A" or (len(d) > 6 and d[6][:1] == "N"):
        ep.bad = True
    elif has_position:
        ep.good = True


def _gns(d: list[str], asm: EpochAssembler, out: list[Fix]) -> None:
    ep, has_position = _position(asm, time_key(d[0]), out, d[1], d[2], d[3], d[4])
    # one mode letter per constellation; all N (or none) means no fix
    if not d[5].strip("N"):
        ep.bad = True
    elif has_position:
        ep.good = True
    if d[6]:
        ep.sats = d[6]
    if len(d) > 7 and d[7]:
        ep.hdop = d[7]


def _vtg(d: list[str], asm: EpochAssembler, out: list[Fix]) -> None:
    ep = asm.timeless_epoch(b"VTG", out)
    if not ep.cog:
        ep.cog = d[0]
    if not ep.sog:
        ep.sog = d[4]


def _gsa(d: list[str], asm: EpochAssembler, out: list[Fix]) -> None:
    ep = asm.timeless_epoch(b"GSA", out)
    if len(d) > 15:
        ep.gsa_hdop = d[15]


def _zda(d: list[str], asm: EpochAssembler, out: list[Fix]) -> None:
    ep = asm.epoch_for(time_key(d[0]), out)
    if d[1] and d[2] and d[3]:
        if not (d[1].isdigit() and d[2].isdigit() and len(d[3]) == 4 and d[3].isdigit()):
            raise ValueError("bad ZDA date")
        ep.date = (d[1], d[2], d[3])


# sentence formatter (the three letters after the talker) -> handler
HANDLERS = {b"RMC": _rmc, b"GGA": _gga, b"GLL": _gll, b"GNS": _gns, b"VTG": _vtg, b"GSA": _gsa, b"ZDA": _zda}
