"""Generate the bridge alert tones with the standard library only (run by hand: python make_tones.py).

Two distinct patterns so the watch can tell them apart without looking (MSC.302(87) wants distinct alarm
and warning signals): the alarm is a fast two-tone warble, the warning two slower single beeps.
Output: alarm.wav, warning.wav (16-bit mono, 22,050 Hz) beside this script. No third-party source.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
AMPLITUDE = 0.6 * 32767


def _tone(freq_hz: float, seconds: float) -> list[float]:
    n = int(RATE * seconds)
    fade = int(RATE * 0.005)  # 5 ms ramps avoid clicks
    out = []
    for i in range(n):
        ramp = min(1.0, i / fade, (n - 1 - i) / fade) if fade else 1.0
        out.append(ramp * math.sin(2 * math.pi * freq_hz * i / RATE))
    return out


def _silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def alarm() -> list[float]:
    samples: list[float] = []
    for _ in range(4):  # 1 s of 880/1320 Hz warble
        samples += _tone(880, 0.125) + _tone(1320, 0.125)
    return samples + _silence(0.25)


def warning() -> list[float]:
    return _tone(660, 0.3) + _silence(0.2) + _tone(660, 0.3) + _silence(0.7)


def write(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(s * AMPLITUDE)) for s in samples))


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    write(here / "alarm.wav", alarm())
    write(here / "warning.wav", warning())
    print("wrote", here / "alarm.wav", here / "warning.wav")
