"""Epoch assembly: merge the sentences a receiver sends for one time of day into one Fix.

GGA/GLL/GNS carry only a time of day; the date comes from the latest RMC/ZDA and is rolled
forward when the time of day wraps past midnight. The computer clock is never consulted.
Handlers store values that have passed the field grammar (sentences.py); this module only merges them.

VTG and GSA carry no time, so which epoch they belong to comes from the order: a receiver sends each
type once per epoch (GSA once per constellation, in a row), so a timeless type seen again starts the
next epoch, and one arriving after the previous epoch was closed (by its learned last sentence or by
an idle line) leads the next one. Only an idle gap can prove timeless sentences trail their epoch
(`trailing`), and only an idle-bounded epoch may teach a timeless closer. A log file has no idle gaps:
its reader may say `trailing` up front (see nmea.timeless_sentences_trail), and then timeless sentences
before the first timed one are the tail of an epoch cut off by the start of the log, not the next epoch's.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from whalelog_gui.nav.fields import SOG_LIMIT_KN
from whalelog_gui.nav.fix import Fix, SourceCounters

_HALF_DAY_US = 43_200_000_000
TIMELESS = frozenset((b"VTG", b"GSA"))  # formatters without a time field
_GROUPED = frozenset((b"GSA",))  # sent several times in a row in one epoch (one per constellation)
_UTC = timezone.utc


class Epoch:
    """The fields gathered so far for one receiver epoch (mutable while the epoch is open)."""

    __slots__ = (
        "key",
        "lat",
        "lon",
        "sog",
        "cog",
        "good",
        "bad",
        "quality",
        "sats",
        "hdop",
        "gsa_hdop",
        "date",
        "timeless",
        "lead",
    )

    def __init__(self, key: str | None, lead: bool = False) -> None:
        self.key = key  # time-of-day field text (normalised), None until a timed sentence arrives
        self.timeless: tuple[bytes, ...] = ()  # formatters without time (VTG, GSA) this epoch has seen
        self.lead = lead  # its first sentence was the first of a burst (after the line was idle)
        self.lat: float | None = None
        self.lon: float | None = None
        self.sog: float | None = None
        self.cog: float | None = None
        self.quality: str | None = None  # fix quality name (fix.GGA_QUALITY / MODE_QUALITY)
        self.sats: int | None = None
        self.hdop: float | None = None
        self.gsa_hdop: float | None = None
        self.good = False  # some sentence reported a valid position
        self.bad = False  # some sentence reported "no fix" (RMC V, GGA 0/7/8, mode N/M/S), or a bad/empty position
        self.date: tuple[str, str, str] | None = None  # (day, month, year) text from RMC or ZDA


def parse_time_of_day(s: str) -> int:
    """'hhmmss[.sss]' -> microseconds since midnight; ValueError if it is not a time of day."""
    if len(s) < 6 or not s[:6].isdigit() or (len(s) > 6 and (s[6] != "." or not (s[7:].isdigit() or len(s) == 7))):
        raise ValueError(f"bad time {s!r}")
    hours, minutes, seconds = int(s[0:2]), int(s[2:4]), int(s[4:6])
    if hours > 23 or minutes > 59 or seconds > 59:
        raise ValueError(f"bad time {s!r}")
    micro = int((s[7:] + "000000")[:6]) if len(s) > 7 else 0
    return ((hours * 60 + minutes) * 60 + seconds) * 1_000_000 + micro


def _date(parts: tuple[str, str, str]) -> date:
    day, month, year = (int(p) for p in parts)
    if year < 100:  # RMC's two-digit year
        year += 2000 if year < 80 else 1900
    return date(year, month, day)


class EpochAssembler:
    """Turns a sentence stream into Fixes: handlers call `epoch_for(key, out)`; `flush(out)` at idle/EOF."""

    def __init__(
        self, source: str = "", counters: SourceCounters | None = None, sog_limit_kn: float = SOG_LIMIT_KN
    ) -> None:
        self.source = source
        self.sog_limit_kn = sog_limit_kn  # SOG above this is a bad field (settings.AppSettings.sog_limit_kn)
        self.counters = counters if counters is not None else SourceCounters()
        self.date: date | None = None  # date of the latest epoch (from RMC/ZDA, rolled at midnight)
        self._last_key: str | None = None
        self._last_us: int | None = None
        self._date_text: tuple[str, str, str] | None = None  # the text self.date was parsed from
        self._open: Epoch | None = None
        self._late = Epoch(None)  # sink for sentences of an epoch already flushed on idle
        # A receiver sends its epoch's sentences in a fixed order; the formatter that ended the last epoch
        # ("closer") ends the next one too, so the Fix goes out on its last sentence, not on the next epoch.
        # A timeless closer is learned only from idle-bounded epochs: at a time change it may lead the next one.
        self.closer: bytes | None = None
        self._last_kind: bytes | None = None
        self._candidate: bytes | None = None
        self._early = False  # the last epoch was closed by the closer
        # Where timeless sentences sit: False = they may lead their epoch (a repeated type starts the next one);
        # True = the line showed them trailing their epoch (seen alone before an idle gap), so they join.
        self.trailing = False
        self._burst_start = False  # the line was idle: the next sentence begins a burst
        self._timed_in_burst = False  # a timed sentence arrived since the line was last idle

    def epoch_for(self, key: str | None, out: list[Fix]) -> Epoch:
        """The epoch a sentence with time-of-day text `key` (None: no time field) belongs to."""
        if key is None:
            return self.timeless_epoch(None, out)
        self._timed_in_burst = True
        ep = self._open
        if ep is None:
            if key == self._last_key:
                if self._early:
                    self.closer = None  # the closer was not the last sentence after all: learn again
                return self._late  # arrived after the epoch was closed: one Fix per epoch, so do not emit twice
            ep = self._open = Epoch(key, self._burst_start)
            self._burst_start = False
            return ep
        if key == ep.key:
            return ep
        if ep.key is None:
            if key == self._last_key:  # the timeless sentences before it trailed the epoch just closed
                if self._early:
                    self.closer = None
                return self._late
            if self.trailing and self._last_key is None and not ep.lead:
                # a log that starts mid-epoch: these trailed an epoch whose timed sentences are not in it
                ep = self._open = Epoch(key)
                return ep
            if ep.lead:
                self.trailing = False  # a burst began with timeless sentences: they lead their epoch
            ep.key = key  # sentences without time that came first belong to this epoch
            return ep
        self._learn_closer(False)
        self._emit(ep, out)
        ep = self._open = Epoch(key)
        return ep

    def timeless_epoch(self, kind: bytes | None, out: list[Fix]) -> Epoch:
        """The epoch a sentence without a time field (VTG, GSA: `kind`) belongs to.

        It joins the open epoch unless that epoch already has a time and this formatter: a receiver sends
        each type once per epoch, so a repeat begins the next epoch (GSA may come several times in a row).
        """
        ep = self._open
        if ep is None:
            ep = self._open = Epoch(None, self._burst_start)
            self._burst_start = False
        elif (
            kind in ep.timeless
            and (ep.key is None or not self.trailing)
            and not (kind == self._last_kind and kind in _GROUPED)
        ):
            # with no time yet, the earlier one lost its timed sentence: it must not take this one's place
            self._learn_closer(False)
            self._emit(ep, out)
            ep = self._open = Epoch(None)
        if kind is not None and kind not in ep.timeless:
            ep.timeless += (kind,)
        return ep

    def _learn_closer(self, idle: bool) -> None:
        """An epoch ended by a new time or by silence: its last formatter, seen twice, becomes the closer."""
        kind, self._early = self._last_kind, False
        if kind is None or (kind in TIMELESS and not idle):
            return  # at a time change a timeless sentence may belong to the next epoch: no evidence
        if kind == self.closer:
            self._candidate = None
        elif kind == self._candidate:
            self.closer, self._candidate = kind, None
        else:
            self._candidate = kind  # one damaged tail sentence must not retrain the closer

    def sentence_done(self, kind: bytes, out: list[Fix]) -> None:
        """After each accepted sentence: close the epoch at once if this is the formatter that ends epochs."""
        self._last_kind = kind
        if kind == self.closer and self._open is not None:
            self._early = True
            self._emit(self._open, out)

    @property
    def current(self) -> Epoch | None:
        """The epoch still open (None after a flush)."""
        return self._open

    def flush(self, out: list[Fix]) -> None:
        """The line went quiet (or the input ended): the open epoch is complete."""
        ep = self._open
        if ep is not None:
            if ep.key is None and ep.lat is None and self._timed_in_burst:
                # timeless sentences after the burst's timed ones, then silence: they trail their epoch
                self.trailing = True
                if self._early:
                    self.closer = None  # it closed the epoch before its trailing sentences
            self._learn_closer(True)
            self._emit(ep, out)
        self._burst_start = True
        self._timed_in_burst = False

    def _advance_date(self, ep: Epoch, micro: int | None) -> None:
        late, self._late.date = self._late.date, None
        for parts in (late, ep.date):
            if parts is not None and parts != self._date_text:
                try:
                    self.date, self._date_text = _date(parts), parts
                except ValueError:
                    pass  # an impossible date in a checksummed sentence: keep the running date
        if ep.date is None and micro is not None and self.date is not None and self._last_us is not None:
            if self._last_us - micro > _HALF_DAY_US:  # time of day wrapped: past midnight
                self.date += timedelta(days=1)
                self._date_text = None

    def _emit(self, ep: Epoch, out: list[Fix]) -> None:
        self._open = None
        key = ep.key
        micro = None
        if key is not None:
            self._last_key = key
            try:
                micro = parse_time_of_day(key)
            except ValueError:
                micro = None
        self._advance_date(ep, micro)
        if micro is not None:
            self._last_us = micro
        has_position = ep.lat is not None
        if micro is None and not has_position:
            return  # nothing a consumer could use (e.g. a lone VTG)
        tod = when = None
        if micro is not None:
            seconds, us = divmod(micro, 1_000_000)
            minutes, sec = divmod(seconds, 60)
            tod = time(minutes // 60, minutes % 60, sec, us, tzinfo=_UTC)
            if self.date is not None:
                when = datetime.combine(self.date, tod)
        valid = has_position and ep.good and not ep.bad
        counters = self.counters
        counters.epochs += 1
        if valid:
            counters.valid_fixes += 1
        out.append(
            Fix(
                when,
                tod,
                ep.lat,
                ep.lon,
                ep.sog,
                ep.cog,
                valid,
                ep.quality,
                ep.sats,
                ep.hdop if ep.hdop is not None else ep.gsa_hdop,
                self.source,
            )
        )
