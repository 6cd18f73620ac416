"""A simulated GPS receiver sailing a scripted voyage and sending real NMEA 0183 text.

Used by `whalelog --demo`, hardware/virtual-gps and the tests. Epochs are sent `rate_hz` times per
wall-clock second; each advances simulated time by time_scale / rate_hz seconds. Dropouts (no fix,
or silence) and corrupted sentences can be switched on by rate or on demand.
"""

from __future__ import annotations

import random
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.nav.sources import Clock, Sleep, Source
from whalelog_gui.nav.voyage import Voyage, epoch_sentences, offset_metres
from whalelog_gui.resources import resource_path

DEFAULT_VOYAGE = "southern_ocean.json"
BASE_SENTENCES = ("RMC", "GGA", "VTG", "GSA")


def demo_voyage(name: str = DEFAULT_VOYAGE) -> Voyage:
    """A voyage from resources/demo/ (the default makes the sanctuary alerts fire within a minute)."""
    return Voyage.load(resource_path("demo", name))


class SimulatorSource(Source):
    def __init__(
        self,
        voyage: Voyage | str | Path | None = None,
        rate_hz: float = 1.0,
        time_scale: float = 1.0,
        noise_m: float = 0.0,
        start_time: datetime | None = None,
        extra_sentences: tuple[str, ...] = (),
        sentences: tuple[str, ...] = BASE_SENTENCES,
        talker: str = "GP",
        dropout_rate: float = 0.0,
        corrupt_rate: float = 0.0,
        seed: int | None = None,
        name: str = Message(QT_TRANSLATE_NOOP("GpsSource", "simulator")),
        clock: Clock = time.monotonic,
        sleep: Sleep = time.sleep,
    ) -> None:
        if not rate_hz > 0 or not time_scale > 0:
            raise ValueError("rate_hz and time_scale must be > 0")
        if voyage is None:
            voyage = demo_voyage()
        elif not isinstance(voyage, Voyage):
            voyage = Voyage.load(voyage)
        self.voyage = voyage
        self.rate_hz, self.time_scale, self.noise_m = rate_hz, time_scale, noise_m
        self.sentences = tuple(sentences) + tuple(extra_sentences)
        self.talker = talker
        self.dropout_rate, self.corrupt_rate = dropout_rate, corrupt_rate
        self.name = name
        self._start_time = start_time or voyage.start_time
        self._random = random.Random(seed)
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()  # on-demand controls come from another thread (UI, bench)
        self._no_fix_until = self._silent_until = -1.0  # in epoch numbers
        self._corrupt_next = 0
        self._epoch = 0  # the next epoch to send
        self._t0: float | None = None

    # --- on-demand faults (thread-safe) ---------------------------------------------------------
    def drop_fix(self, seconds: float) -> None:
        """The receiver loses its fix for `seconds` (wall clock): RMC V, GGA quality 0, empty position."""
        with self._lock:
            self._no_fix_until = self._epoch + seconds * self.rate_hz

    def go_silent(self, seconds: float) -> None:
        """The receiver sends nothing at all for `seconds` (cable loose, receiver rebooting)."""
        with self._lock:
            self._silent_until = self._epoch + seconds * self.rate_hz

    def corrupt_next(self, count: int = 1) -> None:
        """Damage the next `count` sentences on the line (bit flips, truncation, NUL noise)."""
        with self._lock:
            self._corrupt_next += count

    # --- what is sent ---------------------------------------------------------------------------
    def epoch_lines(self, epoch: int) -> list[str]:
        """The sentences of epoch number `epoch` (applies noise, dropouts and corruption)."""
        start = self._start_time or datetime.now(timezone.utc).replace(microsecond=0)
        self._start_time = start
        elapsed = epoch * self.time_scale / self.rate_hz
        with self._lock:
            self._epoch = epoch + 1  # on-demand faults start at the next epoch sent
            if self.dropout_rate and self._random.random() < self.dropout_rate:
                self._no_fix_until = epoch + self._random.uniform(2, 10) * self.rate_hz
            silent = epoch < self._silent_until
            no_fix = epoch < self._no_fix_until
        if silent:
            return []
        position = None if no_fix else self.voyage.position_at(elapsed)
        if position is not None and self.noise_m:
            position = offset_metres(position, self._random.gauss(0, self.noise_m), self._random.gauss(0, self.noise_m))
        lines = epoch_sentences(start + timedelta(seconds=elapsed), position, self.sentences, self.talker)
        return [self._maybe_corrupt(line) for line in lines]

    def _maybe_corrupt(self, line: str) -> str:
        with self._lock:
            forced = self._corrupt_next > 0
            if forced:
                self._corrupt_next -= 1
        if not forced and not (self.corrupt_rate and self._random.random() < self.corrupt_rate):
            return line
        how = self._random.randrange(4)
        i = self._random.randrange(1, line.index("*"))
        if how == 0:  # a flipped character: checksum mismatch
            return line[:i] + chr(ord(line[i]) ^ 0x04) + line[i + 1 :]
        if how == 1:  # line cut short (receiver reset mid-sentence); the next sentence follows on the same line
            return line[:i]
        if how == 2:  # NUL noise between sentences
            return "\x00\x00" + line
        return "$" + line  # doubled start character

    def lines(self, epochs: int, start_epoch: int = 0) -> Iterator[str]:
        """Every sentence of `epochs` epochs, unpaced (for recording logs and tests)."""
        for epoch in range(start_epoch, start_epoch + epochs):
            yield from self.epoch_lines(epoch)

    # --- Source ---------------------------------------------------------------------------------
    def open(self) -> None:
        self._t0 = self._clock()
        self._epoch = 0

    def read(self, timeout: float) -> bytes:
        if self._t0 is None:
            raise OSError("simulator is not open")
        due = self._t0 + self._epoch / self.rate_hz
        now = self._clock()
        if due > now:
            if due - now > timeout:
                self._sleep(timeout)
                return b""
            self._sleep(due - now)
        lines = self.epoch_lines(self._epoch)
        return "".join(line + "\r\n" for line in lines).encode("latin-1")

    def close(self) -> None:
        self._t0 = None
