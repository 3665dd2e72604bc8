"""Pacing from timed words. Pure functions; the definitions are the README's.

- speaking time: sum over turns of (last word end - first word start);
- wpm: non-filler words / speaking time x 60;
- a pause: a silent gap of PAUSE_MIN_S or more between two words of one turn;
- articulation_wpm: non-filler words / (speaking time - pauses) x 60;
- fillers per 100 words: fillers / non-filler words x 100.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.words import Word

PAUSE_MIN_S = 0.25


@dataclass(frozen=True)
class Pacing:
    words: int  # non-filler words
    speaking_s: float
    pause_durations: tuple[float, ...]
    fillers: int

    @property
    def pauses(self) -> int:
        return len(self.pause_durations)

    @property
    def articulation_s(self) -> float:
        return max(0.0, self.speaking_s - sum(self.pause_durations))

    @property
    def wpm(self) -> float:
        return _per_minute(self.words, self.speaking_s)

    @property
    def articulation_wpm(self) -> float:
        return _per_minute(self.words, self.articulation_s)

    @property
    def fillers_per_100_words(self) -> float:
        return 100.0 * self.fillers / self.words if self.words else 0.0

    @staticmethod
    def combine(parts: Sequence[Pacing]) -> Pacing:
        return Pacing(
            words=sum(p.words for p in parts),
            speaking_s=sum(p.speaking_s for p in parts),
            pause_durations=tuple(d for p in parts for d in p.pause_durations),
            fillers=sum(p.fillers for p in parts),
        )


def _per_minute(count: int, seconds: float) -> float:
    return count / seconds * 60.0 if seconds > 0 else 0.0


def turn_pacing(words: Sequence[Word], vocabulary: FillerVocabulary) -> Pacing:
    """Pacing of one turn's words (fillers already marked)."""
    if not words:
        return Pacing(0, 0.0, (), 0)
    gaps = (b.start - a.end for a, b in itertools.pairwise(words))
    return Pacing(
        words=sum(not w.filler for w in words),
        speaking_s=max(0.0, words[-1].end - words[0].start),
        pause_durations=tuple(round(g, 3) for g in gaps if g >= PAUSE_MIN_S),
        fillers=vocabulary.count(words),
    )
