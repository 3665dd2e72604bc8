"""Where a recording is voiced: the speech probability of each chunk, for acoustic checks.

Both paths that hear fillers (`analyze` over a file, the live loop over a turn) check a
filler against this timeline, so a decoder that invents "um" in a silence is caught the same
way in each (understanding/fillers.py, `on_voice`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from voicecoach.hearing.audio import CHUNK_SAMPLES, SAMPLE_RATE, Samples
from voicecoach.hearing.level import InputLevel, measure_level
from voicecoach.understanding.words import Word

__all__ = [
    "FILLER_VOICE_THRESHOLD",
    "MAX_GAP_IN_WORD_CHUNKS",
    "MIN_WORD_S",
    "WORD_VOICE_THRESHOLD",
    "VoicedTimeline",
]

# Hums ("hm", "mm") are voiced but score low with Silero; speech-free noise stays near 0.
FILLER_VOICE_THRESHOLD = 0.15

# Word edges are pulled in to chunks at least this likely to be speech.
WORD_VOICE_THRESHOLD = 0.5
MIN_WORD_S = 0.06
MAX_GAP_IN_WORD_CHUNKS = 5  # 160 ms: a stop consonant's closure is shorter

_CHUNK_S = CHUNK_SAMPLES / SAMPLE_RATE


@dataclass(frozen=True)
class VoicedTimeline:
    """Per-chunk speech probability of a recording (or of a turn starting at `start`)."""

    confidences: Samples
    threshold: float = FILLER_VOICE_THRESHOLD
    start: float = 0.0  # time of the first chunk's start

    def _span(self, start: float, end: float) -> tuple[int, int]:
        first = max(0, int((start - self.start) / _CHUNK_S))
        last = int(np.ceil((end - self.start) / _CHUNK_S))
        return first, max(first, min(len(self.confidences), last))

    def level(self, audio: Samples) -> InputLevel:
        """How loud the recording's speech was (the chunks the VAD was sure of)."""
        return measure_level(audio, self.confidences >= WORD_VOICE_THRESHOLD)

    def voiced_seconds(self, start: float, end: float) -> float:
        first, last = self._span(start, end)
        return float(np.sum(self.confidences[first:last] >= self.threshold)) * _CHUNK_S

    def trim(self, word: Word) -> Word:
        """Pull a word's edges in to the voiced audio under it.

        Whisper's word times stretch over the silence next to a word, most of all at the
        first word after a pause; left alone, that silence would count as speaking time.
        """
        first, last = self._span(word.start, word.end)
        voiced = np.flatnonzero(self.confidences[first:last] >= WORD_VOICE_THRESHOLD)
        if len(voiced) == 0:
            return word  # nothing to go by (a squeezed filler, a hum): keep Whisper's times
        # Split into runs at silences long enough to be a pause, and keep the longest:
        # a stretched word covers the tail of the word before it and a silence.
        breaks = np.flatnonzero(np.diff(voiced) > MAX_GAP_IN_WORD_CHUNKS) + 1
        runs = np.split(voiced, breaks)
        run = max(runs, key=lambda r: int(r[-1] - r[0]))
        start = max(word.start, self.start + (first + run[0]) * _CHUNK_S)
        end = min(word.end, self.start + (first + run[-1] + 1) * _CHUNK_S)
        if end - start < MIN_WORD_S:
            return word
        return replace(word, start=round(start, 3), end=round(end, 3))
