"""Live coaching policies: each a small pure function of the turn, the turns before it and the
norms, proposing candidate tips (`coaching.coach` chooses among them).

Pace and fillers are judged against fixed norms and, once there are `self_baseline_turns`
earlier turns, against the user's own median: a naturally fast speaker hears about a change,
not the same fixed-norm remark every few turns (the fixed norm still goes into the summary).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from typing import Any

from voicecoach.coaching import cues
from voicecoach.coaching.figures import is_monologue, jumped_in, talk_share
from voicecoach.coaching.norms import Norms
from voicecoach.coaching.wording import Wording
from voicecoach.understanding.moves import AVOID_TOPICS, MoveLabel
from voicecoach.understanding.turn import Turn

__all__ = [
    "AVOID_LABELS",
    "DEFAULT_POLICIES",
    "ENCOURAGED_LABELS",
    "CoachContext",
    "Policy",
    "Priority",
    "Tip",
    "TipKind",
]

# The moves the coach praises, and the topics it steers away from, in the order it names them
# (a compliment first: "Love your jacket, where's it from?" was praised as an open question
# only, and an eighth play-tester noted the compliment went unnoticed).
ENCOURAGED_LABELS = (MoveLabel.COMPLIMENT, MoveLabel.OPEN_QUESTION, MoveLabel.COMMON_GROUND,
                     MoveLabel.ENCOURAGER)
AVOID_LABELS = (MoveLabel.OFFENSIVE, MoveLabel.POLITICS, MoveLabel.CONTROVERSIAL,
                MoveLabel.GOSSIP, MoveLabel.COMPLAINT)
assert set(AVOID_LABELS) == AVOID_TOPICS


class TipKind(Enum):
    PRAISE = "praise"
    CORRECTION = "correction"
    REDIRECT = "redirect"


class Priority(IntEnum):
    REDIRECT = 100
    MONOLOGUE = 90
    JUMP_IN = 80
    LONG_GAP = 70
    PRAISE = 60
    PACE = 50
    FILLERS = 40
    TALK_SHARE = 30
    ASK_BACK = 20


@dataclass(frozen=True)
class Tip:
    """One live tip. `key` names what it is about; the chooser debounces by key."""

    key: str
    text: str
    priority: int
    kind: TipKind

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "text": self.text,
            "priority": self.priority,
            "kind": self.kind.value,
        }


@dataclass(frozen=True)
class CoachContext:
    """What policies read besides the turns: norms, wording, and how often each key was said."""

    norms: Norms
    wording: Wording
    move_lines: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    said: Mapping[str, int] = field(default_factory=dict)

    def tip(self, key: str, lines: Sequence[str], priority: int, kind: TipKind) -> Tip:
        """A tip with the next of its lines, so a repeated tip varies its wording."""
        return Tip(key, lines[self.said.get(key, 0) % len(lines)], priority, kind)

    def line_for(self, key: str) -> tuple[str, ...]:
        return self.wording.tips[key]


Policy = Callable[[Turn, Sequence[Turn], CoachContext], Iterator[Tip]]


def redirect_avoided_topics(
    turn: Turn, history: Sequence[Turn], ctx: CoachContext
) -> Iterator[Tip]:
    """A gentle redirect after a topic best avoided (politics, gossip, ...)."""
    for label in AVOID_LABELS:
        # "my cat died on Monday" is no gripe, one's own break-up no gossip
        if label in turn.labels and not cues.not_meant_as(label, turn.text):
            lines = (
                ctx.move_lines.get(label.value)
                or ctx.wording.redirect.get(label.value)
                or ctx.wording.redirect["default"]
            )
            yield ctx.tip(f"redirect:{label}", lines, Priority.REDIRECT, TipKind.REDIRECT)


def praise_good_moves(
    turn: Turn, history: Sequence[Turn], ctx: CoachContext
) -> Iterator[Tip]:
    """Praise the moves worth encouraging, so feedback is not only correction."""
    # a goodbye opens nothing ("I've got to catch my train ... Nice meeting you!" was praised
    # as an open question on a tenth play-test)
    leaving = cues.is_goodbye(turn.text) or bool(cues.LEAVING_WITH_NICE_TO_MEET.search(turn.text))
    for label in ENCOURAGED_LABELS:
        if label is MoveLabel.OPEN_QUESTION and (
                cues.asks_only_the_way(turn.text)
                # an invitation put as "why don't you come for pizza tonight?" invites, it
                # opens no talk (a twentieth play-test's coach: "great open question")
                or cues.INVITATION.search(turn.text) or cues.plan_with_time(turn.text)):
            continue  # "where's the toilet?" is no question that opens a conversation
        if leaving and label in (MoveLabel.OPEN_QUESTION, MoveLabel.ENCOURAGER):
            continue
        if label in turn.labels:
            lines = ctx.move_lines.get(label.value) or ctx.wording.praise.get(label.value)
            if lines:
                yield ctx.tip(f"praise:{label}", lines, Priority.PRAISE, TipKind.PRAISE)


def flag_monologue(
    turn: Turn, history: Sequence[Turn], ctx: CoachContext
) -> Iterator[Tip]:
    if is_monologue(turn, ctx.norms):
        yield ctx.tip(
            "monologue", ctx.line_for("monologue"), Priority.MONOLOGUE, TipKind.CORRECTION
        )


def flag_jump_in(turn: Turn, history: Sequence[Turn], ctx: CoachContext) -> Iterator[Tip]:
    if jumped_in(turn, ctx.norms):
        yield ctx.tip("jump_in", ctx.line_for("jump_in"), Priority.JUMP_IN, TipKind.CORRECTION)


def flag_long_gap(
    turn: Turn, history: Sequence[Turn], ctx: CoachContext
) -> Iterator[Tip]:
    gap = turn.response_gap
    if gap is not None and gap > ctx.norms.max_response_gap_s:
        yield ctx.tip("gap_long", ctx.line_for("gap_long"), Priority.LONG_GAP, TipKind.CORRECTION)


def _own_median(
    history: Sequence[Turn], norms: Norms, value: Callable[[Turn], float]
) -> float | None:
    """The user's median over earlier turns long enough to measure; None until there are
    `norms.self_baseline_turns` of them."""
    rated = [value(t) for t in history if t.pacing.words >= norms.min_words_for_rate]
    if not rated or len(rated) < norms.self_baseline_turns:
        return None
    return statistics.median(rated)


def check_pace(turn: Turn, history: Sequence[Turn], ctx: CoachContext) -> Iterator[Tip]:
    """Pace (words per minute, pauses included) against the norm and the user's own median.

    Before a baseline exists, only the norm counts. After, a turn outside the norm is
    mentioned only if the user is usually inside it; a change of `self_pace_change` or more
    from their own median is mentioned either way.
    """
    norms = ctx.norms
    if turn.pacing.words < norms.min_words_for_rate:
        return
    own = _own_median(history, norms, lambda t: t.pacing.wpm)
    wpm = turn.pacing.wpm
    usual_ok = own is None or norms.pace_min_wpm <= own <= norms.pace_max_wpm
    if own is not None and wpm > own * (1 + norms.self_pace_change):
        yield ctx.tip(
            "pace_fast", ctx.line_for("pace_faster_than_usual"), Priority.PACE, TipKind.CORRECTION
        )
    elif own is not None and wpm < own * (1 - norms.self_pace_change):
        yield ctx.tip(
            "pace_slow", ctx.line_for("pace_slower_than_usual"), Priority.PACE, TipKind.CORRECTION
        )
    elif usual_ok and wpm > norms.pace_max_wpm:
        yield ctx.tip("pace_fast", ctx.line_for("pace_fast"), Priority.PACE, TipKind.CORRECTION)
    elif usual_ok and wpm < norms.pace_min_wpm:
        yield ctx.tip("pace_slow", ctx.line_for("pace_slow"), Priority.PACE, TipKind.CORRECTION)


def check_fillers(
    turn: Turn, history: Sequence[Turn], ctx: CoachContext
) -> Iterator[Tip]:
    """Fillers per 100 words, against the norm and the user's own median (as `check_pace`).
    A single filler is never remarked on, however short the turn."""
    norms = ctx.norms
    if turn.pacing.words < norms.min_words_for_rate or turn.pacing.fillers < 2:
        return
    own = _own_median(history, norms, lambda t: t.pacing.fillers_per_100_words)
    rate, most = turn.pacing.fillers_per_100_words, norms.max_fillers_per_100_words
    if own is not None and own > most:  # a habit: mention it when it grows
        if rate > own + norms.self_filler_change:
            line = ctx.line_for("fillers_more_than_usual")
            yield ctx.tip("fillers", line, Priority.FILLERS, TipKind.CORRECTION)
    elif rate > most:
        yield ctx.tip("fillers", ctx.line_for("fillers"), Priority.FILLERS, TipKind.CORRECTION)


def check_talk_share(
    turn: Turn, history: Sequence[Turn], ctx: CoachContext
) -> Iterator[Tip]:
    """The user's share of talking so far, once there are 3 turns and the partner spoke."""
    turns = [*history, turn]
    share = talk_share(turns)
    if len(turns) >= 3 and share is not None and share > ctx.norms.max_talk_share:
        yield ctx.tip(
            "talk_share", ctx.line_for("talk_share"), Priority.TALK_SHARE, TipKind.CORRECTION
        )


def nudge_ask_back(
    turn: Turn, history: Sequence[Turn], ctx: CoachContext
) -> Iterator[Tip]:
    """No question in the last 4 turns: suggest asking something back (not on a goodbye: a
    twelfth play-test's "Bye Riley." got "Ask them something back.")."""
    recent = [*history[-3:], turn]
    if (len(recent) == 4 and not any(t.asks_back for t in recent)
            and not cues.is_goodbye(turn.text)):
        yield ctx.tip("ask_back", ctx.line_for("ask_back"), Priority.ASK_BACK, TipKind.CORRECTION)


DEFAULT_POLICIES: tuple[Policy, ...] = (
    redirect_avoided_topics,
    flag_monologue,
    flag_jump_in,
    flag_long_gap,
    praise_good_moves,
    check_pace,
    check_fillers,
    check_talk_share,
    nudge_ask_back,
)
