"""Pacing from timed words: a measure of the speech, not of where the turns were cut.

The definitions (README, "Definitions"), over words in time order, fillers included as sound:

- a **gap** is the silence between one word's end and the next word's start;
- a **pause** is a gap of PAUSE_MIN_S (250 ms) or more and under LONG_PAUSE_S (1 s);
  a **long pause** is a gap of LONG_PAUSE_S or more: the speaker stopped;
- **speaking time** runs from the first word's start to the last word's end, less every
  long pause;
- **articulation time** is speaking time less every pause as well;
- **wpm** = non-filler words / speaking time x 60; **articulation_wpm** the same over
  articulation time; **fillers per 100 words** = fillers / non-filler words x 100.

A gap counts the same whether or not a turn boundary falls in it, so the same speech gives
the same figures however the endpointer cut it: `Pacing.combine` joins turns with exactly
the gap rule that applies inside one. Only a gap in which somebody else spoke is never the
user's speaking time (`Pacing.combine(..., breaks=...)`).

Why 2 s: word times come from Whisper, with their edges pulled in to the voiced audio, which
widens each gap by 0.1-0.4 s. With a 1 s threshold, the hesitation pauses of a real talk
(forced alignment: 0.97 and 1.16 s in acoustic_corpus) flip to long pauses and the pace
reads 12% fast; 2 s sits above thinking pauses inside a sentence and below a stop.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.words import Word

__all__ = ["LONG_PAUSE_S", "PAUSE_MIN_S", "Gap", "Pacing", "VoicedIn", "classify_gap",
           "turn_pacing"]

PAUSE_MIN_S = 0.25
LONG_PAUSE_S = 2.0


@dataclass(frozen=True)
class Pacing:
    """The pacing figures of a stretch of speech (a turn, or several joined in time order).

    `first_start` and `last_end` are the first word's start and the last word's end on the
    session clock; `pause_durations` may be empty for a turn read back from the history,
    which keeps only the count.
    """

    words: int  # non-filler words
    fillers: int  # filler events ("you know" is one)
    first_start: float
    last_end: float
    speaking_s: float
    articulation_s: float
    pauses: int
    pause_durations: tuple[float, ...] = ()

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
    def empty() -> Pacing:
        return Pacing(0, 0, 0.0, 0.0, 0.0, 0.0, 0)

    @staticmethod
    def combine(parts: Sequence[Pacing], breaks: Sequence[bool] | None = None,
                voiced: VoicedIn | None = None) -> Pacing:
        """Stretches of speech joined in time order; the gap between two counts as any gap
        (see `classify_gap`), unless `breaks[i]` says somebody else spoke before part i
        (then it is nobody's)."""
        spoken = [(p, bool(breaks[i]) if breaks else False) for i, p in enumerate(parts)
                  if p.words or p.fillers]
        if not spoken:
            return Pacing.empty()
        # Running sums, one Pacing at the end (`history` joins 10,000 turns); the additions
        # are made in the same order as ever, so the floats come out the same to the last bit.
        first = spoken[0][0]
        words, fillers, last_end = first.words, first.fillers, first.last_end
        speaking, articulation, pauses = first.speaking_s, first.articulation_s, first.pauses
        durations = list(first.pause_durations)
        for part, after_partner in spoken[1:]:
            gap = (Gap(0.0, 0.0, 0.0) if after_partner
                   else classify_gap(last_end, part.first_start, voiced))
            words += part.words
            fillers += part.fillers
            last_end = max(last_end, part.last_end)
            speaking = speaking + part.speaking_s + gap.speaking_s
            articulation = articulation + part.articulation_s + gap.articulating_s
            pauses += part.pauses + (gap.pause_s > 0)
            if gap.pause_s:
                durations.append(round(gap.pause_s, 3))
            durations.extend(part.pause_durations)
        return Pacing(words=words, fillers=fillers, first_start=first.first_start,
                      last_end=last_end, speaking_s=speaking, articulation_s=articulation,
                      pauses=pauses, pause_durations=tuple(durations))


# Seconds of voice the VAD heard between two times (None: every gap taken as silent).
VoicedIn = Callable[[float, float], float]
MISSED_WORD_S = 0.1  # this much voice inside a gap: a word the transcriber left out


@dataclass(frozen=True)
class Gap:
    """How one gap between words counts: as speaking time, as articulation, as a pause."""

    speaking_s: float
    articulating_s: float
    pause_s: float  # 0: not a pause


def classify_gap(start: float, end: float, voiced: VoicedIn | None = None) -> Gap:
    """The one gap rule. A silent gap under PAUSE_MIN_S is part of the flow; a pause
    (PAUSE_MIN_S to LONG_PAUSE_S) is speaking time but not articulation; a long pause is
    neither. With `voiced`, a gap that holds voice is not silence (a word the transcriber
    missed): its voiced part is articulation, and only its silent part can be a pause; so a
    dropped word never turns two short pauses into one long one."""
    gap = max(0.0, float(end - start))
    heard = min(gap, voiced(start, end)) if voiced is not None and gap > 0 else 0.0
    if heard >= MISSED_WORD_S:
        silent = gap - heard
        pause = silent if silent >= PAUSE_MIN_S else 0.0
        return Gap(gap, gap - pause, pause)
    if gap >= LONG_PAUSE_S:
        return Gap(0.0, 0.0, 0.0)
    if gap >= PAUSE_MIN_S:
        return Gap(gap, 0.0, gap)
    return Gap(gap, gap, 0.0)


def _per_minute(count: int, seconds: float) -> float:
    return count / seconds * 60.0 if seconds > 0 else 0.0


def turn_pacing(words: Sequence[Word], vocabulary: FillerVocabulary,
                voiced: VoicedIn | None = None) -> Pacing:
    """Pacing of one turn's words (fillers already marked)."""
    if not words:
        return Pacing.empty()
    gaps = [classify_gap(a.end, b.start, voiced) for a, b in itertools.pairwise(words)]
    spoken = sum(max(0.0, float(w.end - w.start)) for w in words)
    # Overlapping word times (Whisper's, now and then) count once.
    span = max(0.0, float(words[-1].end - words[0].start))
    speaking = min(span, spoken + sum(g.speaking_s for g in gaps))
    pauses = [g.pause_s for g in gaps if g.pause_s]
    return Pacing(
        words=sum(not w.filler for w in words),
        fillers=vocabulary.count(words),
        first_start=words[0].start,
        last_end=words[-1].end,
        speaking_s=speaking,
        articulation_s=max(0.0, speaking - sum(pauses)),
        pauses=len(pauses),
        pause_durations=tuple(round(p, 3) for p in pauses),
    )
