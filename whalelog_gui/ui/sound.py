"""Alarm and warning tones for active-unacknowledged alerts; degrades to a visible "sound unavailable".

Which tone should play is decided from the alerts alone (`requested`), so it is testable with no audio
device; the QSoundEffect is only the output. QtMultimedia is imported lazily: on a machine without
libpulse the import fails and we must keep running with a visible indicator instead of crashing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl, Signal

from whalelog_gui.alerts.model import Alert, AlertCategory
from whalelog_gui.resources import resource_path

log = logging.getLogger("whalelog.alerts")

TONE_FILES = {"alarm": "alarm.wav", "warning": "warning.wav"}


def requested_tone(active: list[Alert]) -> str | None:
    """The tone for the most urgent audible alert: silenced and acknowledged alerts make no sound."""
    audible = sorted((a for a in active if a.audible), key=lambda a: a.category)
    if not audible:
        return None
    return "alarm" if audible[0].category is AlertCategory.ALARM else "warning"


class SoundController(QObject):
    """`update(active_alerts)` starts/stops the right looping tone; `requested` is what should be heard now."""

    state_changed = Signal(object, bool)  # requested tone name or None, sound available

    def __init__(self, parent: QObject | None = None, enabled: bool = True, *, defer: bool = False):
        """defer: the tones are loaded by `load()` (the bridge calls it once every page is built: QtMultimedia and
        its audio back-end take ~40 ms of the GUI thread), or at once by the first alert that needs a tone, so
        deferring never delays a tone; until then `loaded` is False and nothing is said about sound."""
        super().__init__(parent)
        self.requested: str | None = None
        self.playing: str | None = None
        self.available = False
        self.unavailable_reason = "sound disabled"
        self._effects: dict[str, object] = {}
        self._enabled = enabled
        self.loaded = not (enabled and defer)
        if enabled and not defer:
            self._load_effects()

    def load(self) -> None:
        """Load the tones if they were deferred, and say whether sound is available (state_changed)."""
        if self.loaded:
            return
        self.loaded = True
        self._load_effects()
        self.state_changed.emit(self.requested, self.available)

    def _load_effects(self) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # no libpulse / no audio stack on this machine
            self.unavailable_reason = f"sound unavailable: {exc}"
            log.warning("alert sound unavailable: %s", exc)
            return
        for name, filename in TONE_FILES.items():
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", filename))))
            effect.setLoopCount(QSoundEffect.Loop.Infinite.value)
            effect.setVolume(1.0)
            self._effects[name] = effect
        # QtMultimedia loads on a machine with no sound card or no sound server too, and its tones then play into
        # nothing: the device list decides, and is watched (a headset plugged in, a server restarted)
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(lambda: self._outputs_changed(QMediaDevices.audioOutputs()))
        self._outputs_changed(QMediaDevices.audioOutputs(), said=False)

    def _outputs_changed(self, outputs: list, *, said: bool = True) -> None:
        available = bool(outputs)
        if available == self.available and said:
            return
        self.available = available
        self.unavailable_reason = "" if available else "sound unavailable: no audio output device"
        if not available:
            log.warning("alert sound unavailable: no audio output device")
            for effect in self._effects.values():
                effect.stop()
            self.playing = None
        elif self.requested is not None:  # an alarm sounding while the device came: heard from now on
            self._effects[self.requested].play()
            self.playing = self.requested
        if said:
            self.state_changed.emit(self.requested, self.available)

    def update(self, active: list[Alert]) -> None:
        tone = requested_tone(active)
        if tone is not None and not self.loaded:
            self.load()  # an alert needs its tone now: loaded here, on this alert, not after the pages are built
        if tone == self.requested:
            return
        self.requested = tone
        if self.available:
            for name, effect in self._effects.items():
                if name == tone:
                    effect.play()
                else:
                    effect.stop()
            self.playing = tone
        self.state_changed.emit(tone, self.available)
