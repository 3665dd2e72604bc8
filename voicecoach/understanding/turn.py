"""The one turn type: what the user said in a turn, when, how fast, and what surrounded it.

The live loop builds it, `analyze` builds it from a recording, the coach and the summary read
it, and the history stores it. Converters exist only at the edges: the database row
(`history.store`) and the JSON output (`commands`). Times are seconds on the session clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.moves import QUESTION_LABELS, MoveLabel
from voicecoach.understanding.pacing import Pacing, VoicedIn, turn_pacing
from voicecoach.understanding.words import Word, join_words

__all__ = ["Turn"]


@dataclass(frozen=True)
class Turn:
    """One user turn.

    `words` are the timed words (fillers marked); a turn read back from the history has none,
    only its `text` and `pacing`. `partner_end` is when the other side's last line before this
    turn ended (None when nobody spoke before it), `partner_speaking_s` how long the other side
    spoke since the user's previous turn, `partner_text` its last line, `coach_end` when the
    coach's lines (a tip, the scene) that followed that line ended. `barge_in`: the user
    started while the coach's voice was playing. `tip`: the coaching line said after it.
    """

    index: int
    start: float  # first voiced chunk, or first word
    end: float
    text: str
    pacing: Pacing
    labels: tuple[MoveLabel, ...] = ()
    words: tuple[Word, ...] = ()
    last_voice: float | None = None
    partner_end: float | None = None
    partner_speaking_s: float = 0.0
    partner_text: str | None = None
    coach_end: float | None = None
    barge_in: bool = False
    tip: str | None = None
    audio_path: str | None = None

    @classmethod
    def from_words(cls, index: int, start: float, end: float, words: Sequence[Word],
                   vocabulary: FillerVocabulary, *, labels: tuple[MoveLabel, ...] = (),
                   last_voice: float | None = None, voiced: VoicedIn | None = None) -> Turn:
        """A turn from its timed words: fillers marked, text and pacing derived from them
        (`voiced`: how much voice the VAD heard between two times, where it is known)."""
        marked = tuple(vocabulary.mark(words))
        return cls(index=index, start=start, end=end, text=join_words(marked),
                   pacing=turn_pacing(marked, vocabulary, voiced), labels=labels, words=marked,
                   last_voice=last_voice)

    @property
    def duration(self) -> float:
        return max(0.0, self.end - self.start)

    @property
    def response_gap(self) -> float | None:
        """Seconds from the end of the partner's speech to the start of the user's.

        Negative when the user started before the partner finished (overlap); None when nobody
        spoke before this turn. People typically leave about 0.2 s (Stivers et al. 2009).
        Time the coach spoke after the partner is not the user's hesitation: the gap then runs
        from the coach's last word (0 if the user answered over the coach).
        """
        if self.partner_end is None:
            return None
        gap = self.start - self.partner_end
        if gap > 0 and self.coach_end is not None and self.coach_end > self.partner_end:
            gap = max(0.0, self.start - self.coach_end)
        return gap

    @property
    def asks_back(self) -> bool:
        return any(label in QUESTION_LABELS for label in self.labels)
