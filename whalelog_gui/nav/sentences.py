"""What each supported sentence (any talker) contributes to its epoch.

pynmea2 gives the structure: the sentence class (talker-agnostic: GPRMC, GNRMC and BDRMC are all RMC) and
its named fields. Every raw field is checked against the NMEA 0183 grammar (fields.py) before a typed value
is taken from it; a field that fails is rejected and counted (`rejected_fields`), never read as another
number. The fields that say where and whether there is a fix (time, position, status, quality, mode) are
checked before the epoch is touched: one that fails raises FieldError/ValueError and the whole sentence is
unparsable (its other sentences in the epoch still count). A bad SOG, COG, date, satellite count or HDOP
only leaves that value null: the fix keeps its position.
"""

from __future__ import annotations

from pynmea2.types import talker

from whalelog_gui.nav.epochs import EpochAssembler
from whalelog_gui.nav.fields import FieldError, check_coordinate, course_deg, decimal, integer, speed_kn
from whalelog_gui.nav.fix import GGA_QUALITY, MODE_QUALITY, NOT_A_FIX, Fix, quality_rank


def time_key(s: str) -> str | None:
    """The time-of-day field as an epoch key ('120001.00' and '120001.000' are the same epoch)."""
    if not s:
        return None
    if len(s) < 6 or not s[:6].isdigit() or not s.isascii() or s[0:2] > "23" or s[2] > "5" or s[4] > "5":
        raise FieldError("time", s)
    if len(s) > 6:
        if s[6] != "." or not (s[7:].isdigit() or len(s) == 7):
            raise FieldError("time", s)
        s = s.rstrip("0").rstrip(".")
    return s


def raw(msg, name: str) -> str:
    """A field's text exactly as received ('' when the sentence is shorter): what the grammar checks."""
    i = type(msg).name_to_idx[name]
    data = msg.data
    return data[i] if i < len(data) else ""


def _reject(asm: EpochAssembler) -> None:
    asm.counters.rejected_fields += 1


def _has_position(msg) -> bool:
    """Whether the sentence carries a position; FieldError if it carries one that breaks the grammar."""
    lat, lat_h, lon, lon_h = raw(msg, "lat"), raw(msg, "lat_dir"), raw(msg, "lon"), raw(msg, "lon_dir")
    if not (lat or lat_h or lon or lon_h):
        return False  # an empty position: the receiver has no fix
    check_coordinate(lat, lat_h, "lat")
    check_coordinate(lon, lon_h, "lon")
    return True


def _place(
    asm: EpochAssembler,
    key: str | None,
    out: list[Fix],
    msg,
    has_position: bool,
    quality: str | None,
    fix_ok: bool,
    prefer: bool = False,
):
    """Put a checked position sentence into its epoch: position, validity and quality."""
    ep = asm.epoch_for(key, out)
    if not has_position:
        ep.bad = True  # an empty position in a position sentence is not a fix
    elif ep.lat is None:
        ep.lat, ep.lon = msg.latitude, msg.longitude  # pynmea2's typed value of fields the grammar passed
    if quality is not None and quality in NOT_A_FIX:
        fix_ok = False
    if not fix_ok:
        ep.bad = True
    elif has_position:
        ep.good = True
    if quality is not None and (
        ep.quality is None
        or quality_rank(quality) < quality_rank(ep.quality)
        or (prefer and quality_rank(quality) == quality_rank(ep.quality))
    ):
        ep.quality = quality  # the least trustworthy indicator of the epoch wins; GGA ties over a mode letter
    return ep


def _status(text: str) -> bool:
    """RMC/GLL status: A valid, V not; anything else is a bad field."""
    if text not in ("A", "V"):
        raise FieldError("status", text, "is not A or V")
    return text == "A"


def _mode(text: str) -> str | None:
    """RMC/GLL mode indicator (NMEA 2.3+, optional): N, M (manual), S (simulator) are not fixes, E is DR."""
    if not text:
        return None
    name = MODE_QUALITY.get(text)
    if name is None:
        raise FieldError("mode", text, "is not a mode indicator")
    return name


def _sog(asm: EpochAssembler, ep, text: str, overwrite: bool) -> None:
    if text and (overwrite or ep.sog is None):
        try:
            ep.sog = speed_kn(text, asm.sog_limit_kn)
        except FieldError:
            _reject(asm)  # the look-ahead must not sail on an impossible speed


def _cog(asm: EpochAssembler, ep, text: str, overwrite: bool) -> None:
    if text and (overwrite or ep.cog is None):
        try:
            ep.cog = course_deg(text)
        except FieldError:
            _reject(asm)


