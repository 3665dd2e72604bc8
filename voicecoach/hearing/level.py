"""Input level: a streaming automatic gain for the VAD, and the figures that tell a user their
microphone is too quiet.

The Silero VAD judges absolute sample values, so the same voice quieter (an ordinary laptop
microphone, a quiet meeting) is cut into other turns, or not heard at all. `AutoGain` brings each
32 ms chunk to a steady speech level before the VAD sees it. It tracks two things from
chunk levels alone: the noise floor (falls fast, rises slowly) and the speech level (the
level of chunks well above the floor: rises fast, falls slowly). The gain brings the speech
level to TARGET_DBFS, is capped at MAX_GAIN_DB, and never lifts the noise floor above
NOISE_CEILING_DBFS, so a silent room is not blown up into something that sounds like voice.
It carries its state from chunk to chunk and costs a mean and a few comparisons per chunk.

Whisper is left as it is: measured on ../shared/real_speech, it loses no words on quiet input
(jfk 22 of 22 words down to -60 dB), while a fixed gain before it changed words on loud input
(acoustic_corpus word error rate 0.055 as it is, 0.07-0.11 brought to -20..-32 dBFS).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from voicecoach.hearing.audio import CHUNK_SAMPLES, SAMPLE_RATE, Samples

__all__ = [
    "ASSUMED_SNR_DB",
    "CLIPPING_PEAK",
    "FLOOR_FALL",
    "FLOOR_RISE_DB_PER_S",
    "MAX_GAIN_DB",
    "MIN_GAIN_DB",
    "MUTED_DBFS",
    "NOISE_CEILING_DBFS",
    "SILENT_DBFS",
    "SPEECH_ABOVE_FLOOR_DB",
    "SPEECH_FALL_S",
    "SPEECH_RISE",
    "TARGET_DBFS",
    "TOO_QUIET_DBFS",
    "AutoGain",
    "InputLevel",
    "LevelMeter",
    "chunk_levels",
    "dbfs",
    "measure_level",
]

TARGET_DBFS = -20.0  # speech chunks are brought to about this level (vowels of a good mic)
MAX_GAIN_DB = 36.0  # never more gain than this: beyond it we would only amplify hiss
MIN_GAIN_DB = -20.0  # a very hot input is turned down, not only a quiet one up
NOISE_CEILING_DBFS = -30.0  # the noise floor is not lifted above this
ASSUMED_SNR_DB = 25.0  # before any speech, the voice is guessed this far above the floor
SPEECH_ABOVE_FLOOR_DB = 12.0  # a chunk this far above the floor counts towards speech level
FLOOR_RISE_DB_PER_S = 0.5  # the floor follows a louder room slowly...
FLOOR_FALL = 0.5  # ...and a quieter one fast (fraction of the difference per chunk)
SPEECH_RISE = 0.5  # a louder voice is followed within a few chunks
SPEECH_FALL_S = 2.0  # a quieter voice over about this much speech
SILENT_DBFS = -100.0  # digital silence, so that logs stay finite

# Below this speech level a recording or a microphone is too quiet to use: the gain needed
# to hear it passes MAX_GAIN_DB, and what remains is too close to the 16-bit floor.
TOO_QUIET_DBFS = TARGET_DBFS - MAX_GAIN_DB  # -56 dBFS
# A microphone whose loudest chunk stays below this is muted or dead (a real room is louder).
MUTED_DBFS = -85.0
# Loudest chunk level at which a recording is said to be clipping.
CLIPPING_PEAK = 0.99

_CHUNK_S = CHUNK_SAMPLES / SAMPLE_RATE


def dbfs(samples: Samples) -> float:
    """RMS level of the samples in dB relative to full scale (a full-scale sine is -3)."""
    if len(samples) == 0:
        return SILENT_DBFS
    power = float(np.mean(np.square(samples, dtype=np.float64)))
    return max(SILENT_DBFS, 10.0 * math.log10(power)) if power > 0 else SILENT_DBFS


class AutoGain:
    """A slow, level-tracking normaliser for a stream of 32 ms chunks."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.floor_db: float | None = None
        self.speech_db: float | None = None
        self.gain_db = 0.0

    def process(self, samples: Samples) -> Samples:
        """The chunk with the gain applied (a new array; clipped to [-1, 1])."""
        self.update(dbfs(samples), len(samples) / SAMPLE_RATE)
        if self.gain_db == 0.0:
            return samples
        gained: Samples = np.clip(samples * np.float32(10.0 ** (self.gain_db / 20.0)),
                                  -1.0, 1.0)
        return gained

    def update(self, level_db: float, seconds: float = _CHUNK_S) -> float:
        """Advance the trackers by one chunk of this level; return the gain in dB."""
        if self.floor_db is None:
            self.floor_db = level_db
        elif level_db < self.floor_db:
            self.floor_db += (level_db - self.floor_db) * FLOOR_FALL
        else:
            self.floor_db = min(level_db, self.floor_db + FLOOR_RISE_DB_PER_S * seconds)
        if level_db >= self.floor_db + SPEECH_ABOVE_FLOOR_DB:
            if self.speech_db is None:
                self.speech_db = level_db
            elif level_db > self.speech_db:
                self.speech_db += (level_db - self.speech_db) * SPEECH_RISE
            else:
                self.speech_db += (level_db - self.speech_db) * min(1.0, seconds / SPEECH_FALL_S)
        # Before any speech the voice is guessed from the floor, so that the same input at
        # another level gets the same gain from its first chunk on.
        speech = self.speech_db if self.speech_db is not None else (
            self.floor_db + ASSUMED_SNR_DB)
        gain = min(MAX_GAIN_DB, max(MIN_GAIN_DB, TARGET_DBFS - speech))
        self.gain_db = min(gain, max(0.0, NOISE_CEILING_DBFS - self.floor_db))
        return self.gain_db


