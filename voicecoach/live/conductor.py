"""What the live loop and its conductors say to each other.

A conductor (the role-play partner and coach, or the warm-up's guide) decides what is said;
the loop (`live.loop`) hears the user and says it. These are the types between them, and the
loop's settings.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from voicecoach.hearing.turn_end import TurnEndRules
from voicecoach.understanding.turn import Turn
from voicecoach.understanding.voicecommands import VoiceCommand
from voicecoach.voice.sinks import LineKind, PlacedLine

__all__ = [
    "Conductor",
    "EndReason",
    "LoopConfig",
    "PredictsReplies",
    "Reaction",
    "Say",
    "SessionOutcome",
]


class EndReason(enum.Enum):
    END_OF_INPUT = "end_of_input"
    TURN_LIMIT = "turn_limit"
    COMMAND = "command"
    INTERRUPTED = "interrupted"  # Ctrl-C
    MICROPHONE_LOST = "microphone_lost"
    FINISHED = "finished"  # the warm-up ran its course


@dataclass(frozen=True)
class LoopConfig:
    realtime: bool = False  # chunks arrive in real time (microphone, or --realtime replay)
    pace_input: bool = False  # a recording to be fed at real speed (the microphone paces itself)
    echo_gate: bool = False  # speakers: the microphone hears the coach, so ignore it then
    echo_tail_s: float = 0.3  # room echo after the coach's line ends
    # Silence before the turn is transcribed speculatively. 0.064 s answered 0.1 s sooner
    # (benchmarks/turn_end.py), but its words came inside the pause between two sentences of
    # one turn ("Hi, I'm Sam. | How do you know the host?") and the partner cut in after the
    # first: until the decision tells those pauses apart, the words come at 0.16 s.
    speculate_after_s: float = 0.16
    # At a later pause of the same turn, transcribe only the audio since the pause before
    # (its words kept), not the whole turn again (`SessionLoop._heard_before`).
    speculate_tail: bool = True
    tip_gap_s: float = 0.4  # between the partner's reply and a coaching aside
    max_turns: int | None = None
    # When a turn ends (`hearing.turn_end`): the rules, patience applied; None is the old
    # fixed silence (the endpointer's `end_silence_ms`, every blip cuts a line at once).
    turn_end: TurnEndRules | None = field(default_factory=TurnEndRules.load)


@dataclass(frozen=True)
class Say:
    text: str
    kind: LineKind = LineKind.REPLY
    pause_before_s: float = 0.0
    hold_s: float = 0.0  # the next line starts no sooner than this after this one starts


@dataclass
class Reaction:
    """What a conductor wants done after a turn (or a silence)."""

    lines: list[Say] = field(default_factory=list)
    # Given the turn with its fillers (heard by a second pass while the lines above play),
    # returns lines said after them unless the user speaks first: the coaching aside.
    later: Callable[[Turn], list[Say]] | None = None
    end: bool = False
    # "Could you speak more slowly?": the partner's voice slows from these lines on.
    slower: bool = False

    def tip_now(self) -> str | None:
        """The coaching line among the immediate lines (a warm-up drill's feedback)."""
        return next((say.text for say in self.lines if say.kind is LineKind.TIP), None)


@runtime_checkable
class PredictsReplies(Protocol):
    """A conductor that can say which replies with the user's words may come later, so a
    slow voice renders them while the user speaks (the role-play partner)."""

    def likely_lines(self) -> list[Say]: ...


class Conductor(Protocol):
    """Decides what the coach says: a role-play partner, or the warm-up's guide."""

    def opening(self) -> list[Say]: ...

    def on_turn(self, turn: Turn) -> Reaction:
        """A turn the user took (never a spoken command)."""
        ...

    def take_back(self, turn: Turn) -> None:
        """The user went on talking before the reply to `turn` was out (`speech_resume`): that
        reply was never heard, so the conductor forgets it; the joined turn comes next."""
        ...

    def on_command(self, command: VoiceCommand) -> Reaction:
        """A spoken command: logged as a command, never counted as a turn."""
        ...

    def on_silence(self, quiet_since: float, now: float) -> Reaction | None:
        """Called while nobody speaks; lets a guide move on when no answer comes."""
        ...

    def closing(self, reason: EndReason) -> list[Say]: ...


@dataclass
class SessionOutcome:
    turns: list[Turn]
    lines: list[PlacedLine]
    reason: EndReason
    duration_s: float
    overflows: int
    closing_at: float  # where the closing lines (the spoken summary) begin
    message: str | None = None
    underruns: int = 0  # times the speakers ran dry mid-line
