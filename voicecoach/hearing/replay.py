"""A recording replayed as a person who waits for the other side to finish.

A recording's turns sit at fixed times: it was made for replies of some length, and when the
partner's reply runs longer (another voice, a slower rate, a reply built from more parts) the
recording answers over it and the coach blames the user for jumping in. `voicecoach demo`
replays its recording through `TurnTakingReplay` instead: at each pause between the
recording's turns it holds silence for as long as the session says the other side is still
speaking (or has lines to come), plus a short natural gap, then goes on with the next turn.
Inside a turn nothing changes, so hesitations stay where they were recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from voicecoach.hearing.audio import CHUNK_SAMPLES, SAMPLE_RATE, AudioChunk, FileSource, Samples

__all__ = ["Pause", "TurnTakingReplay", "turn_starts", "voiced_frames"]

FRAME_S = 0.032
MIN_PAUSE_S = 0.9  # a pause this long between voiced stretches is a change of turn
GAP_S = 0.6  # what a person leaves after the other side stops, before answering
FLOOR_DB = -50.0  # quieter than this is silence, however quiet the recording is
ABOVE_NOISE_DB = 12.0  # voice stands this far above the recording's own noise floor
MAX_WAIT_S = 30.0  # the session never says "quiet": go on anyway rather than hang


def voiced_frames(audio: Samples) -> np.ndarray:
    """One bool per 32 ms frame: louder than the recording's noise floor by a margin."""
    frame = int(FRAME_S * SAMPLE_RATE)
    count = len(audio) // frame
    if count == 0:
        return np.zeros(0, dtype=bool)
    frames = audio[: count * frame].reshape(count, frame).astype(np.float64)
    level = 10 * np.log10(np.mean(frames**2, axis=1) + 1e-12)
    threshold = max(FLOOR_DB, float(np.percentile(level, 10)) + ABOVE_NOISE_DB)
    voiced: np.ndarray = level > threshold
    return voiced


def turn_starts(audio: Samples, min_pause_s: float = MIN_PAUSE_S) -> list[Pause]:
    """The recording's turns: where voice begins after at least `min_pause_s` of silence,
    each with where that silence began (sample indexes)."""
    frame = int(FRAME_S * SAMPLE_RATE)
    starts: list[Pause] = []
    quiet_from = 0  # the recording's lead-in counts as a pause
    quiet_frames = min_pause_s / FRAME_S
    for i, is_voiced in enumerate(voiced_frames(audio)):
        if is_voiced:
            if quiet_frames >= min_pause_s / FRAME_S:
                starts.append(Pause(quiet_from * frame, i * frame))
            quiet_frames = 0
            quiet_from = i + 1
        else:
            quiet_frames += 1
    return starts


@dataclass(frozen=True)
class Pause:
    """Silence in the recording from `start` up to the turn that begins at `end` (samples)."""

    start: int
    end: int


class TurnTakingReplay:
    """A file source whose turns wait while `busy(session_time)` says the other side speaks."""

    def __init__(self, source: FileSource, gap_s: float = GAP_S,
                 chunk_samples: int = CHUNK_SAMPLES) -> None:
        self.source = source
        self.gap_s = gap_s
        self.chunk_samples = chunk_samples
        self._busy: Callable[[float], bool] = lambda t: False
        self._played: list[Samples] = []
        self._emitted = 0  # samples handed out, waits included: the session clock
        self._last_busy = -np.inf  # when the other side was last heard speaking
        self._speaking = False  # at the last look

    @property
    def overflows(self) -> int:
        return 0

    def wait_while(self, busy: Callable[[float], bool]) -> None:
        """Give the session's answer to "is the other side speaking at time t?"."""
        self._busy = busy

    def played(self) -> Samples:
        """What was replayed, waits included: the user's side as the session heard it."""
        return np.concatenate(self._played) if self._played else np.zeros(0, np.float32)

    def chunks(self) -> Iterator[AudioChunk]:
        audio = self.source.read_all()
        size = self.chunk_samples
        if len(audio) % size:  # padded with silence, as FileSource pads its last chunk
            audio = np.concatenate([audio, np.zeros(size - len(audio) % size, np.float32)])
        self._emitted, self._last_busy = 0, -np.inf
        position = 0
        for pause in turn_starts(audio):
            start = min(pause.start - pause.start % size, pause.end - pause.end % size)
            end = pause.end - pause.end % size
            while position < start:  # the turn before, as recorded
                yield self._next(audio[position:position + size])
                position += size
            # The silence before the next turn: once the other side has spoken in it and
            # then been quiet for a person's gap, the rest of it is skipped.
            spoke = False
            while position < end and not (spoke and self._quiet_for(self.gap_s)):
                yield self._next(audio[position:position + size])
                position += size
                spoke = spoke or self._speaking
            # The recorded silence ran out while the other side still talks: wait for it.
            waited = 0
            while not self._quiet_for(self.gap_s) and waited < MAX_WAIT_S * SAMPLE_RATE:
                yield self._next(np.zeros(size, np.float32))
                waited += size
            position = end
        while position < len(audio):
            yield self._next(audio[position:position + size])
            position += size

    @property
    def _now(self) -> float:
        return self._emitted / SAMPLE_RATE

    def _quiet_for(self, seconds: float) -> bool:
        return self._now - self._last_busy >= seconds - 1e-9

    def _next(self, samples: Samples) -> AudioChunk:
        """The chunk to hand out; the session has heard the one before, so ask it now whether
        the other side is speaking."""
        self._speaking = self._busy(self._now)
        if self._speaking:
            self._last_busy = self._now
        chunk = self._emit(samples, self._emitted)
        self._emitted += len(samples)
        return chunk

    def _emit(self, samples: Samples, emitted: int) -> AudioChunk:
        self._played.append(samples)
        return AudioChunk(np.ascontiguousarray(samples), emitted / SAMPLE_RATE)
