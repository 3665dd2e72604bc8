"""Role-play scenarios (prompts/scenarios/*.toml) and the partner who answers the user's move."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from voicecoach.errors import PackError
from voicecoach.paths import prompts_dir
from voicecoach.tomlcompat import load_toml
from voicecoach.understanding.moves import MoveLabel


class ReplyKind(str, Enum):
    """What the partner answers: one of the user's moves, an avoid-topic, or nothing known."""

    GREETING_INTRO = "greeting_intro"
    ICEBREAKER = "icebreaker"
    OPEN_QUESTION = "open_question"
    CLOSED_QUESTION = "closed_question"
    ENCOURAGER = "encourager"
    COMPLIMENT = "compliment"
    ADVICE_REQUEST = "advice_request"
    COMMON_GROUND = "common_ground"
    AVOID = "avoid"
    NONE = "none"


# Which move the partner answers when a turn makes several: steering away from an
# avoid-topic comes first, then what most needs an answer (thanks, a question asked).
REPLY_ORDER = (
    ReplyKind.AVOID, ReplyKind.COMPLIMENT, ReplyKind.ICEBREAKER, ReplyKind.ADVICE_REQUEST,
    ReplyKind.OPEN_QUESTION, ReplyKind.ENCOURAGER, ReplyKind.CLOSED_QUESTION,
    ReplyKind.COMMON_GROUND, ReplyKind.GREETING_INTRO, ReplyKind.NONE,
)


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    scene: str
    partner: str
    opening: str | None
    closing: str
    replies: dict[ReplyKind, tuple[str, ...]]

    def all_lines(self) -> list[str]:
        lines = [self.scene, self.closing] + ([self.opening] if self.opening else [])
        return lines + [line for kind in ReplyKind for line in self.replies[kind]]


def scenarios_dir() -> Path:
    return prompts_dir() / "scenarios"


def list_scenarios() -> list[str]:
    return sorted(p.stem for p in scenarios_dir().glob("*.toml"))


def load_scenario(name: str) -> Scenario:
    path = scenarios_dir() / f"{name}.toml"
    if not path.exists():
        known = ", ".join(list_scenarios())
        raise PackError(f"no scenario {name!r}; choose one of: {known}")
    data = load_toml(path)
    try:
        table = data["replies"]
        replies = {kind: tuple(str(line) for line in table[kind.value]) for kind in ReplyKind}
        scenario = Scenario(
            id=str(data["id"]), title=str(data["title"]), scene=str(data["scene"]),
            partner=str(data["partner"]), opening=data.get("opening"),
            closing=str(data["closing"]), replies=replies)
    except KeyError as error:
        raise PackError(f"{path}: missing {error.args[0]!r}; see prompts/README.md") from None
    empty = [kind.value for kind, lines in scenario.replies.items() if not lines]
    if empty:
        raise PackError(f"{path}: no replies for {', '.join(empty)}; add at least one line")
    return scenario


def reply_kind(labels: Sequence[MoveLabel]) -> ReplyKind:
    present = {ReplyKind.AVOID if label.is_avoid_topic else ReplyKind(label.value)
               for label in labels}
    return next((kind for kind in REPLY_ORDER if kind in present), ReplyKind.NONE)


class Partner:
    """Voices the other person: a fitting line for the user's move, not repeated in a session."""

    def __init__(self, scenario: Scenario, seed: int = 0) -> None:
        self.scenario = scenario
        rng = random.Random(seed)
        self._queues = {kind: rng.sample(lines, len(lines))
                        for kind, lines in scenario.replies.items()}
        self._used: set[str] = set()

    def reply_to(self, labels: Sequence[MoveLabel]) -> tuple[ReplyKind, str]:
        kind = reply_kind(labels)
        line = self._next(kind) or self._next(ReplyKind.NONE)
        if line is None:  # every line has been used: a long session starts over
            self._used.clear()
            line = self._next(kind) or self.scenario.replies[kind][0]
        return kind, line

    def _next(self, kind: ReplyKind) -> str | None:
        for line in self._queues[kind]:
            if line not in self._used:
                self._used.add(line)
                return line
        return None