def _rmc(msg, asm: EpochAssembler, out: list[Fix]) -> None:
    key, has_position = time_key(raw(msg, "timestamp")), _has_position(msg)
    ok, quality = _status(raw(msg, "status")), _mode(raw(msg, "mode_indicator"))
    ep = _place(asm, key, out, msg, has_position, quality, ok)
    _sog(asm, ep, raw(msg, "spd_over_grnd"), overwrite=True)
    _cog(asm, ep, raw(msg, "true_course"), overwrite=True)
    ds = raw(msg, "datestamp")
    if ds:
        if len(ds) != 6 or not ds.isascii() or not ds.isdigit():
            _reject(asm)
        else:
            ep.date = (ds[0:2], ds[2:4], ds[4:6])


def _gga(msg, asm: EpochAssembler, out: list[Fix]) -> None:
    key, has_position = time_key(raw(msg, "timestamp")), _has_position(msg)
    q = raw(msg, "gps_qual")
    quality = GGA_QUALITY.get(q) if q else None
    if q and quality is None:
        raise FieldError("quality", q, "is not a GGA fix quality 0-8")
    ep = _place(asm, key, out, msg, has_position, quality, bool(q), prefer=True)
    ep.sats = _optional(asm, raw(msg, "num_sats"), integer, "satellites", ep.sats)
    ep.hdop = _optional(asm, raw(msg, "horizontal_dil"), decimal, "hdop", ep.hdop)


def _optional(asm: EpochAssembler, text: str, parse, name: str, current):
    if not text:
        return current
    try:
        return parse(text, name)
    except FieldError:
        _reject(asm)
        return current


def _gll(msg, asm: EpochAssembler, out: list[Fix]) -> None:
    key, has_position = time_key(raw(msg, "timestamp")), _has_position(msg)
    ok, quality = _status(raw(msg, "status")), _mode(raw(msg, "faa_mode"))
    _place(asm, key, out, msg, has_position, quality, ok)


def _gns(msg, asm: EpochAssembler, out: list[Fix]) -> None:
    key, has_position = time_key(raw(msg, "timestamp")), _has_position(msg)
    modes = raw(msg, "mode_indicator")  # one letter per constellation
    if any(letter not in MODE_QUALITY for letter in modes):
        raise FieldError("mode", modes, "is not a mode indicator per constellation")
    used = [MODE_QUALITY[m] for m in modes if m != "N"]  # N for a constellation not used; all N is no fix
    quality = min(used or ["invalid"], key=quality_rank)
    ep = _place(asm, key, out, msg, has_position, quality, bool(modes))
    ep.sats = _optional(asm, raw(msg, "num_sats"), integer, "satellites", ep.sats)
    ep.hdop = _optional(asm, raw(msg, "hdop"), decimal, "hdop", ep.hdop)


def _vtg(msg, asm: EpochAssembler, out: list[Fix]) -> None:
    ep = asm.timeless_epoch(b"VTG", out)
    if raw(msg, "faa_mode") == "N":
        return  # the receiver says its course and speed are not valid
    _cog(asm, ep, raw(msg, "true_track"), overwrite=False)
    _sog(asm, ep, raw(msg, "spd_over_grnd_kts"), overwrite=False)


def _gsa(msg, asm: EpochAssembler, out: list[Fix]) -> None:
    ep = asm.timeless_epoch(b"GSA", out)
    ep.gsa_hdop = _optional(asm, raw(msg, "hdop"), decimal, "hdop", ep.gsa_hdop)


def _zda(msg, asm: EpochAssembler, out: list[Fix]) -> None:
    ep = asm.epoch_for(time_key(raw(msg, "timestamp")), out)
    day, month, year = raw(msg, "day"), raw(msg, "month"), raw(msg, "year")
    if day and month and year:
        if not all(t.isascii() and t.isdigit() for t in (day, month, year)) or len(year) != 4:
            _reject(asm)
            return
        ep.date = (day, month, year)


# pynmea2 sentence class (any talker) -> handler; FORMATTERS lets framing skip other sentences before parsing
HANDLERS = {
    talker.RMC: _rmc,
    talker.GGA: _gga,
    talker.GLL: _gll,
    talker.GNS: _gns,
    talker.VTG: _vtg,
    talker.GSA: _gsa,
    talker.ZDA: _zda,
}
FORMATTERS = frozenset(cls.__name__.encode() for cls in HANDLERS)
