"""Coaching for a recording: what the coach would have said, and the turn-taking figures.

A recording holds one voice, so every turn is the user's and nobody spoke before it: there are
no response gaps, no jump-ins and no talk share (`TurnTaking.as_dict` gives those as null).
What remains is how long the turns ran, which ran long (a monologue, `Norms`), and how often
the user asked a question.

Pure functions: `turn_facts` gives the `Analysis`'s turns their move labels (the same `Turn`
the live loop builds, with no partner); `coach_feedback` runs a fresh `Coach` over them;
`turn_taking` measures them. `recording_feedback` does all three.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from voicecoach.analyze.analysis import Analysis
from voicecoach.coaching.coach import Coach
from voicecoach.coaching.figures import QuestionFigures, is_monologue, questions_asked_back
from voicecoach.coaching.norms import Norms
from voicecoach.coaching.policies import Tip
from voicecoach.coaching.summary import Summary
from voicecoach.understanding.moves import MoveLabel, Pattern
from voicecoach.understanding.turn import Turn

__all__ = [
    "CoachFeedback",
    "RecordingFeedback",
    "Spread",
    "TurnLength",
    "TurnTaking",
    "TurnTip",
    "coach_feedback",
    "move_lines",
    "recording_feedback",
    "turn_facts",
    "turn_taking",
]

Labels = Sequence[Sequence[MoveLabel]]


def turn_facts(analysis: Analysis, labels: Labels) -> tuple[Turn, ...]:
    """The analysis's turns with their move labels (nobody spoke before any of them)."""
    if len(labels) != len(analysis.turns):
        raise ValueError(f"{len(labels)} label sets for {len(analysis.turns)} turns")
    return tuple(replace(turn, labels=tuple(turn_labels))
                 for turn, turn_labels in zip(analysis.turns, labels, strict=True))


def move_lines(patterns: Iterable[Pattern]) -> dict[str, list[str]]:
    """The packs' coaching lines by move label, for `Coach(move_lines=...)`.

    The same lines the live commands hand their coach, so a recording hears the same praise.
    """
    lines: dict[str, list[str]] = {}
    for pattern in patterns:
        lines.setdefault(pattern.label.value, []).extend(pattern.coaching)
    return lines


# ---------------------------------------------------------------------------- coaching


@dataclass(frozen=True)
class TurnTip:
    """A live tip the coach would have said after turn `index` (0-based)."""

    index: int
    tip: Tip

    def as_dict(self) -> dict[str, Any]:
        return {"index": self.index, **self.tip.as_dict()}


@dataclass(frozen=True)
class CoachFeedback:
    """The lines the coach chose: a tip after some turns, then the end-of-session summary.

    `summary` is None when the recording had no turns: there is nothing to sum up, and a
    "well done" for silence would ring false.
    """

    tips: tuple[TurnTip, ...]
    summary: Summary | None

    @property
    def spoken_summary(self) -> tuple[str, ...]:
        return self.summary.spoken if self.summary is not None else ()

    @property
    def lines(self) -> tuple[str, ...]:
        """Every line, in the order a live session would have said them."""
        return (*(t.tip.text for t in self.tips), *self.spoken_summary)

    def tip_for(self, index: int) -> str | None:
        return next((t.tip.text for t in self.tips if t.index == index), None)

    def as_dict(self) -> dict[str, Any]:
        summary = None
        if self.summary is not None:
            # Not the summary's figures: they count a partner-less talk share as 100%;
            # `TurnTaking.as_dict` and the pacing hold the figures a recording allows.
            whole = self.summary.as_dict()
            summary = {key: whole[key] for key in ("spoken", "strength", "work_on")}
        return {"tips": [t.as_dict() for t in self.tips], "summary": summary}


def coach_feedback(facts: Sequence[Turn], coach: Coach) -> CoachFeedback:
    """Feed the turns to `coach` (fresh: it keeps the turns it has seen) as the live loop would."""
    if coach.history:
        raise ValueError("coach_feedback needs a fresh Coach; this one has heard turns already")
    tips = []
    for turn in facts:
        tip = coach.after_turn(turn)
        if tip is not None:
            tips.append(TurnTip(turn.index, tip))
    return CoachFeedback(tuple(tips), coach.summary() if facts else None)


# ---------------------------------------------------------------------------- turn-taking


@dataclass(frozen=True)
class TurnLength:
    index: int
    seconds: float
    words: int  # fillers left out
    monologue: bool


@dataclass(frozen=True)
class Spread:
    mean: float
    median: float
    longest: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread | None:
        if not values:
            return None
        return cls(statistics.fmean(values), statistics.median(values), max(values))


@dataclass(frozen=True)
class TurnTaking:
    """The turn-taking figures one voice allows (see the module docstring)."""

    turns: tuple[TurnLength, ...]
    seconds: Spread | None  # None without turns
    words: Spread | None
    monologue_s: float  # the norms a monologue is measured against
    monologue_words: int
    questions: QuestionFigures

    @property
    def monologues(self) -> tuple[int, ...]:
        return tuple(t.index for t in self.turns if t.monologue)

    def as_dict(self) -> dict[str, Any]:
        seconds, words = self.seconds, self.words
        lengths: dict[str, Any] = {"count": len(self.turns)}
        lengths.update({
            "mean_s": None if seconds is None else round(seconds.mean, 3),
            "median_s": None if seconds is None else round(seconds.median, 3),
            "max_s": None if seconds is None else round(seconds.longest, 3),
            "mean_words": None if words is None else round(words.mean, 1),
            "median_words": None if words is None else round(words.median, 1),
            "max_words": None if words is None else round(words.longest),
        })
        q = self.questions
        return {
            "turns": [{"index": t.index, "seconds": round(t.seconds, 3), "words": t.words,
                       "monologue": t.monologue} for t in self.turns],
            "turn_length": lengths,
            "monologues": {"count": len(self.monologues), "turns": list(self.monologues),
                           "over_s": self.monologue_s, "over_words": self.monologue_words},
            "questions": {"turns_with_question": q.turns_with_question,
                          "share": None if q.share is None else round(q.share, 3),
                          "open": q.open, "closed": q.closed},
            # One voice: nobody to answer or share the talking with.
            "median_gap_s": None,
            "talk_share": None,
        }


def turn_taking(facts: Sequence[Turn], norms: Norms) -> TurnTaking:
    lengths = tuple(TurnLength(t.index, t.duration, t.pacing.words, is_monologue(t, norms))
                    for t in facts)
    return TurnTaking(
        turns=lengths,
        seconds=Spread.of([t.seconds for t in lengths]),
        words=Spread.of([float(t.words) for t in lengths]),
        monologue_s=norms.monologue_s,
        monologue_words=norms.monologue_words,
        questions=questions_asked_back(facts),
    )


# ---------------------------------------------------------------------------- all together


@dataclass(frozen=True)
class RecordingFeedback:
    facts: tuple[Turn, ...]
    turn_taking: TurnTaking
    coach: CoachFeedback


def recording_feedback(analysis: Analysis, labels: Labels, coach: Coach) -> RecordingFeedback:
    """Coaching and turn-taking figures for `analysis`; `labels` holds each turn's move labels."""
    facts = turn_facts(analysis, labels)
    return RecordingFeedback(facts, turn_taking(facts, coach.norms), coach_feedback(facts, coach))
