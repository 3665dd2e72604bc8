"""Typed role-play: the user's lines come as text, the partner answers, the coach comments.

No microphone, no speech model, no voice: each typed line is matched for moves, answered by
the partner, and given the tips that make sense without audio (avoid-topics, good moves,
asking back). Pace, fillers, gaps and talk share need audio and are left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any

from voicecoach.coaching.coach import Coach
from voicecoach.coaching.partner import Partner, UserLine
from voicecoach.coaching.persona import Scenario
from voicecoach.coaching.policies import (
    Policy,
    nudge_ask_back,
    praise_good_moves,
    redirect_avoided_topics,
)
from voicecoach.history.records import SessionMode, SessionRecord, SessionSummary
from voicecoach.history.store import Store
from voicecoach.understanding.match import Matcher
from voicecoach.understanding.moves import QUESTION_LABELS, MoveLabel
from voicecoach.understanding.pacing import Pacing
from voicecoach.understanding.turn import Turn
from voicecoach.understanding.voicecommands import CommandVocabulary, VoiceCommand

__all__ = ["TEXT_POLICIES", "TextSession", "TextTurn", "save_text_session", "text_figures"]

# The coaching policies that need only the words of a turn.
TEXT_POLICIES: tuple[Policy, ...] = (redirect_avoided_topics, praise_good_moves, nudge_ask_back)


@dataclass(frozen=True)
class TextTurn:
    index: int
    text: str
    labels: tuple[str, ...]
    command: VoiceCommand | None
    reply: str | None  # the partner's line answering it (None after a command)
    tip: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"index": self.index, "text": self.text, "labels": list(self.labels),
                "command": self.command.value if self.command else None,
                "reply": self.reply, "tip": self.tip}


@dataclass
class TextSession:
    """One typed conversation; `turn(text)` per line until `ended`."""

    scenario: Scenario
    partner: Partner
    matcher: Matcher
    coach: Coach
    commands: CommandVocabulary
    nudges: bool = True  # an empty line brings the partner's nudge, then the coach's hint
    turns: list[TextTurn] = field(default_factory=list)
    ended: bool = False

    @property
    def opening(self) -> str | None:
        return self.scenario.opening

    def turn(self, text: str) -> TextTurn:
        """Answer one typed line. Every line is a turn, a command included ("stop" ends)."""
        text = text.strip()
        index = len(self.turns)
        command = self.commands.recognise(text) if text else None
        labels = self.matcher.match(text).labels if text else ()
        names = tuple(label.value for label in labels)
        if command is VoiceCommand.STOP:
            self.ended = True
            turn = TextTurn(index, text, names, command, None, None)
        elif not text:  # an empty line: saying nothing, so the partner nudges, then a hint
            step = (self.partner.on_silence(self.scenario.silence.hint_after_s)
                    if self.nudges else None)
            turn = TextTurn(index, text, names, None,
                            step.text if step and not step.is_hint else None,
                            step.text if step and step.is_hint else None)
        else:
            reply = self.partner.reply(UserLine(text, tuple(labels)))
            tip = self.coach.after_turn(typed_turn(index, text, labels))
            turn = TextTurn(index, text, names, command, reply.text,
                            tip.text if tip else None)
        self.turns.append(turn)
        return turn

    def closing(self) -> str | None:
        """The partner's parting line; None when it has just said goodbye to the user's."""
        self.ended = True
        if self.partner.said_goodbye:
            return None
        before = self.partner.leaving_words()
        parting = self.partner.parting_line()
        return f"{before} {parting}" if before else parting


def typed_turn(index: int, text: str, labels: tuple[MoveLabel, ...]) -> Turn:
    """A typed line as a turn: its words and moves, and no timing (no pace, no gaps)."""
    words = len(text.split())
    return Turn(index=index, start=float(index), end=float(index), text=text,
                pacing=Pacing(words=words, fillers=0, first_start=float(index),
                              last_end=float(index), speaking_s=0.0, articulation_s=0.0,
                              pauses=0),
                labels=labels)


def text_figures(turns: Sequence[TextTurn]) -> dict[str, Any]:
    """The figures that apply to a typed session: turns, words, questions asked back, moves."""
    said = [t for t in turns if t.command is None and t.text]
    asked = sum(any(MoveLabel(label) in QUESTION_LABELS for label in t.labels) for t in said)
    moves = Counter(label for t in said for label in set(t.labels))
    return {
        "turns": len(said),
        "words": sum(len(t.text.split()) for t in said),
        "questions_asked_back": asked,
        "question_share": round(asked / len(said), 3) if said else None,
        "tips": sum(t.tip is not None for t in turns),
        "moves": dict(sorted(moves.items(), key=lambda item: (-item[1], item[0]))),
    }


def save_text_session(store: Store, session: TextSession, started_at: datetime) -> int:
    """Save a typed session to the history as mode `text`; returns its id."""
    session_id = store.begin_session(SessionRecord(
        mode=SessionMode.TEXT, scenario=session.scenario.id, source="typed",
        started_at=started_at))
    partner_text = session.opening
    saved = 0
    for turn in session.turns:
        if turn.command is None and turn.text:  # commands and silences are not turns
            store.add_turn(session_id, replace(
                typed_turn(saved, turn.text, tuple(MoveLabel(n) for n in turn.labels)),
                tip=turn.tip, partner_text=partner_text))
            saved += 1
        partner_text = turn.reply or partner_text
    ended = datetime.now(timezone.utc)
    store.end_session(session_id, SessionSummary(
        ended_at=ended, duration_s=(ended - started_at).total_seconds()))
    return session_id