def chunk_levels(audio: Samples) -> Samples:
    """The level of every 32 ms chunk, in dBFS."""
    n = max(1, len(audio) // CHUNK_SAMPLES)
    usable = audio[: n * CHUNK_SAMPLES] if len(audio) >= CHUNK_SAMPLES else np.pad(
        audio, (0, CHUNK_SAMPLES - len(audio)))
    power = np.mean(np.square(usable.reshape(n, CHUNK_SAMPLES), dtype=np.float64), axis=1)
    with np.errstate(divide="ignore"):
        levels = 10.0 * np.log10(power)
    result: Samples = np.maximum(levels, SILENT_DBFS).astype(np.float32)
    return result


@dataclass(frozen=True)
class InputLevel:
    """How loud the input was: the speech in it, its loudest sample, and a verdict."""

    speech_dbfs: float | None  # RMS of the chunks the VAD called speech; None if none
    loudest_dbfs: float  # the loudest 32 ms chunk
    peak: float  # the largest sample, 0..1

    @property
    def level_dbfs(self) -> float:
        """The figure to show: the speech level, or the loudest chunk when no speech was heard."""
        return self.speech_dbfs if self.speech_dbfs is not None else self.loudest_dbfs

    @property
    def too_quiet(self) -> bool:
        return self.level_dbfs < TOO_QUIET_DBFS

    @property
    def clipping(self) -> bool:
        return self.peak >= CLIPPING_PEAK

    def warning(self) -> str | None:
        """One sentence for the user, or None when the level is fine."""
        level = f"{self.level_dbfs:.0f} dBFS"
        if self.too_quiet:
            return (f"the input is too quiet to use ({level}; speech needs about "
                    f"{TOO_QUIET_DBFS:.0f} dBFS or more): move closer to the microphone or "
                    "raise its input volume")
        if self.speech_dbfs is None:
            return (f"no speech was heard (loudest sound {level}); check that the right "
                    "microphone is chosen and not muted")
        if self.clipping:
            return (f"the input is clipping (peaks at full scale, speech at {level}): lower "
                    "the microphone's input volume or move back a little")
        return None


def measure_level(audio: Samples, voiced: npt.NDArray[np.bool_] | None) -> InputLevel:
    """The level of a recording; `voiced` marks the chunks the VAD called speech."""
    levels = chunk_levels(audio)
    loudest = float(np.max(levels)) if len(levels) else SILENT_DBFS
    peak = float(np.max(np.abs(audio))) if len(audio) else 0.0
    speech: float | None = None
    if voiced is not None:
        mask = np.asarray(voiced[: len(levels)], dtype=bool)
        if mask.any():
            power = np.mean(np.power(10.0, levels[: len(mask)][mask] / 10.0))
            speech = max(SILENT_DBFS, 10.0 * math.log10(float(power)))
    return InputLevel(speech, loudest, peak)


class LevelMeter:
    """The live view's ear on the input level: feed it every chunk, ask it for a warning.

    `add(samples, speaking)` or `add_level(dbfs, speaking)` per 32 ms chunk, `speaking` being
    whether the endpointer is inside a turn (state SPEAKING); `warning()` gives one sentence,
    or None. It judges the level of the user's turns, the current one once it holds
    MIN_TURN_S of speech and the last one after it ended: too quiet to use, or clipping. With
    `watch_for_muted` (a microphone, not a file) it also says so when nothing at all has come
    in for MUTED_AFTER_S (digital silence: a muted or dead microphone). A quiet room while the
    user listens is no reason to warn.
    """

    MIN_TURN_S = 0.5
    MUTED_AFTER_S = 4.0

    def __init__(self, watch_for_muted: bool = True) -> None:
        self.watch_for_muted = watch_for_muted
        self._turn: list[float] = []  # chunk powers of the turn in progress
        self._turn_peak = 0.0
        self._last: InputLevel | None = None  # the last turn long enough to judge
        self._silent_chunks = 0

    def add(self, samples: Samples, speaking: bool) -> None:
        peak = float(np.max(np.abs(samples))) if len(samples) else 0.0
        self.add_level(dbfs(samples), speaking, peak)

    def add_level(self, level_db: float, speaking: bool, peak: float = 0.0) -> None:
        self._silent_chunks = self._silent_chunks + 1 if level_db < MUTED_DBFS else 0
        if speaking:
            self._turn.append(10.0 ** (level_db / 10.0))
            self._turn_peak = max(self._turn_peak, peak)
            if len(self._turn) * _CHUNK_S >= self.MIN_TURN_S:
                self._last = self._judge()
        elif self._turn:
            if len(self._turn) * _CHUNK_S >= self.MIN_TURN_S:
                self._last = self._judge()
            self._turn = []
            self._turn_peak = 0.0

    def _judge(self) -> InputLevel:
        power = float(np.mean(self._turn))
        speech = max(SILENT_DBFS, 10.0 * math.log10(power)) if power > 0 else SILENT_DBFS
        loudest = max(SILENT_DBFS, 10.0 * math.log10(max(max(self._turn), 1e-30)))
        return InputLevel(speech, loudest, self._turn_peak)

    def level(self) -> InputLevel | None:
        """The level of the turn in progress or the last one; None before any turn."""
        return self._last

    def warning(self) -> str | None:
        if self.watch_for_muted and self._silent_chunks * _CHUNK_S >= self.MUTED_AFTER_S:
            return (f"nothing is coming in from the microphone ({SILENT_DBFS:.0f} dBFS or "
                    "less): it may be muted, or the wrong device is chosen")
        if self._last is None:
            return None
        return self._last.warning()
