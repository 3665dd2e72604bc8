"""Every session figure, computed in one place from the turns, for every view.

`practice --json`, the spoken and printed summary, the coach's tips, `history`, the HTML
report, `export` and `analyze` all call `session_figures`, so no two views can disagree.
Pure functions over `Turn`s and `Norms`; "partner" is whoever spoke before the user (the
role-play partner or the coach).
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from voicecoach.coaching.norms import Norms
from voicecoach.understanding.moves import MoveLabel
from voicecoach.understanding.pacing import Pacing
from voicecoach.understanding.turn import Turn

__all__ = [
    "QuestionFigures",
    "SessionFigures",
    "fillers_text",
    "is_monologue",
    "jumped_in",
    "questions_asked_back",
    "session_figures",
    "session_pacing",
    "talk_share",
]


def fillers_text(fillers: int, words: int, norms: Norms) -> str:
    """Fillers as a person should read them: "3 fillers, 25.0 per 100 words", or, under
    `norms.min_words_for_rate` words, the count alone ("1 filler in 1 word"), since one
    filler in a one-word turn is no "100 per 100 words" habit."""
    count = f"{fillers} filler{'' if fillers == 1 else 's'}"
    if words < norms.min_words_for_rate:
        return f"{count} in {words} word{'' if words == 1 else 's'}"
    return f"{count}, {100.0 * fillers / words:.1f} per 100 words"


def session_pacing(turns: Sequence[Turn]) -> Pacing:
    """The turns' pacing joined in time order (see `Pacing.combine`); the time the partner
    spoke between two turns is never the user's."""
    ordered = sorted(turns, key=lambda t: t.start)
    return Pacing.combine([t.pacing for t in ordered],
                          breaks=[t.partner_speaking_s > 0 for t in ordered])


def jumped_in(turn: Turn, norms: Norms) -> bool:
    """The user cut in: they barged in over the coach's audio, or started more than
    `norms.jump_in_overlap_s` before the partner finished (a brief overlap is ordinary)."""
    gap = turn.response_gap
    return turn.barge_in or (gap is not None and gap < -norms.jump_in_overlap_s)


def is_monologue(turn: Turn, norms: Norms) -> bool:
    """A turn longer than `norms.monologue_s` seconds or `norms.monologue_words` words."""
    return turn.duration > norms.monologue_s or turn.pacing.words > norms.monologue_words


def talk_share(turns: Sequence[Turn], pacing: Pacing | None = None) -> float | None:
    """The user's share of the speaking time: user speech / (user + partner speech).

    User speech is the session's speaking time (`session_pacing`); partner speech the sum of
    `partner_speaking_s`. None when the partner never spoke (a recording, or no reply yet).
    """
    partner = sum(t.partner_speaking_s for t in turns)
    if partner <= 0:
        return None
    user = (pacing or session_pacing(turns)).speaking_s  # `pacing`: already joined
    return user / (user + partner)


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


def questions_asked_back(turns: Sequence[Turn]) -> QuestionFigures:
    open_count = sum(MoveLabel.OPEN_QUESTION in t.labels for t in turns)
    closed_count = sum(MoveLabel.CLOSED_QUESTION in t.labels for t in turns)
    asked = sum(t.asks_back for t in turns)
    share = asked / len(turns) if turns else None
    return QuestionFigures(open_count, closed_count, asked, share)


@dataclass(frozen=True)
class SessionFigures:
    """A session's figures; None where there was nothing to measure.

    - `wpm`, `articulation_wpm`, `speaking_s`: the session's pacing (`session_pacing`), the
      one pace every view shows;
    - `median_wpm`: the middle of the turns' own paces, over turns of at least
      `norms.min_words_for_rate` words (kept in `practice --json` for scripts);
    - `median_gap_s` / `mean_gap_s`: response gaps of turns that followed partner speech;
    - `long_gaps`: gaps over `norms.max_response_gap_s`; `jump_ins`: see `jumped_in`;
    - `monologues`: see `is_monologue`; `moves`: how many turns held each move label.
    """

    turns: int
    words: int
    fillers: int
    speaking_s: float
    partner_speaking_s: float
    wpm: float | None
    articulation_wpm: float | None
    median_wpm: float | None
    fillers_per_100_words: float | None
    talk_share: float | None
    median_gap_s: float | None
    mean_gap_s: float | None
    long_gaps: int
    jump_ins: int
    barge_ins: int
    monologues: int
    tips_given: int
    questions: QuestionFigures
    moves: tuple[tuple[MoveLabel, int], ...]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["user_speaking_s"] = self.speaking_s  # the key `practice --json` has always had
        data["moves"] = {label.value: count for label, count in self.moves}
        return data


def session_figures(turns: Sequence[Turn], norms: Norms) -> SessionFigures:
    pacing = session_pacing(turns)
    rated = [t.pacing.wpm for t in turns if t.pacing.words >= norms.min_words_for_rate]
    gaps = [g for g in (t.response_gap for t in turns) if g is not None]
    moves = Counter(label for t in turns for label in set(t.labels))
    spoke = pacing.speaking_s > 0
    return SessionFigures(
        turns=len(turns),
        words=pacing.words,
        fillers=pacing.fillers,
        speaking_s=pacing.speaking_s,
        partner_speaking_s=sum(t.partner_speaking_s for t in turns),
        wpm=pacing.wpm if spoke else None,
        articulation_wpm=pacing.articulation_wpm if spoke else None,
        median_wpm=statistics.median(rated) if rated else None,
        fillers_per_100_words=pacing.fillers_per_100_words if pacing.words else None,
        talk_share=talk_share(turns, pacing),
        median_gap_s=statistics.median(gaps) if gaps else None,
        mean_gap_s=statistics.fmean(gaps) if gaps else None,
        long_gaps=sum(g > norms.max_response_gap_s for g in gaps),
        jump_ins=sum(jumped_in(t, norms) for t in turns),
        barge_ins=sum(t.barge_in for t in turns),
        monologues=sum(is_monologue(t, norms) for t in turns),
        tips_given=sum(t.tip is not None for t in turns),
        questions=questions_asked_back(turns),
        moves=tuple(sorted(moves.items(), key=lambda item: (-item[1], item[0].value))),
    )
