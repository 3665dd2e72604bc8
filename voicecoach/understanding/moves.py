"""Conversation moves: the fixed label vocabulary and the plain data the matcher works with.

The labels are part of the contract with the coach and with users' packs, so they are an Enum,
not free strings; a pack with a label outside this list is rejected when it is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

__all__ = [
    "AVOID_TOPICS",
    "GOOD_MOVES",
    "QUESTION_LABELS",
    "Match",
    "MatchResult",
    "MatchVia",
    "MoveLabel",
    "Pattern",
]


class MoveLabel(str, Enum):
    """What an utterance does in a conversation (str-valued so it prints and serialises as-is)."""

    # Moves to encourage.
    GREETING_INTRO = "greeting_intro"
    ICEBREAKER = "icebreaker"
    OPEN_QUESTION = "open_question"
    CLOSED_QUESTION = "closed_question"
    ENCOURAGER = "encourager"
    COMPLIMENT = "compliment"
    ADVICE_REQUEST = "advice_request"
    COMMON_GROUND = "common_ground"
    # Topics to steer away from.
    POLITICS = "politics"
    CONTROVERSIAL = "controversial"
    GOSSIP = "gossip"
    COMPLAINT = "complaint"
    OFFENSIVE = "offensive"

    def __str__(self) -> str:  # f"{label}" gives "icebreaker", not "MoveLabel.ICEBREAKER"
        return self.value

    @property
    def is_avoid_topic(self) -> bool:
        return self in AVOID_TOPICS

    @classmethod
    def parse(cls, name: str) -> MoveLabel | None:
        """The label called `name`, or None when there is no such label."""
        return _BY_NAME.get(name.strip())  # a dict, not cls(name): the history reads 10,000s


_BY_NAME: dict[str, MoveLabel] = {label.value: label for label in MoveLabel}

AVOID_TOPICS: frozenset[MoveLabel] = frozenset(
    {
        MoveLabel.POLITICS,
        MoveLabel.CONTROVERSIAL,
        MoveLabel.GOSSIP,
        MoveLabel.COMPLAINT,
        MoveLabel.OFFENSIVE,
    }
)
GOOD_MOVES: frozenset[MoveLabel] = frozenset(set(MoveLabel) - AVOID_TOPICS)
QUESTION_LABELS: frozenset[MoveLabel] = frozenset(
    {MoveLabel.OPEN_QUESTION, MoveLabel.CLOSED_QUESTION}
)


class MatchVia(str, Enum):
    """Which kind of evidence produced a match (useful when a pack misfires)."""

    EXAMPLE = "example"  # a window of the utterance is close to one of the pattern's examples
    CUE = "cue"  # one of the pattern's cue words or phrases occurs in the utterance
    STRUCTURE = "structure"  # the question rules in questions.py (open vs closed form)
    CLASSIFIER = "classifier"  # the sentence-embedding classifier (meaning.py); score = 100 * p


@dataclass(frozen=True)
class Pattern:
    """One entry of a pack: phrases that show a move, and what the coach may say about it."""

    id: str
    label: MoveLabel
    examples: tuple[str, ...]
    cues: tuple[str, ...] = ()
    coaching: tuple[str, ...] = ()
    min_score: float | None = None  # None: the matcher's default threshold
    source: Path | None = None  # the pack file it came from, for messages


@dataclass(frozen=True)
class Match:
    """One pattern that fired on an utterance."""

    pattern_id: str
    label: MoveLabel
    score: float  # 0-100, higher is closer
    matched_words: tuple[str, ...]  # the normalised words of the utterance that matched
    via: MatchVia = MatchVia.EXAMPLE


@dataclass(frozen=True)
class MatchResult:
    """Everything the matcher found in one utterance."""

    text: str
    labels: tuple[MoveLabel, ...]  # in MoveLabel order, each once
    matches: tuple[Match, ...]  # best first

    def has(self, label: MoveLabel) -> bool:
        return label in self.labels

    @property
    def avoid_topics(self) -> tuple[MoveLabel, ...]:
        return tuple(label for label in self.labels if label.is_avoid_topic)
