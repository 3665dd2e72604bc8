"""Coaching: what to say after each turn, and the summary at the end.

Live policy. Each policy is a small pure function of the turn, the turns before it, and the
norms; it proposes candidate tips. One chooser picks at most one tip per turn, or none:

1. the highest priority wins: a redirect from a topic best avoided (100), then a monologue
   (90), jumping in (80), a long silence before answering (70) - the moves that cost most
   socially - then praise for a move worth encouraging (60), pace (50), fillers (40), talk
   share (30), asking back (20);
2. the same tip (key) is not said again within `repeat_gap_turns` (3) turns;
3. after any tip, the next `rest_turns` (1) turn stays quiet unless something urgent comes up.

Live tips are sparse on purpose: in a study of public-speaking practice, detailed reports after
the session helped more than busy cues during it (Chollet et al. 2022), so the detail goes into
`summarise`, and a tip is one short line (12 words or fewer).

"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from voicecoach.coaching.norms import Norms
from voicecoach.coaching.policies import DEFAULT_POLICIES, CoachContext, Policy, Priority, Tip
from voicecoach.coaching.summary import Summary, summarise
from voicecoach.coaching.wording import MAX_TIP_WORDS, Wording, word_count
from voicecoach.errors import ConfigError
from voicecoach.understanding.turn import Turn

__all__ = ["Coach", "CoachConfig", "choose_tip"]


@dataclass(frozen=True)
class CoachConfig:
    repeat_gap_turns: int = 3  # the same tip (key) not again within this many turns
    rest_turns: int = 1  # quiet turns after any tip ...
    urgent_priority: int = Priority.MONOLOGUE  # ... unless a tip is at least this urgent

    def __post_init__(self) -> None:
        if self.repeat_gap_turns < 0 or self.rest_turns < 0:
            raise ConfigError("coach repeat_gap_turns and rest_turns must be 0 or more")


def choose_tip(
    candidates: Sequence[Tip],
    turn_number: int,
    last_said: Mapping[str, int],
    last_tip_turn: int | None,
    config: CoachConfig,
) -> Tip | None:
    """The one tip to say after turn `turn_number`, or None (see the module docstring).

    `last_said` maps a key to the turn number it was last said at. Ties keep policy order.
    """
    resting = last_tip_turn is not None and turn_number - last_tip_turn <= config.rest_turns
    best: Tip | None = None
    for tip in candidates:
        said_at = last_said.get(tip.key)
        if said_at is not None and turn_number - said_at <= config.repeat_gap_turns:
            continue
        if resting and tip.priority < config.urgent_priority:
            continue
        if best is None or tip.priority > best.priority:
            best = tip
    return best


class Coach:
    """Holds a session's turns and picks the live tip after each; `summary()` at the end."""

    def __init__(
        self,
        norms: Norms | None = None,
        *,
        config: CoachConfig | None = None,
        wording: Wording | None = None,
        move_lines: Mapping[str, Sequence[str]] | None = None,
        policies: Sequence[Policy] = DEFAULT_POLICIES,
    ) -> None:
        self.norms = norms or Norms.default()
        self.config = config or CoachConfig()
        self.wording = wording or Wording.load()
        self._move_lines = _usable_move_lines(move_lines or {})
        self._policies = tuple(policies)
        self._history: list[Turn] = []
        self._last_said: dict[str, int] = {}
        self._times_said: dict[str, int] = {}
        self._last_tip_turn: int | None = None

    @property
    def history(self) -> tuple[Turn, ...]:
        return tuple(self._history)

    def candidates(self, turn: Turn) -> list[Tip]:
        """Every tip the policies propose for `turn` given the turns so far (no state change)."""
        ctx = CoachContext(self.norms, self.wording, self._move_lines, dict(self._times_said))
        return [tip for policy in self._policies for tip in policy(turn, self._history, ctx)]

    def after_turn(self, turn: Turn) -> Tip | None:
        """Record `turn` and return the tip to speak now, or None."""
        number = len(self._history)
        tip = choose_tip(
            self.candidates(turn), number, self._last_said, self._last_tip_turn, self.config
        )
        self._history.append(turn if tip is None else replace(turn, tip=tip.text))
        if tip is not None:
            self._last_said[tip.key] = number
            self._times_said[tip.key] = self._times_said.get(tip.key, 0) + 1
            self._last_tip_turn = number
        return tip

    def summary(self) -> Summary:
        return summarise(self._history, self.norms, self.wording)


def _usable_move_lines(move_lines: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, ...]]:
    """The pattern pack's lines, keeping only those short enough to speak as a tip."""
    usable = {}
    for label, lines in move_lines.items():
        short = tuple(s.strip() for s in lines if s.strip() and word_count(s) <= MAX_TIP_WORDS)
        if short:
            usable[str(label.value if isinstance(label, Enum) else label)] = short
    return usable
