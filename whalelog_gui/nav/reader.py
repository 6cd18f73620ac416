"""One reader thread per source: bytes -> NmeaDecoder -> on_fix, plus source state and counters.

Callbacks run on the reader thread; the UI wraps them in a Qt signal adapter (ui/), the CLI
collects them directly. The loop wakes at least every READ_TIMEOUT_S even when no byte arrives,
so "no data" and "fix lost" are raised by the clock, not only by incoming sentences.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from dataclasses import replace
from typing import Callable

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.nav.fix import Fix, SourceCounters, SourceState, SourceStatus
from whalelog_gui.nav.sources import EndOfStream, Source

# What the reader says beside its state (the bridge's position panel shows it in the crew's language; the log and
# the CLI in English); {reason} is the operating system's own text
NOT_STARTED = QT_TRANSLATE_NOOP("GpsReader", "not started")
READER_FAILED = QT_TRANSLATE_NOOP("GpsReader", "reader failed; see log")
CANNOT_OPEN = QT_TRANSLATE_NOOP("GpsReader", "cannot open: {reason}")
CONNECTED = QT_TRANSLATE_NOOP("GpsReader", "connected")
END_OF_LOG = QT_TRANSLATE_NOOP("GpsReader", "end of log")
LOST = QT_TRANSLATE_NOOP("GpsReader", "lost: {reason}")

log = logging.getLogger(__name__)

READ_TIMEOUT_S = 0.05  # also the idle gap that closes an epoch: a receiver sends an epoch as one burst
STATUS_EVERY_S = 1.0
BACKOFF_S = (0.5, 1.0, 2.0, 4.0, 5.0)  # reconnect delays; the last repeats
RAW_KEEP_S = 600.0  # raw lines kept for the diagnostics bundle
RAW_KEEP_LINES = 50_000
# raw lines are shown as text: control and non-ASCII bytes become \xNN so a diagnostics file stays readable
_ESCAPE = {i: f"\\x{i:02x}" for i in (*range(32), *range(127, 256))}


def printable(line: bytes) -> str:
    return line.decode("latin-1").translate(_ESCAPE)


class NavReader:
    def __init__(
        self,
        source: Source,
        on_fix: Callable[[Fix], None],
        on_status: Callable[[SourceStatus], None],
        on_sentence: Callable[[str], None] | None = None,
        lost_fix_after_s: float = 5.0,
        allow_missing_checksum: bool = False,
        clock: Callable[[], float] = time.monotonic,
        sog_limit_kn: float | None = None,
    ) -> None:
        self.source = source
        self.on_fix, self.on_status, self.on_sentence = on_fix, on_status, on_sentence
        self.lost_fix_after_s = lost_fix_after_s
        self.decoder = source.decoder(allow_missing_checksum, sog_limit_kn)  # NMEA, or gpsd's JSON
        self._clock = clock
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._raw: collections.deque[tuple[float, str]] = collections.deque(maxlen=RAW_KEEP_LINES)
        self._raw_lock = threading.Lock()
        self._published: tuple[SourceState, bool, str] | None = None
        self._last_publish = -1e9
        self.state = SourceState.DISCONNECTED
        self.fix_lost = False
        self.message: str = Message(NOT_STARTED)
        self.callback_errors = 0
        self.finished = threading.Event()  # set when the thread ends (stop() or end of a finite log)

    # --- control ------------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("reader already started")
        self._thread = threading.Thread(target=self._run, name=f"nav-reader {self.source.name}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop reading, close the source and join the thread."""
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    @property
    def counters(self) -> SourceCounters:
        return replace(self.decoder.counters)

    def status(self) -> SourceStatus:
        return SourceStatus(self.source.name, self.state, self.fix_lost, self.counters, self.message)

    def recent_raw(self, seconds: float) -> list[str]:
        """Raw lines (noise included, as received) of the last `seconds`, oldest first."""
        since = self._clock() - seconds
        with self._raw_lock:
            return [line for t, line in self._raw if t >= since]

    # --- the thread ---------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            self._loop()
        except Exception:  # a bug must not kill the app silently: report it as a state the UI shows
            log.exception("reader for %s failed", self.source.name)
            self._set(SourceState.DISCONNECTED, Message(READER_FAILED))
        finally:
            self._close()
            self.finished.set()

    def _loop(self) -> None:
        attempt = 0
        self._last_valid = self._clock()  # the lost-fix clock runs from start, across reconnects
        while not self._stop.is_set():
            try:
                self.source.open()
            except OSError as exc:
                self._set(SourceState.DISCONNECTED, Message(CANNOT_OPEN, reason=str(exc)))
                self._wait_disconnected(BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)])
                attempt += 1
                continue
            attempt = 0
            self._last_data = self._clock()
            self._data_since_open = False
            self._last_fix_valid = False
            self._set(SourceState.NO_DATA, Message(CONNECTED))
            if self._read_until_lost():
                return  # stopped, or a finite log ended

    def _wait_disconnected(self, seconds: float) -> None:
        """Back off before reconnecting, still publishing status (fix lost) about once a second."""
        end = self._clock() + seconds
        while not self._stop.is_set():
            left = end - self._clock()
            if left <= 0:
                return
            self._stop.wait(min(left, STATUS_EVERY_S))
            self.fix_lost = self._clock() - self._last_valid > self.lost_fix_after_s
            self._publish()

    def _read_until_lost(self) -> bool:
        """Read until stop (True), end of stream (True) or the device vanishing (False: reconnect)."""
        decoder = self.decoder
        while not self._stop.is_set():
            try:
                data = self.source.read(READ_TIMEOUT_S)
            except EndOfStream:
                self._deliver(decoder.flush(), self._clock())
                self._set(SourceState.DISCONNECTED, Message(END_OF_LOG))
                self._publish(force=True)
                return True
            except OSError as exc:
                self._deliver(decoder.flush(), self._clock())  # a half line before the unplug is rejected
                self._close()
                self.fix_lost = self._clock() - self._last_valid > self.lost_fix_after_s
                self._set(SourceState.DISCONNECTED, Message(LOST, reason=str(exc)))
                return False
            now = self._clock()
            if data:
                lines: list[bytes] = []
                fixes = decoder.feed(data, lines)
                if lines:
                    self._keep(lines, now)
            else:
                fixes = decoder.close_epoch()  # the line went quiet: the epoch is complete
            self._deliver(fixes, now)
            self._update_state(now)
        return True

    def _keep(self, lines: list[bytes], now: float) -> None:
        texts = [printable(line) for line in lines]
        self._last_data = now
        self._data_since_open = True
        with self._raw_lock:
            self._raw.extend((now, text) for text in texts)
            while self._raw and self._raw[0][0] < now - RAW_KEEP_S:
                self._raw.popleft()
        if self.on_sentence is not None:
            for text in texts:
                self._call(self.on_sentence, text)

    def _deliver(self, fixes: list[Fix], now: float) -> None:
        for fix in fixes:
            self._last_fix_valid = fix.valid
            if fix.valid:
                self._last_valid = now
            self._call(self.on_fix, fix)

    def _update_state(self, now: float) -> None:
        if not self._data_since_open or now - self._last_data > self.lost_fix_after_s:
            state = SourceState.NO_DATA
        elif self._last_fix_valid and now - self._last_valid <= self.lost_fix_after_s:
            state = SourceState.VALID_FIX
        else:
            state = SourceState.NO_FIX
        self.fix_lost = now - self._last_valid > self.lost_fix_after_s
        self._set(state, self.message if state == self.state else state.value)
        self._publish()

    def _set(self, state: SourceState, message: str) -> None:
        self.state, self.message = state, message
        self._publish()

    def _publish(self, force: bool = False) -> None:
        now = self._clock()
        key = (self.state, self.fix_lost, self.message)
        if force or key != self._published or now - self._last_publish >= STATUS_EVERY_S:
            self._published, self._last_publish = key, now
            self._call(self.on_status, self.status())

    def _call(self, callback, arg) -> None:
        # a bug in a consumer (UI, store) must not stop the GPS feed the alarms depend on
        try:
            callback(arg)
        except Exception:
            self.callback_errors += 1
            if self.callback_errors <= 10:  # do not flood the log at 10 Hz
                log.exception("%s callback failed for %s", getattr(callback, "__name__", "a"), self.source.name)

    def _close(self) -> None:
        try:
            self.source.close()
        except OSError:
            pass  # already gone
