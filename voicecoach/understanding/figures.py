"""Turn-taking figures: pure functions over the facts of each user turn.

`TurnFacts` holds plain numbers and label strings, so this module needs nothing from the audio,
transcription or matching modules; the session builds one per user turn. Times are session
seconds. "Partner" is whoever spoke before the user: the coach or a rehearsal partner.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from voicecoach.coaching.norms import Norms

__all__ = [
    "QUESTION_LABELS",
    "QuestionFigures",
    "SessionFigures",
    "TurnFacts",
    "is_monologue",
    "jumped_in",
    "questions_asked_back",
    "response_gap",
    "session_figures",
    "talk_share",
]

QUESTION_LABELS = ("open_question", "closed_question")


@dataclass(frozen=True)
class TurnFacts:
    """What one user turn looked like.

    `word_count` leaves fillers out; `wpm` is words over the whole turn (pauses included),
    `articulation_wpm` words over the time actually speaking. `labels` are move labels
    ("open_question", "compliment", "politics", ...). `partner_end` is when the partner's
    previous speech ended (None if nobody spoke before), `partner_speaking_s` how long the
    partner spoke before this turn, and `barge_in` whether the user started while the coach's
    audio was still playing.
    """

    index: int
    start: float
    end: float
    word_count: int
    wpm: float
    articulation_wpm: float
    pauses: int
    fillers: int
    fillers_per_100_words: float
    labels: tuple[str, ...] = ()
    partner_end: float | None = None
    partner_speaking_s: float = 0.0
    barge_in: bool = False

    @property
    def duration(self) -> float:
        return max(0.0, self.end - self.start)


def response_gap(turn: TurnFacts) -> float | None:
    """Seconds from the end of the partner's speech to the start of the user's.

    Negative when the user started before the partner finished (overlap). None when nobody
    spoke before this turn. People typically leave about 0.2 s (Stivers et al. 2009).
    """
    if turn.partner_end is None:
        return None
    return turn.start - turn.partner_end


def jumped_in(turn: TurnFacts, norms: Norms) -> bool:
    """The user cut in: they barged in over the coach's audio, or started more than
    `norms.jump_in_overlap_s` before the partner finished (a brief overlap is ordinary)."""
    gap = response_gap(turn)
    return turn.barge_in or (gap is not None and gap < -norms.jump_in_overlap_s)


def is_monologue(turn: TurnFacts, norms: Norms) -> bool:
    """A turn longer than `norms.monologue_s` seconds or `norms.monologue_words` words."""
    return turn.duration > norms.monologue_s or turn.word_count > norms.monologue_words


def talk_share(turns: Sequence[TurnFacts]) -> float | None:
    """The user's share of the speaking time: user speech / (user + partner speech).

    User speech is the sum of turn durations; partner speech the sum of `partner_speaking_s`.
    None when nobody has spoken.
    """
    user = sum(t.duration for t in turns)
    total = user + sum(t.partner_speaking_s for t in turns)
    return user / total if total > 0 else None


@dataclass(frozen=True)
class QuestionFigures:
    """Questions the user asked back.

    `open` and `closed` count turns holding an open or closed question (a turn may hold both);
    `share` is the share of turns holding either (None without turns).
    """

    open: int
    closed: int
    turns_with_question: int
    share: float | None


def questions_asked_back(turns: Sequence[TurnFacts]) -> QuestionFigures:
    open_count = sum("open_question" in t.labels for t in turns)
    closed_count = sum("closed_question" in t.labels for t in turns)
    asked = sum(any(label in t.labels for label in QUESTION_LABELS) for t in turns)
    share = asked / len(turns) if turns else None
    return QuestionFigures(open_count, closed_count, asked, share)


@dataclass(frozen=True)
class SessionFigures:
    """A session's turn-taking and pacing figures; None where there was nothing to measure.

    - `median_wpm`: median pace of turns with at least `norms.min_words_for_rate` words.
    - `fillers_per_100_words`: all fillers over all words in the session, times 100.
    - `median_gap_s`: median response gap of turns that followed partner speech.
    - `long_gaps`: turns whose gap exceeded `norms.max_response_gap_s`.
    - `jump_ins`: turns where the user jumped in (see `jumped_in`).
    - `monologues`: turns that were monologues (see `is_monologue`).
    - `moves`: how many turns held each move label, most frequent first.
    """

    turns: int
    words: int
    fillers: int
    user_speaking_s: float
    partner_speaking_s: float
    talk_share: float | None
    median_wpm: float | None
    fillers_per_100_words: float | None
    median_gap_s: float | None
    long_gaps: int
    jump_ins: int
    monologues: int
    questions: QuestionFigures
    moves: tuple[tuple[str, int], ...]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["moves"] = dict(self.moves)
        return data


def session_figures(turns: Sequence[TurnFacts], norms: Norms) -> SessionFigures:
    words = sum(t.word_count for t in turns)
    fillers = sum(t.fillers for t in turns)
    rated = [t.wpm for t in turns if t.word_count >= norms.min_words_for_rate]
    gaps = [g for g in (response_gap(t) for t in turns) if g is not None]
    moves = Counter(label for t in turns for label in set(t.labels))
    return SessionFigures(
        turns=len(turns),
        words=words,
        fillers=fillers,
        user_speaking_s=sum(t.duration for t in turns),
        partner_speaking_s=sum(t.partner_speaking_s for t in turns),
        talk_share=talk_share(turns),
        median_wpm=statistics.median(rated) if rated else None,
        fillers_per_100_words=100.0 * fillers / words if words else None,
        median_gap_s=statistics.median(gaps) if gaps else None,
        long_gaps=sum(g > norms.max_response_gap_s for g in gaps),
        jump_ins=sum(jumped_in(t, norms) for t in turns),
        monologues=sum(is_monologue(t, norms) for t in turns),
        questions=questions_asked_back(turns),
        moves=tuple(sorted(moves.items(), key=lambda item: (-item[1], item[0]))),
    )
