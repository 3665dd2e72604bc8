"""What passes between the user and the partner: the user's line, the reply and its kind,
and what to say into a silence."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from voicecoach.coaching.persona import SilencePlan
from voicecoach.understanding.moves import MoveLabel
from voicecoach.understanding.topics import Topic


@dataclass(frozen=True)
class UserLine:
    """What the partner needs of a user's turn: its words and its move labels."""

    text: str
    labels: tuple[MoveLabel, ...] = ()


class ReplyKind(str, Enum):
    """What the reply mainly did (for logs, tests and the benchmark)."""

    GREETING = "greeting"
    ANSWER = "answer"
    YES_NO = "yes_no"
    AND_YOU = "and_you"
    STORY = "story"
    ADVICE = "advice"
    THANKS = "thanks"
    COMMON_GROUND = "common_ground"
    REACT = "react"
    AVOID = "avoid"
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class Reply:
    parts: tuple[str, ...]  # said one after another; each a fixed line where possible
    kind: ReplyKind
    topic: Topic | None  # what the reply talked about
    asks: bool  # it ends by handing the turn back with a question
    # Asked to speak more slowly: the partner's voice slows, from this reply on.
    slower: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.parts)


@dataclass(frozen=True)
class SilenceStep:
    """What to say into a silence: the partner's nudge, or the coach's hint."""

    text: str
    is_hint: bool


def silence_step(plan: SilencePlan, quiet_s: float, nudged: bool, hinted: bool,
                 nudges_used: int, hints_used: int) -> SilenceStep | None:
    """What to say after `quiet_s` seconds of silence since the partner's last line, given
    whether this silence already had its nudge and its hint. A pure function of its inputs."""
    if (not hinted and plan.hint_after_s > 0 and plan.hints and nudged
            and quiet_s >= plan.hint_after_s):
        return SilenceStep(plan.hints[hints_used % len(plan.hints)], is_hint=True)
    if not nudged and plan.nudge_after_s > 0 and plan.nudges and quiet_s >= plan.nudge_after_s:
        if nudges_used >= len(plan.nudges):
            return None  # every nudge has been said once; the partner just waits
        return SilenceStep(plan.nudges[nudges_used], is_hint=False)
    if (not hinted and not nudged and plan.hints and plan.hint_after_s > 0
            and (plan.nudge_after_s <= 0 or not plan.nudges)
            and quiet_s >= plan.hint_after_s):
        return SilenceStep(plan.hints[hints_used % len(plan.hints)], is_hint=True)
    return None
