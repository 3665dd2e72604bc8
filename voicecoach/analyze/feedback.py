"""Coaching for a recording: what the coach would have said, and the turn-taking figures.

A recording holds one voice, so every turn is the user's and nobody spoke before it: there are
no response gaps, no jump-ins and no talk share (`TurnTaking.as_dict` gives those as null).
What remains is how long the turns ran, which ran long (a monologue, `Norms`), and how often
the user asked a question.

A recording is either one side of a conversation (turns with silences between them where the
other person spoke) or a talk (a speech, a reading, a presentation: one voice going on with
only short pauses). `detect_kind` tells them apart, `analyze --kind` overrides it, and each is
coached by its own norms: a talk on pace, pauses and fillers (`TALK_POLICIES`, and no summary
point about questions, monologues or turn-taking), a conversation by every policy.

Pure functions: `turn_facts` gives the `Analysis`'s turns their move labels (the same `Turn`
the live loop builds, with no partner); `coach_feedback` runs a fresh `Coach` over them;
`turn_taking` measures them. `recording_feedback` does all three.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from voicecoach.analyze.analysis import Analysis
from voicecoach.coaching.coach import Coach
from voicecoach.coaching.figures import QuestionFigures, is_monologue, questions_asked_back
from voicecoach.coaching.norms import Norms
from voicecoach.coaching.policies import (
    DEFAULT_POLICIES,
    CoachContext,
    Policy,
    Priority,
    Tip,
    TipKind,
    check_fillers,
    check_pace,
)
from voicecoach.coaching.summary import Point, PointKind, Summary
from voicecoach.understanding.moves import MoveLabel, Pattern
from voicecoach.understanding.turn import Turn

__all__ = [
    "CONVERSATION_POLICIES",
    "TALK_POLICIES",
    "CoachFeedback",
    "RecordingFeedback",
    "RecordingKind",
    "Spread",
    "TurnLength",
    "TurnTaking",
    "TurnTip",
    "coach_feedback",
    "detect_kind",
    "move_lines",
    "policies_for",
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


# ---------------------------------------------------------------------------- kind


class RecordingKind(str, Enum):
    CONVERSATION = "conversation"
    TALK = "talk"

    def __str__(self) -> str:
        return self.value


# Between a talk's turns lie pauses; between a conversation's, the other person's turn.
TALK_MAX_MEDIAN_GAP_S = 3.0
TALK_MIN_SPEECH_S = 8.0  # a line or two is not a talk
TALK_MAX_QUESTION_SHARE = 0.3  # a talk asks the odd rhetorical question, not one a turn
# Summary points that only make sense with somebody to talk with.
CONVERSATION_ONLY = frozenset({"ask_back", "monologue", "talk_share", "jump_in", "long_gaps",
                               "quick_replies", "questions", "avoid_topic"})


def detect_kind(analysis: Analysis, labels: Labels) -> RecordingKind:
    """A talk: enough speech, short gaps between its turns, and few questions."""
    turns = analysis.turns
    speech = sum(t.end - t.start for t in turns)
    if speech < TALK_MIN_SPEECH_S:
        return RecordingKind.CONVERSATION
    gaps = [b.start - a.end for a, b in itertools.pairwise(turns)]
    if gaps and statistics.median(gaps) > TALK_MAX_MEDIAN_GAP_S:
        return RecordingKind.CONVERSATION
    share = questions_asked_back(turn_facts(analysis, labels)).share
    if share is not None and share >= TALK_MAX_QUESTION_SHARE:
        return RecordingKind.CONVERSATION
    return RecordingKind.TALK


PAUSE_LINES = ("Pause between ideas; it lets each point land.",
               "Take a breath between points.")
PAUSE_AFTER_WORDS = 40  # this many words without a pause is a run-on for listeners


def check_pauses(turn: Turn, history: Sequence[Turn], ctx: CoachContext) -> Iterator[Tip]:
    """A talk's stretch of many words without a single pause."""
    if turn.pacing.words >= PAUSE_AFTER_WORDS and turn.pacing.pauses == 0:
        yield ctx.tip("pauses", PAUSE_LINES, Priority.PACE, TipKind.CORRECTION)


TALK_POLICIES: tuple[Policy, ...] = (check_pace, check_pauses, check_fillers)
CONVERSATION_POLICIES: tuple[Policy, ...] = DEFAULT_POLICIES


def policies_for(kind: RecordingKind) -> tuple[Policy, ...]:
    """The coach's policies for a kind of recording: pass them as `Coach(policies=...)`."""
    return TALK_POLICIES if kind is RecordingKind.TALK else CONVERSATION_POLICIES


def _talk_summary(summary: Summary, coach: Coach) -> Summary:
    """The summary without the points that need a conversation partner."""
    strength = summary.strength
    if strength.key in CONVERSATION_ONLY:
        wording = coach.wording.strengths["practice"]
        strength = Point("practice", PointKind.STRENGTH, wording.say, wording.detail)
    return replace(summary, strength=strength, work_on=tuple(
        p for p in summary.work_on if p.key not in CONVERSATION_ONLY))


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


def coach_feedback(facts: Sequence[Turn], coach: Coach,
                   kind: RecordingKind = RecordingKind.CONVERSATION) -> CoachFeedback:
    """Feed the turns to `coach` (fresh: it keeps the turns it has seen) as the live loop would.

    For a talk, give a coach with `policies_for(RecordingKind.TALK)`; its summary loses the
    points about turn-taking here (the summary itself is not built from policies)."""
    if coach.history:
        raise ValueError("coach_feedback needs a fresh Coach; this one has heard turns already")
    tips = []
    for turn in facts:
        tip = coach.after_turn(turn)
        if tip is not None:
            tips.append(TurnTip(turn.index, tip))
    summary = coach.summary() if facts else None
    if summary is not None and kind is RecordingKind.TALK:
        summary = _talk_summary(summary, coach)
    return CoachFeedback(tuple(tips), summary)


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
    kind: RecordingKind = RecordingKind.CONVERSATION


def recording_feedback(analysis: Analysis, labels: Labels, coach: Coach,
                       kind: RecordingKind = RecordingKind.CONVERSATION) -> RecordingFeedback:
    """Coaching and turn-taking figures for `analysis`; `labels` holds each turn's move labels.

    `coach` should hold `policies_for(kind)`."""
    facts = turn_facts(analysis, labels)
    return RecordingFeedback(facts, turn_taking(facts, coach.norms),
                             coach_feedback(facts, coach, kind), kind)
